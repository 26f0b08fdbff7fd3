import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace keelstore {

    interface IMeta extends keelstore.Meta.$Properties {
    }

    class Meta {
        constructor(p?: keelstore.Meta.$Properties);
        $unknowns?: Uint8Array[];
        version: number;
        createdAtMs: number;
        updatedAtMs: number;
        static create(properties: keelstore.Meta.$Shape): keelstore.Meta & keelstore.Meta.$Shape;
        static create(properties?: keelstore.Meta.$Properties): keelstore.Meta;
        static encode(m: keelstore.Meta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.Meta & keelstore.Meta.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.Meta & keelstore.Meta.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.Meta;
        static toObject(m: keelstore.Meta, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Meta {
        interface $Properties {
            version?: (number|null);
            createdAtMs?: (number|null);
            updatedAtMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.Meta.$Properties;
    }

    enum CertificateState {
        CERTIFICATE_STATE_UNKNOWN = 0,
        CERTIFICATE_STATE_RENEW = 1,
        CERTIFICATE_STATE_PENDING = 2,
        CERTIFICATE_STATE_ISSUED = 3,
        CERTIFICATE_STATE_FAILED = 4,
        CERTIFICATE_STATE_ROTATE = 5
    }

    enum EncryptionAlgorithm {
        ENCRYPTION_ALGORITHM_AES_128_GCM = 0
    }

    interface IEncryptionKey extends keelstore.EncryptionKey.$Properties {
    }

    class EncryptionKey {
        constructor(p?: keelstore.EncryptionKey.$Properties);
        $unknowns?: Uint8Array[];
        subsystem: string;
        algorithm: keelstore.EncryptionAlgorithm;
        key: Uint8Array;
        lamportTime: number;
        static create(properties: keelstore.EncryptionKey.$Shape): keelstore.EncryptionKey & keelstore.EncryptionKey.$Shape;
        static create(properties?: keelstore.EncryptionKey.$Properties): keelstore.EncryptionKey;
        static encode(m: keelstore.EncryptionKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.EncryptionKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.EncryptionKey & keelstore.EncryptionKey.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.EncryptionKey & keelstore.EncryptionKey.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.EncryptionKey;
        static toObject(m: keelstore.EncryptionKey, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EncryptionKey {
        interface $Properties {
            subsystem?: (string|null);
            algorithm?: (keelstore.EncryptionAlgorithm|null);
            key?: (Uint8Array|null);
            lamportTime?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.EncryptionKey.$Properties;
    }

    interface IRaftSettings extends keelstore.RaftSettings.$Properties {
    }

    class RaftSettings {
        constructor(p?: keelstore.RaftSettings.$Properties);
        $unknowns?: Uint8Array[];
        snapshotInterval: number;
        keepOldSnapshots: number;
        logEntriesForSlowFollowers: number;
        heartbeatTicks: number;
        electionTicks: number;
        static create(properties: keelstore.RaftSettings.$Shape): keelstore.RaftSettings & keelstore.RaftSettings.$Shape;
        static create(properties?: keelstore.RaftSettings.$Properties): keelstore.RaftSettings;
        static encode(m: keelstore.RaftSettings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.RaftSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.RaftSettings & keelstore.RaftSettings.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.RaftSettings & keelstore.RaftSettings.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.RaftSettings;
        static toObject(m: keelstore.RaftSettings, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RaftSettings {
        interface $Properties {
            snapshotInterval?: (number|null);
            keepOldSnapshots?: (number|null);
            logEntriesForSlowFollowers?: (number|null);
            heartbeatTicks?: (number|null);
            electionTicks?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.RaftSettings.$Properties;
    }

    interface ICaSettings extends keelstore.CaSettings.$Properties {
    }

    class CaSettings {
        constructor(p?: keelstore.CaSettings.$Properties);
        $unknowns?: Uint8Array[];
        nodeCertExpiryMs: number;
        static create(properties: keelstore.CaSettings.$Shape): keelstore.CaSettings & keelstore.CaSettings.$Shape;
        static create(properties?: keelstore.CaSettings.$Properties): keelstore.CaSettings;
        static encode(m: keelstore.CaSettings.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.CaSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.CaSettings & keelstore.CaSettings.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.CaSettings & keelstore.CaSettings.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.CaSettings;
        static toObject(m: keelstore.CaSettings, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CaSettings {
        interface $Properties {
            nodeCertExpiryMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.CaSettings.$Properties;
    }

    interface IClusterSpec extends keelstore.ClusterSpec.$Properties {
    }

    class ClusterSpec {
        constructor(p?: keelstore.ClusterSpec.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        labels: { [k: string]: string };
        autolockManagers: boolean;
        raft?: (keelstore.RaftSettings.$Properties|null);
        ca?: (keelstore.CaSettings.$Properties|null);
        networkKeyRotationIntervalTicks: number;
        static create(properties: keelstore.ClusterSpec.$Shape): keelstore.ClusterSpec & keelstore.ClusterSpec.$Shape;
        static create(properties?: keelstore.ClusterSpec.$Properties): keelstore.ClusterSpec;
        static encode(m: keelstore.ClusterSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.ClusterSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.ClusterSpec & keelstore.ClusterSpec.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.ClusterSpec & keelstore.ClusterSpec.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.ClusterSpec;
        static toObject(m: keelstore.ClusterSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClusterSpec {
        interface $Properties {
            name?: (string|null);
            labels?: ({ [k: string]: string }|null);
            autolockManagers?: (boolean|null);
            raft?: (keelstore.RaftSettings.$Properties|null);
            ca?: (keelstore.CaSettings.$Properties|null);
            networkKeyRotationIntervalTicks?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.ClusterSpec.$Properties;
    }

    interface IJoinTokens extends keelstore.JoinTokens.$Properties {
    }

    class JoinTokens {
        constructor(p?: keelstore.JoinTokens.$Properties);
        $unknowns?: Uint8Array[];
        worker: string;
        manager: string;
        static create(properties: keelstore.JoinTokens.$Shape): keelstore.JoinTokens & keelstore.JoinTokens.$Shape;
        static create(properties?: keelstore.JoinTokens.$Properties): keelstore.JoinTokens;
        static encode(m: keelstore.JoinTokens.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.JoinTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.JoinTokens & keelstore.JoinTokens.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.JoinTokens & keelstore.JoinTokens.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.JoinTokens;
        static toObject(m: keelstore.JoinTokens, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace JoinTokens {
        interface $Properties {
            worker?: (string|null);
            manager?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.JoinTokens.$Properties;
    }

    interface IRootRotation extends keelstore.RootRotation.$Properties {
    }

    class RootRotation {
        constructor(p?: keelstore.RootRotation.$Properties);
        $unknowns?: Uint8Array[];
        caCertPem: Uint8Array;
        caKeyPem: Uint8Array;
        crossSignedCaCertPem: Uint8Array;
        static create(properties: keelstore.RootRotation.$Shape): keelstore.RootRotation & keelstore.RootRotation.$Shape;
        static create(properties?: keelstore.RootRotation.$Properties): keelstore.RootRotation;
        static encode(m: keelstore.RootRotation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.RootRotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.RootRotation & keelstore.RootRotation.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.RootRotation & keelstore.RootRotation.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.RootRotation;
        static toObject(m: keelstore.RootRotation, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RootRotation {
        interface $Properties {
            caCertPem?: (Uint8Array|null);
            caKeyPem?: (Uint8Array|null);
            crossSignedCaCertPem?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.RootRotation.$Properties;
    }

    interface IRootCa extends keelstore.RootCa.$Properties {
    }

    class RootCa {
        constructor(p?: keelstore.RootCa.$Properties);
        $unknowns?: Uint8Array[];
        caCertPem: Uint8Array;
        caKeyPem: Uint8Array;
        joinTokens?: (keelstore.JoinTokens.$Properties|null);
        rotation?: (keelstore.RootRotation.$Properties|null);
        static create(properties: keelstore.RootCa.$Shape): keelstore.RootCa & keelstore.RootCa.$Shape;
        static create(properties?: keelstore.RootCa.$Properties): keelstore.RootCa;
        static encode(m: keelstore.RootCa.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.RootCa.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.RootCa & keelstore.RootCa.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.RootCa & keelstore.RootCa.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.RootCa;
        static toObject(m: keelstore.RootCa, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RootCa {
        interface $Properties {
            caCertPem?: (Uint8Array|null);
            caKeyPem?: (Uint8Array|null);
            joinTokens?: (keelstore.JoinTokens.$Properties|null);
            rotation?: (keelstore.RootRotation.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.RootCa.$Properties;
    }

    interface ICluster extends keelstore.Cluster.$Properties {
    }

    class Cluster {
        constructor(p?: keelstore.Cluster.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        meta?: (keelstore.Meta.$Properties|null);
        spec?: (keelstore.ClusterSpec.$Properties|null);
        rootCa?: (keelstore.RootCa.$Properties|null);
        unlockKeys: keelstore.EncryptionKey.$Properties[];
        networkBootstrapKeys: keelstore.EncryptionKey.$Properties[];
        encryptionKeyLamportClock: number;
        static create(properties: keelstore.Cluster.$Shape): keelstore.Cluster & keelstore.Cluster.$Shape;
        static create(properties?: keelstore.Cluster.$Properties): keelstore.Cluster;
        static encode(m: keelstore.Cluster.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.Cluster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.Cluster & keelstore.Cluster.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.Cluster & keelstore.Cluster.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.Cluster;
        static toObject(m: keelstore.Cluster, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Cluster {
        interface $Properties {
            id?: (string|null);
            meta?: (keelstore.Meta.$Properties|null);
            spec?: (keelstore.ClusterSpec.$Properties|null);
            rootCa?: (keelstore.RootCa.$Properties|null);
            unlockKeys?: (keelstore.EncryptionKey.$Properties[]|null);
            networkBootstrapKeys?: (keelstore.EncryptionKey.$Properties[]|null);
            encryptionKeyLamportClock?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.Cluster.$Properties;
    }

    enum NodeRole {
        NODE_ROLE_WORKER = 0,
        NODE_ROLE_MANAGER = 1
    }

    enum NodeMembership {
        NODE_MEMBERSHIP_PENDING = 0,
        NODE_MEMBERSHIP_ACCEPTED = 1
    }

    enum NodeAvailability {
        NODE_AVAILABILITY_ACTIVE = 0,
        NODE_AVAILABILITY_PAUSE = 1,
        NODE_AVAILABILITY_DRAIN = 2
    }

    enum NodeState {
        NODE_STATE_UNKNOWN = 0,
        NODE_STATE_DOWN = 1,
        NODE_STATE_READY = 2,
        NODE_STATE_DISCONNECTED = 3
    }

    interface INodeSpec extends keelstore.NodeSpec.$Properties {
    }

    class NodeSpec {
        constructor(p?: keelstore.NodeSpec.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        labels: { [k: string]: string };
        desiredRole: keelstore.NodeRole;
        membership: keelstore.NodeMembership;
        availability: keelstore.NodeAvailability;
        static create(properties: keelstore.NodeSpec.$Shape): keelstore.NodeSpec & keelstore.NodeSpec.$Shape;
        static create(properties?: keelstore.NodeSpec.$Properties): keelstore.NodeSpec;
        static encode(m: keelstore.NodeSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.NodeSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.NodeSpec & keelstore.NodeSpec.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.NodeSpec & keelstore.NodeSpec.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.NodeSpec;
        static toObject(m: keelstore.NodeSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeSpec {
        interface $Properties {
            name?: (string|null);
            labels?: ({ [k: string]: string }|null);
            desiredRole?: (keelstore.NodeRole|null);
            membership?: (keelstore.NodeMembership|null);
            availability?: (keelstore.NodeAvailability|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.NodeSpec.$Properties;
    }

    interface INodeStatus extends keelstore.NodeStatus.$Properties {
    }

    class NodeStatus {
        constructor(p?: keelstore.NodeStatus.$Properties);
        $unknowns?: Uint8Array[];
        state: keelstore.NodeState;
        message: string;
        addr: string;
        static create(properties: keelstore.NodeStatus.$Shape): keelstore.NodeStatus & keelstore.NodeStatus.$Shape;
        static create(properties?: keelstore.NodeStatus.$Properties): keelstore.NodeStatus;
        static encode(m: keelstore.NodeStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.NodeStatus & keelstore.NodeStatus.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.NodeStatus & keelstore.NodeStatus.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.NodeStatus;
        static toObject(m: keelstore.NodeStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeStatus {
        interface $Properties {
            state?: (keelstore.NodeState|null);
            message?: (string|null);
            addr?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.NodeStatus.$Properties;
    }

    interface INodeCertificate extends keelstore.NodeCertificate.$Properties {
    }

    class NodeCertificate {
        constructor(p?: keelstore.NodeCertificate.$Properties);
        $unknowns?: Uint8Array[];
        csr: Uint8Array;
        certificate: Uint8Array;
        state: keelstore.CertificateState;
        reason: string;
        static create(properties: keelstore.NodeCertificate.$Shape): keelstore.NodeCertificate & keelstore.NodeCertificate.$Shape;
        static create(properties?: keelstore.NodeCertificate.$Properties): keelstore.NodeCertificate;
        static encode(m: keelstore.NodeCertificate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.NodeCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.NodeCertificate & keelstore.NodeCertificate.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.NodeCertificate & keelstore.NodeCertificate.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.NodeCertificate;
        static toObject(m: keelstore.NodeCertificate, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace NodeCertificate {
        interface $Properties {
            csr?: (Uint8Array|null);
            certificate?: (Uint8Array|null);
            state?: (keelstore.CertificateState|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.NodeCertificate.$Properties;
    }

    interface INode extends keelstore.Node.$Properties {
    }

    class Node {
        constructor(p?: keelstore.Node.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        meta?: (keelstore.Meta.$Properties|null);
        spec?: (keelstore.NodeSpec.$Properties|null);
        role: keelstore.NodeRole;
        status?: (keelstore.NodeStatus.$Properties|null);
        certificate?: (keelstore.NodeCertificate.$Properties|null);
        static create(properties: keelstore.Node.$Shape): keelstore.Node & keelstore.Node.$Shape;
        static create(properties?: keelstore.Node.$Properties): keelstore.Node;
        static encode(m: keelstore.Node.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.Node & keelstore.Node.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.Node & keelstore.Node.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.Node;
        static toObject(m: keelstore.Node, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Node {
        interface $Properties {
            id?: (string|null);
            meta?: (keelstore.Meta.$Properties|null);
            spec?: (keelstore.NodeSpec.$Properties|null);
            role?: (keelstore.NodeRole|null);
            status?: (keelstore.NodeStatus.$Properties|null);
            certificate?: (keelstore.NodeCertificate.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.Node.$Properties;
    }

    interface ISecretSpec extends keelstore.SecretSpec.$Properties {
    }

    class SecretSpec {
        constructor(p?: keelstore.SecretSpec.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        labels: { [k: string]: string };
        data: Uint8Array;
        static create(properties: keelstore.SecretSpec.$Shape): keelstore.SecretSpec & keelstore.SecretSpec.$Shape;
        static create(properties?: keelstore.SecretSpec.$Properties): keelstore.SecretSpec;
        static encode(m: keelstore.SecretSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.SecretSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.SecretSpec & keelstore.SecretSpec.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.SecretSpec & keelstore.SecretSpec.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.SecretSpec;
        static toObject(m: keelstore.SecretSpec, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SecretSpec {
        interface $Properties {
            name?: (string|null);
            labels?: ({ [k: string]: string }|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.SecretSpec.$Properties;
    }

    interface ISecret extends keelstore.Secret.$Properties {
    }

    class Secret {
        constructor(p?: keelstore.Secret.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        meta?: (keelstore.Meta.$Properties|null);
        spec?: (keelstore.SecretSpec.$Properties|null);
        static create(properties: keelstore.Secret.$Shape): keelstore.Secret & keelstore.Secret.$Shape;
        static create(properties?: keelstore.Secret.$Properties): keelstore.Secret;
        static encode(m: keelstore.Secret.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.Secret.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.Secret & keelstore.Secret.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.Secret & keelstore.Secret.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.Secret;
        static toObject(m: keelstore.Secret, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Secret {
        interface $Properties {
            id?: (string|null);
            meta?: (keelstore.Meta.$Properties|null);
            spec?: (keelstore.SecretSpec.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.Secret.$Properties;
    }

    enum StoreActionKind {
        STORE_ACTION_KIND_UNKNOWN = 0,
        STORE_ACTION_KIND_CREATE = 1,
        STORE_ACTION_KIND_UPDATE = 2,
        STORE_ACTION_KIND_REMOVE = 3
    }

    interface IStoreAction extends keelstore.StoreAction.$Properties {
    }

    class StoreAction {
        constructor(p?: keelstore.StoreAction.$Properties);
        $unknowns?: Uint8Array[];
        kind: keelstore.StoreActionKind;
        node?: (keelstore.Node.$Properties|null);
        cluster?: (keelstore.Cluster.$Properties|null);
        secret?: (keelstore.Secret.$Properties|null);
        target?: ("node"|"cluster"|"secret");
        static create(properties: keelstore.StoreAction.$Shape): keelstore.StoreAction & keelstore.StoreAction.$Shape;
        static create(properties?: keelstore.StoreAction.$Properties): keelstore.StoreAction;
        static encode(m: keelstore.StoreAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.StoreAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.StoreAction & keelstore.StoreAction.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.StoreAction & keelstore.StoreAction.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.StoreAction;
        static toObject(m: keelstore.StoreAction, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StoreAction {
        interface $Properties {
            kind?: (keelstore.StoreActionKind|null);
            node?: (keelstore.Node.$Properties|null);
            cluster?: (keelstore.Cluster.$Properties|null);
            secret?: (keelstore.Secret.$Properties|null);
            target?: ("node"|"cluster"|"secret");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          kind?: keelstore.StoreActionKind|null;
          node?: keelstore.Node.$Shape|null;
          cluster?: keelstore.Cluster.$Shape|null;
          secret?: keelstore.Secret.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ target?: undefined; node?: null; cluster?: null; secret?: null }|{ target?: "node"; node: keelstore.Node.$Shape; cluster?: null; secret?: null }|{ target?: "cluster"; node?: null; cluster: keelstore.Cluster.$Shape; secret?: null }|{ target?: "secret"; node?: null; cluster?: null; secret: keelstore.Secret.$Shape })
        );
    }

    interface IProposal extends keelstore.Proposal.$Properties {
    }

    class Proposal {
        constructor(p?: keelstore.Proposal.$Properties);
        $unknowns?: Uint8Array[];
        id: number;
        timestampMs: number;
        actions: keelstore.StoreAction.$Properties[];
        static create(properties: keelstore.Proposal.$Shape): keelstore.Proposal & keelstore.Proposal.$Shape;
        static create(properties?: keelstore.Proposal.$Properties): keelstore.Proposal;
        static encode(m: keelstore.Proposal.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.Proposal & keelstore.Proposal.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.Proposal & keelstore.Proposal.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.Proposal;
        static toObject(m: keelstore.Proposal, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Proposal {
        interface $Properties {
            id?: (number|null);
            timestampMs?: (number|null);
            actions?: (keelstore.StoreAction.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          id?: number|null;
          timestampMs?: number|null;
          actions?: keelstore.StoreAction.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IStoreSnapshot extends keelstore.StoreSnapshot.$Properties {
    }

    class StoreSnapshot {
        constructor(p?: keelstore.StoreSnapshot.$Properties);
        $unknowns?: Uint8Array[];
        formatVersion: number;
        version: number;
        clusters: keelstore.Cluster.$Properties[];
        nodes: keelstore.Node.$Properties[];
        secrets: keelstore.Secret.$Properties[];
        static create(properties: keelstore.StoreSnapshot.$Shape): keelstore.StoreSnapshot & keelstore.StoreSnapshot.$Shape;
        static create(properties?: keelstore.StoreSnapshot.$Properties): keelstore.StoreSnapshot;
        static encode(m: keelstore.StoreSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: keelstore.StoreSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): keelstore.StoreSnapshot & keelstore.StoreSnapshot.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): keelstore.StoreSnapshot & keelstore.StoreSnapshot.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): keelstore.StoreSnapshot;
        static toObject(m: keelstore.StoreSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace StoreSnapshot {
        interface $Properties {
            formatVersion?: (number|null);
            version?: (number|null);
            clusters?: (keelstore.Cluster.$Properties[]|null);
            nodes?: (keelstore.Node.$Properties[]|null);
            secrets?: (keelstore.Secret.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = keelstore.StoreSnapshot.$Properties;
    }
}
