import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace keel {

    namespace raft {

        enum EntryType {
            ENTRY_NORMAL = 0,
            ENTRY_CONF_CHANGE = 1,
            ENTRY_CONF_CHANGE_V2 = 2
        }

        interface IEntry extends keel.raft.Entry.$Properties {
        }

        class Entry {
            constructor(p?: keel.raft.Entry.$Properties);
            $unknowns?: Uint8Array[];
            term: number;
            index: number;
            type: keel.raft.EntryType;
            data: Uint8Array;
            static create(properties: keel.raft.Entry.$Shape): keel.raft.Entry & keel.raft.Entry.$Shape;
            static create(properties?: keel.raft.Entry.$Properties): keel.raft.Entry;
            static encode(m: keel.raft.Entry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.Entry & keel.raft.Entry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.Entry & keel.raft.Entry.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.Entry;
            static toObject(m: keel.raft.Entry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entry {
            interface $Properties {
                term?: (number|null);
                index?: (number|null);
                type?: (keel.raft.EntryType|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.Entry.$Properties;
        }

        interface IHardState extends keel.raft.HardState.$Properties {
        }

        class HardState {
            constructor(p?: keel.raft.HardState.$Properties);
            $unknowns?: Uint8Array[];
            term: number;
            vote: number;
            commit: number;
            static create(properties: keel.raft.HardState.$Shape): keel.raft.HardState & keel.raft.HardState.$Shape;
            static create(properties?: keel.raft.HardState.$Properties): keel.raft.HardState;
            static encode(m: keel.raft.HardState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.HardState & keel.raft.HardState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.HardState & keel.raft.HardState.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.HardState;
            static toObject(m: keel.raft.HardState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HardState {
            interface $Properties {
                term?: (number|null);
                vote?: (number|null);
                commit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.HardState.$Properties;
        }

        interface IConfState extends keel.raft.ConfState.$Properties {
        }

        class ConfState {
            constructor(p?: keel.raft.ConfState.$Properties);
            $unknowns?: Uint8Array[];
            voters: number[];
            learners: number[];
            votersOutgoing: number[];
            learnersNext: number[];
            autoLeave: boolean;
            static create(properties: keel.raft.ConfState.$Shape): keel.raft.ConfState & keel.raft.ConfState.$Shape;
            static create(properties?: keel.raft.ConfState.$Properties): keel.raft.ConfState;
            static encode(m: keel.raft.ConfState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.ConfState & keel.raft.ConfState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.ConfState & keel.raft.ConfState.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.ConfState;
            static toObject(m: keel.raft.ConfState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfState {
            interface $Properties {
                voters?: (number[]|null);
                learners?: (number[]|null);
                votersOutgoing?: (number[]|null);
                learnersNext?: (number[]|null);
                autoLeave?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.ConfState.$Properties;
        }

        interface ISnapshotMetadata extends keel.raft.SnapshotMetadata.$Properties {
        }

        class SnapshotMetadata {
            constructor(p?: keel.raft.SnapshotMetadata.$Properties);
            $unknowns?: Uint8Array[];
            confState?: (keel.raft.ConfState.$Properties|null);
            index: number;
            term: number;
            static create(properties: keel.raft.SnapshotMetadata.$Shape): keel.raft.SnapshotMetadata & keel.raft.SnapshotMetadata.$Shape;
            static create(properties?: keel.raft.SnapshotMetadata.$Properties): keel.raft.SnapshotMetadata;
            static encode(m: keel.raft.SnapshotMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.SnapshotMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.SnapshotMetadata & keel.raft.SnapshotMetadata.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.SnapshotMetadata & keel.raft.SnapshotMetadata.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.SnapshotMetadata;
            static toObject(m: keel.raft.SnapshotMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotMetadata {
            interface $Properties {
                confState?: (keel.raft.ConfState.$Properties|null);
                index?: (number|null);
                term?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.SnapshotMetadata.$Properties;
        }

        interface ISnapshot extends keel.raft.Snapshot.$Properties {
        }

        class Snapshot {
            constructor(p?: keel.raft.Snapshot.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            metadata?: (keel.raft.SnapshotMetadata.$Properties|null);
            static create(properties: keel.raft.Snapshot.$Shape): keel.raft.Snapshot & keel.raft.Snapshot.$Shape;
            static create(properties?: keel.raft.Snapshot.$Properties): keel.raft.Snapshot;
            static encode(m: keel.raft.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.Snapshot & keel.raft.Snapshot.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.Snapshot & keel.raft.Snapshot.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.Snapshot;
            static toObject(m: keel.raft.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {
            interface $Properties {
                data?: (Uint8Array|null);
                metadata?: (keel.raft.SnapshotMetadata.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.Snapshot.$Properties;
        }

        enum ConfChangeType {
            CONF_CHANGE_ADD_NODE = 0,
            CONF_CHANGE_REMOVE_NODE = 1,
            CONF_CHANGE_UPDATE_NODE = 2,
            CONF_CHANGE_ADD_LEARNER_NODE = 3
        }

        interface IConfChange extends keel.raft.ConfChange.$Properties {
        }

        class ConfChange {
            constructor(p?: keel.raft.ConfChange.$Properties);
            $unknowns?: Uint8Array[];
            type: keel.raft.ConfChangeType;
            nodeId: number;
            context: Uint8Array;
            id: number;
            static create(properties: keel.raft.ConfChange.$Shape): keel.raft.ConfChange & keel.raft.ConfChange.$Shape;
            static create(properties?: keel.raft.ConfChange.$Properties): keel.raft.ConfChange;
            static encode(m: keel.raft.ConfChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.ConfChange & keel.raft.ConfChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.ConfChange & keel.raft.ConfChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.ConfChange;
            static toObject(m: keel.raft.ConfChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChange {
            interface $Properties {
                type?: (keel.raft.ConfChangeType|null);
                nodeId?: (number|null);
                context?: (Uint8Array|null);
                id?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.ConfChange.$Properties;
        }

        interface IConfChangeSingle extends keel.raft.ConfChangeSingle.$Properties {
        }

        class ConfChangeSingle {
            constructor(p?: keel.raft.ConfChangeSingle.$Properties);
            $unknowns?: Uint8Array[];
            type: keel.raft.ConfChangeType;
            nodeId: number;
            static create(properties: keel.raft.ConfChangeSingle.$Shape): keel.raft.ConfChangeSingle & keel.raft.ConfChangeSingle.$Shape;
            static create(properties?: keel.raft.ConfChangeSingle.$Properties): keel.raft.ConfChangeSingle;
            static encode(m: keel.raft.ConfChangeSingle.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.ConfChangeSingle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.ConfChangeSingle & keel.raft.ConfChangeSingle.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.ConfChangeSingle & keel.raft.ConfChangeSingle.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.ConfChangeSingle;
            static toObject(m: keel.raft.ConfChangeSingle, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChangeSingle {
            interface $Properties {
                type?: (keel.raft.ConfChangeType|null);
                nodeId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.ConfChangeSingle.$Properties;
        }

        enum ConfChangeTransition {
            CONF_CHANGE_TRANSITION_AUTO = 0,
            CONF_CHANGE_TRANSITION_JOINT_IMPLICIT = 1,
            CONF_CHANGE_TRANSITION_JOINT_EXPLICIT = 2
        }

        interface IConfChangeV2 extends keel.raft.ConfChangeV2.$Properties {
        }

        class ConfChangeV2 {
            constructor(p?: keel.raft.ConfChangeV2.$Properties);
            $unknowns?: Uint8Array[];
            transition: keel.raft.ConfChangeTransition;
            changes: keel.raft.ConfChangeSingle.$Properties[];
            context: Uint8Array;
            static create(properties: keel.raft.ConfChangeV2.$Shape): keel.raft.ConfChangeV2 & keel.raft.ConfChangeV2.$Shape;
            static create(properties?: keel.raft.ConfChangeV2.$Properties): keel.raft.ConfChangeV2;
            static encode(m: keel.raft.ConfChangeV2.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.ConfChangeV2.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.ConfChangeV2 & keel.raft.ConfChangeV2.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.ConfChangeV2 & keel.raft.ConfChangeV2.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.ConfChangeV2;
            static toObject(m: keel.raft.ConfChangeV2, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChangeV2 {
            interface $Properties {
                transition?: (keel.raft.ConfChangeTransition|null);
                changes?: (keel.raft.ConfChangeSingle.$Properties[]|null);
                context?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.ConfChangeV2.$Properties;
        }

        enum MessageType {
            MSG_HUP = 0,
            MSG_BEAT = 1,
            MSG_PROP = 2,
            MSG_APP = 3,
            MSG_APP_RESP = 4,
            MSG_VOTE = 5,
            MSG_VOTE_RESP = 6,
            MSG_SNAP = 7,
            MSG_HEARTBEAT = 8,
            MSG_HEARTBEAT_RESP = 9,
            MSG_UNREACHABLE = 10,
            MSG_SNAP_STATUS = 11,
            MSG_CHECK_QUORUM = 12,
            MSG_TRANSFER_LEADER = 13,
            MSG_TIMEOUT_NOW = 14,
            MSG_READ_INDEX = 15,
            MSG_READ_INDEX_RESP = 16,
            MSG_PRE_VOTE = 17,
            MSG_PRE_VOTE_RESP = 18,
            MSG_FORGET_LEADER = 19
        }

        interface IMessage extends keel.raft.Message.$Properties {
        }

        class Message {
            constructor(p?: keel.raft.Message.$Properties);
            $unknowns?: Uint8Array[];
            type: keel.raft.MessageType;
            to: number;
            from: number;
            term: number;
            logTerm: number;
            index: number;
            entries: keel.raft.Entry.$Properties[];
            commit: number;
            snapshot?: (keel.raft.Snapshot.$Properties|null);
            reject: boolean;
            rejectHint: number;
            context: Uint8Array;
            recovering: boolean;
            commitOnly: boolean;
            static create(properties: keel.raft.Message.$Shape): keel.raft.Message & keel.raft.Message.$Shape;
            static create(properties?: keel.raft.Message.$Properties): keel.raft.Message;
            static encode(m: keel.raft.Message.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: keel.raft.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keel.raft.Message & keel.raft.Message.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keel.raft.Message & keel.raft.Message.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): keel.raft.Message;
            static toObject(m: keel.raft.Message, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {
            interface $Properties {
                type?: (keel.raft.MessageType|null);
                to?: (number|null);
                from?: (number|null);
                term?: (number|null);
                logTerm?: (number|null);
                index?: (number|null);
                entries?: (keel.raft.Entry.$Properties[]|null);
                commit?: (number|null);
                snapshot?: (keel.raft.Snapshot.$Properties|null);
                reject?: (boolean|null);
                rejectHint?: (number|null);
                context?: (Uint8Array|null);
                recovering?: (boolean|null);
                commitOnly?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = keel.raft.Message.$Properties;
        }
    }
}
