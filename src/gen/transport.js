/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["transport"] || ($protobuf.roots["transport"] = {});

export const keeltransport = $root.keeltransport = (() => {

    /**
     * Namespace keeltransport.
     * @exports keeltransport
     * @namespace
     */
    const keeltransport = {};

    keeltransport.Frame = (function() {

        /**
         * Properties of a Frame.
         * @typedef {Object} keeltransport.Frame.$Properties
         * @property {keeltransport.Accept.$Properties|null} [accept] Frame accept
         * @property {keeltransport.Refuse.$Properties|null} [refuse] Frame refuse
         * @property {keeltransport.RaftBatch.$Properties|null} [raftBatch] Frame raftBatch
         * @property {keeltransport.SnapshotChunk.$Properties|null} [snapshotChunk] Frame snapshotChunk
         * @property {keeltransport.SnapshotAck.$Properties|null} [snapshotAck] Frame snapshotAck
         * @property {keeltransport.RpcRequest.$Properties|null} [rpcRequest] Frame rpcRequest
         * @property {keeltransport.RpcResponse.$Properties|null} [rpcResponse] Frame rpcResponse
         * @property {"accept"|"refuse"|"raftBatch"|"snapshotChunk"|"snapshotAck"|"rpcRequest"|"rpcResponse"} [kind] Frame kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Frame.
         * @memberof keeltransport
         * @interface IFrame
         * @augments keeltransport.Frame.$Properties
         * @deprecated Use keeltransport.Frame.$Properties instead.
         */

        /**
         * Narrowed shape of a Frame.
         * @typedef {{
         *   accept?: keeltransport.Accept.$Shape|null;
         *   refuse?: keeltransport.Refuse.$Shape|null;
         *   raftBatch?: keeltransport.RaftBatch.$Shape|null;
         *   snapshotChunk?: keeltransport.SnapshotChunk.$Shape|null;
         *   snapshotAck?: keeltransport.SnapshotAck.$Shape|null;
         *   rpcRequest?: keeltransport.RpcRequest.$Shape|null;
         *   rpcResponse?: keeltransport.RpcResponse.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "accept"; accept: keeltransport.Accept.$Shape; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "refuse"; accept?: null; refuse: keeltransport.Refuse.$Shape; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "raftBatch"; accept?: null; refuse?: null; raftBatch: keeltransport.RaftBatch.$Shape; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "snapshotChunk"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk: keeltransport.SnapshotChunk.$Shape; snapshotAck?: null; rpcRequest?: null; rpcResponse?: null }|{ kind?: "snapshotAck"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck: keeltransport.SnapshotAck.$Shape; rpcRequest?: null; rpcResponse?: null }|{ kind?: "rpcRequest"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest: keeltransport.RpcRequest.$Shape; rpcResponse?: null }|{ kind?: "rpcResponse"; accept?: null; refuse?: null; raftBatch?: null; snapshotChunk?: null; snapshotAck?: null; rpcRequest?: null; rpcResponse: keeltransport.RpcResponse.$Shape })
         * )} keeltransport.Frame.$Shape
         */

        /**
         * Constructs a new Frame.
         * @memberof keeltransport
         * @classdesc Represents a Frame.
         * @constructor
         * @param {keeltransport.Frame.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Frame = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Frame accept.
         * @member {keeltransport.Accept.$Properties|null|undefined} accept
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.accept = null;

        /**
         * Frame refuse.
         * @member {keeltransport.Refuse.$Properties|null|undefined} refuse
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.refuse = null;

        /**
         * Frame raftBatch.
         * @member {keeltransport.RaftBatch.$Properties|null|undefined} raftBatch
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.raftBatch = null;

        /**
         * Frame snapshotChunk.
         * @member {keeltransport.SnapshotChunk.$Properties|null|undefined} snapshotChunk
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.snapshotChunk = null;

        /**
         * Frame snapshotAck.
         * @member {keeltransport.SnapshotAck.$Properties|null|undefined} snapshotAck
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.snapshotAck = null;

        /**
         * Frame rpcRequest.
         * @member {keeltransport.RpcRequest.$Properties|null|undefined} rpcRequest
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.rpcRequest = null;

        /**
         * Frame rpcResponse.
         * @member {keeltransport.RpcResponse.$Properties|null|undefined} rpcResponse
         * @memberof keeltransport.Frame
         * @instance
         */
        Frame.prototype.rpcResponse = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Frame kind.
         * @member {"accept"|"refuse"|"raftBatch"|"snapshotChunk"|"snapshotAck"|"rpcRequest"|"rpcResponse"|undefined} kind
         * @memberof keeltransport.Frame
         * @instance
         */
        $Object.defineProperty(Frame.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["accept", "refuse", "raftBatch", "snapshotChunk", "snapshotAck", "rpcRequest", "rpcResponse"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Frame instance using the specified properties.
         * @function create
         * @memberof keeltransport.Frame
         * @static
         * @param {keeltransport.Frame.$Properties=} [properties] Properties to set
         * @returns {keeltransport.Frame} Frame instance
         * @type {{
         *   (properties: keeltransport.Frame.$Shape): keeltransport.Frame & keeltransport.Frame.$Shape;
         *   (properties?: keeltransport.Frame.$Properties): keeltransport.Frame;
         * }}
         */
        Frame.create = function(properties) {
            return new Frame(properties);
        };

        /**
         * Encodes the specified Frame message. Does not implicitly {@link keeltransport.Frame.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.Frame
         * @static
         * @param {keeltransport.Frame.$Properties} m Frame message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Frame.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.accept != null && $Object.hasOwnProperty.call(m, "accept"))
                $root.keeltransport.Accept.encode(m.accept, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse"))
                $root.keeltransport.Refuse.encode(m.refuse, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.raftBatch != null && $Object.hasOwnProperty.call(m, "raftBatch"))
                $root.keeltransport.RaftBatch.encode(m.raftBatch, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk"))
                $root.keeltransport.SnapshotChunk.encode(m.snapshotChunk, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.snapshotAck != null && $Object.hasOwnProperty.call(m, "snapshotAck"))
                $root.keeltransport.SnapshotAck.encode(m.snapshotAck, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.rpcRequest != null && $Object.hasOwnProperty.call(m, "rpcRequest"))
                $root.keeltransport.RpcRequest.encode(m.rpcRequest, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.rpcResponse != null && $Object.hasOwnProperty.call(m, "rpcResponse"))
                $root.keeltransport.RpcResponse.encode(m.rpcResponse, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Frame message, length delimited. Does not implicitly {@link keeltransport.Frame.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.Frame
         * @static
         * @param {keeltransport.Frame.$Properties} message Frame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Frame.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Frame message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.Frame
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.Frame & keeltransport.Frame.$Shape} Frame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Frame.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.Frame();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.accept = $root.keeltransport.Accept.decode(r, r.size(), $undefined, q + 1, m.accept);
                        m.kind = "accept";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.refuse = $root.keeltransport.Refuse.decode(r, r.size(), $undefined, q + 1, m.refuse);
                        m.kind = "refuse";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.raftBatch = $root.keeltransport.RaftBatch.decode(r, r.size(), $undefined, q + 1, m.raftBatch);
                        m.kind = "raftBatch";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.snapshotChunk = $root.keeltransport.SnapshotChunk.decode(r, r.size(), $undefined, q + 1, m.snapshotChunk);
                        m.kind = "snapshotChunk";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.snapshotAck = $root.keeltransport.SnapshotAck.decode(r, r.size(), $undefined, q + 1, m.snapshotAck);
                        m.kind = "snapshotAck";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.rpcRequest = $root.keeltransport.RpcRequest.decode(r, r.size(), $undefined, q + 1, m.rpcRequest);
                        m.kind = "rpcRequest";
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.rpcResponse = $root.keeltransport.RpcResponse.decode(r, r.size(), $undefined, q + 1, m.rpcResponse);
                        m.kind = "rpcResponse";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Frame message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.Frame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.Frame & keeltransport.Frame.$Shape} Frame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Frame.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Frame message.
         * @function verify
         * @memberof keeltransport.Frame
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Frame.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.accept != null && $Object.hasOwnProperty.call(m, "accept")) {
                p.kind = 1;
                {
                    var e = $root.keeltransport.Accept.verify(m.accept, q + 1);
                    if (e)
                        return "accept." + e;
                }
            }
            if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.keeltransport.Refuse.verify(m.refuse, q + 1);
                    if (e)
                        return "refuse." + e;
                }
            }
            if (m.raftBatch != null && $Object.hasOwnProperty.call(m, "raftBatch")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.keeltransport.RaftBatch.verify(m.raftBatch, q + 1);
                    if (e)
                        return "raftBatch." + e;
                }
            }
            if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.keeltransport.SnapshotChunk.verify(m.snapshotChunk, q + 1);
                    if (e)
                        return "snapshotChunk." + e;
                }
            }
            if (m.snapshotAck != null && $Object.hasOwnProperty.call(m, "snapshotAck")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.keeltransport.SnapshotAck.verify(m.snapshotAck, q + 1);
                    if (e)
                        return "snapshotAck." + e;
                }
            }
            if (m.rpcRequest != null && $Object.hasOwnProperty.call(m, "rpcRequest")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.keeltransport.RpcRequest.verify(m.rpcRequest, q + 1);
                    if (e)
                        return "rpcRequest." + e;
                }
            }
            if (m.rpcResponse != null && $Object.hasOwnProperty.call(m, "rpcResponse")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.keeltransport.RpcResponse.verify(m.rpcResponse, q + 1);
                    if (e)
                        return "rpcResponse." + e;
                }
            }
            return null;
        };

        /**
         * Creates a Frame message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.Frame
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.Frame} Frame
         */
        Frame.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.Frame)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.Frame: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.Frame();
            if (d.accept != null) {
                if (!$util.isObject(d.accept))
                    throw $TypeError(".keeltransport.Frame.accept: object expected");
                m.accept = $root.keeltransport.Accept.fromObject(d.accept, q + 1);
            }
            if (d.refuse != null) {
                if (!$util.isObject(d.refuse))
                    throw $TypeError(".keeltransport.Frame.refuse: object expected");
                m.refuse = $root.keeltransport.Refuse.fromObject(d.refuse, q + 1);
            }
            if (d.raftBatch != null) {
                if (!$util.isObject(d.raftBatch))
                    throw $TypeError(".keeltransport.Frame.raftBatch: object expected");
                m.raftBatch = $root.keeltransport.RaftBatch.fromObject(d.raftBatch, q + 1);
            }
            if (d.snapshotChunk != null) {
                if (!$util.isObject(d.snapshotChunk))
                    throw $TypeError(".keeltransport.Frame.snapshotChunk: object expected");
                m.snapshotChunk = $root.keeltransport.SnapshotChunk.fromObject(d.snapshotChunk, q + 1);
            }
            if (d.snapshotAck != null) {
                if (!$util.isObject(d.snapshotAck))
                    throw $TypeError(".keeltransport.Frame.snapshotAck: object expected");
                m.snapshotAck = $root.keeltransport.SnapshotAck.fromObject(d.snapshotAck, q + 1);
            }
            if (d.rpcRequest != null) {
                if (!$util.isObject(d.rpcRequest))
                    throw $TypeError(".keeltransport.Frame.rpcRequest: object expected");
                m.rpcRequest = $root.keeltransport.RpcRequest.fromObject(d.rpcRequest, q + 1);
            }
            if (d.rpcResponse != null) {
                if (!$util.isObject(d.rpcResponse))
                    throw $TypeError(".keeltransport.Frame.rpcResponse: object expected");
                m.rpcResponse = $root.keeltransport.RpcResponse.fromObject(d.rpcResponse, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a Frame message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.Frame
         * @static
         * @param {keeltransport.Frame} m Frame
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Frame.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.accept != null && $Object.hasOwnProperty.call(m, "accept")) {
                d.accept = $root.keeltransport.Accept.toObject(m.accept, o, q + 1);
                if (o.oneofs)
                    d.kind = "accept";
            }
            if (m.refuse != null && $Object.hasOwnProperty.call(m, "refuse")) {
                d.refuse = $root.keeltransport.Refuse.toObject(m.refuse, o, q + 1);
                if (o.oneofs)
                    d.kind = "refuse";
            }
            if (m.raftBatch != null && $Object.hasOwnProperty.call(m, "raftBatch")) {
                d.raftBatch = $root.keeltransport.RaftBatch.toObject(m.raftBatch, o, q + 1);
                if (o.oneofs)
                    d.kind = "raftBatch";
            }
            if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk")) {
                d.snapshotChunk = $root.keeltransport.SnapshotChunk.toObject(m.snapshotChunk, o, q + 1);
                if (o.oneofs)
                    d.kind = "snapshotChunk";
            }
            if (m.snapshotAck != null && $Object.hasOwnProperty.call(m, "snapshotAck")) {
                d.snapshotAck = $root.keeltransport.SnapshotAck.toObject(m.snapshotAck, o, q + 1);
                if (o.oneofs)
                    d.kind = "snapshotAck";
            }
            if (m.rpcRequest != null && $Object.hasOwnProperty.call(m, "rpcRequest")) {
                d.rpcRequest = $root.keeltransport.RpcRequest.toObject(m.rpcRequest, o, q + 1);
                if (o.oneofs)
                    d.kind = "rpcRequest";
            }
            if (m.rpcResponse != null && $Object.hasOwnProperty.call(m, "rpcResponse")) {
                d.rpcResponse = $root.keeltransport.RpcResponse.toObject(m.rpcResponse, o, q + 1);
                if (o.oneofs)
                    d.kind = "rpcResponse";
            }
            return d;
        };

        /**
         * Converts this Frame to JSON.
         * @function toJSON
         * @memberof keeltransport.Frame
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Frame.prototype.toJSON = function() {
            return Frame.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Frame
         * @function getTypeUrl
         * @memberof keeltransport.Frame
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Frame.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.Frame";
        };

        return Frame;
    })();

    keeltransport.Accept = (function() {

        /**
         * Properties of an Accept.
         * @typedef {Object} keeltransport.Accept.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Accept.
         * @memberof keeltransport
         * @interface IAccept
         * @augments keeltransport.Accept.$Properties
         * @deprecated Use keeltransport.Accept.$Properties instead.
         */

        /**
         * Shape of an Accept.
         * @typedef {keeltransport.Accept.$Properties} keeltransport.Accept.$Shape
         */

        /**
         * Constructs a new Accept.
         * @memberof keeltransport
         * @classdesc Represents an Accept.
         * @constructor
         * @param {keeltransport.Accept.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Accept = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new Accept instance using the specified properties.
         * @function create
         * @memberof keeltransport.Accept
         * @static
         * @param {keeltransport.Accept.$Properties=} [properties] Properties to set
         * @returns {keeltransport.Accept} Accept instance
         * @type {{
         *   (properties: keeltransport.Accept.$Shape): keeltransport.Accept & keeltransport.Accept.$Shape;
         *   (properties?: keeltransport.Accept.$Properties): keeltransport.Accept;
         * }}
         */
        Accept.create = function(properties) {
            return new Accept(properties);
        };

        /**
         * Encodes the specified Accept message. Does not implicitly {@link keeltransport.Accept.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.Accept
         * @static
         * @param {keeltransport.Accept.$Properties} m Accept message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Accept.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Accept message, length delimited. Does not implicitly {@link keeltransport.Accept.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.Accept
         * @static
         * @param {keeltransport.Accept.$Properties} message Accept message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Accept.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Accept message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.Accept
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.Accept & keeltransport.Accept.$Shape} Accept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Accept.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.Accept();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an Accept message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.Accept
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.Accept & keeltransport.Accept.$Shape} Accept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Accept.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Accept message.
         * @function verify
         * @memberof keeltransport.Accept
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Accept.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates an Accept message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.Accept
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.Accept} Accept
         */
        Accept.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.Accept)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.Accept: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.keeltransport.Accept();
        };

        /**
         * Creates a plain object from an Accept message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.Accept
         * @static
         * @param {keeltransport.Accept} m Accept
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Accept.toObject = function () {
            return {};
        };

        /**
         * Converts this Accept to JSON.
         * @function toJSON
         * @memberof keeltransport.Accept
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Accept.prototype.toJSON = function() {
            return Accept.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Accept
         * @function getTypeUrl
         * @memberof keeltransport.Accept
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Accept.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.Accept";
        };

        return Accept;
    })();

    keeltransport.Refuse = (function() {

        /**
         * Properties of a Refuse.
         * @typedef {Object} keeltransport.Refuse.$Properties
         * @property {string|null} [reason] Refuse reason
         * @property {string|null} [detail] Refuse detail
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Refuse.
         * @memberof keeltransport
         * @interface IRefuse
         * @augments keeltransport.Refuse.$Properties
         * @deprecated Use keeltransport.Refuse.$Properties instead.
         */

        /**
         * Shape of a Refuse.
         * @typedef {keeltransport.Refuse.$Properties} keeltransport.Refuse.$Shape
         */

        /**
         * Constructs a new Refuse.
         * @memberof keeltransport
         * @classdesc Represents a Refuse.
         * @constructor
         * @param {keeltransport.Refuse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Refuse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Refuse reason.
         * @member {string} reason
         * @memberof keeltransport.Refuse
         * @instance
         */
        Refuse.prototype.reason = "";

        /**
         * Refuse detail.
         * @member {string} detail
         * @memberof keeltransport.Refuse
         * @instance
         */
        Refuse.prototype.detail = "";

        /**
         * Creates a new Refuse instance using the specified properties.
         * @function create
         * @memberof keeltransport.Refuse
         * @static
         * @param {keeltransport.Refuse.$Properties=} [properties] Properties to set
         * @returns {keeltransport.Refuse} Refuse instance
         * @type {{
         *   (properties: keeltransport.Refuse.$Shape): keeltransport.Refuse & keeltransport.Refuse.$Shape;
         *   (properties?: keeltransport.Refuse.$Properties): keeltransport.Refuse;
         * }}
         */
        Refuse.create = function(properties) {
            return new Refuse(properties);
        };

        /**
         * Encodes the specified Refuse message. Does not implicitly {@link keeltransport.Refuse.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.Refuse
         * @static
         * @param {keeltransport.Refuse.$Properties} m Refuse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Refuse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.detail);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Refuse message, length delimited. Does not implicitly {@link keeltransport.Refuse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.Refuse
         * @static
         * @param {keeltransport.Refuse.$Properties} message Refuse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Refuse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Refuse message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.Refuse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.Refuse & keeltransport.Refuse.$Shape} Refuse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Refuse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.Refuse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.detail = v;
                        else
                            delete m.detail;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Refuse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.Refuse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.Refuse & keeltransport.Refuse.$Shape} Refuse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Refuse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Refuse message.
         * @function verify
         * @memberof keeltransport.Refuse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Refuse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                if (!$util.isString(m.detail))
                    return "detail: string expected";
            }
            return null;
        };

        /**
         * Creates a Refuse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.Refuse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.Refuse} Refuse
         */
        Refuse.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.Refuse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.Refuse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.Refuse();
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            if (d.detail != null) {
                if (typeof d.detail !== "string" || d.detail.length) {
                    m.detail = $String(d.detail);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Refuse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.Refuse
         * @static
         * @param {keeltransport.Refuse} m Refuse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Refuse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.reason = "";
                d.detail = "";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                d.detail = m.detail;
            }
            return d;
        };

        /**
         * Converts this Refuse to JSON.
         * @function toJSON
         * @memberof keeltransport.Refuse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Refuse.prototype.toJSON = function() {
            return Refuse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Refuse
         * @function getTypeUrl
         * @memberof keeltransport.Refuse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Refuse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.Refuse";
        };

        return Refuse;
    })();

    keeltransport.RaftBatch = (function() {

        /**
         * Properties of a RaftBatch.
         * @typedef {Object} keeltransport.RaftBatch.$Properties
         * @property {Array.<Uint8Array>|null} [messages] RaftBatch messages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RaftBatch.
         * @memberof keeltransport
         * @interface IRaftBatch
         * @augments keeltransport.RaftBatch.$Properties
         * @deprecated Use keeltransport.RaftBatch.$Properties instead.
         */

        /**
         * Shape of a RaftBatch.
         * @typedef {keeltransport.RaftBatch.$Properties} keeltransport.RaftBatch.$Shape
         */

        /**
         * Constructs a new RaftBatch.
         * @memberof keeltransport
         * @classdesc Represents a RaftBatch.
         * @constructor
         * @param {keeltransport.RaftBatch.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RaftBatch = function (p) {
            this.messages = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RaftBatch messages.
         * @member {Array.<Uint8Array>} messages
         * @memberof keeltransport.RaftBatch
         * @instance
         */
        RaftBatch.prototype.messages = $util.emptyArray;

        /**
         * Creates a new RaftBatch instance using the specified properties.
         * @function create
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {keeltransport.RaftBatch.$Properties=} [properties] Properties to set
         * @returns {keeltransport.RaftBatch} RaftBatch instance
         * @type {{
         *   (properties: keeltransport.RaftBatch.$Shape): keeltransport.RaftBatch & keeltransport.RaftBatch.$Shape;
         *   (properties?: keeltransport.RaftBatch.$Properties): keeltransport.RaftBatch;
         * }}
         */
        RaftBatch.create = function(properties) {
            return new RaftBatch(properties);
        };

        /**
         * Encodes the specified RaftBatch message. Does not implicitly {@link keeltransport.RaftBatch.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {keeltransport.RaftBatch.$Properties} m RaftBatch message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftBatch.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.messages != null && m.messages.length) {
                for (var i = 0; i < m.messages.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.messages[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RaftBatch message, length delimited. Does not implicitly {@link keeltransport.RaftBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {keeltransport.RaftBatch.$Properties} message RaftBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RaftBatch message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.RaftBatch & keeltransport.RaftBatch.$Shape} RaftBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftBatch.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.RaftBatch();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.messages && m.messages.length))
                            m.messages = [];
                        m.messages.push(r.bytes());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RaftBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.RaftBatch & keeltransport.RaftBatch.$Shape} RaftBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RaftBatch message.
         * @function verify
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RaftBatch.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.messages != null && $Object.hasOwnProperty.call(m, "messages")) {
                if (!$Array.isArray(m.messages))
                    return "messages: array expected";
                for (var i = 0; i < m.messages.length; ++i) {
                    if (!(m.messages[i] && typeof m.messages[i].length === "number" || $util.isString(m.messages[i])))
                        return "messages: buffer[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a RaftBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.RaftBatch} RaftBatch
         */
        RaftBatch.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.RaftBatch)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.RaftBatch: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.RaftBatch();
            if (d.messages) {
                if (!$Array.isArray(d.messages))
                    throw $TypeError(".keeltransport.RaftBatch.messages: array expected");
                m.messages = $Array(d.messages.length);
                for (var i = 0; i < d.messages.length; ++i) {
                    if (typeof d.messages[i] === "string")
                        $util.base64.decode(d.messages[i], m.messages[i] = $util.newBuffer($util.base64.length(d.messages[i])), 0);
                    else if (d.messages[i].length >= 0)
                        m.messages[i] = d.messages[i];
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RaftBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {keeltransport.RaftBatch} m RaftBatch
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RaftBatch.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.messages = [];
            }
            if (m.messages && m.messages.length) {
                d.messages = $Array(m.messages.length);
                for (var j = 0; j < m.messages.length; ++j) {
                    d.messages[j] = o.bytes === $String ? $util.base64.encode(m.messages[j], 0, m.messages[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.messages[j]) : m.messages[j];
                }
            }
            return d;
        };

        /**
         * Converts this RaftBatch to JSON.
         * @function toJSON
         * @memberof keeltransport.RaftBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RaftBatch.prototype.toJSON = function() {
            return RaftBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RaftBatch
         * @function getTypeUrl
         * @memberof keeltransport.RaftBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RaftBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.RaftBatch";
        };

        return RaftBatch;
    })();

    keeltransport.SnapshotChunk = (function() {

        /**
         * Properties of a SnapshotChunk.
         * @typedef {Object} keeltransport.SnapshotChunk.$Properties
         * @property {number|null} [snapshotId] SnapshotChunk snapshotId
         * @property {Uint8Array|null} [message] SnapshotChunk message
         * @property {number|null} [totalBytes] SnapshotChunk totalBytes
         * @property {number|null} [offset] SnapshotChunk offset
         * @property {Uint8Array|null} [data] SnapshotChunk data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotChunk.
         * @memberof keeltransport
         * @interface ISnapshotChunk
         * @augments keeltransport.SnapshotChunk.$Properties
         * @deprecated Use keeltransport.SnapshotChunk.$Properties instead.
         */

        /**
         * Shape of a SnapshotChunk.
         * @typedef {keeltransport.SnapshotChunk.$Properties} keeltransport.SnapshotChunk.$Shape
         */

        /**
         * Constructs a new SnapshotChunk.
         * @memberof keeltransport
         * @classdesc Represents a SnapshotChunk.
         * @constructor
         * @param {keeltransport.SnapshotChunk.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotChunk = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SnapshotChunk snapshotId.
         * @member {number} snapshotId
         * @memberof keeltransport.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.snapshotId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotChunk message.
         * @member {Uint8Array} message
         * @memberof keeltransport.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.message = $util.newBuffer([]);

        /**
         * SnapshotChunk totalBytes.
         * @member {number} totalBytes
         * @memberof keeltransport.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotChunk offset.
         * @member {number} offset
         * @memberof keeltransport.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotChunk data.
         * @member {Uint8Array} data
         * @memberof keeltransport.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new SnapshotChunk instance using the specified properties.
         * @function create
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {keeltransport.SnapshotChunk.$Properties=} [properties] Properties to set
         * @returns {keeltransport.SnapshotChunk} SnapshotChunk instance
         * @type {{
         *   (properties: keeltransport.SnapshotChunk.$Shape): keeltransport.SnapshotChunk & keeltransport.SnapshotChunk.$Shape;
         *   (properties?: keeltransport.SnapshotChunk.$Properties): keeltransport.SnapshotChunk;
         * }}
         */
        SnapshotChunk.create = function(properties) {
            return new SnapshotChunk(properties);
        };

        /**
         * Encodes the specified SnapshotChunk message. Does not implicitly {@link keeltransport.SnapshotChunk.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {keeltransport.SnapshotChunk.$Properties} m SnapshotChunk message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotChunk.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.snapshotId != null && $Object.hasOwnProperty.call(m, "snapshotId") && (typeof m.snapshotId === "object" ? m.snapshotId.low || m.snapshotId.high : m.snapshotId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.snapshotId);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.message);
            if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes") && (typeof m.totalBytes === "object" ? m.totalBytes.low || m.totalBytes.high : m.totalBytes !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.totalBytes);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.offset);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link keeltransport.SnapshotChunk.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {keeltransport.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotChunk.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SnapshotChunk message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.SnapshotChunk & keeltransport.SnapshotChunk.$Shape} SnapshotChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotChunk.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.SnapshotChunk();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.snapshotId = v;
                        else
                            delete m.snapshotId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.totalBytes = v;
                        else
                            delete m.totalBytes;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.SnapshotChunk & keeltransport.SnapshotChunk.$Shape} SnapshotChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotChunk.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SnapshotChunk message.
         * @function verify
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SnapshotChunk.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.snapshotId != null && $Object.hasOwnProperty.call(m, "snapshotId")) {
                if (!$util.isInteger(m.snapshotId) && !(m.snapshotId && $util.isInteger(m.snapshotId.low) && $util.isInteger(m.snapshotId.high)))
                    return "snapshotId: integer|Long expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!(m.message && typeof m.message.length === "number" || $util.isString(m.message)))
                    return "message: buffer expected";
            }
            if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                if (!$util.isInteger(m.totalBytes) && !(m.totalBytes && $util.isInteger(m.totalBytes.low) && $util.isInteger(m.totalBytes.high)))
                    return "totalBytes: integer|Long expected";
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                    return "offset: integer|Long expected";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            return null;
        };

        /**
         * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.SnapshotChunk} SnapshotChunk
         */
        SnapshotChunk.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.SnapshotChunk)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.SnapshotChunk: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.SnapshotChunk();
            if (d.snapshotId != null) {
                if (typeof d.snapshotId === "object" ? d.snapshotId.low || d.snapshotId.high : $Number(d.snapshotId) !== 0) {
                    if ($util.Long)
                        m.snapshotId = $util.Long.fromValue(d.snapshotId, true);
                    else if (typeof d.snapshotId === "string")
                        m.snapshotId = $parseInt(d.snapshotId, 10);
                    else if (typeof d.snapshotId === "number")
                        m.snapshotId = d.snapshotId;
                    else if (typeof d.snapshotId === "object")
                        m.snapshotId = new $util.LongBits(d.snapshotId.low >>> 0, d.snapshotId.high >>> 0).toNumber(true);
                }
            }
            if (d.message != null) {
                if (d.message.length) {
                    if (typeof d.message === "string")
                        $util.base64.decode(d.message, m.message = $util.newBuffer($util.base64.length(d.message)), 0);
                    else if (d.message.length >= 0)
                        m.message = d.message;
                }
            }
            if (d.totalBytes != null) {
                if (typeof d.totalBytes === "object" ? d.totalBytes.low || d.totalBytes.high : $Number(d.totalBytes) !== 0) {
                    if ($util.Long)
                        m.totalBytes = $util.Long.fromValue(d.totalBytes, true);
                    else if (typeof d.totalBytes === "string")
                        m.totalBytes = $parseInt(d.totalBytes, 10);
                    else if (typeof d.totalBytes === "number")
                        m.totalBytes = d.totalBytes;
                    else if (typeof d.totalBytes === "object")
                        m.totalBytes = new $util.LongBits(d.totalBytes.low >>> 0, d.totalBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, true);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {keeltransport.SnapshotChunk} m SnapshotChunk
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SnapshotChunk.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.snapshotId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.snapshotId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.message = "";
                else {
                    d.message = [];
                    if (o.bytes !== $Array)
                        d.message = $util.newBuffer(d.message);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.totalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.totalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.snapshotId != null && $Object.hasOwnProperty.call(m, "snapshotId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.snapshotId = typeof m.snapshotId === "number" ? $BigInt(m.snapshotId) : $util.Long.fromBits(m.snapshotId.low >>> 0, m.snapshotId.high >>> 0, true).toBigInt();
                else if (typeof m.snapshotId === "number")
                    d.snapshotId = o.longs === $String ? $String(m.snapshotId) : m.snapshotId;
                else
                    d.snapshotId = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotId) : o.longs === $Number ? new $util.LongBits(m.snapshotId.low >>> 0, m.snapshotId.high >>> 0).toNumber(true) : m.snapshotId;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = o.bytes === $String ? $util.base64.encode(m.message, 0, m.message.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.message) : m.message;
            }
            if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.totalBytes = typeof m.totalBytes === "number" ? $BigInt(m.totalBytes) : $util.Long.fromBits(m.totalBytes.low >>> 0, m.totalBytes.high >>> 0, true).toBigInt();
                else if (typeof m.totalBytes === "number")
                    d.totalBytes = o.longs === $String ? $String(m.totalBytes) : m.totalBytes;
                else
                    d.totalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.totalBytes) : o.longs === $Number ? new $util.LongBits(m.totalBytes.low >>> 0, m.totalBytes.high >>> 0).toNumber(true) : m.totalBytes;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        /**
         * Converts this SnapshotChunk to JSON.
         * @function toJSON
         * @memberof keeltransport.SnapshotChunk
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SnapshotChunk.prototype.toJSON = function() {
            return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SnapshotChunk
         * @function getTypeUrl
         * @memberof keeltransport.SnapshotChunk
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SnapshotChunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.SnapshotChunk";
        };

        return SnapshotChunk;
    })();

    keeltransport.SnapshotAck = (function() {

        /**
         * Properties of a SnapshotAck.
         * @typedef {Object} keeltransport.SnapshotAck.$Properties
         * @property {number|null} [snapshotId] SnapshotAck snapshotId
         * @property {boolean|null} [ok] SnapshotAck ok
         * @property {string|null} [reason] SnapshotAck reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotAck.
         * @memberof keeltransport
         * @interface ISnapshotAck
         * @augments keeltransport.SnapshotAck.$Properties
         * @deprecated Use keeltransport.SnapshotAck.$Properties instead.
         */

        /**
         * Shape of a SnapshotAck.
         * @typedef {keeltransport.SnapshotAck.$Properties} keeltransport.SnapshotAck.$Shape
         */

        /**
         * Constructs a new SnapshotAck.
         * @memberof keeltransport
         * @classdesc Represents a SnapshotAck.
         * @constructor
         * @param {keeltransport.SnapshotAck.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotAck = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SnapshotAck snapshotId.
         * @member {number} snapshotId
         * @memberof keeltransport.SnapshotAck
         * @instance
         */
        SnapshotAck.prototype.snapshotId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotAck ok.
         * @member {boolean} ok
         * @memberof keeltransport.SnapshotAck
         * @instance
         */
        SnapshotAck.prototype.ok = false;

        /**
         * SnapshotAck reason.
         * @member {string} reason
         * @memberof keeltransport.SnapshotAck
         * @instance
         */
        SnapshotAck.prototype.reason = "";

        /**
         * Creates a new SnapshotAck instance using the specified properties.
         * @function create
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {keeltransport.SnapshotAck.$Properties=} [properties] Properties to set
         * @returns {keeltransport.SnapshotAck} SnapshotAck instance
         * @type {{
         *   (properties: keeltransport.SnapshotAck.$Shape): keeltransport.SnapshotAck & keeltransport.SnapshotAck.$Shape;
         *   (properties?: keeltransport.SnapshotAck.$Properties): keeltransport.SnapshotAck;
         * }}
         */
        SnapshotAck.create = function(properties) {
            return new SnapshotAck(properties);
        };

        /**
         * Encodes the specified SnapshotAck message. Does not implicitly {@link keeltransport.SnapshotAck.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {keeltransport.SnapshotAck.$Properties} m SnapshotAck message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotAck.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.snapshotId != null && $Object.hasOwnProperty.call(m, "snapshotId") && (typeof m.snapshotId === "object" ? m.snapshotId.low || m.snapshotId.high : m.snapshotId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.snapshotId);
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.ok);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SnapshotAck message, length delimited. Does not implicitly {@link keeltransport.SnapshotAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {keeltransport.SnapshotAck.$Properties} message SnapshotAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SnapshotAck message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.SnapshotAck & keeltransport.SnapshotAck.$Shape} SnapshotAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotAck.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.SnapshotAck();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.snapshotId = v;
                        else
                            delete m.snapshotId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a SnapshotAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.SnapshotAck & keeltransport.SnapshotAck.$Shape} SnapshotAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SnapshotAck message.
         * @function verify
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SnapshotAck.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.snapshotId != null && $Object.hasOwnProperty.call(m, "snapshotId")) {
                if (!$util.isInteger(m.snapshotId) && !(m.snapshotId && $util.isInteger(m.snapshotId.low) && $util.isInteger(m.snapshotId.high)))
                    return "snapshotId: integer|Long expected";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a SnapshotAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.SnapshotAck} SnapshotAck
         */
        SnapshotAck.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.SnapshotAck)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.SnapshotAck: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.SnapshotAck();
            if (d.snapshotId != null) {
                if (typeof d.snapshotId === "object" ? d.snapshotId.low || d.snapshotId.high : $Number(d.snapshotId) !== 0) {
                    if ($util.Long)
                        m.snapshotId = $util.Long.fromValue(d.snapshotId, true);
                    else if (typeof d.snapshotId === "string")
                        m.snapshotId = $parseInt(d.snapshotId, 10);
                    else if (typeof d.snapshotId === "number")
                        m.snapshotId = d.snapshotId;
                    else if (typeof d.snapshotId === "object")
                        m.snapshotId = new $util.LongBits(d.snapshotId.low >>> 0, d.snapshotId.high >>> 0).toNumber(true);
                }
            }
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SnapshotAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {keeltransport.SnapshotAck} m SnapshotAck
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SnapshotAck.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.snapshotId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.snapshotId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.ok = false;
                d.reason = "";
            }
            if (m.snapshotId != null && $Object.hasOwnProperty.call(m, "snapshotId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.snapshotId = typeof m.snapshotId === "number" ? $BigInt(m.snapshotId) : $util.Long.fromBits(m.snapshotId.low >>> 0, m.snapshotId.high >>> 0, true).toBigInt();
                else if (typeof m.snapshotId === "number")
                    d.snapshotId = o.longs === $String ? $String(m.snapshotId) : m.snapshotId;
                else
                    d.snapshotId = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotId) : o.longs === $Number ? new $util.LongBits(m.snapshotId.low >>> 0, m.snapshotId.high >>> 0).toNumber(true) : m.snapshotId;
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this SnapshotAck to JSON.
         * @function toJSON
         * @memberof keeltransport.SnapshotAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SnapshotAck.prototype.toJSON = function() {
            return SnapshotAck.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SnapshotAck
         * @function getTypeUrl
         * @memberof keeltransport.SnapshotAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SnapshotAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.SnapshotAck";
        };

        return SnapshotAck;
    })();

    keeltransport.RpcRequest = (function() {

        /**
         * Properties of a RpcRequest.
         * @typedef {Object} keeltransport.RpcRequest.$Properties
         * @property {number|null} [callId] RpcRequest callId
         * @property {string|null} [method] RpcRequest method
         * @property {Uint8Array|null} [body] RpcRequest body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RpcRequest.
         * @memberof keeltransport
         * @interface IRpcRequest
         * @augments keeltransport.RpcRequest.$Properties
         * @deprecated Use keeltransport.RpcRequest.$Properties instead.
         */

        /**
         * Shape of a RpcRequest.
         * @typedef {keeltransport.RpcRequest.$Properties} keeltransport.RpcRequest.$Shape
         */

        /**
         * Constructs a new RpcRequest.
         * @memberof keeltransport
         * @classdesc Represents a RpcRequest.
         * @constructor
         * @param {keeltransport.RpcRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RpcRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RpcRequest callId.
         * @member {number} callId
         * @memberof keeltransport.RpcRequest
         * @instance
         */
        RpcRequest.prototype.callId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RpcRequest method.
         * @member {string} method
         * @memberof keeltransport.RpcRequest
         * @instance
         */
        RpcRequest.prototype.method = "";

        /**
         * RpcRequest body.
         * @member {Uint8Array} body
         * @memberof keeltransport.RpcRequest
         * @instance
         */
        RpcRequest.prototype.body = $util.newBuffer([]);

        /**
         * Creates a new RpcRequest instance using the specified properties.
         * @function create
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {keeltransport.RpcRequest.$Properties=} [properties] Properties to set
         * @returns {keeltransport.RpcRequest} RpcRequest instance
         * @type {{
         *   (properties: keeltransport.RpcRequest.$Shape): keeltransport.RpcRequest & keeltransport.RpcRequest.$Shape;
         *   (properties?: keeltransport.RpcRequest.$Properties): keeltransport.RpcRequest;
         * }}
         */
        RpcRequest.create = function(properties) {
            return new RpcRequest(properties);
        };

        /**
         * Encodes the specified RpcRequest message. Does not implicitly {@link keeltransport.RpcRequest.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {keeltransport.RpcRequest.$Properties} m RpcRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RpcRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && (typeof m.callId === "object" ? m.callId.low || m.callId.high : m.callId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.callId);
            if (m.method != null && $Object.hasOwnProperty.call(m, "method") && m.method !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.method);
            if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.body);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RpcRequest message, length delimited. Does not implicitly {@link keeltransport.RpcRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {keeltransport.RpcRequest.$Properties} message RpcRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RpcRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RpcRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.RpcRequest & keeltransport.RpcRequest.$Shape} RpcRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RpcRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.RpcRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.callId = v;
                        else
                            delete m.callId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.method = v;
                        else
                            delete m.method;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.body = v;
                        else
                            delete m.body;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RpcRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.RpcRequest & keeltransport.RpcRequest.$Shape} RpcRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RpcRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RpcRequest message.
         * @function verify
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RpcRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                if (!$util.isInteger(m.callId) && !(m.callId && $util.isInteger(m.callId.low) && $util.isInteger(m.callId.high)))
                    return "callId: integer|Long expected";
            }
            if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                if (!$util.isString(m.method))
                    return "method: string expected";
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                    return "body: buffer expected";
            }
            return null;
        };

        /**
         * Creates a RpcRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.RpcRequest} RpcRequest
         */
        RpcRequest.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.RpcRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.RpcRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.RpcRequest();
            if (d.callId != null) {
                if (typeof d.callId === "object" ? d.callId.low || d.callId.high : $Number(d.callId) !== 0) {
                    if ($util.Long)
                        m.callId = $util.Long.fromValue(d.callId, true);
                    else if (typeof d.callId === "string")
                        m.callId = $parseInt(d.callId, 10);
                    else if (typeof d.callId === "number")
                        m.callId = d.callId;
                    else if (typeof d.callId === "object")
                        m.callId = new $util.LongBits(d.callId.low >>> 0, d.callId.high >>> 0).toNumber(true);
                }
            }
            if (d.method != null) {
                if (typeof d.method !== "string" || d.method.length) {
                    m.method = $String(d.method);
                }
            }
            if (d.body != null) {
                if (d.body.length) {
                    if (typeof d.body === "string")
                        $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                    else if (d.body.length >= 0)
                        m.body = d.body;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RpcRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {keeltransport.RpcRequest} m RpcRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RpcRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.callId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.callId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.method = "";
                if (o.bytes === $String)
                    d.body = "";
                else {
                    d.body = [];
                    if (o.bytes !== $Array)
                        d.body = $util.newBuffer(d.body);
                }
            }
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.callId = typeof m.callId === "number" ? $BigInt(m.callId) : $util.Long.fromBits(m.callId.low >>> 0, m.callId.high >>> 0, true).toBigInt();
                else if (typeof m.callId === "number")
                    d.callId = o.longs === $String ? $String(m.callId) : m.callId;
                else
                    d.callId = o.longs === $String ? $util.Long.prototype.toString.call(m.callId) : o.longs === $Number ? new $util.LongBits(m.callId.low >>> 0, m.callId.high >>> 0).toNumber(true) : m.callId;
            }
            if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                d.method = m.method;
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
            }
            return d;
        };

        /**
         * Converts this RpcRequest to JSON.
         * @function toJSON
         * @memberof keeltransport.RpcRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RpcRequest.prototype.toJSON = function() {
            return RpcRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RpcRequest
         * @function getTypeUrl
         * @memberof keeltransport.RpcRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RpcRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.RpcRequest";
        };

        return RpcRequest;
    })();

    keeltransport.RpcError = (function() {

        /**
         * Properties of a RpcError.
         * @typedef {Object} keeltransport.RpcError.$Properties
         * @property {string|null} [code] RpcError code
         * @property {string|null} [message] RpcError message
         * @property {string|null} [requiredAccess] RpcError requiredAccess
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RpcError.
         * @memberof keeltransport
         * @interface IRpcError
         * @augments keeltransport.RpcError.$Properties
         * @deprecated Use keeltransport.RpcError.$Properties instead.
         */

        /**
         * Shape of a RpcError.
         * @typedef {keeltransport.RpcError.$Properties} keeltransport.RpcError.$Shape
         */

        /**
         * Constructs a new RpcError.
         * @memberof keeltransport
         * @classdesc Represents a RpcError.
         * @constructor
         * @param {keeltransport.RpcError.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RpcError = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RpcError code.
         * @member {string} code
         * @memberof keeltransport.RpcError
         * @instance
         */
        RpcError.prototype.code = "";

        /**
         * RpcError message.
         * @member {string} message
         * @memberof keeltransport.RpcError
         * @instance
         */
        RpcError.prototype.message = "";

        /**
         * RpcError requiredAccess.
         * @member {string} requiredAccess
         * @memberof keeltransport.RpcError
         * @instance
         */
        RpcError.prototype.requiredAccess = "";

        /**
         * Creates a new RpcError instance using the specified properties.
         * @function create
         * @memberof keeltransport.RpcError
         * @static
         * @param {keeltransport.RpcError.$Properties=} [properties] Properties to set
         * @returns {keeltransport.RpcError} RpcError instance
         * @type {{
         *   (properties: keeltransport.RpcError.$Shape): keeltransport.RpcError & keeltransport.RpcError.$Shape;
         *   (properties?: keeltransport.RpcError.$Properties): keeltransport.RpcError;
         * }}
         */
        RpcError.create = function(properties) {
            return new RpcError(properties);
        };

        /**
         * Encodes the specified RpcError message. Does not implicitly {@link keeltransport.RpcError.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.RpcError
         * @static
         * @param {keeltransport.RpcError.$Properties} m RpcError message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RpcError.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.requiredAccess != null && $Object.hasOwnProperty.call(m, "requiredAccess") && m.requiredAccess !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.requiredAccess);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RpcError message, length delimited. Does not implicitly {@link keeltransport.RpcError.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.RpcError
         * @static
         * @param {keeltransport.RpcError.$Properties} message RpcError message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RpcError.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RpcError message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.RpcError
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.RpcError & keeltransport.RpcError.$Shape} RpcError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RpcError.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.RpcError();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.requiredAccess = v;
                        else
                            delete m.requiredAccess;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RpcError message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.RpcError
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.RpcError & keeltransport.RpcError.$Shape} RpcError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RpcError.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RpcError message.
         * @function verify
         * @memberof keeltransport.RpcError
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RpcError.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                if (!$util.isString(m.code))
                    return "code: string expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.requiredAccess != null && $Object.hasOwnProperty.call(m, "requiredAccess")) {
                if (!$util.isString(m.requiredAccess))
                    return "requiredAccess: string expected";
            }
            return null;
        };

        /**
         * Creates a RpcError message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.RpcError
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.RpcError} RpcError
         */
        RpcError.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.RpcError)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.RpcError: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.RpcError();
            if (d.code != null) {
                if (typeof d.code !== "string" || d.code.length) {
                    m.code = $String(d.code);
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.requiredAccess != null) {
                if (typeof d.requiredAccess !== "string" || d.requiredAccess.length) {
                    m.requiredAccess = $String(d.requiredAccess);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RpcError message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.RpcError
         * @static
         * @param {keeltransport.RpcError} m RpcError
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RpcError.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.code = "";
                d.message = "";
                d.requiredAccess = "";
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                d.code = m.code;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.requiredAccess != null && $Object.hasOwnProperty.call(m, "requiredAccess")) {
                d.requiredAccess = m.requiredAccess;
            }
            return d;
        };

        /**
         * Converts this RpcError to JSON.
         * @function toJSON
         * @memberof keeltransport.RpcError
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RpcError.prototype.toJSON = function() {
            return RpcError.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RpcError
         * @function getTypeUrl
         * @memberof keeltransport.RpcError
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RpcError.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.RpcError";
        };

        return RpcError;
    })();

    keeltransport.RpcResponse = (function() {

        /**
         * Properties of a RpcResponse.
         * @typedef {Object} keeltransport.RpcResponse.$Properties
         * @property {number|null} [callId] RpcResponse callId
         * @property {boolean|null} [ok] RpcResponse ok
         * @property {keeltransport.RpcError.$Properties|null} [error] RpcResponse error
         * @property {Uint8Array|null} [body] RpcResponse body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RpcResponse.
         * @memberof keeltransport
         * @interface IRpcResponse
         * @augments keeltransport.RpcResponse.$Properties
         * @deprecated Use keeltransport.RpcResponse.$Properties instead.
         */

        /**
         * Shape of a RpcResponse.
         * @typedef {keeltransport.RpcResponse.$Properties} keeltransport.RpcResponse.$Shape
         */

        /**
         * Constructs a new RpcResponse.
         * @memberof keeltransport
         * @classdesc Represents a RpcResponse.
         * @constructor
         * @param {keeltransport.RpcResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RpcResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RpcResponse callId.
         * @member {number} callId
         * @memberof keeltransport.RpcResponse
         * @instance
         */
        RpcResponse.prototype.callId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RpcResponse ok.
         * @member {boolean} ok
         * @memberof keeltransport.RpcResponse
         * @instance
         */
        RpcResponse.prototype.ok = false;

        /**
         * RpcResponse error.
         * @member {keeltransport.RpcError.$Properties|null|undefined} error
         * @memberof keeltransport.RpcResponse
         * @instance
         */
        RpcResponse.prototype.error = null;

        /**
         * RpcResponse body.
         * @member {Uint8Array} body
         * @memberof keeltransport.RpcResponse
         * @instance
         */
        RpcResponse.prototype.body = $util.newBuffer([]);

        /**
         * Creates a new RpcResponse instance using the specified properties.
         * @function create
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {keeltransport.RpcResponse.$Properties=} [properties] Properties to set
         * @returns {keeltransport.RpcResponse} RpcResponse instance
         * @type {{
         *   (properties: keeltransport.RpcResponse.$Shape): keeltransport.RpcResponse & keeltransport.RpcResponse.$Shape;
         *   (properties?: keeltransport.RpcResponse.$Properties): keeltransport.RpcResponse;
         * }}
         */
        RpcResponse.create = function(properties) {
            return new RpcResponse(properties);
        };

        /**
         * Encodes the specified RpcResponse message. Does not implicitly {@link keeltransport.RpcResponse.verify|verify} messages.
         * @function encode
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {keeltransport.RpcResponse.$Properties} m RpcResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RpcResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && (typeof m.callId === "object" ? m.callId.low || m.callId.high : m.callId !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.callId);
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.ok);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                $root.keeltransport.RpcError.encode(m.error, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.body);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RpcResponse message, length delimited. Does not implicitly {@link keeltransport.RpcResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {keeltransport.RpcResponse.$Properties} message RpcResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RpcResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RpcResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keeltransport.RpcResponse & keeltransport.RpcResponse.$Shape} RpcResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RpcResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keeltransport.RpcResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.callId = v;
                        else
                            delete m.callId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.error = $root.keeltransport.RpcError.decode(r, r.size(), $undefined, q + 1, m.error);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.body = v;
                        else
                            delete m.body;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RpcResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keeltransport.RpcResponse & keeltransport.RpcResponse.$Shape} RpcResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RpcResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RpcResponse message.
         * @function verify
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RpcResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                if (!$util.isInteger(m.callId) && !(m.callId && $util.isInteger(m.callId.low) && $util.isInteger(m.callId.high)))
                    return "callId: integer|Long expected";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                {
                    var e = $root.keeltransport.RpcError.verify(m.error, q + 1);
                    if (e)
                        return "error." + e;
                }
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                    return "body: buffer expected";
            }
            return null;
        };

        /**
         * Creates a RpcResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keeltransport.RpcResponse} RpcResponse
         */
        RpcResponse.fromObject = function (d, q) {
            if (d instanceof $root.keeltransport.RpcResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keeltransport.RpcResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keeltransport.RpcResponse();
            if (d.callId != null) {
                if (typeof d.callId === "object" ? d.callId.low || d.callId.high : $Number(d.callId) !== 0) {
                    if ($util.Long)
                        m.callId = $util.Long.fromValue(d.callId, true);
                    else if (typeof d.callId === "string")
                        m.callId = $parseInt(d.callId, 10);
                    else if (typeof d.callId === "number")
                        m.callId = d.callId;
                    else if (typeof d.callId === "object")
                        m.callId = new $util.LongBits(d.callId.low >>> 0, d.callId.high >>> 0).toNumber(true);
                }
            }
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.error != null) {
                if (!$util.isObject(d.error))
                    throw $TypeError(".keeltransport.RpcResponse.error: object expected");
                m.error = $root.keeltransport.RpcError.fromObject(d.error, q + 1);
            }
            if (d.body != null) {
                if (d.body.length) {
                    if (typeof d.body === "string")
                        $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                    else if (d.body.length >= 0)
                        m.body = d.body;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RpcResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {keeltransport.RpcResponse} m RpcResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RpcResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.callId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.callId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.ok = false;
                d.error = null;
                if (o.bytes === $String)
                    d.body = "";
                else {
                    d.body = [];
                    if (o.bytes !== $Array)
                        d.body = $util.newBuffer(d.body);
                }
            }
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.callId = typeof m.callId === "number" ? $BigInt(m.callId) : $util.Long.fromBits(m.callId.low >>> 0, m.callId.high >>> 0, true).toBigInt();
                else if (typeof m.callId === "number")
                    d.callId = o.longs === $String ? $String(m.callId) : m.callId;
                else
                    d.callId = o.longs === $String ? $util.Long.prototype.toString.call(m.callId) : o.longs === $Number ? new $util.LongBits(m.callId.low >>> 0, m.callId.high >>> 0).toNumber(true) : m.callId;
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = $root.keeltransport.RpcError.toObject(m.error, o, q + 1);
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
            }
            return d;
        };

        /**
         * Converts this RpcResponse to JSON.
         * @function toJSON
         * @memberof keeltransport.RpcResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RpcResponse.prototype.toJSON = function() {
            return RpcResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RpcResponse
         * @function getTypeUrl
         * @memberof keeltransport.RpcResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RpcResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keeltransport.RpcResponse";
        };

        return RpcResponse;
    })();

    return keeltransport;
})();

export {
  $root as default
};
