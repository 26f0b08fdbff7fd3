import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace keelapi {

    interface IEmpty extends keelapi.Empty.$Properties {
    }

    class Empty {
        constructor(p?: keelapi.Empty.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: keelapi.Empty.$Shape): keelapi.Empty & keelapi.Empty.$Shape;
        static create(properties?: keelapi.Empty.$Properties): keelapi.Empty;
        static encode(m: keelapi.Empty.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.Empty & keelapi.Empty.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.Empty & keelapi.Empty.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.Empty;
        static toObject(m: keelapi.Empty, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Empty {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.Empty.$Properties;
    }

    interface IJoinRequest extends keelapi.JoinRequest.$Properties {
    }

    class JoinRequest {
        constructor(p?: keelapi.JoinRequest.$Properties);
        $unknowns?: Uint8Array[];
        token: string;
        csrPem: string;
        name: string;
        static create(properties: keelapi.JoinRequest.$Shape): keelapi.JoinRequest & keelapi.JoinRequest.$Shape;
        static create(properties?: keelapi.JoinRequest.$Properties): keelapi.JoinRequest;
        static encode(m: keelapi.JoinRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.JoinRequest & keelapi.JoinRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.JoinRequest & keelapi.JoinRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.JoinRequest;
        static toObject(m: keelapi.JoinRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinRequest {
        interface $Properties {
            token?: (string|null);
            csrPem?: (string|null);
            name?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.JoinRequest.$Properties;
    }

    interface IMember extends keelapi.Member.$Properties {
    }

    class Member {
        constructor(p?: keelapi.Member.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        raftId: number;
        address: string;
        static create(properties: keelapi.Member.$Shape): keelapi.Member & keelapi.Member.$Shape;
        static create(properties?: keelapi.Member.$Properties): keelapi.Member;
        static encode(m: keelapi.Member.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.Member & keelapi.Member.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.Member & keelapi.Member.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.Member;
        static toObject(m: keelapi.Member, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Member {
        interface $Properties {
            nodeId?: (string|null);
            raftId?: (number|null);
            address?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.Member.$Properties;
    }

    interface IJoinResponse extends keelapi.JoinResponse.$Properties {
    }

    class JoinResponse {
        constructor(p?: keelapi.JoinResponse.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        role: string;
        clusterId: string;
        certificatePem: string;
        rootCaPem: string;
        managers: keelapi.Member.$Properties[];
        static create(properties: keelapi.JoinResponse.$Shape): keelapi.JoinResponse & keelapi.JoinResponse.$Shape;
        static create(properties?: keelapi.JoinResponse.$Properties): keelapi.JoinResponse;
        static encode(m: keelapi.JoinResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.JoinResponse & keelapi.JoinResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.JoinResponse & keelapi.JoinResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.JoinResponse;
        static toObject(m: keelapi.JoinResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinResponse {
        interface $Properties {
            nodeId?: (string|null);
            role?: (string|null);
            clusterId?: (string|null);
            certificatePem?: (string|null);
            rootCaPem?: (string|null);
            managers?: (keelapi.Member.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.JoinResponse.$Properties;
    }

    interface IAddManagerRequest extends keelapi.AddManagerRequest.$Properties {
    }

    class AddManagerRequest {
        constructor(p?: keelapi.AddManagerRequest.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        address: string;
        static create(properties: keelapi.AddManagerRequest.$Shape): keelapi.AddManagerRequest & keelapi.AddManagerRequest.$Shape;
        static create(properties?: keelapi.AddManagerRequest.$Properties): keelapi.AddManagerRequest;
        static encode(m: keelapi.AddManagerRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.AddManagerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.AddManagerRequest & keelapi.AddManagerRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.AddManagerRequest & keelapi.AddManagerRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.AddManagerRequest;
        static toObject(m: keelapi.AddManagerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AddManagerRequest {
        interface $Properties {
            nodeId?: (string|null);
            address?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.AddManagerRequest.$Properties;
    }

    interface IAddManagerResponse extends keelapi.AddManagerResponse.$Properties {
    }

    class AddManagerResponse {
        constructor(p?: keelapi.AddManagerResponse.$Properties);
        $unknowns?: Uint8Array[];
        managers: keelapi.Member.$Properties[];
        static create(properties: keelapi.AddManagerResponse.$Shape): keelapi.AddManagerResponse & keelapi.AddManagerResponse.$Shape;
        static create(properties?: keelapi.AddManagerResponse.$Properties): keelapi.AddManagerResponse;
        static encode(m: keelapi.AddManagerResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.AddManagerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.AddManagerResponse & keelapi.AddManagerResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.AddManagerResponse & keelapi.AddManagerResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.AddManagerResponse;
        static toObject(m: keelapi.AddManagerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AddManagerResponse {
        interface $Properties {
            managers?: (keelapi.Member.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.AddManagerResponse.$Properties;
    }

    interface IUnlockKeyResponse extends keelapi.UnlockKeyResponse.$Properties {
    }

    class UnlockKeyResponse {
        constructor(p?: keelapi.UnlockKeyResponse.$Properties);
        $unknowns?: Uint8Array[];
        key: Uint8Array;
        version: number;
        text: string;
        static create(properties: keelapi.UnlockKeyResponse.$Shape): keelapi.UnlockKeyResponse & keelapi.UnlockKeyResponse.$Shape;
        static create(properties?: keelapi.UnlockKeyResponse.$Properties): keelapi.UnlockKeyResponse;
        static encode(m: keelapi.UnlockKeyResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.UnlockKeyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.UnlockKeyResponse & keelapi.UnlockKeyResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.UnlockKeyResponse & keelapi.UnlockKeyResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.UnlockKeyResponse;
        static toObject(m: keelapi.UnlockKeyResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UnlockKeyResponse {
        interface $Properties {
            key?: (Uint8Array|null);
            version?: (number|null);
            text?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.UnlockKeyResponse.$Properties;
    }

    interface ILabel extends keelapi.Label.$Properties {
    }

    class Label {
        constructor(p?: keelapi.Label.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        value: string;
        static create(properties: keelapi.Label.$Shape): keelapi.Label & keelapi.Label.$Shape;
        static create(properties?: keelapi.Label.$Properties): keelapi.Label;
        static encode(m: keelapi.Label.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.Label & keelapi.Label.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.Label & keelapi.Label.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.Label;
        static toObject(m: keelapi.Label, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Label {
        interface $Properties {
            key?: (string|null);
            value?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.Label.$Properties;
    }

    interface IObjectMeta extends keelapi.ObjectMeta.$Properties {
    }

    class ObjectMeta {
        constructor(p?: keelapi.ObjectMeta.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        createdAtMs: number;
        updatedAtMs: number;
        static create(properties: keelapi.ObjectMeta.$Shape): keelapi.ObjectMeta & keelapi.ObjectMeta.$Shape;
        static create(properties?: keelapi.ObjectMeta.$Properties): keelapi.ObjectMeta;
        static encode(m: keelapi.ObjectMeta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ObjectMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ObjectMeta & keelapi.ObjectMeta.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ObjectMeta & keelapi.ObjectMeta.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ObjectMeta;
        static toObject(m: keelapi.ObjectMeta, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ObjectMeta {
        interface $Properties {
            version?: (number|null);
            createdAtMs?: (number|null);
            updatedAtMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ObjectMeta.$Properties;
    }

    interface ISecretView extends keelapi.SecretView.$Properties {
    }

    class SecretView {
        constructor(p?: keelapi.SecretView.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        name: string;
        labels: keelapi.Label.$Properties[];
        meta?: (keelapi.ObjectMeta.$Properties|null);
        dataBytes: number;
        digest: string;
        static create(properties: keelapi.SecretView.$Shape): keelapi.SecretView & keelapi.SecretView.$Shape;
        static create(properties?: keelapi.SecretView.$Properties): keelapi.SecretView;
        static encode(m: keelapi.SecretView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.SecretView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.SecretView & keelapi.SecretView.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.SecretView & keelapi.SecretView.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.SecretView;
        static toObject(m: keelapi.SecretView, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SecretView {
        interface $Properties {
            id?: (string|null);
            name?: (string|null);
            labels?: (keelapi.Label.$Properties[]|null);
            meta?: (keelapi.ObjectMeta.$Properties|null);
            dataBytes?: (number|null);
            digest?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.SecretView.$Properties;
    }

    interface ISecretCreateRequest extends keelapi.SecretCreateRequest.$Properties {
    }

    class SecretCreateRequest {
        constructor(p?: keelapi.SecretCreateRequest.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        data: Uint8Array;
        labels: keelapi.Label.$Properties[];
        static create(properties: keelapi.SecretCreateRequest.$Shape): keelapi.SecretCreateRequest & keelapi.SecretCreateRequest.$Shape;
        static create(properties?: keelapi.SecretCreateRequest.$Properties): keelapi.SecretCreateRequest;
        static encode(m: keelapi.SecretCreateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.SecretCreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.SecretCreateRequest & keelapi.SecretCreateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.SecretCreateRequest & keelapi.SecretCreateRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.SecretCreateRequest;
        static toObject(m: keelapi.SecretCreateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SecretCreateRequest {
        interface $Properties {
            name?: (string|null);
            data?: (Uint8Array|null);
            labels?: (keelapi.Label.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.SecretCreateRequest.$Properties;
    }

    interface ISecretUpdateRequest extends keelapi.SecretUpdateRequest.$Properties {
    }

    class SecretUpdateRequest {
        constructor(p?: keelapi.SecretUpdateRequest.$Properties);
        $unknowns?: Uint8Array[];
        ref: string;
        labels: keelapi.Label.$Properties[];
        static create(properties: keelapi.SecretUpdateRequest.$Shape): keelapi.SecretUpdateRequest & keelapi.SecretUpdateRequest.$Shape;
        static create(properties?: keelapi.SecretUpdateRequest.$Properties): keelapi.SecretUpdateRequest;
        static encode(m: keelapi.SecretUpdateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.SecretUpdateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.SecretUpdateRequest & keelapi.SecretUpdateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.SecretUpdateRequest & keelapi.SecretUpdateRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.SecretUpdateRequest;
        static toObject(m: keelapi.SecretUpdateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SecretUpdateRequest {
        interface $Properties {
            ref?: (string|null);
            labels?: (keelapi.Label.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.SecretUpdateRequest.$Properties;
    }

    interface IObjectRef extends keelapi.ObjectRef.$Properties {
    }

    class ObjectRef {
        constructor(p?: keelapi.ObjectRef.$Properties);
        $unknowns?: Uint8Array[];
        ref: string;
        static create(properties: keelapi.ObjectRef.$Shape): keelapi.ObjectRef & keelapi.ObjectRef.$Shape;
        static create(properties?: keelapi.ObjectRef.$Properties): keelapi.ObjectRef;
        static encode(m: keelapi.ObjectRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ObjectRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ObjectRef & keelapi.ObjectRef.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ObjectRef & keelapi.ObjectRef.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ObjectRef;
        static toObject(m: keelapi.ObjectRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ObjectRef {
        interface $Properties {
            ref?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ObjectRef.$Properties;
    }

    interface ISecretResponse extends keelapi.SecretResponse.$Properties {
    }

    class SecretResponse {
        constructor(p?: keelapi.SecretResponse.$Properties);
        $unknowns?: Uint8Array[];
        secret?: (keelapi.SecretView.$Properties|null);
        static create(properties: keelapi.SecretResponse.$Shape): keelapi.SecretResponse & keelapi.SecretResponse.$Shape;
        static create(properties?: keelapi.SecretResponse.$Properties): keelapi.SecretResponse;
        static encode(m: keelapi.SecretResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.SecretResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.SecretResponse & keelapi.SecretResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.SecretResponse & keelapi.SecretResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.SecretResponse;
        static toObject(m: keelapi.SecretResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SecretResponse {
        interface $Properties {
            secret?: (keelapi.SecretView.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.SecretResponse.$Properties;
    }

    interface IListRequest extends keelapi.ListRequest.$Properties {
    }

    class ListRequest {
        constructor(p?: keelapi.ListRequest.$Properties);
        $unknowns?: Uint8Array[];
        pageToken: string;
        pageSize: number;
        static create(properties: keelapi.ListRequest.$Shape): keelapi.ListRequest & keelapi.ListRequest.$Shape;
        static create(properties?: keelapi.ListRequest.$Properties): keelapi.ListRequest;
        static encode(m: keelapi.ListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ListRequest & keelapi.ListRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ListRequest & keelapi.ListRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ListRequest;
        static toObject(m: keelapi.ListRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListRequest {
        interface $Properties {
            pageToken?: (string|null);
            pageSize?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ListRequest.$Properties;
    }

    interface ISecretListResponse extends keelapi.SecretListResponse.$Properties {
    }

    class SecretListResponse {
        constructor(p?: keelapi.SecretListResponse.$Properties);
        $unknowns?: Uint8Array[];
        secrets: keelapi.SecretView.$Properties[];
        nextPageToken: string;
        static create(properties: keelapi.SecretListResponse.$Shape): keelapi.SecretListResponse & keelapi.SecretListResponse.$Shape;
        static create(properties?: keelapi.SecretListResponse.$Properties): keelapi.SecretListResponse;
        static encode(m: keelapi.SecretListResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.SecretListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.SecretListResponse & keelapi.SecretListResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.SecretListResponse & keelapi.SecretListResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.SecretListResponse;
        static toObject(m: keelapi.SecretListResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SecretListResponse {
        interface $Properties {
            secrets?: (keelapi.SecretView.$Properties[]|null);
            nextPageToken?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.SecretListResponse.$Properties;
    }

    interface INodeView extends keelapi.NodeView.$Properties {
    }

    class NodeView {
        constructor(p?: keelapi.NodeView.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        name: string;
        role: string;
        desiredRole: string;
        membership: string;
        availability: string;
        state: string;
        address: string;
        certificateState: string;
        certificateNotAfterMs: number;
        raftSuffrage: string;
        reachable: boolean;
        leader: boolean;
        meta?: (keelapi.ObjectMeta.$Properties|null);
        labels: keelapi.Label.$Properties[];
        managerStatus: string;
        statusMessage: string;
        static create(properties: keelapi.NodeView.$Shape): keelapi.NodeView & keelapi.NodeView.$Shape;
        static create(properties?: keelapi.NodeView.$Properties): keelapi.NodeView;
        static encode(m: keelapi.NodeView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeView & keelapi.NodeView.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeView & keelapi.NodeView.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeView;
        static toObject(m: keelapi.NodeView, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeView {
        interface $Properties {
            id?: (string|null);
            name?: (string|null);
            role?: (string|null);
            desiredRole?: (string|null);
            membership?: (string|null);
            availability?: (string|null);
            state?: (string|null);
            address?: (string|null);
            certificateState?: (string|null);
            certificateNotAfterMs?: (number|null);
            raftSuffrage?: (string|null);
            reachable?: (boolean|null);
            leader?: (boolean|null);
            meta?: (keelapi.ObjectMeta.$Properties|null);
            labels?: (keelapi.Label.$Properties[]|null);
            managerStatus?: (string|null);
            statusMessage?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeView.$Properties;
    }

    interface INodeListResponse extends keelapi.NodeListResponse.$Properties {
    }

    class NodeListResponse {
        constructor(p?: keelapi.NodeListResponse.$Properties);
        $unknowns?: Uint8Array[];
        nodes: keelapi.NodeView.$Properties[];
        nextPageToken: string;
        static create(properties: keelapi.NodeListResponse.$Shape): keelapi.NodeListResponse & keelapi.NodeListResponse.$Shape;
        static create(properties?: keelapi.NodeListResponse.$Properties): keelapi.NodeListResponse;
        static encode(m: keelapi.NodeListResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeListResponse & keelapi.NodeListResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeListResponse & keelapi.NodeListResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeListResponse;
        static toObject(m: keelapi.NodeListResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeListResponse {
        interface $Properties {
            nodes?: (keelapi.NodeView.$Properties[]|null);
            nextPageToken?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeListResponse.$Properties;
    }

    interface INodeResponse extends keelapi.NodeResponse.$Properties {
    }

    class NodeResponse {
        constructor(p?: keelapi.NodeResponse.$Properties);
        $unknowns?: Uint8Array[];
        node?: (keelapi.NodeView.$Properties|null);
        static create(properties: keelapi.NodeResponse.$Shape): keelapi.NodeResponse & keelapi.NodeResponse.$Shape;
        static create(properties?: keelapi.NodeResponse.$Properties): keelapi.NodeResponse;
        static encode(m: keelapi.NodeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeResponse & keelapi.NodeResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeResponse & keelapi.NodeResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeResponse;
        static toObject(m: keelapi.NodeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeResponse {
        interface $Properties {
            node?: (keelapi.NodeView.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeResponse.$Properties;
    }

    interface INodeRemoveRequest extends keelapi.NodeRemoveRequest.$Properties {
    }

    class NodeRemoveRequest {
        constructor(p?: keelapi.NodeRemoveRequest.$Properties);
        $unknowns?: Uint8Array[];
        ref: string;
        force: boolean;
        static create(properties: keelapi.NodeRemoveRequest.$Shape): keelapi.NodeRemoveRequest & keelapi.NodeRemoveRequest.$Shape;
        static create(properties?: keelapi.NodeRemoveRequest.$Properties): keelapi.NodeRemoveRequest;
        static encode(m: keelapi.NodeRemoveRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeRemoveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeRemoveRequest & keelapi.NodeRemoveRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeRemoveRequest & keelapi.NodeRemoveRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeRemoveRequest;
        static toObject(m: keelapi.NodeRemoveRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeRemoveRequest {
        interface $Properties {
            ref?: (string|null);
            force?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeRemoveRequest.$Properties;
    }

    interface INodeRoleRequest extends keelapi.NodeRoleRequest.$Properties {
    }

    class NodeRoleRequest {
        constructor(p?: keelapi.NodeRoleRequest.$Properties);
        $unknowns?: Uint8Array[];
        ref: string;
        role: string;
        static create(properties: keelapi.NodeRoleRequest.$Shape): keelapi.NodeRoleRequest & keelapi.NodeRoleRequest.$Shape;
        static create(properties?: keelapi.NodeRoleRequest.$Properties): keelapi.NodeRoleRequest;
        static encode(m: keelapi.NodeRoleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeRoleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeRoleRequest & keelapi.NodeRoleRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeRoleRequest & keelapi.NodeRoleRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeRoleRequest;
        static toObject(m: keelapi.NodeRoleRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeRoleRequest {
        interface $Properties {
            ref?: (string|null);
            role?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeRoleRequest.$Properties;
    }

    interface INodeUpdateRequest extends keelapi.NodeUpdateRequest.$Properties {
    }

    class NodeUpdateRequest {
        constructor(p?: keelapi.NodeUpdateRequest.$Properties);
        $unknowns?: Uint8Array[];
        ref: string;
        availability: string;
        labelAdd: keelapi.Label.$Properties[];
        labelRm: string[];
        static create(properties: keelapi.NodeUpdateRequest.$Shape): keelapi.NodeUpdateRequest & keelapi.NodeUpdateRequest.$Shape;
        static create(properties?: keelapi.NodeUpdateRequest.$Properties): keelapi.NodeUpdateRequest;
        static encode(m: keelapi.NodeUpdateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeUpdateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeUpdateRequest & keelapi.NodeUpdateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeUpdateRequest & keelapi.NodeUpdateRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeUpdateRequest;
        static toObject(m: keelapi.NodeUpdateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeUpdateRequest {
        interface $Properties {
            ref?: (string|null);
            availability?: (string|null);
            labelAdd?: (keelapi.Label.$Properties[]|null);
            labelRm?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeUpdateRequest.$Properties;
    }

    interface IHeartbeatRequest extends keelapi.HeartbeatRequest.$Properties {
    }

    class HeartbeatRequest {
        constructor(p?: keelapi.HeartbeatRequest.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        static create(properties: keelapi.HeartbeatRequest.$Shape): keelapi.HeartbeatRequest & keelapi.HeartbeatRequest.$Shape;
        static create(properties?: keelapi.HeartbeatRequest.$Properties): keelapi.HeartbeatRequest;
        static encode(m: keelapi.HeartbeatRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.HeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.HeartbeatRequest & keelapi.HeartbeatRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.HeartbeatRequest & keelapi.HeartbeatRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.HeartbeatRequest;
        static toObject(m: keelapi.HeartbeatRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HeartbeatRequest {
        interface $Properties {
            nodeId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.HeartbeatRequest.$Properties;
    }

    interface IHeartbeatResponse extends keelapi.HeartbeatResponse.$Properties {
    }

    class HeartbeatResponse {
        constructor(p?: keelapi.HeartbeatResponse.$Properties);
        $unknowns?: Uint8Array[];
        periodMs: number;
        static create(properties: keelapi.HeartbeatResponse.$Shape): keelapi.HeartbeatResponse & keelapi.HeartbeatResponse.$Shape;
        static create(properties?: keelapi.HeartbeatResponse.$Properties): keelapi.HeartbeatResponse;
        static encode(m: keelapi.HeartbeatResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.HeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.HeartbeatResponse & keelapi.HeartbeatResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.HeartbeatResponse & keelapi.HeartbeatResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.HeartbeatResponse;
        static toObject(m: keelapi.HeartbeatResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HeartbeatResponse {
        interface $Properties {
            periodMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.HeartbeatResponse.$Properties;
    }

    interface IClusterView extends keelapi.ClusterView.$Properties {
    }

    class ClusterView {
        constructor(p?: keelapi.ClusterView.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        name: string;
        autolock: boolean;
        meta?: (keelapi.ObjectMeta.$Properties|null);
        rootCaDigest: string;
        rootCaNotAfterMs: number;
        networkKeyLamportClock: number;
        settings?: (keelapi.ClusterSettings.$Properties|null);
        pendingRestart: string[];
        static create(properties: keelapi.ClusterView.$Shape): keelapi.ClusterView & keelapi.ClusterView.$Shape;
        static create(properties?: keelapi.ClusterView.$Properties): keelapi.ClusterView;
        static encode(m: keelapi.ClusterView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ClusterView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ClusterView & keelapi.ClusterView.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ClusterView & keelapi.ClusterView.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ClusterView;
        static toObject(m: keelapi.ClusterView, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClusterView {
        interface $Properties {
            id?: (string|null);
            name?: (string|null);
            autolock?: (boolean|null);
            meta?: (keelapi.ObjectMeta.$Properties|null);
            rootCaDigest?: (string|null);
            rootCaNotAfterMs?: (number|null);
            networkKeyLamportClock?: (number|null);
            settings?: (keelapi.ClusterSettings.$Properties|null);
            pendingRestart?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ClusterView.$Properties;
    }

    interface IClusterSettings extends keelapi.ClusterSettings.$Properties {
    }

    class ClusterSettings {
        constructor(p?: keelapi.ClusterSettings.$Properties);
        $unknowns?: Uint8Array[];
        certExpiryMs: number;
        snapshotInterval: number;
        keepOldSnapshots: number;
        logEntriesForSlowFollowers: number;
        heartbeatTick: number;
        electionTick: number;
        networkKeyRotationMs: number;
        static create(properties: keelapi.ClusterSettings.$Shape): keelapi.ClusterSettings & keelapi.ClusterSettings.$Shape;
        static create(properties?: keelapi.ClusterSettings.$Properties): keelapi.ClusterSettings;
        static encode(m: keelapi.ClusterSettings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ClusterSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ClusterSettings & keelapi.ClusterSettings.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ClusterSettings & keelapi.ClusterSettings.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ClusterSettings;
        static toObject(m: keelapi.ClusterSettings, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClusterSettings {
        interface $Properties {
            certExpiryMs?: (number|null);
            snapshotInterval?: (number|null);
            keepOldSnapshots?: (number|null);
            logEntriesForSlowFollowers?: (number|null);
            heartbeatTick?: (number|null);
            electionTick?: (number|null);
            networkKeyRotationMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ClusterSettings.$Properties;
    }

    interface IClusterUpdateRequest extends keelapi.ClusterUpdateRequest.$Properties {
    }

    class ClusterUpdateRequest {
        constructor(p?: keelapi.ClusterUpdateRequest.$Properties);
        $unknowns?: Uint8Array[];
        autolock?: (boolean|null);
        certExpiryMs?: (number|null);
        snapshotInterval?: (number|null);
        keepOldSnapshots?: (number|null);
        logEntriesForSlowFollowers?: (number|null);
        heartbeatTick?: (number|null);
        electionTick?: (number|null);
        networkKeyRotationMs?: (number|null);
        static create(properties: keelapi.ClusterUpdateRequest.$Shape): keelapi.ClusterUpdateRequest & keelapi.ClusterUpdateRequest.$Shape;
        static create(properties?: keelapi.ClusterUpdateRequest.$Properties): keelapi.ClusterUpdateRequest;
        static encode(m: keelapi.ClusterUpdateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ClusterUpdateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ClusterUpdateRequest & keelapi.ClusterUpdateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ClusterUpdateRequest & keelapi.ClusterUpdateRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ClusterUpdateRequest;
        static toObject(m: keelapi.ClusterUpdateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClusterUpdateRequest {
        interface $Properties {
            autolock?: (boolean|null);
            certExpiryMs?: (number|null);
            snapshotInterval?: (number|null);
            keepOldSnapshots?: (number|null);
            logEntriesForSlowFollowers?: (number|null);
            heartbeatTick?: (number|null);
            electionTick?: (number|null);
            networkKeyRotationMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ClusterUpdateRequest.$Properties;
    }

    interface IClusterUpdateResponse extends keelapi.ClusterUpdateResponse.$Properties {
    }

    class ClusterUpdateResponse {
        constructor(p?: keelapi.ClusterUpdateResponse.$Properties);
        $unknowns?: Uint8Array[];
        cluster?: (keelapi.ClusterView.$Properties|null);
        unlockKey: string;
        static create(properties: keelapi.ClusterUpdateResponse.$Shape): keelapi.ClusterUpdateResponse & keelapi.ClusterUpdateResponse.$Shape;
        static create(properties?: keelapi.ClusterUpdateResponse.$Properties): keelapi.ClusterUpdateResponse;
        static encode(m: keelapi.ClusterUpdateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ClusterUpdateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ClusterUpdateResponse & keelapi.ClusterUpdateResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ClusterUpdateResponse & keelapi.ClusterUpdateResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ClusterUpdateResponse;
        static toObject(m: keelapi.ClusterUpdateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClusterUpdateResponse {
        interface $Properties {
            cluster?: (keelapi.ClusterView.$Properties|null);
            unlockKey?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ClusterUpdateResponse.$Properties;
    }

    interface IJoinTokensResponse extends keelapi.JoinTokensResponse.$Properties {
    }

    class JoinTokensResponse {
        constructor(p?: keelapi.JoinTokensResponse.$Properties);
        $unknowns?: Uint8Array[];
        worker: string;
        manager: string;
        static create(properties: keelapi.JoinTokensResponse.$Shape): keelapi.JoinTokensResponse & keelapi.JoinTokensResponse.$Shape;
        static create(properties?: keelapi.JoinTokensResponse.$Properties): keelapi.JoinTokensResponse;
        static encode(m: keelapi.JoinTokensResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.JoinTokensResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.JoinTokensResponse & keelapi.JoinTokensResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.JoinTokensResponse & keelapi.JoinTokensResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.JoinTokensResponse;
        static toObject(m: keelapi.JoinTokensResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinTokensResponse {
        interface $Properties {
            worker?: (string|null);
            manager?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.JoinTokensResponse.$Properties;
    }

    interface IRotateJoinTokenRequest extends keelapi.RotateJoinTokenRequest.$Properties {
    }

    class RotateJoinTokenRequest {
        constructor(p?: keelapi.RotateJoinTokenRequest.$Properties);
        $unknowns?: Uint8Array[];
        worker: boolean;
        manager: boolean;
        static create(properties: keelapi.RotateJoinTokenRequest.$Shape): keelapi.RotateJoinTokenRequest & keelapi.RotateJoinTokenRequest.$Shape;
        static create(properties?: keelapi.RotateJoinTokenRequest.$Properties): keelapi.RotateJoinTokenRequest;
        static encode(m: keelapi.RotateJoinTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.RotateJoinTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.RotateJoinTokenRequest & keelapi.RotateJoinTokenRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.RotateJoinTokenRequest & keelapi.RotateJoinTokenRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.RotateJoinTokenRequest;
        static toObject(m: keelapi.RotateJoinTokenRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RotateJoinTokenRequest {
        interface $Properties {
            worker?: (boolean|null);
            manager?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.RotateJoinTokenRequest.$Properties;
    }

    interface INetworkKey extends keelapi.NetworkKey.$Properties {
    }

    class NetworkKey {
        constructor(p?: keelapi.NetworkKey.$Properties);
        $unknowns?: Uint8Array[];
        subsystem: string;
        lamportTime: number;
        key: Uint8Array;
        static create(properties: keelapi.NetworkKey.$Shape): keelapi.NetworkKey & keelapi.NetworkKey.$Shape;
        static create(properties?: keelapi.NetworkKey.$Properties): keelapi.NetworkKey;
        static encode(m: keelapi.NetworkKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NetworkKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NetworkKey & keelapi.NetworkKey.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NetworkKey & keelapi.NetworkKey.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NetworkKey;
        static toObject(m: keelapi.NetworkKey, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NetworkKey {
        interface $Properties {
            subsystem?: (string|null);
            lamportTime?: (number|null);
            key?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NetworkKey.$Properties;
    }

    interface IWatchNetworkKeysRequest extends keelapi.WatchNetworkKeysRequest.$Properties {
    }

    class WatchNetworkKeysRequest {
        constructor(p?: keelapi.WatchNetworkKeysRequest.$Properties);
        $unknowns?: Uint8Array[];
        sinceVersion: number;
        waitMs: number;
        static create(properties: keelapi.WatchNetworkKeysRequest.$Shape): keelapi.WatchNetworkKeysRequest & keelapi.WatchNetworkKeysRequest.$Shape;
        static create(properties?: keelapi.WatchNetworkKeysRequest.$Properties): keelapi.WatchNetworkKeysRequest;
        static encode(m: keelapi.WatchNetworkKeysRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.WatchNetworkKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.WatchNetworkKeysRequest & keelapi.WatchNetworkKeysRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.WatchNetworkKeysRequest & keelapi.WatchNetworkKeysRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.WatchNetworkKeysRequest;
        static toObject(m: keelapi.WatchNetworkKeysRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace WatchNetworkKeysRequest {
        interface $Properties {
            sinceVersion?: (number|null);
            waitMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.WatchNetworkKeysRequest.$Properties;
    }

    interface INetworkKeysResponse extends keelapi.NetworkKeysResponse.$Properties {
    }

    class NetworkKeysResponse {
        constructor(p?: keelapi.NetworkKeysResponse.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        keys: keelapi.NetworkKey.$Properties[];
        desiredRole: string;
        managers: keelapi.Member.$Properties[];
        static create(properties: keelapi.NetworkKeysResponse.$Shape): keelapi.NetworkKeysResponse & keelapi.NetworkKeysResponse.$Shape;
        static create(properties?: keelapi.NetworkKeysResponse.$Properties): keelapi.NetworkKeysResponse;
        static encode(m: keelapi.NetworkKeysResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NetworkKeysResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NetworkKeysResponse & keelapi.NetworkKeysResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NetworkKeysResponse & keelapi.NetworkKeysResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NetworkKeysResponse;
        static toObject(m: keelapi.NetworkKeysResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NetworkKeysResponse {
        interface $Properties {
            version?: (number|null);
            keys?: (keelapi.NetworkKey.$Properties[]|null);
            desiredRole?: (string|null);
            managers?: (keelapi.Member.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NetworkKeysResponse.$Properties;
    }

    interface IDekRotationResponse extends keelapi.DekRotationResponse.$Properties {
    }

    class DekRotationResponse {
        constructor(p?: keelapi.DekRotationResponse.$Properties);
        $unknowns?: Uint8Array[];
        state: string;
        currentKeyId: string;
        pendingKeyId: string;
        static create(properties: keelapi.DekRotationResponse.$Shape): keelapi.DekRotationResponse & keelapi.DekRotationResponse.$Shape;
        static create(properties?: keelapi.DekRotationResponse.$Properties): keelapi.DekRotationResponse;
        static encode(m: keelapi.DekRotationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.DekRotationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.DekRotationResponse & keelapi.DekRotationResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.DekRotationResponse & keelapi.DekRotationResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.DekRotationResponse;
        static toObject(m: keelapi.DekRotationResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DekRotationResponse {
        interface $Properties {
            state?: (string|null);
            currentKeyId?: (string|null);
            pendingKeyId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.DekRotationResponse.$Properties;
    }

    interface IMemberStatus extends keelapi.MemberStatus.$Properties {
    }

    class MemberStatus {
        constructor(p?: keelapi.MemberStatus.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        address: string;
        suffrage: string;
        match: number;
        reachable: boolean;
        leader: boolean;
        static create(properties: keelapi.MemberStatus.$Shape): keelapi.MemberStatus & keelapi.MemberStatus.$Shape;
        static create(properties?: keelapi.MemberStatus.$Properties): keelapi.MemberStatus;
        static encode(m: keelapi.MemberStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.MemberStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.MemberStatus & keelapi.MemberStatus.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.MemberStatus & keelapi.MemberStatus.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.MemberStatus;
        static toObject(m: keelapi.MemberStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MemberStatus {
        interface $Properties {
            nodeId?: (string|null);
            address?: (string|null);
            suffrage?: (string|null);
            match?: (number|null);
            reachable?: (boolean|null);
            leader?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.MemberStatus.$Properties;
    }

    interface ISubsystemKey extends keelapi.SubsystemKey.$Properties {
    }

    class SubsystemKey {
        constructor(p?: keelapi.SubsystemKey.$Properties);
        $unknowns?: Uint8Array[];
        subsystem: string;
        primaryTag: number;
        keyCount: number;
        static create(properties: keelapi.SubsystemKey.$Shape): keelapi.SubsystemKey & keelapi.SubsystemKey.$Shape;
        static create(properties?: keelapi.SubsystemKey.$Properties): keelapi.SubsystemKey;
        static encode(m: keelapi.SubsystemKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.SubsystemKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.SubsystemKey & keelapi.SubsystemKey.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.SubsystemKey & keelapi.SubsystemKey.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.SubsystemKey;
        static toObject(m: keelapi.SubsystemKey, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SubsystemKey {
        interface $Properties {
            subsystem?: (string|null);
            primaryTag?: (number|null);
            keyCount?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.SubsystemKey.$Properties;
    }

    interface IStatusResponse extends keelapi.StatusResponse.$Properties {
    }

    class StatusResponse {
        constructor(p?: keelapi.StatusResponse.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        role: string;
        clusterId: string;
        state: string;
        address: string;
        leaderId: string;
        raftState: string;
        term: number;
        commit: number;
        applied: number;
        members: keelapi.MemberStatus.$Properties[];
        dekState: string;
        dekCurrent: string;
        dekPending: string;
        kekVersion: number;
        autolock: boolean;
        certificateNotAfterMs: number;
        networkKeys: keelapi.SubsystemKey.$Properties[];
        clusterVersion: number;
        leaderAddress: string;
        refusals: { [k: string]: number };
        static create(properties: keelapi.StatusResponse.$Shape): keelapi.StatusResponse & keelapi.StatusResponse.$Shape;
        static create(properties?: keelapi.StatusResponse.$Properties): keelapi.StatusResponse;
        static encode(m: keelapi.StatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.StatusResponse & keelapi.StatusResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.StatusResponse & keelapi.StatusResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.StatusResponse;
        static toObject(m: keelapi.StatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StatusResponse {
        interface $Properties {
            nodeId?: (string|null);
            role?: (string|null);
            clusterId?: (string|null);
            state?: (string|null);
            address?: (string|null);
            leaderId?: (string|null);
            raftState?: (string|null);
            term?: (number|null);
            commit?: (number|null);
            applied?: (number|null);
            members?: (keelapi.MemberStatus.$Properties[]|null);
            dekState?: (string|null);
            dekCurrent?: (string|null);
            dekPending?: (string|null);
            kekVersion?: (number|null);
            autolock?: (boolean|null);
            certificateNotAfterMs?: (number|null);
            networkKeys?: (keelapi.SubsystemKey.$Properties[]|null);
            clusterVersion?: (number|null);
            leaderAddress?: (string|null);
            refusals?: ({ [k: string]: number }|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.StatusResponse.$Properties;
    }

    interface IUnlockRequest extends keelapi.UnlockRequest.$Properties {
    }

    class UnlockRequest {
        constructor(p?: keelapi.UnlockRequest.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        static create(properties: keelapi.UnlockRequest.$Shape): keelapi.UnlockRequest & keelapi.UnlockRequest.$Shape;
        static create(properties?: keelapi.UnlockRequest.$Properties): keelapi.UnlockRequest;
        static encode(m: keelapi.UnlockRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.UnlockRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.UnlockRequest & keelapi.UnlockRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.UnlockRequest & keelapi.UnlockRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.UnlockRequest;
        static toObject(m: keelapi.UnlockRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UnlockRequest {
        interface $Properties {
            key?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.UnlockRequest.$Properties;
    }

    interface IControlRequest extends keelapi.ControlRequest.$Properties {
    }

    class ControlRequest {
        constructor(p?: keelapi.ControlRequest.$Properties);
        $unknowns?: Uint8Array[];
        callId: number;
        method: string;
        body: Uint8Array;
        static create(properties: keelapi.ControlRequest.$Shape): keelapi.ControlRequest & keelapi.ControlRequest.$Shape;
        static create(properties?: keelapi.ControlRequest.$Properties): keelapi.ControlRequest;
        static encode(m: keelapi.ControlRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ControlRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ControlRequest & keelapi.ControlRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ControlRequest & keelapi.ControlRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ControlRequest;
        static toObject(m: keelapi.ControlRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ControlRequest {
        interface $Properties {
            callId?: (number|null);
            method?: (string|null);
            body?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ControlRequest.$Properties;
    }

    interface IControlResponse extends keelapi.ControlResponse.$Properties {
    }

    class ControlResponse {
        constructor(p?: keelapi.ControlResponse.$Properties);
        $unknowns?: Uint8Array[];
        callId: number;
        ok: boolean;
        code: string;
        message: string;
        body: Uint8Array;
        static create(properties: keelapi.ControlResponse.$Shape): keelapi.ControlResponse & keelapi.ControlResponse.$Shape;
        static create(properties?: keelapi.ControlResponse.$Properties): keelapi.ControlResponse;
        static encode(m: keelapi.ControlResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.ControlResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.ControlResponse & keelapi.ControlResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.ControlResponse & keelapi.ControlResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.ControlResponse;
        static toObject(m: keelapi.ControlResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ControlResponse {
        interface $Properties {
            callId?: (number|null);
            ok?: (boolean|null);
            code?: (string|null);
            message?: (string|null);
            body?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.ControlResponse.$Properties;
    }

    interface IBackupRequest extends keelapi.BackupRequest.$Properties {
    }

    class BackupRequest {
        constructor(p?: keelapi.BackupRequest.$Properties);
        $unknowns?: Uint8Array[];
        path: string;
        static create(properties: keelapi.BackupRequest.$Shape): keelapi.BackupRequest & keelapi.BackupRequest.$Shape;
        static create(properties?: keelapi.BackupRequest.$Properties): keelapi.BackupRequest;
        static encode(m: keelapi.BackupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.BackupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.BackupRequest & keelapi.BackupRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.BackupRequest & keelapi.BackupRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.BackupRequest;
        static toObject(m: keelapi.BackupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BackupRequest {
        interface $Properties {
            path?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.BackupRequest.$Properties;
    }

    interface IBackupResponse extends keelapi.BackupResponse.$Properties {
    }

    class BackupResponse {
        constructor(p?: keelapi.BackupResponse.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        index: number;
        clusterId: string;
        bytes: number;
        createdAt: string;
        static create(properties: keelapi.BackupResponse.$Shape): keelapi.BackupResponse & keelapi.BackupResponse.$Shape;
        static create(properties?: keelapi.BackupResponse.$Properties): keelapi.BackupResponse;
        static encode(m: keelapi.BackupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.BackupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.BackupResponse & keelapi.BackupResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.BackupResponse & keelapi.BackupResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.BackupResponse;
        static toObject(m: keelapi.BackupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BackupResponse {
        interface $Properties {
            key?: (string|null);
            index?: (number|null);
            clusterId?: (string|null);
            bytes?: (number|null);
            createdAt?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.BackupResponse.$Properties;
    }

    interface ICaRootView extends keelapi.CaRootView.$Properties {
    }

    class CaRootView {
        constructor(p?: keelapi.CaRootView.$Properties);
        $unknowns?: Uint8Array[];
        subject: string;
        digest: string;
        notAfterMs: number;
        static create(properties: keelapi.CaRootView.$Shape): keelapi.CaRootView & keelapi.CaRootView.$Shape;
        static create(properties?: keelapi.CaRootView.$Properties): keelapi.CaRootView;
        static encode(m: keelapi.CaRootView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.CaRootView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.CaRootView & keelapi.CaRootView.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.CaRootView & keelapi.CaRootView.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.CaRootView;
        static toObject(m: keelapi.CaRootView, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CaRootView {
        interface $Properties {
            subject?: (string|null);
            digest?: (string|null);
            notAfterMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.CaRootView.$Properties;
    }

    interface ICaView extends keelapi.CaView.$Properties {
    }

    class CaView {
        constructor(p?: keelapi.CaView.$Properties);
        $unknowns?: Uint8Array[];
        root?: (keelapi.CaRootView.$Properties|null);
        rotation?: (keelapi.CaRootView.$Properties|null);
        nodesConverged: number;
        nodesTotal: number;
        static create(properties: keelapi.CaView.$Shape): keelapi.CaView & keelapi.CaView.$Shape;
        static create(properties?: keelapi.CaView.$Properties): keelapi.CaView;
        static encode(m: keelapi.CaView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.CaView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.CaView & keelapi.CaView.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.CaView & keelapi.CaView.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.CaView;
        static toObject(m: keelapi.CaView, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CaView {
        interface $Properties {
            root?: (keelapi.CaRootView.$Properties|null);
            rotation?: (keelapi.CaRootView.$Properties|null);
            nodesConverged?: (number|null);
            nodesTotal?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.CaView.$Properties;
    }

    interface ICaTrustResponse extends keelapi.CaTrustResponse.$Properties {
    }

    class CaTrustResponse {
        constructor(p?: keelapi.CaTrustResponse.$Properties);
        $unknowns?: Uint8Array[];
        trustPem: string;
        rotate: boolean;
        static create(properties: keelapi.CaTrustResponse.$Shape): keelapi.CaTrustResponse & keelapi.CaTrustResponse.$Shape;
        static create(properties?: keelapi.CaTrustResponse.$Properties): keelapi.CaTrustResponse;
        static encode(m: keelapi.CaTrustResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.CaTrustResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.CaTrustResponse & keelapi.CaTrustResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.CaTrustResponse & keelapi.CaTrustResponse.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.CaTrustResponse;
        static toObject(m: keelapi.CaTrustResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CaTrustResponse {
        interface $Properties {
            trustPem?: (string|null);
            rotate?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.CaTrustResponse.$Properties;
    }

    interface INodeLeaveRequest extends keelapi.NodeLeaveRequest.$Properties {
    }

    class NodeLeaveRequest {
        constructor(p?: keelapi.NodeLeaveRequest.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        force: boolean;
        static create(properties: keelapi.NodeLeaveRequest.$Shape): keelapi.NodeLeaveRequest & keelapi.NodeLeaveRequest.$Shape;
        static create(properties?: keelapi.NodeLeaveRequest.$Properties): keelapi.NodeLeaveRequest;
        static encode(m: keelapi.NodeLeaveRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelapi.NodeLeaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelapi.NodeLeaveRequest & keelapi.NodeLeaveRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelapi.NodeLeaveRequest & keelapi.NodeLeaveRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelapi.NodeLeaveRequest;
        static toObject(m: keelapi.NodeLeaveRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeLeaveRequest {
        interface $Properties {
            nodeId?: (string|null);
            force?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelapi.NodeLeaveRequest.$Properties;
    }
}
