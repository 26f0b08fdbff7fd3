import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace keeltransport {

    interface IFrame extends keeltransport.Frame.$Properties {
    }

    class Frame {
        constructor(p?: keeltransport.Frame.$Properties);
        $unknowns?: Uint8Array[];
        accept?: (keeltransport.Accept.$Properties|null);
        refuse?: (keeltransport.Refuse.$Properties|null);
        raftBatch?: (keeltransport.RaftBatch.$Properties|null);
        snapshotChunk?: (keeltransport.SnapshotChunk.$Properties|null);
        snapshotAck?: (keeltransport.SnapshotAck.$Properties|null);
        rpcRequest?: (keeltransport.RpcRequest.$Properties|null);
        rpcResponse?: (keeltransport.RpcResponse.$Properties|null);
        kind?: ("accept"|"refuse"|"raftBatch"|"snapshotChunk"|"snapshotAck"|"rpcRequest"|"rpcResponse");
        static create(properties: keeltransport.Frame.$Shape): keeltransport.Frame & keeltransport.Frame.$Shape;
        static create(properties?: keeltransport.Frame.$Properties): keeltransport.Frame;
        static encode(m: keeltransport.Frame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.Frame & keeltransport.Frame.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.Frame & keeltransport.Frame.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.Frame;
        static toObject(m: keeltransport.Frame, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Frame {
        interface $Properties {
            accept?: (keeltransport.Accept.$Properties|null);
            refuse?: (keeltransport.Refuse.$Properties|null);
            raftBatch?: (keeltransport.RaftBatch.$Properties|null);
            snapshotChunk?: (keeltransport.SnapshotChunk.$Properties|null);
            snapshotAck?: (keeltransport.SnapshotAck.$Properties|null);
            rpcRequest?: (keeltransport.RpcRequest.$Properties|null);
            rpcResponse?: (keeltransport.RpcResponse.$Properties|null);
            kind?: ("accept"|"refuse"|"raftBatch"|"snapshotChunk"|"snapshotAck"|"rpcRequest"|"rpcResponse");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          accept?: keeltransport.Accept.$Shape|null;
          refuse?: keeltransport.Refuse.$Shape|null;
          raftBatch?: keeltransport.RaftBatch.$Shape|null;
          snapshotChunk?: keeltransport.SnapshotChunk.$Shape|null;
          snapshotAck?: keeltransport.SnapshotAck.$Shape|null;
          rpcRequest?: keeltransport.RpcRequest.$Shape|null;
          rpcResponse?: keeltransport.RpcResponse.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "accept"; accept: keeltransport.Accept.$Shape; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "refuse"; accept?: null; refuse: keeltransport.Refuse.$Shape; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "raftBatch"; accept?: null; refuse?: null; raftBatch: keeltransport.RaftBatch.$Shape; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "snapshotChunk"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk: keeltransport.SnapshotChunk.$Shape; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "snapshotAck"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck: keeltransport.SnapshotAck.$Shape; rpcRequest?: null; rpcResponse?: null }|{ kind?: "rpcRequest"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest: keeltransport.RpcRequest.$Shape; rpcResponse?: null }|{ kind?: "rpcResponse"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse: keeltransport.RpcResponse.$Shape })
        );
    }

    interface IAccept extends keeltransport.Accept.$Properties {
    }

    class Accept {
        constructor(p?: keeltransport.Accept.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: keeltransport.Accept.$Shape): keeltransport.Accept & keeltransport.Accept.$Shape;
        static create(properties?: keeltransport.Accept.$Properties): keeltransport.Accept;
        static encode(m: keeltransport.Accept.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.Accept & keeltransport.Accept.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.Accept & keeltransport.Accept.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.Accept;
        static toObject(m: keeltransport.Accept, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Accept {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.Accept.$Properties;
    }

    interface IRefuse extends keeltransport.Refuse.$Properties {
    }

    class Refuse {
        constructor(p?: keeltransport.Refuse.$Properties);
        $unknowns?: Uint8Array[];
        reason: string;
        detail: string;
        static create(properties: keeltransport.Refuse.$Shape): keeltransport.Refuse & keeltransport.Refuse.$Shape;
        static create(properties?: keeltransport.Refuse.$Properties): keeltransport.Refuse;
        static encode(m: keeltransport.Refuse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.Refuse & keeltransport.Refuse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.Refuse & keeltransport.Refuse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.Refuse;
        static toObject(m: keeltransport.Refuse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Refuse {
        interface $Properties {
            reason?: (string|null);
            detail?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.Refuse.$Properties;
    }

    interface IRaftBatch extends keeltransport.RaftBatch.$Properties {
    }

    class RaftBatch {
        constructor(p?: keeltransport.RaftBatch.$Properties);
        $unknowns?: Uint8Array[];
        messages: Uint8Array[];
        static create(properties: keeltransport.RaftBatch.$Shape): keeltransport.RaftBatch & keeltransport.RaftBatch.$Shape;
        static create(properties?: keeltransport.RaftBatch.$Properties): keeltransport.RaftBatch;
        static encode(m: keeltransport.RaftBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.RaftBatch & keeltransport.RaftBatch.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.RaftBatch & keeltransport.RaftBatch.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.RaftBatch;
        static toObject(m: keeltransport.RaftBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RaftBatch {
        interface $Properties {
            messages?: (Uint8Array[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.RaftBatch.$Properties;
    }

    interface ISnapshotChunk extends keeltransport.SnapshotChunk.$Properties {
    }

    class SnapshotChunk {
        constructor(p?: keeltransport.SnapshotChunk.$Properties);
        $unknowns?: Uint8Array[];
        snapshotId: number;
        message: Uint8Array;
        totalBytes: number;
        offset: number;
        data: Uint8Array;
        static create(properties: keeltransport.SnapshotChunk.$Shape): keeltransport.SnapshotChunk & keeltransport.SnapshotChunk.$Shape;
        static create(properties?: keeltransport.SnapshotChunk.$Properties): keeltransport.SnapshotChunk;
        static encode(m: keeltransport.SnapshotChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.SnapshotChunk & keeltransport.SnapshotChunk.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.SnapshotChunk & keeltransport.SnapshotChunk.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.SnapshotChunk;
        static toObject(m: keeltransport.SnapshotChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SnapshotChunk {
        interface $Properties {
            snapshotId?: (number|null);
            message?: (Uint8Array|null);
            totalBytes?: (number|null);
            offset?: (number|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.SnapshotChunk.$Properties;
    }

    interface ISnapshotAck extends keeltransport.SnapshotAck.$Properties {
    }

    class SnapshotAck {
        constructor(p?: keeltransport.SnapshotAck.$Properties);
        $unknowns?: Uint8Array[];
        snapshotId: number;
        ok: boolean;
        reason: string;
        static create(properties: keeltransport.SnapshotAck.$Shape): keeltransport.SnapshotAck & keeltransport.SnapshotAck.$Shape;
        static create(properties?: keeltransport.SnapshotAck.$Properties): keeltransport.SnapshotAck;
        static encode(m: keeltransport.SnapshotAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.SnapshotAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.SnapshotAck & keeltransport.SnapshotAck.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.SnapshotAck & keeltransport.SnapshotAck.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.SnapshotAck;
        static toObject(m: keeltransport.SnapshotAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SnapshotAck {
        interface $Properties {
            snapshotId?: (number|null);
            ok?: (boolean|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.SnapshotAck.$Properties;
    }

    interface IRpcRequest extends keeltransport.RpcRequest.$Properties {
    }

    class RpcRequest {
        constructor(p?: keeltransport.RpcRequest.$Properties);
        $unknowns?: Uint8Array[];
        callId: number;
        method: string;
        body: Uint8Array;
        static create(properties: keeltransport.RpcRequest.$Shape): keeltransport.RpcRequest & keeltransport.RpcRequest.$Shape;
        static create(properties?: keeltransport.RpcRequest.$Properties): keeltransport.RpcRequest;
        static encode(m: keeltransport.RpcRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.RpcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.RpcRequest & keeltransport.RpcRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.RpcRequest & keeltransport.RpcRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.RpcRequest;
        static toObject(m: keeltransport.RpcRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RpcRequest {
        interface $Properties {
            callId?: (number|null);
            method?: (string|null);
            body?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.RpcRequest.$Properties;
    }

    interface IRpcError extends keeltransport.RpcError.$Properties {
    }

    class RpcError {
        constructor(p?: keeltransport.RpcError.$Properties);
        $unknowns?: Uint8Array[];
        code: string;
        message: string;
        requiredAccess: string;
        static create(properties: keeltransport.RpcError.$Shape): keeltransport.RpcError & keeltransport.RpcError.$Shape;
        static create(properties?: keeltransport.RpcError.$Properties): keeltransport.RpcError;
        static encode(m: keeltransport.RpcError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.RpcError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.RpcError & keeltransport.RpcError.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.RpcError & keeltransport.RpcError.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.RpcError;
        static toObject(m: keeltransport.RpcError, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RpcError {
        interface $Properties {
            code?: (string|null);
            message?: (string|null);
            requiredAccess?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.RpcError.$Properties;
    }

    interface IRpcResponse extends keeltransport.RpcResponse.$Properties {
    }

    class RpcResponse {
        constructor(p?: keeltransport.RpcResponse.$Properties);
        $unknowns?: Uint8Array[];
        callId: number;
        ok: boolean;
        error?: (keeltransport.RpcError.$Properties|null);
        body: Uint8Array;
        static create(properties: keeltransport.RpcResponse.$Shape): keeltransport.RpcResponse & keeltransport.RpcResponse.$Shape;
        static create(properties?: keeltransport.RpcResponse.$Properties): keeltransport.RpcResponse;
        static encode(m: keeltransport.RpcResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keeltransport.RpcResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keeltransport.RpcResponse & keeltransport.RpcResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keeltransport.RpcResponse & keeltransport.RpcResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keeltransport.RpcResponse;
        static toObject(m: keeltransport.RpcResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RpcResponse {
        interface $Properties {
            callId?: (number|null);
            ok?: (boolean|null);
            error?: (keeltransport.RpcError.$Properties|null);
            body?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keeltransport.RpcResponse.$Properties;
    }
}
