import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace keel {

    namespace disk {

        enum Algorithm {
            ALGORITHM_NONE = 0,
            ALGORITHM_XCHACHA20_POLY1305 = 1
        }

        enum RecordKind {
            RECORD_KIND_UNSPECIFIED = 0,
            RECORD_KIND_STORE_META = 1,
            RECORD_KIND_HARD_STATE = 2,
            RECORD_KIND_ENTRY = 3,
            RECORD_KIND_SNAPSHOT_META = 4,
            RECORD_KIND_SNAPSHOT_CHUNK = 5,
            RECORD_KIND_KEY_FILE = 6
        }

        interface IRecordPlace extends keel.disk.RecordPlace.$Properties {
        }

        class RecordPlace {
            constructor(p?: keel.disk.RecordPlace.$Properties);
            $unknowns?: Uint8Array[];
            kind: keel.disk.RecordKind;
            index: number;
            term: number;
            chunk: number;
            context: Uint8Array;
            static create(properties: keel.disk.RecordPlace.$Shape): keel.disk.RecordPlace & keel.disk.RecordPlace.$Shape;
            static create(properties?: keel.disk.RecordPlace.$Properties): keel.disk.RecordPlace;
            static encode(m: keel.disk.RecordPlace.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.RecordPlace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.RecordPlace & keel.disk.RecordPlace.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.RecordPlace & keel.disk.RecordPlace.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.RecordPlace;
            static toObject(m: keel.disk.RecordPlace, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordPlace {
            interface $Properties {
                kind?: (keel.disk.RecordKind|null);
                index?: (number|null);
                term?: (number|null);
                chunk?: (number|null);
                context?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.RecordPlace.$Properties;
        }

        interface IEnvelope extends keel.disk.Envelope.$Properties {
        }

        class Envelope {
            constructor(p?: keel.disk.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            algorithm: keel.disk.Algorithm;
            keyId: Uint8Array;
            nonce: Uint8Array;
            ciphertext: Uint8Array;
            place?: (keel.disk.RecordPlace.$Properties|null);
            static create(properties: keel.disk.Envelope.$Shape): keel.disk.Envelope & keel.disk.Envelope.$Shape;
            static create(properties?: keel.disk.Envelope.$Properties): keel.disk.Envelope;
            static encode(m: keel.disk.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.Envelope & keel.disk.Envelope.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.Envelope & keel.disk.Envelope.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.Envelope;
            static toObject(m: keel.disk.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                algorithm?: (keel.disk.Algorithm|null);
                keyId?: (Uint8Array|null);
                nonce?: (Uint8Array|null);
                ciphertext?: (Uint8Array|null);
                place?: (keel.disk.RecordPlace.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.Envelope.$Properties;
        }

        interface IKeyFileBody extends keel.disk.KeyFileBody.$Properties {
        }

        class KeyFileBody {
            constructor(p?: keel.disk.KeyFileBody.$Properties);
            $unknowns?: Uint8Array[];
            tlsKey: Uint8Array;
            currentDek: Uint8Array;
            pendingDek: Uint8Array;
            needsRotation: boolean;
            kekVersion: number;
            needsCompaction: boolean;
            static create(properties: keel.disk.KeyFileBody.$Shape): keel.disk.KeyFileBody & keel.disk.KeyFileBody.$Shape;
            static create(properties?: keel.disk.KeyFileBody.$Properties): keel.disk.KeyFileBody;
            static encode(m: keel.disk.KeyFileBody.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.KeyFileBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.KeyFileBody & keel.disk.KeyFileBody.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.KeyFileBody & keel.disk.KeyFileBody.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.KeyFileBody;
            static toObject(m: keel.disk.KeyFileBody, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyFileBody {
            interface $Properties {
                tlsKey?: (Uint8Array|null);
                currentDek?: (Uint8Array|null);
                pendingDek?: (Uint8Array|null);
                needsRotation?: (boolean|null);
                kekVersion?: (number|null);
                needsCompaction?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.KeyFileBody.$Properties;
        }

        interface IKeyFile extends keel.disk.KeyFile.$Properties {
        }

        class KeyFile {
            constructor(p?: keel.disk.KeyFile.$Properties);
            $unknowns?: Uint8Array[];
            locked: boolean;
            kekVersion: number;
            sealedBody?: (keel.disk.Envelope.$Properties|null);
            plainBody: Uint8Array;
            plainChecksum: Uint8Array;
            static create(properties: keel.disk.KeyFile.$Shape): keel.disk.KeyFile & keel.disk.KeyFile.$Shape;
            static create(properties?: keel.disk.KeyFile.$Properties): keel.disk.KeyFile;
            static encode(m: keel.disk.KeyFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.KeyFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.KeyFile & keel.disk.KeyFile.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.KeyFile & keel.disk.KeyFile.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.KeyFile;
            static toObject(m: keel.disk.KeyFile, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyFile {
            interface $Properties {
                locked?: (boolean|null);
                kekVersion?: (number|null);
                sealedBody?: (keel.disk.Envelope.$Properties|null);
                plainBody?: (Uint8Array|null);
                plainChecksum?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.KeyFile.$Properties;
        }

        interface IStoreMeta extends keel.disk.StoreMeta.$Properties {
        }

        class StoreMeta {
            constructor(p?: keel.disk.StoreMeta.$Properties);
            $unknowns?: Uint8Array[];
            formatVersion: number;
            storeId: Uint8Array;
            encrypted: boolean;
            static create(properties: keel.disk.StoreMeta.$Shape): keel.disk.StoreMeta & keel.disk.StoreMeta.$Shape;
            static create(properties?: keel.disk.StoreMeta.$Properties): keel.disk.StoreMeta;
            static encode(m: keel.disk.StoreMeta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.StoreMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.StoreMeta & keel.disk.StoreMeta.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.StoreMeta & keel.disk.StoreMeta.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.StoreMeta;
            static toObject(m: keel.disk.StoreMeta, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoreMeta {
            interface $Properties {
                formatVersion?: (number|null);
                storeId?: (Uint8Array|null);
                encrypted?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.StoreMeta.$Properties;
        }

        interface ISnapshotHeader extends keel.disk.SnapshotHeader.$Properties {
        }

        class SnapshotHeader {
            constructor(p?: keel.disk.SnapshotHeader.$Properties);
            $unknowns?: Uint8Array[];
            metadata: Uint8Array;
            chunkCount: number;
            dataBytes: number;
            dataDigest: Uint8Array;
            static create(properties: keel.disk.SnapshotHeader.$Shape): keel.disk.SnapshotHeader & keel.disk.SnapshotHeader.$Shape;
            static create(properties?: keel.disk.SnapshotHeader.$Properties): keel.disk.SnapshotHeader;
            static encode(m: keel.disk.SnapshotHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.SnapshotHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.SnapshotHeader & keel.disk.SnapshotHeader.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.SnapshotHeader & keel.disk.SnapshotHeader.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.SnapshotHeader;
            static toObject(m: keel.disk.SnapshotHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotHeader {
            interface $Properties {
                metadata?: (Uint8Array|null);
                chunkCount?: (number|null);
                dataBytes?: (number|null);
                dataDigest?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.SnapshotHeader.$Properties;
        }

        interface INodeSnapshot extends keel.disk.NodeSnapshot.$Properties {
        }

        class NodeSnapshot {
            constructor(p?: keel.disk.NodeSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            formatVersion: number;
            members: keel.disk.SnapshotMember.$Properties[];
            removed: number[];
            store: Uint8Array;
            static create(properties: keel.disk.NodeSnapshot.$Shape): keel.disk.NodeSnapshot & keel.disk.NodeSnapshot.$Shape;
            static create(properties?: keel.disk.NodeSnapshot.$Properties): keel.disk.NodeSnapshot;
            static encode(m: keel.disk.NodeSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.NodeSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.NodeSnapshot & keel.disk.NodeSnapshot.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.NodeSnapshot & keel.disk.NodeSnapshot.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.NodeSnapshot;
            static toObject(m: keel.disk.NodeSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeSnapshot {
            interface $Properties {
                formatVersion?: (number|null);
                members?: (keel.disk.SnapshotMember.$Properties[]|null);
                removed?: (number[]|null);
                store?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.NodeSnapshot.$Properties;
        }

        interface ISnapshotMember extends keel.disk.SnapshotMember.$Properties {
        }

        class SnapshotMember {
            constructor(p?: keel.disk.SnapshotMember.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            address: string;
            static create(properties: keel.disk.SnapshotMember.$Shape): keel.disk.SnapshotMember & keel.disk.SnapshotMember.$Shape;
            static create(properties?: keel.disk.SnapshotMember.$Properties): keel.disk.SnapshotMember;
            static encode(m: keel.disk.SnapshotMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.disk.SnapshotMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.disk.SnapshotMember & keel.disk.SnapshotMember.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.disk.SnapshotMember & keel.disk.SnapshotMember.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.disk.SnapshotMember;
            static toObject(m: keel.disk.SnapshotMember, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotMember {
            interface $Properties {
                id?: (number|null);
                address?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.disk.SnapshotMember.$Properties;
        }
    }
}
