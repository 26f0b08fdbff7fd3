/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["api"] || ($protobuf.roots["api"] = {});

export const keelapi = $root.keelapi = (() => {

    /**
     * Namespace keelapi.
     * @exports keelapi
     * @namespace
     */
    const keelapi = {};

    keelapi.Empty = (function() {

        /**
         * Properties of an Empty.
         * @typedef {Object} keelapi.Empty.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Empty.
         * @memberof keelapi
         * @interface IEmpty
         * @augments keelapi.Empty.$Properties
         * @deprecated Use keelapi.Empty.$Properties instead.
         */

        /**
         * Shape of an Empty.
         * @typedef {keelapi.Empty.$Properties} keelapi.Empty.$Shape
         */

        /**
         * Constructs a new Empty.
         * @memberof keelapi
         * @classdesc Represents an Empty.
         * @constructor
         * @param {keelapi.Empty.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Empty = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new Empty instance using the specified properties.
         * @function create
         * @memberof keelapi.Empty
         * @static
         * @param {keelapi.Empty.$Properties=} [properties] Properties to set
         * @returns {keelapi.Empty} Empty instance
         * @type {{
         *   (properties: keelapi.Empty.$Shape): keelapi.Empty & keelapi.Empty.$Shape;
         *   (properties?: keelapi.Empty.$Properties): keelapi.Empty;
         * }}
         */
        Empty.create = function(properties) {
            return new Empty(properties);
        };

        /**
         * Encodes the specified Empty message. Does not implicitly {@link keelapi.Empty.verify|verify} messages.
         * @function encode
         * @memberof keelapi.Empty
         * @static
         * @param {keelapi.Empty.$Properties} m Empty message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Empty.encode = function (m, w, q) {
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
         * Encodes the specified Empty message, length delimited. Does not implicitly {@link keelapi.Empty.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.Empty
         * @static
         * @param {keelapi.Empty.$Properties} message Empty message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Empty.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.Empty
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.Empty & keelapi.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Empty.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.Empty();
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
         * Decodes an Empty message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.Empty
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.Empty & keelapi.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Empty.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Empty message.
         * @function verify
         * @memberof keelapi.Empty
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Empty.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates an Empty message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.Empty
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.Empty} Empty
         */
        Empty.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.Empty)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.Empty: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.keelapi.Empty();
        };

        /**
         * Creates a plain object from an Empty message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.Empty
         * @static
         * @param {keelapi.Empty} m Empty
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Empty.toObject = function () {
            return {};
        };

        /**
         * Converts this Empty to JSON.
         * @function toJSON
         * @memberof keelapi.Empty
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Empty.prototype.toJSON = function() {
            return Empty.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Empty
         * @function getTypeUrl
         * @memberof keelapi.Empty
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Empty.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.Empty";
        };

        return Empty;
    })();

    keelapi.JoinRequest = (function() {

        /**
         * Properties of a JoinRequest.
         * @typedef {Object} keelapi.JoinRequest.$Properties
         * @property {string|null} [token] JoinRequest token
         * @property {string|null} [csrPem] JoinRequest csrPem
         * @property {string|null} [name] JoinRequest name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinRequest.
         * @memberof keelapi
         * @interface IJoinRequest
         * @augments keelapi.JoinRequest.$Properties
         * @deprecated Use keelapi.JoinRequest.$Properties instead.
         */

        /**
         * Shape of a JoinRequest.
         * @typedef {keelapi.JoinRequest.$Properties} keelapi.JoinRequest.$Shape
         */

        /**
         * Constructs a new JoinRequest.
         * @memberof keelapi
         * @classdesc Represents a JoinRequest.
         * @constructor
         * @param {keelapi.JoinRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * JoinRequest token.
         * @member {string} token
         * @memberof keelapi.JoinRequest
         * @instance
         */
        JoinRequest.prototype.token = "";

        /**
         * JoinRequest csrPem.
         * @member {string} csrPem
         * @memberof keelapi.JoinRequest
         * @instance
         */
        JoinRequest.prototype.csrPem = "";

        /**
         * JoinRequest name.
         * @member {string} name
         * @memberof keelapi.JoinRequest
         * @instance
         */
        JoinRequest.prototype.name = "";

        /**
         * Creates a new JoinRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.JoinRequest
         * @static
         * @param {keelapi.JoinRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.JoinRequest} JoinRequest instance
         * @type {{
         *   (properties: keelapi.JoinRequest.$Shape): keelapi.JoinRequest & keelapi.JoinRequest.$Shape;
         *   (properties?: keelapi.JoinRequest.$Properties): keelapi.JoinRequest;
         * }}
         */
        JoinRequest.create = function(properties) {
            return new JoinRequest(properties);
        };

        /**
         * Encodes the specified JoinRequest message. Does not implicitly {@link keelapi.JoinRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.JoinRequest
         * @static
         * @param {keelapi.JoinRequest.$Properties} m JoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
            if (m.csrPem != null && $Object.hasOwnProperty.call(m, "csrPem") && m.csrPem !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.csrPem);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link keelapi.JoinRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.JoinRequest
         * @static
         * @param {keelapi.JoinRequest.$Properties} message JoinRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a JoinRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.JoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.JoinRequest & keelapi.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.JoinRequest();
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
                            m.token = v;
                        else
                            delete m.token;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.csrPem = v;
                        else
                            delete m.csrPem;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
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
         * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.JoinRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.JoinRequest & keelapi.JoinRequest.$Shape} JoinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a JoinRequest message.
         * @function verify
         * @memberof keelapi.JoinRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        JoinRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                if (!$util.isString(m.token))
                    return "token: string expected";
            }
            if (m.csrPem != null && $Object.hasOwnProperty.call(m, "csrPem")) {
                if (!$util.isString(m.csrPem))
                    return "csrPem: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            return null;
        };

        /**
         * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.JoinRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.JoinRequest} JoinRequest
         */
        JoinRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.JoinRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.JoinRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.JoinRequest();
            if (d.token != null) {
                if (typeof d.token !== "string" || d.token.length) {
                    m.token = $String(d.token);
                }
            }
            if (d.csrPem != null) {
                if (typeof d.csrPem !== "string" || d.csrPem.length) {
                    m.csrPem = $String(d.csrPem);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.JoinRequest
         * @static
         * @param {keelapi.JoinRequest} m JoinRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        JoinRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.token = "";
                d.csrPem = "";
                d.name = "";
            }
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                d.token = m.token;
            }
            if (m.csrPem != null && $Object.hasOwnProperty.call(m, "csrPem")) {
                d.csrPem = m.csrPem;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            return d;
        };

        /**
         * Converts this JoinRequest to JSON.
         * @function toJSON
         * @memberof keelapi.JoinRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        JoinRequest.prototype.toJSON = function() {
            return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for JoinRequest
         * @function getTypeUrl
         * @memberof keelapi.JoinRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        JoinRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.JoinRequest";
        };

        return JoinRequest;
    })();

    keelapi.Member = (function() {

        /**
         * Properties of a Member.
         * @typedef {Object} keelapi.Member.$Properties
         * @property {string|null} [nodeId] Member nodeId
         * @property {number|null} [raftId] Member raftId
         * @property {string|null} [address] Member address
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Member.
         * @memberof keelapi
         * @interface IMember
         * @augments keelapi.Member.$Properties
         * @deprecated Use keelapi.Member.$Properties instead.
         */

        /**
         * Shape of a Member.
         * @typedef {keelapi.Member.$Properties} keelapi.Member.$Shape
         */

        /**
         * Constructs a new Member.
         * @memberof keelapi
         * @classdesc Represents a Member.
         * @constructor
         * @param {keelapi.Member.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Member = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Member nodeId.
         * @member {string} nodeId
         * @memberof keelapi.Member
         * @instance
         */
        Member.prototype.nodeId = "";

        /**
         * Member raftId.
         * @member {number} raftId
         * @memberof keelapi.Member
         * @instance
         */
        Member.prototype.raftId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Member address.
         * @member {string} address
         * @memberof keelapi.Member
         * @instance
         */
        Member.prototype.address = "";

        /**
         * Creates a new Member instance using the specified properties.
         * @function create
         * @memberof keelapi.Member
         * @static
         * @param {keelapi.Member.$Properties=} [properties] Properties to set
         * @returns {keelapi.Member} Member instance
         * @type {{
         *   (properties: keelapi.Member.$Shape): keelapi.Member & keelapi.Member.$Shape;
         *   (properties?: keelapi.Member.$Properties): keelapi.Member;
         * }}
         */
        Member.create = function(properties) {
            return new Member(properties);
        };

        /**
         * Encodes the specified Member message. Does not implicitly {@link keelapi.Member.verify|verify} messages.
         * @function encode
         * @memberof keelapi.Member
         * @static
         * @param {keelapi.Member.$Properties} m Member message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.raftId != null && $Object.hasOwnProperty.call(m, "raftId") && (typeof m.raftId === "object" ? m.raftId.low || m.raftId.high : m.raftId !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.raftId);
            if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.address);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Member message, length delimited. Does not implicitly {@link keelapi.Member.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.Member
         * @static
         * @param {keelapi.Member.$Properties} message Member message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.Member & keelapi.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.Member();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.raftId = v;
                        else
                            delete m.raftId;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.address = v;
                        else
                            delete m.address;
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
         * Decodes a Member message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.Member & keelapi.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Member message.
         * @function verify
         * @memberof keelapi.Member
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Member.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            if (m.raftId != null && $Object.hasOwnProperty.call(m, "raftId")) {
                if (!$util.isInteger(m.raftId) && !(m.raftId && $util.isInteger(m.raftId.low) && $util.isInteger(m.raftId.high)))
                    return "raftId: integer|Long expected";
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                if (!$util.isString(m.address))
                    return "address: string expected";
            }
            return null;
        };

        /**
         * Creates a Member message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.Member
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.Member} Member
         */
        Member.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.Member)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.Member: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.Member();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            if (d.raftId != null) {
                if (typeof d.raftId === "object" ? d.raftId.low || d.raftId.high : $Number(d.raftId) !== 0) {
                    if ($util.Long)
                        m.raftId = $util.Long.fromValue(d.raftId, true);
                    else if (typeof d.raftId === "string")
                        m.raftId = $parseInt(d.raftId, 10);
                    else if (typeof d.raftId === "number")
                        m.raftId = d.raftId;
                    else if (typeof d.raftId === "object")
                        m.raftId = new $util.LongBits(d.raftId.low >>> 0, d.raftId.high >>> 0).toNumber(true);
                }
            }
            if (d.address != null) {
                if (typeof d.address !== "string" || d.address.length) {
                    m.address = $String(d.address);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Member message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.Member
         * @static
         * @param {keelapi.Member} m Member
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Member.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.nodeId = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.raftId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.raftId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.address = "";
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.raftId != null && $Object.hasOwnProperty.call(m, "raftId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.raftId = typeof m.raftId === "number" ? $BigInt(m.raftId) : $util.Long.fromBits(m.raftId.low >>> 0, m.raftId.high >>> 0, true).toBigInt();
                else if (typeof m.raftId === "number")
                    d.raftId = o.longs === $String ? $String(m.raftId) : m.raftId;
                else
                    d.raftId = o.longs === $String ? $util.Long.prototype.toString.call(m.raftId) : o.longs === $Number ? new $util.LongBits(m.raftId.low >>> 0, m.raftId.high >>> 0).toNumber(true) : m.raftId;
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                d.address = m.address;
            }
            return d;
        };

        /**
         * Converts this Member to JSON.
         * @function toJSON
         * @memberof keelapi.Member
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Member.prototype.toJSON = function() {
            return Member.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Member
         * @function getTypeUrl
         * @memberof keelapi.Member
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Member.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.Member";
        };

        return Member;
    })();

    keelapi.JoinResponse = (function() {

        /**
         * Properties of a JoinResponse.
         * @typedef {Object} keelapi.JoinResponse.$Properties
         * @property {string|null} [nodeId] JoinResponse nodeId
         * @property {string|null} [role] JoinResponse role
         * @property {string|null} [clusterId] JoinResponse clusterId
         * @property {string|null} [certificatePem] JoinResponse certificatePem
         * @property {string|null} [rootCaPem] JoinResponse rootCaPem
         * @property {Array.<keelapi.Member.$Properties>|null} [managers] JoinResponse managers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinResponse.
         * @memberof keelapi
         * @interface IJoinResponse
         * @augments keelapi.JoinResponse.$Properties
         * @deprecated Use keelapi.JoinResponse.$Properties instead.
         */

        /**
         * Shape of a JoinResponse.
         * @typedef {keelapi.JoinResponse.$Properties} keelapi.JoinResponse.$Shape
         */

        /**
         * Constructs a new JoinResponse.
         * @memberof keelapi
         * @classdesc Represents a JoinResponse.
         * @constructor
         * @param {keelapi.JoinResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinResponse = function (p) {
            this.managers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * JoinResponse nodeId.
         * @member {string} nodeId
         * @memberof keelapi.JoinResponse
         * @instance
         */
        JoinResponse.prototype.nodeId = "";

        /**
         * JoinResponse role.
         * @member {string} role
         * @memberof keelapi.JoinResponse
         * @instance
         */
        JoinResponse.prototype.role = "";

        /**
         * JoinResponse clusterId.
         * @member {string} clusterId
         * @memberof keelapi.JoinResponse
         * @instance
         */
        JoinResponse.prototype.clusterId = "";

        /**
         * JoinResponse certificatePem.
         * @member {string} certificatePem
         * @memberof keelapi.JoinResponse
         * @instance
         */
        JoinResponse.prototype.certificatePem = "";

        /**
         * JoinResponse rootCaPem.
         * @member {string} rootCaPem
         * @memberof keelapi.JoinResponse
         * @instance
         */
        JoinResponse.prototype.rootCaPem = "";

        /**
         * JoinResponse managers.
         * @member {Array.<keelapi.Member.$Properties>} managers
         * @memberof keelapi.JoinResponse
         * @instance
         */
        JoinResponse.prototype.managers = $util.emptyArray;

        /**
         * Creates a new JoinResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.JoinResponse
         * @static
         * @param {keelapi.JoinResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.JoinResponse} JoinResponse instance
         * @type {{
         *   (properties: keelapi.JoinResponse.$Shape): keelapi.JoinResponse & keelapi.JoinResponse.$Shape;
         *   (properties?: keelapi.JoinResponse.$Properties): keelapi.JoinResponse;
         * }}
         */
        JoinResponse.create = function(properties) {
            return new JoinResponse(properties);
        };

        /**
         * Encodes the specified JoinResponse message. Does not implicitly {@link keelapi.JoinResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.JoinResponse
         * @static
         * @param {keelapi.JoinResponse.$Properties} m JoinResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.role);
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.clusterId);
            if (m.certificatePem != null && $Object.hasOwnProperty.call(m, "certificatePem") && m.certificatePem !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.certificatePem);
            if (m.rootCaPem != null && $Object.hasOwnProperty.call(m, "rootCaPem") && m.rootCaPem !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.rootCaPem);
            if (m.managers != null && m.managers.length) {
                for (var i = 0; i < m.managers.length; ++i)
                    $root.keelapi.Member.encode(m.managers[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link keelapi.JoinResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.JoinResponse
         * @static
         * @param {keelapi.JoinResponse.$Properties} message JoinResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a JoinResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.JoinResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.JoinResponse & keelapi.JoinResponse.$Shape} JoinResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.JoinResponse();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.role = v;
                        else
                            delete m.role;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clusterId = v;
                        else
                            delete m.clusterId;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.certificatePem = v;
                        else
                            delete m.certificatePem;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.rootCaPem = v;
                        else
                            delete m.rootCaPem;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.managers && m.managers.length))
                            m.managers = [];
                        m.managers.push($root.keelapi.Member.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.JoinResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.JoinResponse & keelapi.JoinResponse.$Shape} JoinResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a JoinResponse message.
         * @function verify
         * @memberof keelapi.JoinResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        JoinResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                if (!$util.isString(m.role))
                    return "role: string expected";
            }
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                if (!$util.isString(m.clusterId))
                    return "clusterId: string expected";
            }
            if (m.certificatePem != null && $Object.hasOwnProperty.call(m, "certificatePem")) {
                if (!$util.isString(m.certificatePem))
                    return "certificatePem: string expected";
            }
            if (m.rootCaPem != null && $Object.hasOwnProperty.call(m, "rootCaPem")) {
                if (!$util.isString(m.rootCaPem))
                    return "rootCaPem: string expected";
            }
            if (m.managers != null && $Object.hasOwnProperty.call(m, "managers")) {
                if (!$Array.isArray(m.managers))
                    return "managers: array expected";
                for (var i = 0; i < m.managers.length; ++i) {
                    {
                        var e = $root.keelapi.Member.verify(m.managers[i], q + 1);
                        if (e)
                            return "managers." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.JoinResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.JoinResponse} JoinResponse
         */
        JoinResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.JoinResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.JoinResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.JoinResponse();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            if (d.role != null) {
                if (typeof d.role !== "string" || d.role.length) {
                    m.role = $String(d.role);
                }
            }
            if (d.clusterId != null) {
                if (typeof d.clusterId !== "string" || d.clusterId.length) {
                    m.clusterId = $String(d.clusterId);
                }
            }
            if (d.certificatePem != null) {
                if (typeof d.certificatePem !== "string" || d.certificatePem.length) {
                    m.certificatePem = $String(d.certificatePem);
                }
            }
            if (d.rootCaPem != null) {
                if (typeof d.rootCaPem !== "string" || d.rootCaPem.length) {
                    m.rootCaPem = $String(d.rootCaPem);
                }
            }
            if (d.managers) {
                if (!$Array.isArray(d.managers))
                    throw $TypeError(".keelapi.JoinResponse.managers: array expected");
                m.managers = $Array(d.managers.length);
                for (var i = 0; i < d.managers.length; ++i) {
                    if (!$util.isObject(d.managers[i]))
                        throw $TypeError(".keelapi.JoinResponse.managers: object expected");
                    m.managers[i] = $root.keelapi.Member.fromObject(d.managers[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.JoinResponse
         * @static
         * @param {keelapi.JoinResponse} m JoinResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        JoinResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.managers = [];
            }
            if (o.defaults) {
                d.nodeId = "";
                d.role = "";
                d.clusterId = "";
                d.certificatePem = "";
                d.rootCaPem = "";
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                d.role = m.role;
            }
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                d.clusterId = m.clusterId;
            }
            if (m.certificatePem != null && $Object.hasOwnProperty.call(m, "certificatePem")) {
                d.certificatePem = m.certificatePem;
            }
            if (m.rootCaPem != null && $Object.hasOwnProperty.call(m, "rootCaPem")) {
                d.rootCaPem = m.rootCaPem;
            }
            if (m.managers && m.managers.length) {
                d.managers = $Array(m.managers.length);
                for (var j = 0; j < m.managers.length; ++j) {
                    d.managers[j] = $root.keelapi.Member.toObject(m.managers[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this JoinResponse to JSON.
         * @function toJSON
         * @memberof keelapi.JoinResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        JoinResponse.prototype.toJSON = function() {
            return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for JoinResponse
         * @function getTypeUrl
         * @memberof keelapi.JoinResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        JoinResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.JoinResponse";
        };

        return JoinResponse;
    })();

    keelapi.AddManagerRequest = (function() {

        /**
         * Properties of an AddManagerRequest.
         * @typedef {Object} keelapi.AddManagerRequest.$Properties
         * @property {string|null} [nodeId] AddManagerRequest nodeId
         * @property {string|null} [address] AddManagerRequest address
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddManagerRequest.
         * @memberof keelapi
         * @interface IAddManagerRequest
         * @augments keelapi.AddManagerRequest.$Properties
         * @deprecated Use keelapi.AddManagerRequest.$Properties instead.
         */

        /**
         * Shape of an AddManagerRequest.
         * @typedef {keelapi.AddManagerRequest.$Properties} keelapi.AddManagerRequest.$Shape
         */

        /**
         * Constructs a new AddManagerRequest.
         * @memberof keelapi
         * @classdesc Represents an AddManagerRequest.
         * @constructor
         * @param {keelapi.AddManagerRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddManagerRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AddManagerRequest nodeId.
         * @member {string} nodeId
         * @memberof keelapi.AddManagerRequest
         * @instance
         */
        AddManagerRequest.prototype.nodeId = "";

        /**
         * AddManagerRequest address.
         * @member {string} address
         * @memberof keelapi.AddManagerRequest
         * @instance
         */
        AddManagerRequest.prototype.address = "";

        /**
         * Creates a new AddManagerRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {keelapi.AddManagerRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.AddManagerRequest} AddManagerRequest instance
         * @type {{
         *   (properties: keelapi.AddManagerRequest.$Shape): keelapi.AddManagerRequest & keelapi.AddManagerRequest.$Shape;
         *   (properties?: keelapi.AddManagerRequest.$Properties): keelapi.AddManagerRequest;
         * }}
         */
        AddManagerRequest.create = function(properties) {
            return new AddManagerRequest(properties);
        };

        /**
         * Encodes the specified AddManagerRequest message. Does not implicitly {@link keelapi.AddManagerRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {keelapi.AddManagerRequest.$Properties} m AddManagerRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddManagerRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.address);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AddManagerRequest message, length delimited. Does not implicitly {@link keelapi.AddManagerRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {keelapi.AddManagerRequest.$Properties} message AddManagerRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddManagerRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AddManagerRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.AddManagerRequest & keelapi.AddManagerRequest.$Shape} AddManagerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddManagerRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.AddManagerRequest();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.address = v;
                        else
                            delete m.address;
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
         * Decodes an AddManagerRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.AddManagerRequest & keelapi.AddManagerRequest.$Shape} AddManagerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddManagerRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AddManagerRequest message.
         * @function verify
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AddManagerRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                if (!$util.isString(m.address))
                    return "address: string expected";
            }
            return null;
        };

        /**
         * Creates an AddManagerRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.AddManagerRequest} AddManagerRequest
         */
        AddManagerRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.AddManagerRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.AddManagerRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.AddManagerRequest();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            if (d.address != null) {
                if (typeof d.address !== "string" || d.address.length) {
                    m.address = $String(d.address);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AddManagerRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {keelapi.AddManagerRequest} m AddManagerRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AddManagerRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.nodeId = "";
                d.address = "";
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                d.address = m.address;
            }
            return d;
        };

        /**
         * Converts this AddManagerRequest to JSON.
         * @function toJSON
         * @memberof keelapi.AddManagerRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AddManagerRequest.prototype.toJSON = function() {
            return AddManagerRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AddManagerRequest
         * @function getTypeUrl
         * @memberof keelapi.AddManagerRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AddManagerRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.AddManagerRequest";
        };

        return AddManagerRequest;
    })();

    keelapi.AddManagerResponse = (function() {

        /**
         * Properties of an AddManagerResponse.
         * @typedef {Object} keelapi.AddManagerResponse.$Properties
         * @property {Array.<keelapi.Member.$Properties>|null} [managers] AddManagerResponse managers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddManagerResponse.
         * @memberof keelapi
         * @interface IAddManagerResponse
         * @augments keelapi.AddManagerResponse.$Properties
         * @deprecated Use keelapi.AddManagerResponse.$Properties instead.
         */

        /**
         * Shape of an AddManagerResponse.
         * @typedef {keelapi.AddManagerResponse.$Properties} keelapi.AddManagerResponse.$Shape
         */

        /**
         * Constructs a new AddManagerResponse.
         * @memberof keelapi
         * @classdesc Represents an AddManagerResponse.
         * @constructor
         * @param {keelapi.AddManagerResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddManagerResponse = function (p) {
            this.managers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AddManagerResponse managers.
         * @member {Array.<keelapi.Member.$Properties>} managers
         * @memberof keelapi.AddManagerResponse
         * @instance
         */
        AddManagerResponse.prototype.managers = $util.emptyArray;

        /**
         * Creates a new AddManagerResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {keelapi.AddManagerResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.AddManagerResponse} AddManagerResponse instance
         * @type {{
         *   (properties: keelapi.AddManagerResponse.$Shape): keelapi.AddManagerResponse & keelapi.AddManagerResponse.$Shape;
         *   (properties?: keelapi.AddManagerResponse.$Properties): keelapi.AddManagerResponse;
         * }}
         */
        AddManagerResponse.create = function(properties) {
            return new AddManagerResponse(properties);
        };

        /**
         * Encodes the specified AddManagerResponse message. Does not implicitly {@link keelapi.AddManagerResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {keelapi.AddManagerResponse.$Properties} m AddManagerResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddManagerResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.managers != null && m.managers.length) {
                for (var i = 0; i < m.managers.length; ++i)
                    $root.keelapi.Member.encode(m.managers[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AddManagerResponse message, length delimited. Does not implicitly {@link keelapi.AddManagerResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {keelapi.AddManagerResponse.$Properties} message AddManagerResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddManagerResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AddManagerResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.AddManagerResponse & keelapi.AddManagerResponse.$Shape} AddManagerResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddManagerResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.AddManagerResponse();
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
                        if (!(m.managers && m.managers.length))
                            m.managers = [];
                        m.managers.push($root.keelapi.Member.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes an AddManagerResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.AddManagerResponse & keelapi.AddManagerResponse.$Shape} AddManagerResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddManagerResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AddManagerResponse message.
         * @function verify
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AddManagerResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.managers != null && $Object.hasOwnProperty.call(m, "managers")) {
                if (!$Array.isArray(m.managers))
                    return "managers: array expected";
                for (var i = 0; i < m.managers.length; ++i) {
                    {
                        var e = $root.keelapi.Member.verify(m.managers[i], q + 1);
                        if (e)
                            return "managers." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an AddManagerResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.AddManagerResponse} AddManagerResponse
         */
        AddManagerResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.AddManagerResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.AddManagerResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.AddManagerResponse();
            if (d.managers) {
                if (!$Array.isArray(d.managers))
                    throw $TypeError(".keelapi.AddManagerResponse.managers: array expected");
                m.managers = $Array(d.managers.length);
                for (var i = 0; i < d.managers.length; ++i) {
                    if (!$util.isObject(d.managers[i]))
                        throw $TypeError(".keelapi.AddManagerResponse.managers: object expected");
                    m.managers[i] = $root.keelapi.Member.fromObject(d.managers[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AddManagerResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {keelapi.AddManagerResponse} m AddManagerResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AddManagerResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.managers = [];
            }
            if (m.managers && m.managers.length) {
                d.managers = $Array(m.managers.length);
                for (var j = 0; j < m.managers.length; ++j) {
                    d.managers[j] = $root.keelapi.Member.toObject(m.managers[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this AddManagerResponse to JSON.
         * @function toJSON
         * @memberof keelapi.AddManagerResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AddManagerResponse.prototype.toJSON = function() {
            return AddManagerResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AddManagerResponse
         * @function getTypeUrl
         * @memberof keelapi.AddManagerResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AddManagerResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.AddManagerResponse";
        };

        return AddManagerResponse;
    })();

    keelapi.UnlockKeyResponse = (function() {

        /**
         * Properties of an UnlockKeyResponse.
         * @typedef {Object} keelapi.UnlockKeyResponse.$Properties
         * @property {Uint8Array|null} [key] UnlockKeyResponse key
         * @property {number|null} [version] UnlockKeyResponse version
         * @property {string|null} [text] UnlockKeyResponse text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnlockKeyResponse.
         * @memberof keelapi
         * @interface IUnlockKeyResponse
         * @augments keelapi.UnlockKeyResponse.$Properties
         * @deprecated Use keelapi.UnlockKeyResponse.$Properties instead.
         */

        /**
         * Shape of an UnlockKeyResponse.
         * @typedef {keelapi.UnlockKeyResponse.$Properties} keelapi.UnlockKeyResponse.$Shape
         */

        /**
         * Constructs a new UnlockKeyResponse.
         * @memberof keelapi
         * @classdesc Represents an UnlockKeyResponse.
         * @constructor
         * @param {keelapi.UnlockKeyResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnlockKeyResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * UnlockKeyResponse key.
         * @member {Uint8Array} key
         * @memberof keelapi.UnlockKeyResponse
         * @instance
         */
        UnlockKeyResponse.prototype.key = $util.newBuffer([]);

        /**
         * UnlockKeyResponse version.
         * @member {number} version
         * @memberof keelapi.UnlockKeyResponse
         * @instance
         */
        UnlockKeyResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * UnlockKeyResponse text.
         * @member {string} text
         * @memberof keelapi.UnlockKeyResponse
         * @instance
         */
        UnlockKeyResponse.prototype.text = "";

        /**
         * Creates a new UnlockKeyResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {keelapi.UnlockKeyResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.UnlockKeyResponse} UnlockKeyResponse instance
         * @type {{
         *   (properties: keelapi.UnlockKeyResponse.$Shape): keelapi.UnlockKeyResponse & keelapi.UnlockKeyResponse.$Shape;
         *   (properties?: keelapi.UnlockKeyResponse.$Properties): keelapi.UnlockKeyResponse;
         * }}
         */
        UnlockKeyResponse.create = function(properties) {
            return new UnlockKeyResponse(properties);
        };

        /**
         * Encodes the specified UnlockKeyResponse message. Does not implicitly {@link keelapi.UnlockKeyResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {keelapi.UnlockKeyResponse.$Properties} m UnlockKeyResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlockKeyResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.key);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.version);
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified UnlockKeyResponse message, length delimited. Does not implicitly {@link keelapi.UnlockKeyResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {keelapi.UnlockKeyResponse.$Properties} message UnlockKeyResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlockKeyResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an UnlockKeyResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.UnlockKeyResponse & keelapi.UnlockKeyResponse.$Shape} UnlockKeyResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlockKeyResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.UnlockKeyResponse();
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
                        if ((v = r.bytes()).length)
                            m.key = v;
                        else
                            delete m.key;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
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
         * Decodes an UnlockKeyResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.UnlockKeyResponse & keelapi.UnlockKeyResponse.$Shape} UnlockKeyResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlockKeyResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an UnlockKeyResponse message.
         * @function verify
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UnlockKeyResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!(m.key && typeof m.key.length === "number" || $util.isString(m.key)))
                    return "key: buffer expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            return null;
        };

        /**
         * Creates an UnlockKeyResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.UnlockKeyResponse} UnlockKeyResponse
         */
        UnlockKeyResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.UnlockKeyResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.UnlockKeyResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.UnlockKeyResponse();
            if (d.key != null) {
                if (d.key.length) {
                    if (typeof d.key === "string")
                        $util.base64.decode(d.key, m.key = $util.newBuffer($util.base64.length(d.key)), 0);
                    else if (d.key.length >= 0)
                        m.key = d.key;
                }
            }
            if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, true);
                    else if (typeof d.version === "string")
                        m.version = $parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                }
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an UnlockKeyResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {keelapi.UnlockKeyResponse} m UnlockKeyResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlockKeyResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.key = "";
                else {
                    d.key = [];
                    if (o.bytes !== $Array)
                        d.key = $util.newBuffer(d.key);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.text = "";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = o.bytes === $String ? $util.base64.encode(m.key, 0, m.key.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.key) : m.key;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            return d;
        };

        /**
         * Converts this UnlockKeyResponse to JSON.
         * @function toJSON
         * @memberof keelapi.UnlockKeyResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlockKeyResponse.prototype.toJSON = function() {
            return UnlockKeyResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for UnlockKeyResponse
         * @function getTypeUrl
         * @memberof keelapi.UnlockKeyResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UnlockKeyResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.UnlockKeyResponse";
        };

        return UnlockKeyResponse;
    })();

    keelapi.Label = (function() {

        /**
         * Properties of a Label.
         * @typedef {Object} keelapi.Label.$Properties
         * @property {string|null} [key] Label key
         * @property {string|null} [value] Label value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Label.
         * @memberof keelapi
         * @interface ILabel
         * @augments keelapi.Label.$Properties
         * @deprecated Use keelapi.Label.$Properties instead.
         */

        /**
         * Shape of a Label.
         * @typedef {keelapi.Label.$Properties} keelapi.Label.$Shape
         */

        /**
         * Constructs a new Label.
         * @memberof keelapi
         * @classdesc Represents a Label.
         * @constructor
         * @param {keelapi.Label.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Label = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Label key.
         * @member {string} key
         * @memberof keelapi.Label
         * @instance
         */
        Label.prototype.key = "";

        /**
         * Label value.
         * @member {string} value
         * @memberof keelapi.Label
         * @instance
         */
        Label.prototype.value = "";

        /**
         * Creates a new Label instance using the specified properties.
         * @function create
         * @memberof keelapi.Label
         * @static
         * @param {keelapi.Label.$Properties=} [properties] Properties to set
         * @returns {keelapi.Label} Label instance
         * @type {{
         *   (properties: keelapi.Label.$Shape): keelapi.Label & keelapi.Label.$Shape;
         *   (properties?: keelapi.Label.$Properties): keelapi.Label;
         * }}
         */
        Label.create = function(properties) {
            return new Label(properties);
        };

        /**
         * Encodes the specified Label message. Does not implicitly {@link keelapi.Label.verify|verify} messages.
         * @function encode
         * @memberof keelapi.Label
         * @static
         * @param {keelapi.Label.$Properties} m Label message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Label.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Label message, length delimited. Does not implicitly {@link keelapi.Label.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.Label
         * @static
         * @param {keelapi.Label.$Properties} message Label message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Label.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Label message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.Label
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.Label & keelapi.Label.$Shape} Label
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Label.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.Label();
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
                            m.key = v;
                        else
                            delete m.key;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.value = v;
                        else
                            delete m.value;
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
         * Decodes a Label message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.Label
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.Label & keelapi.Label.$Shape} Label
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Label.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Label message.
         * @function verify
         * @memberof keelapi.Label
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Label.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!$util.isString(m.key))
                    return "key: string expected";
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                if (!$util.isString(m.value))
                    return "value: string expected";
            }
            return null;
        };

        /**
         * Creates a Label message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.Label
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.Label} Label
         */
        Label.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.Label)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.Label: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.Label();
            if (d.key != null) {
                if (typeof d.key !== "string" || d.key.length) {
                    m.key = $String(d.key);
                }
            }
            if (d.value != null) {
                if (typeof d.value !== "string" || d.value.length) {
                    m.value = $String(d.value);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Label message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.Label
         * @static
         * @param {keelapi.Label} m Label
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Label.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.key = "";
                d.value = "";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                d.value = m.value;
            }
            return d;
        };

        /**
         * Converts this Label to JSON.
         * @function toJSON
         * @memberof keelapi.Label
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Label.prototype.toJSON = function() {
            return Label.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Label
         * @function getTypeUrl
         * @memberof keelapi.Label
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Label.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.Label";
        };

        return Label;
    })();

    keelapi.ObjectMeta = (function() {

        /**
         * Properties of an ObjectMeta.
         * @typedef {Object} keelapi.ObjectMeta.$Properties
         * @property {number|null} [version] ObjectMeta version
         * @property {number|null} [createdAtMs] ObjectMeta createdAtMs
         * @property {number|null} [updatedAtMs] ObjectMeta updatedAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ObjectMeta.
         * @memberof keelapi
         * @interface IObjectMeta
         * @augments keelapi.ObjectMeta.$Properties
         * @deprecated Use keelapi.ObjectMeta.$Properties instead.
         */

        /**
         * Shape of an ObjectMeta.
         * @typedef {keelapi.ObjectMeta.$Properties} keelapi.ObjectMeta.$Shape
         */

        /**
         * Constructs a new ObjectMeta.
         * @memberof keelapi
         * @classdesc Represents an ObjectMeta.
         * @constructor
         * @param {keelapi.ObjectMeta.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ObjectMeta = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ObjectMeta version.
         * @member {number} version
         * @memberof keelapi.ObjectMeta
         * @instance
         */
        ObjectMeta.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ObjectMeta createdAtMs.
         * @member {number} createdAtMs
         * @memberof keelapi.ObjectMeta
         * @instance
         */
        ObjectMeta.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ObjectMeta updatedAtMs.
         * @member {number} updatedAtMs
         * @memberof keelapi.ObjectMeta
         * @instance
         */
        ObjectMeta.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ObjectMeta instance using the specified properties.
         * @function create
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {keelapi.ObjectMeta.$Properties=} [properties] Properties to set
         * @returns {keelapi.ObjectMeta} ObjectMeta instance
         * @type {{
         *   (properties: keelapi.ObjectMeta.$Shape): keelapi.ObjectMeta & keelapi.ObjectMeta.$Shape;
         *   (properties?: keelapi.ObjectMeta.$Properties): keelapi.ObjectMeta;
         * }}
         */
        ObjectMeta.create = function(properties) {
            return new ObjectMeta(properties);
        };

        /**
         * Encodes the specified ObjectMeta message. Does not implicitly {@link keelapi.ObjectMeta.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {keelapi.ObjectMeta.$Properties} m ObjectMeta message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ObjectMeta.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.version);
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.createdAtMs);
            if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs") && (typeof m.updatedAtMs === "object" ? m.updatedAtMs.low || m.updatedAtMs.high : m.updatedAtMs !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.updatedAtMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ObjectMeta message, length delimited. Does not implicitly {@link keelapi.ObjectMeta.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {keelapi.ObjectMeta.$Properties} message ObjectMeta message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ObjectMeta.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ObjectMeta message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ObjectMeta & keelapi.ObjectMeta.$Shape} ObjectMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ObjectMeta.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ObjectMeta();
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
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.updatedAtMs = v;
                        else
                            delete m.updatedAtMs;
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
         * Decodes an ObjectMeta message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ObjectMeta & keelapi.ObjectMeta.$Shape} ObjectMeta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ObjectMeta.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ObjectMeta message.
         * @function verify
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ObjectMeta.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (!$util.isInteger(m.createdAtMs) && !(m.createdAtMs && $util.isInteger(m.createdAtMs.low) && $util.isInteger(m.createdAtMs.high)))
                    return "createdAtMs: integer|Long expected";
            }
            if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                if (!$util.isInteger(m.updatedAtMs) && !(m.updatedAtMs && $util.isInteger(m.updatedAtMs.low) && $util.isInteger(m.updatedAtMs.high)))
                    return "updatedAtMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an ObjectMeta message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ObjectMeta} ObjectMeta
         */
        ObjectMeta.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ObjectMeta)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ObjectMeta: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ObjectMeta();
            if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, true);
                    else if (typeof d.version === "string")
                        m.version = $parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                }
            }
            if (d.createdAtMs != null) {
                if (typeof d.createdAtMs === "object" ? d.createdAtMs.low || d.createdAtMs.high : $Number(d.createdAtMs) !== 0) {
                    if ($util.Long)
                        m.createdAtMs = $util.Long.fromValue(d.createdAtMs, true);
                    else if (typeof d.createdAtMs === "string")
                        m.createdAtMs = $parseInt(d.createdAtMs, 10);
                    else if (typeof d.createdAtMs === "number")
                        m.createdAtMs = d.createdAtMs;
                    else if (typeof d.createdAtMs === "object")
                        m.createdAtMs = new $util.LongBits(d.createdAtMs.low >>> 0, d.createdAtMs.high >>> 0).toNumber(true);
                }
            }
            if (d.updatedAtMs != null) {
                if (typeof d.updatedAtMs === "object" ? d.updatedAtMs.low || d.updatedAtMs.high : $Number(d.updatedAtMs) !== 0) {
                    if ($util.Long)
                        m.updatedAtMs = $util.Long.fromValue(d.updatedAtMs, true);
                    else if (typeof d.updatedAtMs === "string")
                        m.updatedAtMs = $parseInt(d.updatedAtMs, 10);
                    else if (typeof d.updatedAtMs === "number")
                        m.updatedAtMs = d.updatedAtMs;
                    else if (typeof d.updatedAtMs === "object")
                        m.updatedAtMs = new $util.LongBits(d.updatedAtMs.low >>> 0, d.updatedAtMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ObjectMeta message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {keelapi.ObjectMeta} m ObjectMeta
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ObjectMeta.toObject = function (m, o, q) {
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
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.updatedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.updatedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            if (m.updatedAtMs != null && $Object.hasOwnProperty.call(m, "updatedAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.updatedAtMs = typeof m.updatedAtMs === "number" ? $BigInt(m.updatedAtMs) : $util.Long.fromBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.updatedAtMs === "number")
                    d.updatedAtMs = o.longs === $String ? $String(m.updatedAtMs) : m.updatedAtMs;
                else
                    d.updatedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedAtMs) : o.longs === $Number ? new $util.LongBits(m.updatedAtMs.low >>> 0, m.updatedAtMs.high >>> 0).toNumber(true) : m.updatedAtMs;
            }
            return d;
        };

        /**
         * Converts this ObjectMeta to JSON.
         * @function toJSON
         * @memberof keelapi.ObjectMeta
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ObjectMeta.prototype.toJSON = function() {
            return ObjectMeta.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ObjectMeta
         * @function getTypeUrl
         * @memberof keelapi.ObjectMeta
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ObjectMeta.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ObjectMeta";
        };

        return ObjectMeta;
    })();

    keelapi.SecretView = (function() {

        /**
         * Properties of a SecretView.
         * @typedef {Object} keelapi.SecretView.$Properties
         * @property {string|null} [id] SecretView id
         * @property {string|null} [name] SecretView name
         * @property {Array.<keelapi.Label.$Properties>|null} [labels] SecretView labels
         * @property {keelapi.ObjectMeta.$Properties|null} [meta] SecretView meta
         * @property {number|null} [dataBytes] SecretView dataBytes
         * @property {string|null} [digest] SecretView digest
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretView.
         * @memberof keelapi
         * @interface ISecretView
         * @augments keelapi.SecretView.$Properties
         * @deprecated Use keelapi.SecretView.$Properties instead.
         */

        /**
         * Shape of a SecretView.
         * @typedef {keelapi.SecretView.$Properties} keelapi.SecretView.$Shape
         */

        /**
         * Constructs a new SecretView.
         * @memberof keelapi
         * @classdesc Represents a SecretView.
         * @constructor
         * @param {keelapi.SecretView.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretView = function (p) {
            this.labels = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretView id.
         * @member {string} id
         * @memberof keelapi.SecretView
         * @instance
         */
        SecretView.prototype.id = "";

        /**
         * SecretView name.
         * @member {string} name
         * @memberof keelapi.SecretView
         * @instance
         */
        SecretView.prototype.name = "";

        /**
         * SecretView labels.
         * @member {Array.<keelapi.Label.$Properties>} labels
         * @memberof keelapi.SecretView
         * @instance
         */
        SecretView.prototype.labels = $util.emptyArray;

        /**
         * SecretView meta.
         * @member {keelapi.ObjectMeta.$Properties|null|undefined} meta
         * @memberof keelapi.SecretView
         * @instance
         */
        SecretView.prototype.meta = null;

        /**
         * SecretView dataBytes.
         * @member {number} dataBytes
         * @memberof keelapi.SecretView
         * @instance
         */
        SecretView.prototype.dataBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SecretView digest.
         * @member {string} digest
         * @memberof keelapi.SecretView
         * @instance
         */
        SecretView.prototype.digest = "";

        /**
         * Creates a new SecretView instance using the specified properties.
         * @function create
         * @memberof keelapi.SecretView
         * @static
         * @param {keelapi.SecretView.$Properties=} [properties] Properties to set
         * @returns {keelapi.SecretView} SecretView instance
         * @type {{
         *   (properties: keelapi.SecretView.$Shape): keelapi.SecretView & keelapi.SecretView.$Shape;
         *   (properties?: keelapi.SecretView.$Properties): keelapi.SecretView;
         * }}
         */
        SecretView.create = function(properties) {
            return new SecretView(properties);
        };

        /**
         * Encodes the specified SecretView message. Does not implicitly {@link keelapi.SecretView.verify|verify} messages.
         * @function encode
         * @memberof keelapi.SecretView
         * @static
         * @param {keelapi.SecretView.$Properties} m SecretView message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretView.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    $root.keelapi.Label.encode(m.labels[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta"))
                $root.keelapi.ObjectMeta.encode(m.meta, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes") && (typeof m.dataBytes === "object" ? m.dataBytes.low || m.dataBytes.high : m.dataBytes !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.dataBytes);
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.digest);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SecretView message, length delimited. Does not implicitly {@link keelapi.SecretView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.SecretView
         * @static
         * @param {keelapi.SecretView.$Properties} message SecretView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SecretView message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.SecretView
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.SecretView & keelapi.SecretView.$Shape} SecretView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretView.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.SecretView();
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
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push($root.keelapi.Label.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.meta = $root.keelapi.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.meta);
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.dataBytes = v;
                        else
                            delete m.dataBytes;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.digest = v;
                        else
                            delete m.digest;
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
         * Decodes a SecretView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.SecretView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.SecretView & keelapi.SecretView.$Shape} SecretView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SecretView message.
         * @function verify
         * @memberof keelapi.SecretView
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SecretView.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isString(m.id))
                    return "id: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$Array.isArray(m.labels))
                    return "labels: array expected";
                for (var i = 0; i < m.labels.length; ++i) {
                    {
                        var e = $root.keelapi.Label.verify(m.labels[i], q + 1);
                        if (e)
                            return "labels." + e;
                    }
                }
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                {
                    var e = $root.keelapi.ObjectMeta.verify(m.meta, q + 1);
                    if (e)
                        return "meta." + e;
                }
            }
            if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes")) {
                if (!$util.isInteger(m.dataBytes) && !(m.dataBytes && $util.isInteger(m.dataBytes.low) && $util.isInteger(m.dataBytes.high)))
                    return "dataBytes: integer|Long expected";
            }
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                if (!$util.isString(m.digest))
                    return "digest: string expected";
            }
            return null;
        };

        /**
         * Creates a SecretView message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.SecretView
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.SecretView} SecretView
         */
        SecretView.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.SecretView)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.SecretView: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.SecretView();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".keelapi.SecretView.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    if (!$util.isObject(d.labels[i]))
                        throw $TypeError(".keelapi.SecretView.labels: object expected");
                    m.labels[i] = $root.keelapi.Label.fromObject(d.labels[i], q + 1);
                }
            }
            if (d.meta != null) {
                if (!$util.isObject(d.meta))
                    throw $TypeError(".keelapi.SecretView.meta: object expected");
                m.meta = $root.keelapi.ObjectMeta.fromObject(d.meta, q + 1);
            }
            if (d.dataBytes != null) {
                if (typeof d.dataBytes === "object" ? d.dataBytes.low || d.dataBytes.high : $Number(d.dataBytes) !== 0) {
                    if ($util.Long)
                        m.dataBytes = $util.Long.fromValue(d.dataBytes, true);
                    else if (typeof d.dataBytes === "string")
                        m.dataBytes = $parseInt(d.dataBytes, 10);
                    else if (typeof d.dataBytes === "number")
                        m.dataBytes = d.dataBytes;
                    else if (typeof d.dataBytes === "object")
                        m.dataBytes = new $util.LongBits(d.dataBytes.low >>> 0, d.dataBytes.high >>> 0).toNumber(true);
                }
            }
            if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                    m.digest = $String(d.digest);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SecretView message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.SecretView
         * @static
         * @param {keelapi.SecretView} m SecretView
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretView.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
            }
            if (o.defaults) {
                d.id = "";
                d.name = "";
                d.meta = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.dataBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.dataBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.digest = "";
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = $root.keelapi.Label.toObject(m.labels[j], o, q + 1);
                }
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                d.meta = $root.keelapi.ObjectMeta.toObject(m.meta, o, q + 1);
            }
            if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.dataBytes = typeof m.dataBytes === "number" ? $BigInt(m.dataBytes) : $util.Long.fromBits(m.dataBytes.low >>> 0, m.dataBytes.high >>> 0, true).toBigInt();
                else if (typeof m.dataBytes === "number")
                    d.dataBytes = o.longs === $String ? $String(m.dataBytes) : m.dataBytes;
                else
                    d.dataBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.dataBytes) : o.longs === $Number ? new $util.LongBits(m.dataBytes.low >>> 0, m.dataBytes.high >>> 0).toNumber(true) : m.dataBytes;
            }
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
            }
            return d;
        };

        /**
         * Converts this SecretView to JSON.
         * @function toJSON
         * @memberof keelapi.SecretView
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretView.prototype.toJSON = function() {
            return SecretView.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SecretView
         * @function getTypeUrl
         * @memberof keelapi.SecretView
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SecretView.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.SecretView";
        };

        return SecretView;
    })();

    keelapi.SecretCreateRequest = (function() {

        /**
         * Properties of a SecretCreateRequest.
         * @typedef {Object} keelapi.SecretCreateRequest.$Properties
         * @property {string|null} [name] SecretCreateRequest name
         * @property {Uint8Array|null} [data] SecretCreateRequest data
         * @property {Array.<keelapi.Label.$Properties>|null} [labels] SecretCreateRequest labels
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretCreateRequest.
         * @memberof keelapi
         * @interface ISecretCreateRequest
         * @augments keelapi.SecretCreateRequest.$Properties
         * @deprecated Use keelapi.SecretCreateRequest.$Properties instead.
         */

        /**
         * Shape of a SecretCreateRequest.
         * @typedef {keelapi.SecretCreateRequest.$Properties} keelapi.SecretCreateRequest.$Shape
         */

        /**
         * Constructs a new SecretCreateRequest.
         * @memberof keelapi
         * @classdesc Represents a SecretCreateRequest.
         * @constructor
         * @param {keelapi.SecretCreateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretCreateRequest = function (p) {
            this.labels = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretCreateRequest name.
         * @member {string} name
         * @memberof keelapi.SecretCreateRequest
         * @instance
         */
        SecretCreateRequest.prototype.name = "";

        /**
         * SecretCreateRequest data.
         * @member {Uint8Array} data
         * @memberof keelapi.SecretCreateRequest
         * @instance
         */
        SecretCreateRequest.prototype.data = $util.newBuffer([]);

        /**
         * SecretCreateRequest labels.
         * @member {Array.<keelapi.Label.$Properties>} labels
         * @memberof keelapi.SecretCreateRequest
         * @instance
         */
        SecretCreateRequest.prototype.labels = $util.emptyArray;

        /**
         * Creates a new SecretCreateRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {keelapi.SecretCreateRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.SecretCreateRequest} SecretCreateRequest instance
         * @type {{
         *   (properties: keelapi.SecretCreateRequest.$Shape): keelapi.SecretCreateRequest & keelapi.SecretCreateRequest.$Shape;
         *   (properties?: keelapi.SecretCreateRequest.$Properties): keelapi.SecretCreateRequest;
         * }}
         */
        SecretCreateRequest.create = function(properties) {
            return new SecretCreateRequest(properties);
        };

        /**
         * Encodes the specified SecretCreateRequest message. Does not implicitly {@link keelapi.SecretCreateRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {keelapi.SecretCreateRequest.$Properties} m SecretCreateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretCreateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    $root.keelapi.Label.encode(m.labels[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SecretCreateRequest message, length delimited. Does not implicitly {@link keelapi.SecretCreateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {keelapi.SecretCreateRequest.$Properties} message SecretCreateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretCreateRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SecretCreateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.SecretCreateRequest & keelapi.SecretCreateRequest.$Shape} SecretCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretCreateRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.SecretCreateRequest();
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
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push($root.keelapi.Label.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a SecretCreateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.SecretCreateRequest & keelapi.SecretCreateRequest.$Shape} SecretCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretCreateRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SecretCreateRequest message.
         * @function verify
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SecretCreateRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$Array.isArray(m.labels))
                    return "labels: array expected";
                for (var i = 0; i < m.labels.length; ++i) {
                    {
                        var e = $root.keelapi.Label.verify(m.labels[i], q + 1);
                        if (e)
                            return "labels." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a SecretCreateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.SecretCreateRequest} SecretCreateRequest
         */
        SecretCreateRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.SecretCreateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.SecretCreateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.SecretCreateRequest();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
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
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".keelapi.SecretCreateRequest.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    if (!$util.isObject(d.labels[i]))
                        throw $TypeError(".keelapi.SecretCreateRequest.labels: object expected");
                    m.labels[i] = $root.keelapi.Label.fromObject(d.labels[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SecretCreateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {keelapi.SecretCreateRequest} m SecretCreateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretCreateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
            }
            if (o.defaults) {
                d.name = "";
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = $root.keelapi.Label.toObject(m.labels[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this SecretCreateRequest to JSON.
         * @function toJSON
         * @memberof keelapi.SecretCreateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretCreateRequest.prototype.toJSON = function() {
            return SecretCreateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SecretCreateRequest
         * @function getTypeUrl
         * @memberof keelapi.SecretCreateRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SecretCreateRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.SecretCreateRequest";
        };

        return SecretCreateRequest;
    })();

    keelapi.SecretUpdateRequest = (function() {

        /**
         * Properties of a SecretUpdateRequest.
         * @typedef {Object} keelapi.SecretUpdateRequest.$Properties
         * @property {string|null} [ref] SecretUpdateRequest ref
         * @property {Array.<keelapi.Label.$Properties>|null} [labels] SecretUpdateRequest labels
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretUpdateRequest.
         * @memberof keelapi
         * @interface ISecretUpdateRequest
         * @augments keelapi.SecretUpdateRequest.$Properties
         * @deprecated Use keelapi.SecretUpdateRequest.$Properties instead.
         */

        /**
         * Shape of a SecretUpdateRequest.
         * @typedef {keelapi.SecretUpdateRequest.$Properties} keelapi.SecretUpdateRequest.$Shape
         */

        /**
         * Constructs a new SecretUpdateRequest.
         * @memberof keelapi
         * @classdesc Represents a SecretUpdateRequest.
         * @constructor
         * @param {keelapi.SecretUpdateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretUpdateRequest = function (p) {
            this.labels = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretUpdateRequest ref.
         * @member {string} ref
         * @memberof keelapi.SecretUpdateRequest
         * @instance
         */
        SecretUpdateRequest.prototype.ref = "";

        /**
         * SecretUpdateRequest labels.
         * @member {Array.<keelapi.Label.$Properties>} labels
         * @memberof keelapi.SecretUpdateRequest
         * @instance
         */
        SecretUpdateRequest.prototype.labels = $util.emptyArray;

        /**
         * Creates a new SecretUpdateRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {keelapi.SecretUpdateRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.SecretUpdateRequest} SecretUpdateRequest instance
         * @type {{
         *   (properties: keelapi.SecretUpdateRequest.$Shape): keelapi.SecretUpdateRequest & keelapi.SecretUpdateRequest.$Shape;
         *   (properties?: keelapi.SecretUpdateRequest.$Properties): keelapi.SecretUpdateRequest;
         * }}
         */
        SecretUpdateRequest.create = function(properties) {
            return new SecretUpdateRequest(properties);
        };

        /**
         * Encodes the specified SecretUpdateRequest message. Does not implicitly {@link keelapi.SecretUpdateRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {keelapi.SecretUpdateRequest.$Properties} m SecretUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretUpdateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.ref);
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    $root.keelapi.Label.encode(m.labels[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SecretUpdateRequest message, length delimited. Does not implicitly {@link keelapi.SecretUpdateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {keelapi.SecretUpdateRequest.$Properties} message SecretUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretUpdateRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SecretUpdateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.SecretUpdateRequest & keelapi.SecretUpdateRequest.$Shape} SecretUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretUpdateRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.SecretUpdateRequest();
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
                            m.ref = v;
                        else
                            delete m.ref;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push($root.keelapi.Label.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a SecretUpdateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.SecretUpdateRequest & keelapi.SecretUpdateRequest.$Shape} SecretUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretUpdateRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SecretUpdateRequest message.
         * @function verify
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SecretUpdateRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                if (!$util.isString(m.ref))
                    return "ref: string expected";
            }
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$Array.isArray(m.labels))
                    return "labels: array expected";
                for (var i = 0; i < m.labels.length; ++i) {
                    {
                        var e = $root.keelapi.Label.verify(m.labels[i], q + 1);
                        if (e)
                            return "labels." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a SecretUpdateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.SecretUpdateRequest} SecretUpdateRequest
         */
        SecretUpdateRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.SecretUpdateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.SecretUpdateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.SecretUpdateRequest();
            if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                    m.ref = $String(d.ref);
                }
            }
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".keelapi.SecretUpdateRequest.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    if (!$util.isObject(d.labels[i]))
                        throw $TypeError(".keelapi.SecretUpdateRequest.labels: object expected");
                    m.labels[i] = $root.keelapi.Label.fromObject(d.labels[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SecretUpdateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {keelapi.SecretUpdateRequest} m SecretUpdateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretUpdateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
            }
            if (o.defaults) {
                d.ref = "";
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = $root.keelapi.Label.toObject(m.labels[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this SecretUpdateRequest to JSON.
         * @function toJSON
         * @memberof keelapi.SecretUpdateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretUpdateRequest.prototype.toJSON = function() {
            return SecretUpdateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SecretUpdateRequest
         * @function getTypeUrl
         * @memberof keelapi.SecretUpdateRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SecretUpdateRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.SecretUpdateRequest";
        };

        return SecretUpdateRequest;
    })();

    keelapi.ObjectRef = (function() {

        /**
         * Properties of an ObjectRef.
         * @typedef {Object} keelapi.ObjectRef.$Properties
         * @property {string|null} [ref] ObjectRef ref
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ObjectRef.
         * @memberof keelapi
         * @interface IObjectRef
         * @augments keelapi.ObjectRef.$Properties
         * @deprecated Use keelapi.ObjectRef.$Properties instead.
         */

        /**
         * Shape of an ObjectRef.
         * @typedef {keelapi.ObjectRef.$Properties} keelapi.ObjectRef.$Shape
         */

        /**
         * Constructs a new ObjectRef.
         * @memberof keelapi
         * @classdesc Represents an ObjectRef.
         * @constructor
         * @param {keelapi.ObjectRef.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ObjectRef = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ObjectRef ref.
         * @member {string} ref
         * @memberof keelapi.ObjectRef
         * @instance
         */
        ObjectRef.prototype.ref = "";

        /**
         * Creates a new ObjectRef instance using the specified properties.
         * @function create
         * @memberof keelapi.ObjectRef
         * @static
         * @param {keelapi.ObjectRef.$Properties=} [properties] Properties to set
         * @returns {keelapi.ObjectRef} ObjectRef instance
         * @type {{
         *   (properties: keelapi.ObjectRef.$Shape): keelapi.ObjectRef & keelapi.ObjectRef.$Shape;
         *   (properties?: keelapi.ObjectRef.$Properties): keelapi.ObjectRef;
         * }}
         */
        ObjectRef.create = function(properties) {
            return new ObjectRef(properties);
        };

        /**
         * Encodes the specified ObjectRef message. Does not implicitly {@link keelapi.ObjectRef.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ObjectRef
         * @static
         * @param {keelapi.ObjectRef.$Properties} m ObjectRef message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ObjectRef.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.ref);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ObjectRef message, length delimited. Does not implicitly {@link keelapi.ObjectRef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ObjectRef
         * @static
         * @param {keelapi.ObjectRef.$Properties} message ObjectRef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ObjectRef.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ObjectRef message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ObjectRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ObjectRef & keelapi.ObjectRef.$Shape} ObjectRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ObjectRef.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ObjectRef();
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
                            m.ref = v;
                        else
                            delete m.ref;
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
         * Decodes an ObjectRef message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ObjectRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ObjectRef & keelapi.ObjectRef.$Shape} ObjectRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ObjectRef.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ObjectRef message.
         * @function verify
         * @memberof keelapi.ObjectRef
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ObjectRef.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                if (!$util.isString(m.ref))
                    return "ref: string expected";
            }
            return null;
        };

        /**
         * Creates an ObjectRef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ObjectRef
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ObjectRef} ObjectRef
         */
        ObjectRef.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ObjectRef)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ObjectRef: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ObjectRef();
            if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                    m.ref = $String(d.ref);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ObjectRef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ObjectRef
         * @static
         * @param {keelapi.ObjectRef} m ObjectRef
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ObjectRef.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ref = "";
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
            }
            return d;
        };

        /**
         * Converts this ObjectRef to JSON.
         * @function toJSON
         * @memberof keelapi.ObjectRef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ObjectRef.prototype.toJSON = function() {
            return ObjectRef.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ObjectRef
         * @function getTypeUrl
         * @memberof keelapi.ObjectRef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ObjectRef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ObjectRef";
        };

        return ObjectRef;
    })();

    keelapi.SecretResponse = (function() {

        /**
         * Properties of a SecretResponse.
         * @typedef {Object} keelapi.SecretResponse.$Properties
         * @property {keelapi.SecretView.$Properties|null} [secret] SecretResponse secret
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretResponse.
         * @memberof keelapi
         * @interface ISecretResponse
         * @augments keelapi.SecretResponse.$Properties
         * @deprecated Use keelapi.SecretResponse.$Properties instead.
         */

        /**
         * Shape of a SecretResponse.
         * @typedef {keelapi.SecretResponse.$Properties} keelapi.SecretResponse.$Shape
         */

        /**
         * Constructs a new SecretResponse.
         * @memberof keelapi
         * @classdesc Represents a SecretResponse.
         * @constructor
         * @param {keelapi.SecretResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretResponse secret.
         * @member {keelapi.SecretView.$Properties|null|undefined} secret
         * @memberof keelapi.SecretResponse
         * @instance
         */
        SecretResponse.prototype.secret = null;

        /**
         * Creates a new SecretResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.SecretResponse
         * @static
         * @param {keelapi.SecretResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.SecretResponse} SecretResponse instance
         * @type {{
         *   (properties: keelapi.SecretResponse.$Shape): keelapi.SecretResponse & keelapi.SecretResponse.$Shape;
         *   (properties?: keelapi.SecretResponse.$Properties): keelapi.SecretResponse;
         * }}
         */
        SecretResponse.create = function(properties) {
            return new SecretResponse(properties);
        };

        /**
         * Encodes the specified SecretResponse message. Does not implicitly {@link keelapi.SecretResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.SecretResponse
         * @static
         * @param {keelapi.SecretResponse.$Properties} m SecretResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret"))
                $root.keelapi.SecretView.encode(m.secret, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SecretResponse message, length delimited. Does not implicitly {@link keelapi.SecretResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.SecretResponse
         * @static
         * @param {keelapi.SecretResponse.$Properties} message SecretResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SecretResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.SecretResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.SecretResponse & keelapi.SecretResponse.$Shape} SecretResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.SecretResponse();
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
                        m.secret = $root.keelapi.SecretView.decode(r, r.size(), $undefined, q + 1, m.secret);
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
         * Decodes a SecretResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.SecretResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.SecretResponse & keelapi.SecretResponse.$Shape} SecretResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SecretResponse message.
         * @function verify
         * @memberof keelapi.SecretResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SecretResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                {
                    var e = $root.keelapi.SecretView.verify(m.secret, q + 1);
                    if (e)
                        return "secret." + e;
                }
            }
            return null;
        };

        /**
         * Creates a SecretResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.SecretResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.SecretResponse} SecretResponse
         */
        SecretResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.SecretResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.SecretResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.SecretResponse();
            if (d.secret != null) {
                if (!$util.isObject(d.secret))
                    throw $TypeError(".keelapi.SecretResponse.secret: object expected");
                m.secret = $root.keelapi.SecretView.fromObject(d.secret, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a SecretResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.SecretResponse
         * @static
         * @param {keelapi.SecretResponse} m SecretResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.secret = null;
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                d.secret = $root.keelapi.SecretView.toObject(m.secret, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this SecretResponse to JSON.
         * @function toJSON
         * @memberof keelapi.SecretResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretResponse.prototype.toJSON = function() {
            return SecretResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SecretResponse
         * @function getTypeUrl
         * @memberof keelapi.SecretResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SecretResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.SecretResponse";
        };

        return SecretResponse;
    })();

    keelapi.ListRequest = (function() {

        /**
         * Properties of a ListRequest.
         * @typedef {Object} keelapi.ListRequest.$Properties
         * @property {string|null} [pageToken] ListRequest pageToken
         * @property {number|null} [pageSize] ListRequest pageSize
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListRequest.
         * @memberof keelapi
         * @interface IListRequest
         * @augments keelapi.ListRequest.$Properties
         * @deprecated Use keelapi.ListRequest.$Properties instead.
         */

        /**
         * Shape of a ListRequest.
         * @typedef {keelapi.ListRequest.$Properties} keelapi.ListRequest.$Shape
         */

        /**
         * Constructs a new ListRequest.
         * @memberof keelapi
         * @classdesc Represents a ListRequest.
         * @constructor
         * @param {keelapi.ListRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ListRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListRequest pageToken.
         * @member {string} pageToken
         * @memberof keelapi.ListRequest
         * @instance
         */
        ListRequest.prototype.pageToken = "";

        /**
         * ListRequest pageSize.
         * @member {number} pageSize
         * @memberof keelapi.ListRequest
         * @instance
         */
        ListRequest.prototype.pageSize = 0;

        /**
         * Creates a new ListRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.ListRequest
         * @static
         * @param {keelapi.ListRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.ListRequest} ListRequest instance
         * @type {{
         *   (properties: keelapi.ListRequest.$Shape): keelapi.ListRequest & keelapi.ListRequest.$Shape;
         *   (properties?: keelapi.ListRequest.$Properties): keelapi.ListRequest;
         * }}
         */
        ListRequest.create = function(properties) {
            return new ListRequest(properties);
        };

        /**
         * Encodes the specified ListRequest message. Does not implicitly {@link keelapi.ListRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ListRequest
         * @static
         * @param {keelapi.ListRequest.$Properties} m ListRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pageToken != null && $Object.hasOwnProperty.call(m, "pageToken") && m.pageToken !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.pageToken);
            if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize") && m.pageSize !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pageSize);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListRequest message, length delimited. Does not implicitly {@link keelapi.ListRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ListRequest
         * @static
         * @param {keelapi.ListRequest.$Properties} message ListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ListRequest & keelapi.ListRequest.$Shape} ListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ListRequest();
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
                            m.pageToken = v;
                        else
                            delete m.pageToken;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pageSize = v;
                        else
                            delete m.pageSize;
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
         * Decodes a ListRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ListRequest & keelapi.ListRequest.$Shape} ListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ListRequest message.
         * @function verify
         * @memberof keelapi.ListRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ListRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pageToken != null && $Object.hasOwnProperty.call(m, "pageToken")) {
                if (!$util.isString(m.pageToken))
                    return "pageToken: string expected";
            }
            if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize")) {
                if (!$util.isInteger(m.pageSize))
                    return "pageSize: integer expected";
            }
            return null;
        };

        /**
         * Creates a ListRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ListRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ListRequest} ListRequest
         */
        ListRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ListRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ListRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ListRequest();
            if (d.pageToken != null) {
                if (typeof d.pageToken !== "string" || d.pageToken.length) {
                    m.pageToken = $String(d.pageToken);
                }
            }
            if (d.pageSize != null) {
                if ($Number(d.pageSize) !== 0) {
                    m.pageSize = d.pageSize >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ListRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ListRequest
         * @static
         * @param {keelapi.ListRequest} m ListRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pageToken = "";
                d.pageSize = 0;
            }
            if (m.pageToken != null && $Object.hasOwnProperty.call(m, "pageToken")) {
                d.pageToken = m.pageToken;
            }
            if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize")) {
                d.pageSize = m.pageSize;
            }
            return d;
        };

        /**
         * Converts this ListRequest to JSON.
         * @function toJSON
         * @memberof keelapi.ListRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListRequest.prototype.toJSON = function() {
            return ListRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListRequest
         * @function getTypeUrl
         * @memberof keelapi.ListRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ListRequest";
        };

        return ListRequest;
    })();

    keelapi.SecretListResponse = (function() {

        /**
         * Properties of a SecretListResponse.
         * @typedef {Object} keelapi.SecretListResponse.$Properties
         * @property {Array.<keelapi.SecretView.$Properties>|null} [secrets] SecretListResponse secrets
         * @property {string|null} [nextPageToken] SecretListResponse nextPageToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretListResponse.
         * @memberof keelapi
         * @interface ISecretListResponse
         * @augments keelapi.SecretListResponse.$Properties
         * @deprecated Use keelapi.SecretListResponse.$Properties instead.
         */

        /**
         * Shape of a SecretListResponse.
         * @typedef {keelapi.SecretListResponse.$Properties} keelapi.SecretListResponse.$Shape
         */

        /**
         * Constructs a new SecretListResponse.
         * @memberof keelapi
         * @classdesc Represents a SecretListResponse.
         * @constructor
         * @param {keelapi.SecretListResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretListResponse = function (p) {
            this.secrets = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretListResponse secrets.
         * @member {Array.<keelapi.SecretView.$Properties>} secrets
         * @memberof keelapi.SecretListResponse
         * @instance
         */
        SecretListResponse.prototype.secrets = $util.emptyArray;

        /**
         * SecretListResponse nextPageToken.
         * @member {string} nextPageToken
         * @memberof keelapi.SecretListResponse
         * @instance
         */
        SecretListResponse.prototype.nextPageToken = "";

        /**
         * Creates a new SecretListResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {keelapi.SecretListResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.SecretListResponse} SecretListResponse instance
         * @type {{
         *   (properties: keelapi.SecretListResponse.$Shape): keelapi.SecretListResponse & keelapi.SecretListResponse.$Shape;
         *   (properties?: keelapi.SecretListResponse.$Properties): keelapi.SecretListResponse;
         * }}
         */
        SecretListResponse.create = function(properties) {
            return new SecretListResponse(properties);
        };

        /**
         * Encodes the specified SecretListResponse message. Does not implicitly {@link keelapi.SecretListResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {keelapi.SecretListResponse.$Properties} m SecretListResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretListResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.secrets != null && m.secrets.length) {
                for (var i = 0; i < m.secrets.length; ++i)
                    $root.keelapi.SecretView.encode(m.secrets[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.nextPageToken != null && $Object.hasOwnProperty.call(m, "nextPageToken") && m.nextPageToken !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.nextPageToken);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SecretListResponse message, length delimited. Does not implicitly {@link keelapi.SecretListResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {keelapi.SecretListResponse.$Properties} message SecretListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretListResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SecretListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.SecretListResponse & keelapi.SecretListResponse.$Shape} SecretListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretListResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.SecretListResponse();
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
                        if (!(m.secrets && m.secrets.length))
                            m.secrets = [];
                        m.secrets.push($root.keelapi.SecretView.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.nextPageToken = v;
                        else
                            delete m.nextPageToken;
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
         * Decodes a SecretListResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.SecretListResponse & keelapi.SecretListResponse.$Shape} SecretListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretListResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SecretListResponse message.
         * @function verify
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SecretListResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.secrets != null && $Object.hasOwnProperty.call(m, "secrets")) {
                if (!$Array.isArray(m.secrets))
                    return "secrets: array expected";
                for (var i = 0; i < m.secrets.length; ++i) {
                    {
                        var e = $root.keelapi.SecretView.verify(m.secrets[i], q + 1);
                        if (e)
                            return "secrets." + e;
                    }
                }
            }
            if (m.nextPageToken != null && $Object.hasOwnProperty.call(m, "nextPageToken")) {
                if (!$util.isString(m.nextPageToken))
                    return "nextPageToken: string expected";
            }
            return null;
        };

        /**
         * Creates a SecretListResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.SecretListResponse} SecretListResponse
         */
        SecretListResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.SecretListResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.SecretListResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.SecretListResponse();
            if (d.secrets) {
                if (!$Array.isArray(d.secrets))
                    throw $TypeError(".keelapi.SecretListResponse.secrets: array expected");
                m.secrets = $Array(d.secrets.length);
                for (var i = 0; i < d.secrets.length; ++i) {
                    if (!$util.isObject(d.secrets[i]))
                        throw $TypeError(".keelapi.SecretListResponse.secrets: object expected");
                    m.secrets[i] = $root.keelapi.SecretView.fromObject(d.secrets[i], q + 1);
                }
            }
            if (d.nextPageToken != null) {
                if (typeof d.nextPageToken !== "string" || d.nextPageToken.length) {
                    m.nextPageToken = $String(d.nextPageToken);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SecretListResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {keelapi.SecretListResponse} m SecretListResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretListResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.secrets = [];
            }
            if (o.defaults) {
                d.nextPageToken = "";
            }
            if (m.secrets && m.secrets.length) {
                d.secrets = $Array(m.secrets.length);
                for (var j = 0; j < m.secrets.length; ++j) {
                    d.secrets[j] = $root.keelapi.SecretView.toObject(m.secrets[j], o, q + 1);
                }
            }
            if (m.nextPageToken != null && $Object.hasOwnProperty.call(m, "nextPageToken")) {
                d.nextPageToken = m.nextPageToken;
            }
            return d;
        };

        /**
         * Converts this SecretListResponse to JSON.
         * @function toJSON
         * @memberof keelapi.SecretListResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretListResponse.prototype.toJSON = function() {
            return SecretListResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SecretListResponse
         * @function getTypeUrl
         * @memberof keelapi.SecretListResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SecretListResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.SecretListResponse";
        };

        return SecretListResponse;
    })();

    keelapi.NodeView = (function() {

        /**
         * Properties of a NodeView.
         * @typedef {Object} keelapi.NodeView.$Properties
         * @property {string|null} [id] NodeView id
         * @property {string|null} [name] NodeView name
         * @property {string|null} [role] NodeView role
         * @property {string|null} [desiredRole] NodeView desiredRole
         * @property {string|null} [membership] NodeView membership
         * @property {string|null} [availability] NodeView availability
         * @property {string|null} [state] NodeView state
         * @property {string|null} [address] NodeView address
         * @property {string|null} [certificateState] NodeView certificateState
         * @property {number|null} [certificateNotAfterMs] NodeView certificateNotAfterMs
         * @property {string|null} [raftSuffrage] NodeView raftSuffrage
         * @property {boolean|null} [reachable] NodeView reachable
         * @property {boolean|null} [leader] NodeView leader
         * @property {keelapi.ObjectMeta.$Properties|null} [meta] NodeView meta
         * @property {Array.<keelapi.Label.$Properties>|null} [labels] NodeView labels
         * @property {string|null} [managerStatus] NodeView managerStatus
         * @property {string|null} [statusMessage] NodeView statusMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeView.
         * @memberof keelapi
         * @interface INodeView
         * @augments keelapi.NodeView.$Properties
         * @deprecated Use keelapi.NodeView.$Properties instead.
         */

        /**
         * Shape of a NodeView.
         * @typedef {keelapi.NodeView.$Properties} keelapi.NodeView.$Shape
         */

        /**
         * Constructs a new NodeView.
         * @memberof keelapi
         * @classdesc Represents a NodeView.
         * @constructor
         * @param {keelapi.NodeView.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeView = function (p) {
            this.labels = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeView id.
         * @member {string} id
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.id = "";

        /**
         * NodeView name.
         * @member {string} name
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.name = "";

        /**
         * NodeView role.
         * @member {string} role
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.role = "";

        /**
         * NodeView desiredRole.
         * @member {string} desiredRole
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.desiredRole = "";

        /**
         * NodeView membership.
         * @member {string} membership
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.membership = "";

        /**
         * NodeView availability.
         * @member {string} availability
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.availability = "";

        /**
         * NodeView state.
         * @member {string} state
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.state = "";

        /**
         * NodeView address.
         * @member {string} address
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.address = "";

        /**
         * NodeView certificateState.
         * @member {string} certificateState
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.certificateState = "";

        /**
         * NodeView certificateNotAfterMs.
         * @member {number} certificateNotAfterMs
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.certificateNotAfterMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NodeView raftSuffrage.
         * @member {string} raftSuffrage
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.raftSuffrage = "";

        /**
         * NodeView reachable.
         * @member {boolean} reachable
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.reachable = false;

        /**
         * NodeView leader.
         * @member {boolean} leader
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.leader = false;

        /**
         * NodeView meta.
         * @member {keelapi.ObjectMeta.$Properties|null|undefined} meta
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.meta = null;

        /**
         * NodeView labels.
         * @member {Array.<keelapi.Label.$Properties>} labels
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.labels = $util.emptyArray;

        /**
         * NodeView managerStatus.
         * @member {string} managerStatus
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.managerStatus = "";

        /**
         * NodeView statusMessage.
         * @member {string} statusMessage
         * @memberof keelapi.NodeView
         * @instance
         */
        NodeView.prototype.statusMessage = "";

        /**
         * Creates a new NodeView instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeView
         * @static
         * @param {keelapi.NodeView.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeView} NodeView instance
         * @type {{
         *   (properties: keelapi.NodeView.$Shape): keelapi.NodeView & keelapi.NodeView.$Shape;
         *   (properties?: keelapi.NodeView.$Properties): keelapi.NodeView;
         * }}
         */
        NodeView.create = function(properties) {
            return new NodeView(properties);
        };

        /**
         * Encodes the specified NodeView message. Does not implicitly {@link keelapi.NodeView.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeView
         * @static
         * @param {keelapi.NodeView.$Properties} m NodeView message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeView.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.role);
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole") && m.desiredRole !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.desiredRole);
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership") && m.membership !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.membership);
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability") && m.availability !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.availability);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.state);
            if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                w.uint32(/* id 8, wireType 2 =*/66).string(m.address);
            if (m.certificateState != null && $Object.hasOwnProperty.call(m, "certificateState") && m.certificateState !== "")
                w.uint32(/* id 9, wireType 2 =*/74).string(m.certificateState);
            if (m.certificateNotAfterMs != null && $Object.hasOwnProperty.call(m, "certificateNotAfterMs") && (typeof m.certificateNotAfterMs === "object" ? m.certificateNotAfterMs.low || m.certificateNotAfterMs.high : m.certificateNotAfterMs !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.certificateNotAfterMs);
            if (m.raftSuffrage != null && $Object.hasOwnProperty.call(m, "raftSuffrage") && m.raftSuffrage !== "")
                w.uint32(/* id 11, wireType 2 =*/90).string(m.raftSuffrage);
            if (m.reachable != null && $Object.hasOwnProperty.call(m, "reachable") && m.reachable !== false)
                w.uint32(/* id 12, wireType 0 =*/96).bool(m.reachable);
            if (m.leader != null && $Object.hasOwnProperty.call(m, "leader") && m.leader !== false)
                w.uint32(/* id 13, wireType 0 =*/104).bool(m.leader);
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta"))
                $root.keelapi.ObjectMeta.encode(m.meta, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    $root.keelapi.Label.encode(m.labels[i], w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            }
            if (m.managerStatus != null && $Object.hasOwnProperty.call(m, "managerStatus") && m.managerStatus !== "")
                w.uint32(/* id 16, wireType 2 =*/130).string(m.managerStatus);
            if (m.statusMessage != null && $Object.hasOwnProperty.call(m, "statusMessage") && m.statusMessage !== "")
                w.uint32(/* id 17, wireType 2 =*/138).string(m.statusMessage);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeView message, length delimited. Does not implicitly {@link keelapi.NodeView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeView
         * @static
         * @param {keelapi.NodeView.$Properties} message NodeView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeView message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeView
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeView & keelapi.NodeView.$Shape} NodeView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeView.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeView();
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
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.role = v;
                        else
                            delete m.role;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.desiredRole = v;
                        else
                            delete m.desiredRole;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.membership = v;
                        else
                            delete m.membership;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.availability = v;
                        else
                            delete m.availability;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.address = v;
                        else
                            delete m.address;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.certificateState = v;
                        else
                            delete m.certificateState;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.certificateNotAfterMs = v;
                        else
                            delete m.certificateNotAfterMs;
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.raftSuffrage = v;
                        else
                            delete m.raftSuffrage;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.reachable = v;
                        else
                            delete m.reachable;
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.leader = v;
                        else
                            delete m.leader;
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.meta = $root.keelapi.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.meta);
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push($root.keelapi.Label.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.managerStatus = v;
                        else
                            delete m.managerStatus;
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.statusMessage = v;
                        else
                            delete m.statusMessage;
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
         * Decodes a NodeView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeView & keelapi.NodeView.$Shape} NodeView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeView message.
         * @function verify
         * @memberof keelapi.NodeView
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeView.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isString(m.id))
                    return "id: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                if (!$util.isString(m.role))
                    return "role: string expected";
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole")) {
                if (!$util.isString(m.desiredRole))
                    return "desiredRole: string expected";
            }
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership")) {
                if (!$util.isString(m.membership))
                    return "membership: string expected";
            }
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability")) {
                if (!$util.isString(m.availability))
                    return "availability: string expected";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (!$util.isString(m.state))
                    return "state: string expected";
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                if (!$util.isString(m.address))
                    return "address: string expected";
            }
            if (m.certificateState != null && $Object.hasOwnProperty.call(m, "certificateState")) {
                if (!$util.isString(m.certificateState))
                    return "certificateState: string expected";
            }
            if (m.certificateNotAfterMs != null && $Object.hasOwnProperty.call(m, "certificateNotAfterMs")) {
                if (!$util.isInteger(m.certificateNotAfterMs) && !(m.certificateNotAfterMs && $util.isInteger(m.certificateNotAfterMs.low) && $util.isInteger(m.certificateNotAfterMs.high)))
                    return "certificateNotAfterMs: integer|Long expected";
            }
            if (m.raftSuffrage != null && $Object.hasOwnProperty.call(m, "raftSuffrage")) {
                if (!$util.isString(m.raftSuffrage))
                    return "raftSuffrage: string expected";
            }
            if (m.reachable != null && $Object.hasOwnProperty.call(m, "reachable")) {
                if (typeof m.reachable !== "boolean")
                    return "reachable: boolean expected";
            }
            if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                if (typeof m.leader !== "boolean")
                    return "leader: boolean expected";
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                {
                    var e = $root.keelapi.ObjectMeta.verify(m.meta, q + 1);
                    if (e)
                        return "meta." + e;
                }
            }
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$Array.isArray(m.labels))
                    return "labels: array expected";
                for (var i = 0; i < m.labels.length; ++i) {
                    {
                        var e = $root.keelapi.Label.verify(m.labels[i], q + 1);
                        if (e)
                            return "labels." + e;
                    }
                }
            }
            if (m.managerStatus != null && $Object.hasOwnProperty.call(m, "managerStatus")) {
                if (!$util.isString(m.managerStatus))
                    return "managerStatus: string expected";
            }
            if (m.statusMessage != null && $Object.hasOwnProperty.call(m, "statusMessage")) {
                if (!$util.isString(m.statusMessage))
                    return "statusMessage: string expected";
            }
            return null;
        };

        /**
         * Creates a NodeView message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeView
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeView} NodeView
         */
        NodeView.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeView)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeView: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeView();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.role != null) {
                if (typeof d.role !== "string" || d.role.length) {
                    m.role = $String(d.role);
                }
            }
            if (d.desiredRole != null) {
                if (typeof d.desiredRole !== "string" || d.desiredRole.length) {
                    m.desiredRole = $String(d.desiredRole);
                }
            }
            if (d.membership != null) {
                if (typeof d.membership !== "string" || d.membership.length) {
                    m.membership = $String(d.membership);
                }
            }
            if (d.availability != null) {
                if (typeof d.availability !== "string" || d.availability.length) {
                    m.availability = $String(d.availability);
                }
            }
            if (d.state != null) {
                if (typeof d.state !== "string" || d.state.length) {
                    m.state = $String(d.state);
                }
            }
            if (d.address != null) {
                if (typeof d.address !== "string" || d.address.length) {
                    m.address = $String(d.address);
                }
            }
            if (d.certificateState != null) {
                if (typeof d.certificateState !== "string" || d.certificateState.length) {
                    m.certificateState = $String(d.certificateState);
                }
            }
            if (d.certificateNotAfterMs != null) {
                if (typeof d.certificateNotAfterMs === "object" ? d.certificateNotAfterMs.low || d.certificateNotAfterMs.high : $Number(d.certificateNotAfterMs) !== 0) {
                    if ($util.Long)
                        m.certificateNotAfterMs = $util.Long.fromValue(d.certificateNotAfterMs, true);
                    else if (typeof d.certificateNotAfterMs === "string")
                        m.certificateNotAfterMs = $parseInt(d.certificateNotAfterMs, 10);
                    else if (typeof d.certificateNotAfterMs === "number")
                        m.certificateNotAfterMs = d.certificateNotAfterMs;
                    else if (typeof d.certificateNotAfterMs === "object")
                        m.certificateNotAfterMs = new $util.LongBits(d.certificateNotAfterMs.low >>> 0, d.certificateNotAfterMs.high >>> 0).toNumber(true);
                }
            }
            if (d.raftSuffrage != null) {
                if (typeof d.raftSuffrage !== "string" || d.raftSuffrage.length) {
                    m.raftSuffrage = $String(d.raftSuffrage);
                }
            }
            if (d.reachable != null) {
                if (d.reachable) {
                    m.reachable = $Boolean(d.reachable);
                }
            }
            if (d.leader != null) {
                if (d.leader) {
                    m.leader = $Boolean(d.leader);
                }
            }
            if (d.meta != null) {
                if (!$util.isObject(d.meta))
                    throw $TypeError(".keelapi.NodeView.meta: object expected");
                m.meta = $root.keelapi.ObjectMeta.fromObject(d.meta, q + 1);
            }
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".keelapi.NodeView.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    if (!$util.isObject(d.labels[i]))
                        throw $TypeError(".keelapi.NodeView.labels: object expected");
                    m.labels[i] = $root.keelapi.Label.fromObject(d.labels[i], q + 1);
                }
            }
            if (d.managerStatus != null) {
                if (typeof d.managerStatus !== "string" || d.managerStatus.length) {
                    m.managerStatus = $String(d.managerStatus);
                }
            }
            if (d.statusMessage != null) {
                if (typeof d.statusMessage !== "string" || d.statusMessage.length) {
                    m.statusMessage = $String(d.statusMessage);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeView message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeView
         * @static
         * @param {keelapi.NodeView} m NodeView
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeView.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
            }
            if (o.defaults) {
                d.id = "";
                d.name = "";
                d.role = "";
                d.desiredRole = "";
                d.membership = "";
                d.availability = "";
                d.state = "";
                d.address = "";
                d.certificateState = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.certificateNotAfterMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.certificateNotAfterMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.raftSuffrage = "";
                d.reachable = false;
                d.leader = false;
                d.meta = null;
                d.managerStatus = "";
                d.statusMessage = "";
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                d.role = m.role;
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole")) {
                d.desiredRole = m.desiredRole;
            }
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership")) {
                d.membership = m.membership;
            }
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability")) {
                d.availability = m.availability;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = m.state;
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                d.address = m.address;
            }
            if (m.certificateState != null && $Object.hasOwnProperty.call(m, "certificateState")) {
                d.certificateState = m.certificateState;
            }
            if (m.certificateNotAfterMs != null && $Object.hasOwnProperty.call(m, "certificateNotAfterMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.certificateNotAfterMs = typeof m.certificateNotAfterMs === "number" ? $BigInt(m.certificateNotAfterMs) : $util.Long.fromBits(m.certificateNotAfterMs.low >>> 0, m.certificateNotAfterMs.high >>> 0, true).toBigInt();
                else if (typeof m.certificateNotAfterMs === "number")
                    d.certificateNotAfterMs = o.longs === $String ? $String(m.certificateNotAfterMs) : m.certificateNotAfterMs;
                else
                    d.certificateNotAfterMs = o.longs === $String ? $util.Long.prototype.toString.call(m.certificateNotAfterMs) : o.longs === $Number ? new $util.LongBits(m.certificateNotAfterMs.low >>> 0, m.certificateNotAfterMs.high >>> 0).toNumber(true) : m.certificateNotAfterMs;
            }
            if (m.raftSuffrage != null && $Object.hasOwnProperty.call(m, "raftSuffrage")) {
                d.raftSuffrage = m.raftSuffrage;
            }
            if (m.reachable != null && $Object.hasOwnProperty.call(m, "reachable")) {
                d.reachable = m.reachable;
            }
            if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                d.leader = m.leader;
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                d.meta = $root.keelapi.ObjectMeta.toObject(m.meta, o, q + 1);
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = $root.keelapi.Label.toObject(m.labels[j], o, q + 1);
                }
            }
            if (m.managerStatus != null && $Object.hasOwnProperty.call(m, "managerStatus")) {
                d.managerStatus = m.managerStatus;
            }
            if (m.statusMessage != null && $Object.hasOwnProperty.call(m, "statusMessage")) {
                d.statusMessage = m.statusMessage;
            }
            return d;
        };

        /**
         * Converts this NodeView to JSON.
         * @function toJSON
         * @memberof keelapi.NodeView
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeView.prototype.toJSON = function() {
            return NodeView.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeView
         * @function getTypeUrl
         * @memberof keelapi.NodeView
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeView.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeView";
        };

        return NodeView;
    })();

    keelapi.NodeListResponse = (function() {

        /**
         * Properties of a NodeListResponse.
         * @typedef {Object} keelapi.NodeListResponse.$Properties
         * @property {Array.<keelapi.NodeView.$Properties>|null} [nodes] NodeListResponse nodes
         * @property {string|null} [nextPageToken] NodeListResponse nextPageToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeListResponse.
         * @memberof keelapi
         * @interface INodeListResponse
         * @augments keelapi.NodeListResponse.$Properties
         * @deprecated Use keelapi.NodeListResponse.$Properties instead.
         */

        /**
         * Shape of a NodeListResponse.
         * @typedef {keelapi.NodeListResponse.$Properties} keelapi.NodeListResponse.$Shape
         */

        /**
         * Constructs a new NodeListResponse.
         * @memberof keelapi
         * @classdesc Represents a NodeListResponse.
         * @constructor
         * @param {keelapi.NodeListResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeListResponse = function (p) {
            this.nodes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeListResponse nodes.
         * @member {Array.<keelapi.NodeView.$Properties>} nodes
         * @memberof keelapi.NodeListResponse
         * @instance
         */
        NodeListResponse.prototype.nodes = $util.emptyArray;

        /**
         * NodeListResponse nextPageToken.
         * @member {string} nextPageToken
         * @memberof keelapi.NodeListResponse
         * @instance
         */
        NodeListResponse.prototype.nextPageToken = "";

        /**
         * Creates a new NodeListResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {keelapi.NodeListResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeListResponse} NodeListResponse instance
         * @type {{
         *   (properties: keelapi.NodeListResponse.$Shape): keelapi.NodeListResponse & keelapi.NodeListResponse.$Shape;
         *   (properties?: keelapi.NodeListResponse.$Properties): keelapi.NodeListResponse;
         * }}
         */
        NodeListResponse.create = function(properties) {
            return new NodeListResponse(properties);
        };

        /**
         * Encodes the specified NodeListResponse message. Does not implicitly {@link keelapi.NodeListResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {keelapi.NodeListResponse.$Properties} m NodeListResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeListResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodes != null && m.nodes.length) {
                for (var i = 0; i < m.nodes.length; ++i)
                    $root.keelapi.NodeView.encode(m.nodes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.nextPageToken != null && $Object.hasOwnProperty.call(m, "nextPageToken") && m.nextPageToken !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.nextPageToken);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeListResponse message, length delimited. Does not implicitly {@link keelapi.NodeListResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {keelapi.NodeListResponse.$Properties} message NodeListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeListResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeListResponse & keelapi.NodeListResponse.$Shape} NodeListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeListResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeListResponse();
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
                        if (!(m.nodes && m.nodes.length))
                            m.nodes = [];
                        m.nodes.push($root.keelapi.NodeView.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.nextPageToken = v;
                        else
                            delete m.nextPageToken;
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
         * Decodes a NodeListResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeListResponse & keelapi.NodeListResponse.$Shape} NodeListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeListResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeListResponse message.
         * @function verify
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeListResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                if (!$Array.isArray(m.nodes))
                    return "nodes: array expected";
                for (var i = 0; i < m.nodes.length; ++i) {
                    {
                        var e = $root.keelapi.NodeView.verify(m.nodes[i], q + 1);
                        if (e)
                            return "nodes." + e;
                    }
                }
            }
            if (m.nextPageToken != null && $Object.hasOwnProperty.call(m, "nextPageToken")) {
                if (!$util.isString(m.nextPageToken))
                    return "nextPageToken: string expected";
            }
            return null;
        };

        /**
         * Creates a NodeListResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeListResponse} NodeListResponse
         */
        NodeListResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeListResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeListResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeListResponse();
            if (d.nodes) {
                if (!$Array.isArray(d.nodes))
                    throw $TypeError(".keelapi.NodeListResponse.nodes: array expected");
                m.nodes = $Array(d.nodes.length);
                for (var i = 0; i < d.nodes.length; ++i) {
                    if (!$util.isObject(d.nodes[i]))
                        throw $TypeError(".keelapi.NodeListResponse.nodes: object expected");
                    m.nodes[i] = $root.keelapi.NodeView.fromObject(d.nodes[i], q + 1);
                }
            }
            if (d.nextPageToken != null) {
                if (typeof d.nextPageToken !== "string" || d.nextPageToken.length) {
                    m.nextPageToken = $String(d.nextPageToken);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeListResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {keelapi.NodeListResponse} m NodeListResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeListResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.nodes = [];
            }
            if (o.defaults) {
                d.nextPageToken = "";
            }
            if (m.nodes && m.nodes.length) {
                d.nodes = $Array(m.nodes.length);
                for (var j = 0; j < m.nodes.length; ++j) {
                    d.nodes[j] = $root.keelapi.NodeView.toObject(m.nodes[j], o, q + 1);
                }
            }
            if (m.nextPageToken != null && $Object.hasOwnProperty.call(m, "nextPageToken")) {
                d.nextPageToken = m.nextPageToken;
            }
            return d;
        };

        /**
         * Converts this NodeListResponse to JSON.
         * @function toJSON
         * @memberof keelapi.NodeListResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeListResponse.prototype.toJSON = function() {
            return NodeListResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeListResponse
         * @function getTypeUrl
         * @memberof keelapi.NodeListResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeListResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeListResponse";
        };

        return NodeListResponse;
    })();

    keelapi.NodeResponse = (function() {

        /**
         * Properties of a NodeResponse.
         * @typedef {Object} keelapi.NodeResponse.$Properties
         * @property {keelapi.NodeView.$Properties|null} [node] NodeResponse node
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeResponse.
         * @memberof keelapi
         * @interface INodeResponse
         * @augments keelapi.NodeResponse.$Properties
         * @deprecated Use keelapi.NodeResponse.$Properties instead.
         */

        /**
         * Shape of a NodeResponse.
         * @typedef {keelapi.NodeResponse.$Properties} keelapi.NodeResponse.$Shape
         */

        /**
         * Constructs a new NodeResponse.
         * @memberof keelapi
         * @classdesc Represents a NodeResponse.
         * @constructor
         * @param {keelapi.NodeResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeResponse node.
         * @member {keelapi.NodeView.$Properties|null|undefined} node
         * @memberof keelapi.NodeResponse
         * @instance
         */
        NodeResponse.prototype.node = null;

        /**
         * Creates a new NodeResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeResponse
         * @static
         * @param {keelapi.NodeResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeResponse} NodeResponse instance
         * @type {{
         *   (properties: keelapi.NodeResponse.$Shape): keelapi.NodeResponse & keelapi.NodeResponse.$Shape;
         *   (properties?: keelapi.NodeResponse.$Properties): keelapi.NodeResponse;
         * }}
         */
        NodeResponse.create = function(properties) {
            return new NodeResponse(properties);
        };

        /**
         * Encodes the specified NodeResponse message. Does not implicitly {@link keelapi.NodeResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeResponse
         * @static
         * @param {keelapi.NodeResponse.$Properties} m NodeResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.node != null && $Object.hasOwnProperty.call(m, "node"))
                $root.keelapi.NodeView.encode(m.node, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeResponse message, length delimited. Does not implicitly {@link keelapi.NodeResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeResponse
         * @static
         * @param {keelapi.NodeResponse.$Properties} message NodeResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeResponse & keelapi.NodeResponse.$Shape} NodeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeResponse();
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
                        m.node = $root.keelapi.NodeView.decode(r, r.size(), $undefined, q + 1, m.node);
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
         * Decodes a NodeResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeResponse & keelapi.NodeResponse.$Shape} NodeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeResponse message.
         * @function verify
         * @memberof keelapi.NodeResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                {
                    var e = $root.keelapi.NodeView.verify(m.node, q + 1);
                    if (e)
                        return "node." + e;
                }
            }
            return null;
        };

        /**
         * Creates a NodeResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeResponse} NodeResponse
         */
        NodeResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeResponse();
            if (d.node != null) {
                if (!$util.isObject(d.node))
                    throw $TypeError(".keelapi.NodeResponse.node: object expected");
                m.node = $root.keelapi.NodeView.fromObject(d.node, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeResponse
         * @static
         * @param {keelapi.NodeResponse} m NodeResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.node = null;
            }
            if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                d.node = $root.keelapi.NodeView.toObject(m.node, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this NodeResponse to JSON.
         * @function toJSON
         * @memberof keelapi.NodeResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeResponse.prototype.toJSON = function() {
            return NodeResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeResponse
         * @function getTypeUrl
         * @memberof keelapi.NodeResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeResponse";
        };

        return NodeResponse;
    })();

    keelapi.NodeRemoveRequest = (function() {

        /**
         * Properties of a NodeRemoveRequest.
         * @typedef {Object} keelapi.NodeRemoveRequest.$Properties
         * @property {string|null} [ref] NodeRemoveRequest ref
         * @property {boolean|null} [force] NodeRemoveRequest force
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeRemoveRequest.
         * @memberof keelapi
         * @interface INodeRemoveRequest
         * @augments keelapi.NodeRemoveRequest.$Properties
         * @deprecated Use keelapi.NodeRemoveRequest.$Properties instead.
         */

        /**
         * Shape of a NodeRemoveRequest.
         * @typedef {keelapi.NodeRemoveRequest.$Properties} keelapi.NodeRemoveRequest.$Shape
         */

        /**
         * Constructs a new NodeRemoveRequest.
         * @memberof keelapi
         * @classdesc Represents a NodeRemoveRequest.
         * @constructor
         * @param {keelapi.NodeRemoveRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeRemoveRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeRemoveRequest ref.
         * @member {string} ref
         * @memberof keelapi.NodeRemoveRequest
         * @instance
         */
        NodeRemoveRequest.prototype.ref = "";

        /**
         * NodeRemoveRequest force.
         * @member {boolean} force
         * @memberof keelapi.NodeRemoveRequest
         * @instance
         */
        NodeRemoveRequest.prototype.force = false;

        /**
         * Creates a new NodeRemoveRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {keelapi.NodeRemoveRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeRemoveRequest} NodeRemoveRequest instance
         * @type {{
         *   (properties: keelapi.NodeRemoveRequest.$Shape): keelapi.NodeRemoveRequest & keelapi.NodeRemoveRequest.$Shape;
         *   (properties?: keelapi.NodeRemoveRequest.$Properties): keelapi.NodeRemoveRequest;
         * }}
         */
        NodeRemoveRequest.create = function(properties) {
            return new NodeRemoveRequest(properties);
        };

        /**
         * Encodes the specified NodeRemoveRequest message. Does not implicitly {@link keelapi.NodeRemoveRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {keelapi.NodeRemoveRequest.$Properties} m NodeRemoveRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeRemoveRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.ref);
            if (m.force != null && $Object.hasOwnProperty.call(m, "force") && m.force !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.force);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeRemoveRequest message, length delimited. Does not implicitly {@link keelapi.NodeRemoveRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {keelapi.NodeRemoveRequest.$Properties} message NodeRemoveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeRemoveRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeRemoveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeRemoveRequest & keelapi.NodeRemoveRequest.$Shape} NodeRemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeRemoveRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeRemoveRequest();
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
                            m.ref = v;
                        else
                            delete m.ref;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.force = v;
                        else
                            delete m.force;
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
         * Decodes a NodeRemoveRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeRemoveRequest & keelapi.NodeRemoveRequest.$Shape} NodeRemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeRemoveRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeRemoveRequest message.
         * @function verify
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeRemoveRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                if (!$util.isString(m.ref))
                    return "ref: string expected";
            }
            if (m.force != null && $Object.hasOwnProperty.call(m, "force")) {
                if (typeof m.force !== "boolean")
                    return "force: boolean expected";
            }
            return null;
        };

        /**
         * Creates a NodeRemoveRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeRemoveRequest} NodeRemoveRequest
         */
        NodeRemoveRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeRemoveRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeRemoveRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeRemoveRequest();
            if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                    m.ref = $String(d.ref);
                }
            }
            if (d.force != null) {
                if (d.force) {
                    m.force = $Boolean(d.force);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeRemoveRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {keelapi.NodeRemoveRequest} m NodeRemoveRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeRemoveRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ref = "";
                d.force = false;
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
            }
            if (m.force != null && $Object.hasOwnProperty.call(m, "force")) {
                d.force = m.force;
            }
            return d;
        };

        /**
         * Converts this NodeRemoveRequest to JSON.
         * @function toJSON
         * @memberof keelapi.NodeRemoveRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeRemoveRequest.prototype.toJSON = function() {
            return NodeRemoveRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeRemoveRequest
         * @function getTypeUrl
         * @memberof keelapi.NodeRemoveRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeRemoveRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeRemoveRequest";
        };

        return NodeRemoveRequest;
    })();

    keelapi.NodeRoleRequest = (function() {

        /**
         * Properties of a NodeRoleRequest.
         * @typedef {Object} keelapi.NodeRoleRequest.$Properties
         * @property {string|null} [ref] NodeRoleRequest ref
         * @property {string|null} [role] NodeRoleRequest role
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeRoleRequest.
         * @memberof keelapi
         * @interface INodeRoleRequest
         * @augments keelapi.NodeRoleRequest.$Properties
         * @deprecated Use keelapi.NodeRoleRequest.$Properties instead.
         */

        /**
         * Shape of a NodeRoleRequest.
         * @typedef {keelapi.NodeRoleRequest.$Properties} keelapi.NodeRoleRequest.$Shape
         */

        /**
         * Constructs a new NodeRoleRequest.
         * @memberof keelapi
         * @classdesc Represents a NodeRoleRequest.
         * @constructor
         * @param {keelapi.NodeRoleRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeRoleRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeRoleRequest ref.
         * @member {string} ref
         * @memberof keelapi.NodeRoleRequest
         * @instance
         */
        NodeRoleRequest.prototype.ref = "";

        /**
         * NodeRoleRequest role.
         * @member {string} role
         * @memberof keelapi.NodeRoleRequest
         * @instance
         */
        NodeRoleRequest.prototype.role = "";

        /**
         * Creates a new NodeRoleRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {keelapi.NodeRoleRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeRoleRequest} NodeRoleRequest instance
         * @type {{
         *   (properties: keelapi.NodeRoleRequest.$Shape): keelapi.NodeRoleRequest & keelapi.NodeRoleRequest.$Shape;
         *   (properties?: keelapi.NodeRoleRequest.$Properties): keelapi.NodeRoleRequest;
         * }}
         */
        NodeRoleRequest.create = function(properties) {
            return new NodeRoleRequest(properties);
        };

        /**
         * Encodes the specified NodeRoleRequest message. Does not implicitly {@link keelapi.NodeRoleRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {keelapi.NodeRoleRequest.$Properties} m NodeRoleRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeRoleRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.ref);
            if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.role);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeRoleRequest message, length delimited. Does not implicitly {@link keelapi.NodeRoleRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {keelapi.NodeRoleRequest.$Properties} message NodeRoleRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeRoleRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeRoleRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeRoleRequest & keelapi.NodeRoleRequest.$Shape} NodeRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeRoleRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeRoleRequest();
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
                            m.ref = v;
                        else
                            delete m.ref;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.role = v;
                        else
                            delete m.role;
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
         * Decodes a NodeRoleRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeRoleRequest & keelapi.NodeRoleRequest.$Shape} NodeRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeRoleRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeRoleRequest message.
         * @function verify
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeRoleRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                if (!$util.isString(m.ref))
                    return "ref: string expected";
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                if (!$util.isString(m.role))
                    return "role: string expected";
            }
            return null;
        };

        /**
         * Creates a NodeRoleRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeRoleRequest} NodeRoleRequest
         */
        NodeRoleRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeRoleRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeRoleRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeRoleRequest();
            if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                    m.ref = $String(d.ref);
                }
            }
            if (d.role != null) {
                if (typeof d.role !== "string" || d.role.length) {
                    m.role = $String(d.role);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeRoleRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {keelapi.NodeRoleRequest} m NodeRoleRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeRoleRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ref = "";
                d.role = "";
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                d.role = m.role;
            }
            return d;
        };

        /**
         * Converts this NodeRoleRequest to JSON.
         * @function toJSON
         * @memberof keelapi.NodeRoleRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeRoleRequest.prototype.toJSON = function() {
            return NodeRoleRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeRoleRequest
         * @function getTypeUrl
         * @memberof keelapi.NodeRoleRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeRoleRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeRoleRequest";
        };

        return NodeRoleRequest;
    })();

    keelapi.NodeUpdateRequest = (function() {

        /**
         * Properties of a NodeUpdateRequest.
         * @typedef {Object} keelapi.NodeUpdateRequest.$Properties
         * @property {string|null} [ref] NodeUpdateRequest ref
         * @property {string|null} [availability] NodeUpdateRequest availability
         * @property {Array.<keelapi.Label.$Properties>|null} [labelAdd] NodeUpdateRequest labelAdd
         * @property {Array.<string>|null} [labelRm] NodeUpdateRequest labelRm
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeUpdateRequest.
         * @memberof keelapi
         * @interface INodeUpdateRequest
         * @augments keelapi.NodeUpdateRequest.$Properties
         * @deprecated Use keelapi.NodeUpdateRequest.$Properties instead.
         */

        /**
         * Shape of a NodeUpdateRequest.
         * @typedef {keelapi.NodeUpdateRequest.$Properties} keelapi.NodeUpdateRequest.$Shape
         */

        /**
         * Constructs a new NodeUpdateRequest.
         * @memberof keelapi
         * @classdesc Represents a NodeUpdateRequest.
         * @constructor
         * @param {keelapi.NodeUpdateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeUpdateRequest = function (p) {
            this.labelAdd = [];
            this.labelRm = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeUpdateRequest ref.
         * @member {string} ref
         * @memberof keelapi.NodeUpdateRequest
         * @instance
         */
        NodeUpdateRequest.prototype.ref = "";

        /**
         * NodeUpdateRequest availability.
         * @member {string} availability
         * @memberof keelapi.NodeUpdateRequest
         * @instance
         */
        NodeUpdateRequest.prototype.availability = "";

        /**
         * NodeUpdateRequest labelAdd.
         * @member {Array.<keelapi.Label.$Properties>} labelAdd
         * @memberof keelapi.NodeUpdateRequest
         * @instance
         */
        NodeUpdateRequest.prototype.labelAdd = $util.emptyArray;

        /**
         * NodeUpdateRequest labelRm.
         * @member {Array.<string>} labelRm
         * @memberof keelapi.NodeUpdateRequest
         * @instance
         */
        NodeUpdateRequest.prototype.labelRm = $util.emptyArray;

        /**
         * Creates a new NodeUpdateRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {keelapi.NodeUpdateRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeUpdateRequest} NodeUpdateRequest instance
         * @type {{
         *   (properties: keelapi.NodeUpdateRequest.$Shape): keelapi.NodeUpdateRequest & keelapi.NodeUpdateRequest.$Shape;
         *   (properties?: keelapi.NodeUpdateRequest.$Properties): keelapi.NodeUpdateRequest;
         * }}
         */
        NodeUpdateRequest.create = function(properties) {
            return new NodeUpdateRequest(properties);
        };

        /**
         * Encodes the specified NodeUpdateRequest message. Does not implicitly {@link keelapi.NodeUpdateRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {keelapi.NodeUpdateRequest.$Properties} m NodeUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeUpdateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.ref);
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability") && m.availability !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.availability);
            if (m.labelAdd != null && m.labelAdd.length) {
                for (var i = 0; i < m.labelAdd.length; ++i)
                    $root.keelapi.Label.encode(m.labelAdd[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.labelRm != null && m.labelRm.length) {
                for (var i = 0; i < m.labelRm.length; ++i)
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.labelRm[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeUpdateRequest message, length delimited. Does not implicitly {@link keelapi.NodeUpdateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {keelapi.NodeUpdateRequest.$Properties} message NodeUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeUpdateRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeUpdateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeUpdateRequest & keelapi.NodeUpdateRequest.$Shape} NodeUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeUpdateRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeUpdateRequest();
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
                            m.ref = v;
                        else
                            delete m.ref;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.availability = v;
                        else
                            delete m.availability;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.labelAdd && m.labelAdd.length))
                            m.labelAdd = [];
                        m.labelAdd.push($root.keelapi.Label.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.labelRm && m.labelRm.length))
                            m.labelRm = [];
                        m.labelRm.push(r.stringVerify());
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
         * Decodes a NodeUpdateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeUpdateRequest & keelapi.NodeUpdateRequest.$Shape} NodeUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeUpdateRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeUpdateRequest message.
         * @function verify
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeUpdateRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                if (!$util.isString(m.ref))
                    return "ref: string expected";
            }
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability")) {
                if (!$util.isString(m.availability))
                    return "availability: string expected";
            }
            if (m.labelAdd != null && $Object.hasOwnProperty.call(m, "labelAdd")) {
                if (!$Array.isArray(m.labelAdd))
                    return "labelAdd: array expected";
                for (var i = 0; i < m.labelAdd.length; ++i) {
                    {
                        var e = $root.keelapi.Label.verify(m.labelAdd[i], q + 1);
                        if (e)
                            return "labelAdd." + e;
                    }
                }
            }
            if (m.labelRm != null && $Object.hasOwnProperty.call(m, "labelRm")) {
                if (!$Array.isArray(m.labelRm))
                    return "labelRm: array expected";
                for (var i = 0; i < m.labelRm.length; ++i) {
                    if (!$util.isString(m.labelRm[i]))
                        return "labelRm: string[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a NodeUpdateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeUpdateRequest} NodeUpdateRequest
         */
        NodeUpdateRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeUpdateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeUpdateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeUpdateRequest();
            if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                    m.ref = $String(d.ref);
                }
            }
            if (d.availability != null) {
                if (typeof d.availability !== "string" || d.availability.length) {
                    m.availability = $String(d.availability);
                }
            }
            if (d.labelAdd) {
                if (!$Array.isArray(d.labelAdd))
                    throw $TypeError(".keelapi.NodeUpdateRequest.labelAdd: array expected");
                m.labelAdd = $Array(d.labelAdd.length);
                for (var i = 0; i < d.labelAdd.length; ++i) {
                    if (!$util.isObject(d.labelAdd[i]))
                        throw $TypeError(".keelapi.NodeUpdateRequest.labelAdd: object expected");
                    m.labelAdd[i] = $root.keelapi.Label.fromObject(d.labelAdd[i], q + 1);
                }
            }
            if (d.labelRm) {
                if (!$Array.isArray(d.labelRm))
                    throw $TypeError(".keelapi.NodeUpdateRequest.labelRm: array expected");
                m.labelRm = $Array(d.labelRm.length);
                for (var i = 0; i < d.labelRm.length; ++i) {
                    m.labelRm[i] = $String(d.labelRm[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeUpdateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {keelapi.NodeUpdateRequest} m NodeUpdateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeUpdateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labelAdd = [];
                d.labelRm = [];
            }
            if (o.defaults) {
                d.ref = "";
                d.availability = "";
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
            }
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability")) {
                d.availability = m.availability;
            }
            if (m.labelAdd && m.labelAdd.length) {
                d.labelAdd = $Array(m.labelAdd.length);
                for (var j = 0; j < m.labelAdd.length; ++j) {
                    d.labelAdd[j] = $root.keelapi.Label.toObject(m.labelAdd[j], o, q + 1);
                }
            }
            if (m.labelRm && m.labelRm.length) {
                d.labelRm = $Array(m.labelRm.length);
                for (var j = 0; j < m.labelRm.length; ++j) {
                    d.labelRm[j] = m.labelRm[j];
                }
            }
            return d;
        };

        /**
         * Converts this NodeUpdateRequest to JSON.
         * @function toJSON
         * @memberof keelapi.NodeUpdateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeUpdateRequest.prototype.toJSON = function() {
            return NodeUpdateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeUpdateRequest
         * @function getTypeUrl
         * @memberof keelapi.NodeUpdateRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeUpdateRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeUpdateRequest";
        };

        return NodeUpdateRequest;
    })();

    keelapi.HeartbeatRequest = (function() {

        /**
         * Properties of a HeartbeatRequest.
         * @typedef {Object} keelapi.HeartbeatRequest.$Properties
         * @property {string|null} [nodeId] HeartbeatRequest nodeId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HeartbeatRequest.
         * @memberof keelapi
         * @interface IHeartbeatRequest
         * @augments keelapi.HeartbeatRequest.$Properties
         * @deprecated Use keelapi.HeartbeatRequest.$Properties instead.
         */

        /**
         * Shape of a HeartbeatRequest.
         * @typedef {keelapi.HeartbeatRequest.$Properties} keelapi.HeartbeatRequest.$Shape
         */

        /**
         * Constructs a new HeartbeatRequest.
         * @memberof keelapi
         * @classdesc Represents a HeartbeatRequest.
         * @constructor
         * @param {keelapi.HeartbeatRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HeartbeatRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * HeartbeatRequest nodeId.
         * @member {string} nodeId
         * @memberof keelapi.HeartbeatRequest
         * @instance
         */
        HeartbeatRequest.prototype.nodeId = "";

        /**
         * Creates a new HeartbeatRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {keelapi.HeartbeatRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.HeartbeatRequest} HeartbeatRequest instance
         * @type {{
         *   (properties: keelapi.HeartbeatRequest.$Shape): keelapi.HeartbeatRequest & keelapi.HeartbeatRequest.$Shape;
         *   (properties?: keelapi.HeartbeatRequest.$Properties): keelapi.HeartbeatRequest;
         * }}
         */
        HeartbeatRequest.create = function(properties) {
            return new HeartbeatRequest(properties);
        };

        /**
         * Encodes the specified HeartbeatRequest message. Does not implicitly {@link keelapi.HeartbeatRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {keelapi.HeartbeatRequest.$Properties} m HeartbeatRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified HeartbeatRequest message, length delimited. Does not implicitly {@link keelapi.HeartbeatRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {keelapi.HeartbeatRequest.$Properties} message HeartbeatRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HeartbeatRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.HeartbeatRequest & keelapi.HeartbeatRequest.$Shape} HeartbeatRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.HeartbeatRequest();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
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
         * Decodes a HeartbeatRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.HeartbeatRequest & keelapi.HeartbeatRequest.$Shape} HeartbeatRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HeartbeatRequest message.
         * @function verify
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HeartbeatRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            return null;
        };

        /**
         * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.HeartbeatRequest} HeartbeatRequest
         */
        HeartbeatRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.HeartbeatRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.HeartbeatRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.HeartbeatRequest();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {keelapi.HeartbeatRequest} m HeartbeatRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HeartbeatRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.nodeId = "";
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            return d;
        };

        /**
         * Converts this HeartbeatRequest to JSON.
         * @function toJSON
         * @memberof keelapi.HeartbeatRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HeartbeatRequest.prototype.toJSON = function() {
            return HeartbeatRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HeartbeatRequest
         * @function getTypeUrl
         * @memberof keelapi.HeartbeatRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HeartbeatRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.HeartbeatRequest";
        };

        return HeartbeatRequest;
    })();

    keelapi.HeartbeatResponse = (function() {

        /**
         * Properties of a HeartbeatResponse.
         * @typedef {Object} keelapi.HeartbeatResponse.$Properties
         * @property {number|null} [periodMs] HeartbeatResponse periodMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HeartbeatResponse.
         * @memberof keelapi
         * @interface IHeartbeatResponse
         * @augments keelapi.HeartbeatResponse.$Properties
         * @deprecated Use keelapi.HeartbeatResponse.$Properties instead.
         */

        /**
         * Shape of a HeartbeatResponse.
         * @typedef {keelapi.HeartbeatResponse.$Properties} keelapi.HeartbeatResponse.$Shape
         */

        /**
         * Constructs a new HeartbeatResponse.
         * @memberof keelapi
         * @classdesc Represents a HeartbeatResponse.
         * @constructor
         * @param {keelapi.HeartbeatResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HeartbeatResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * HeartbeatResponse periodMs.
         * @member {number} periodMs
         * @memberof keelapi.HeartbeatResponse
         * @instance
         */
        HeartbeatResponse.prototype.periodMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new HeartbeatResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {keelapi.HeartbeatResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.HeartbeatResponse} HeartbeatResponse instance
         * @type {{
         *   (properties: keelapi.HeartbeatResponse.$Shape): keelapi.HeartbeatResponse & keelapi.HeartbeatResponse.$Shape;
         *   (properties?: keelapi.HeartbeatResponse.$Properties): keelapi.HeartbeatResponse;
         * }}
         */
        HeartbeatResponse.create = function(properties) {
            return new HeartbeatResponse(properties);
        };

        /**
         * Encodes the specified HeartbeatResponse message. Does not implicitly {@link keelapi.HeartbeatResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {keelapi.HeartbeatResponse.$Properties} m HeartbeatResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.periodMs != null && $Object.hasOwnProperty.call(m, "periodMs") && (typeof m.periodMs === "object" ? m.periodMs.low || m.periodMs.high : m.periodMs !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.periodMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified HeartbeatResponse message, length delimited. Does not implicitly {@link keelapi.HeartbeatResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {keelapi.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HeartbeatResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.HeartbeatResponse & keelapi.HeartbeatResponse.$Shape} HeartbeatResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.HeartbeatResponse();
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
                            m.periodMs = v;
                        else
                            delete m.periodMs;
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
         * Decodes a HeartbeatResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.HeartbeatResponse & keelapi.HeartbeatResponse.$Shape} HeartbeatResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HeartbeatResponse message.
         * @function verify
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HeartbeatResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.periodMs != null && $Object.hasOwnProperty.call(m, "periodMs")) {
                if (!$util.isInteger(m.periodMs) && !(m.periodMs && $util.isInteger(m.periodMs.low) && $util.isInteger(m.periodMs.high)))
                    return "periodMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.HeartbeatResponse} HeartbeatResponse
         */
        HeartbeatResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.HeartbeatResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.HeartbeatResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.HeartbeatResponse();
            if (d.periodMs != null) {
                if (typeof d.periodMs === "object" ? d.periodMs.low || d.periodMs.high : $Number(d.periodMs) !== 0) {
                    if ($util.Long)
                        m.periodMs = $util.Long.fromValue(d.periodMs, true);
                    else if (typeof d.periodMs === "string")
                        m.periodMs = $parseInt(d.periodMs, 10);
                    else if (typeof d.periodMs === "number")
                        m.periodMs = d.periodMs;
                    else if (typeof d.periodMs === "object")
                        m.periodMs = new $util.LongBits(d.periodMs.low >>> 0, d.periodMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {keelapi.HeartbeatResponse} m HeartbeatResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HeartbeatResponse.toObject = function (m, o, q) {
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
                    d.periodMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.periodMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.periodMs != null && $Object.hasOwnProperty.call(m, "periodMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.periodMs = typeof m.periodMs === "number" ? $BigInt(m.periodMs) : $util.Long.fromBits(m.periodMs.low >>> 0, m.periodMs.high >>> 0, true).toBigInt();
                else if (typeof m.periodMs === "number")
                    d.periodMs = o.longs === $String ? $String(m.periodMs) : m.periodMs;
                else
                    d.periodMs = o.longs === $String ? $util.Long.prototype.toString.call(m.periodMs) : o.longs === $Number ? new $util.LongBits(m.periodMs.low >>> 0, m.periodMs.high >>> 0).toNumber(true) : m.periodMs;
            }
            return d;
        };

        /**
         * Converts this HeartbeatResponse to JSON.
         * @function toJSON
         * @memberof keelapi.HeartbeatResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HeartbeatResponse.prototype.toJSON = function() {
            return HeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HeartbeatResponse
         * @function getTypeUrl
         * @memberof keelapi.HeartbeatResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HeartbeatResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.HeartbeatResponse";
        };

        return HeartbeatResponse;
    })();

    keelapi.ClusterView = (function() {

        /**
         * Properties of a ClusterView.
         * @typedef {Object} keelapi.ClusterView.$Properties
         * @property {string|null} [id] ClusterView id
         * @property {string|null} [name] ClusterView name
         * @property {boolean|null} [autolock] ClusterView autolock
         * @property {keelapi.ObjectMeta.$Properties|null} [meta] ClusterView meta
         * @property {string|null} [rootCaDigest] ClusterView rootCaDigest
         * @property {number|null} [rootCaNotAfterMs] ClusterView rootCaNotAfterMs
         * @property {number|null} [networkKeyLamportClock] ClusterView networkKeyLamportClock
         * @property {keelapi.ClusterSettings.$Properties|null} [settings] ClusterView settings
         * @property {Array.<string>|null} [pendingRestart] ClusterView pendingRestart
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClusterView.
         * @memberof keelapi
         * @interface IClusterView
         * @augments keelapi.ClusterView.$Properties
         * @deprecated Use keelapi.ClusterView.$Properties instead.
         */

        /**
         * Shape of a ClusterView.
         * @typedef {keelapi.ClusterView.$Properties} keelapi.ClusterView.$Shape
         */

        /**
         * Constructs a new ClusterView.
         * @memberof keelapi
         * @classdesc Represents a ClusterView.
         * @constructor
         * @param {keelapi.ClusterView.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClusterView = function (p) {
            this.pendingRestart = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClusterView id.
         * @member {string} id
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.id = "";

        /**
         * ClusterView name.
         * @member {string} name
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.name = "";

        /**
         * ClusterView autolock.
         * @member {boolean} autolock
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.autolock = false;

        /**
         * ClusterView meta.
         * @member {keelapi.ObjectMeta.$Properties|null|undefined} meta
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.meta = null;

        /**
         * ClusterView rootCaDigest.
         * @member {string} rootCaDigest
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.rootCaDigest = "";

        /**
         * ClusterView rootCaNotAfterMs.
         * @member {number} rootCaNotAfterMs
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.rootCaNotAfterMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterView networkKeyLamportClock.
         * @member {number} networkKeyLamportClock
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.networkKeyLamportClock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterView settings.
         * @member {keelapi.ClusterSettings.$Properties|null|undefined} settings
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.settings = null;

        /**
         * ClusterView pendingRestart.
         * @member {Array.<string>} pendingRestart
         * @memberof keelapi.ClusterView
         * @instance
         */
        ClusterView.prototype.pendingRestart = $util.emptyArray;

        /**
         * Creates a new ClusterView instance using the specified properties.
         * @function create
         * @memberof keelapi.ClusterView
         * @static
         * @param {keelapi.ClusterView.$Properties=} [properties] Properties to set
         * @returns {keelapi.ClusterView} ClusterView instance
         * @type {{
         *   (properties: keelapi.ClusterView.$Shape): keelapi.ClusterView & keelapi.ClusterView.$Shape;
         *   (properties?: keelapi.ClusterView.$Properties): keelapi.ClusterView;
         * }}
         */
        ClusterView.create = function(properties) {
            return new ClusterView(properties);
        };

        /**
         * Encodes the specified ClusterView message. Does not implicitly {@link keelapi.ClusterView.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ClusterView
         * @static
         * @param {keelapi.ClusterView.$Properties} m ClusterView message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterView.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock") && m.autolock !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.autolock);
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta"))
                $root.keelapi.ObjectMeta.encode(m.meta, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.rootCaDigest != null && $Object.hasOwnProperty.call(m, "rootCaDigest") && m.rootCaDigest !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.rootCaDigest);
            if (m.rootCaNotAfterMs != null && $Object.hasOwnProperty.call(m, "rootCaNotAfterMs") && (typeof m.rootCaNotAfterMs === "object" ? m.rootCaNotAfterMs.low || m.rootCaNotAfterMs.high : m.rootCaNotAfterMs !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.rootCaNotAfterMs);
            if (m.networkKeyLamportClock != null && $Object.hasOwnProperty.call(m, "networkKeyLamportClock") && (typeof m.networkKeyLamportClock === "object" ? m.networkKeyLamportClock.low || m.networkKeyLamportClock.high : m.networkKeyLamportClock !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.networkKeyLamportClock);
            if (m.settings != null && $Object.hasOwnProperty.call(m, "settings"))
                $root.keelapi.ClusterSettings.encode(m.settings, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.pendingRestart != null && m.pendingRestart.length) {
                for (var i = 0; i < m.pendingRestart.length; ++i)
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.pendingRestart[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ClusterView message, length delimited. Does not implicitly {@link keelapi.ClusterView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ClusterView
         * @static
         * @param {keelapi.ClusterView.$Properties} message ClusterView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClusterView message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ClusterView
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ClusterView & keelapi.ClusterView.$Shape} ClusterView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterView.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ClusterView();
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
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.autolock = v;
                        else
                            delete m.autolock;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.meta = $root.keelapi.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.meta);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.rootCaDigest = v;
                        else
                            delete m.rootCaDigest;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rootCaNotAfterMs = v;
                        else
                            delete m.rootCaNotAfterMs;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.networkKeyLamportClock = v;
                        else
                            delete m.networkKeyLamportClock;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.settings = $root.keelapi.ClusterSettings.decode(r, r.size(), $undefined, q + 1, m.settings);
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if (!(m.pendingRestart && m.pendingRestart.length))
                            m.pendingRestart = [];
                        m.pendingRestart.push(r.stringVerify());
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
         * Decodes a ClusterView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ClusterView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ClusterView & keelapi.ClusterView.$Shape} ClusterView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClusterView message.
         * @function verify
         * @memberof keelapi.ClusterView
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClusterView.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isString(m.id))
                    return "id: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock")) {
                if (typeof m.autolock !== "boolean")
                    return "autolock: boolean expected";
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                {
                    var e = $root.keelapi.ObjectMeta.verify(m.meta, q + 1);
                    if (e)
                        return "meta." + e;
                }
            }
            if (m.rootCaDigest != null && $Object.hasOwnProperty.call(m, "rootCaDigest")) {
                if (!$util.isString(m.rootCaDigest))
                    return "rootCaDigest: string expected";
            }
            if (m.rootCaNotAfterMs != null && $Object.hasOwnProperty.call(m, "rootCaNotAfterMs")) {
                if (!$util.isInteger(m.rootCaNotAfterMs) && !(m.rootCaNotAfterMs && $util.isInteger(m.rootCaNotAfterMs.low) && $util.isInteger(m.rootCaNotAfterMs.high)))
                    return "rootCaNotAfterMs: integer|Long expected";
            }
            if (m.networkKeyLamportClock != null && $Object.hasOwnProperty.call(m, "networkKeyLamportClock")) {
                if (!$util.isInteger(m.networkKeyLamportClock) && !(m.networkKeyLamportClock && $util.isInteger(m.networkKeyLamportClock.low) && $util.isInteger(m.networkKeyLamportClock.high)))
                    return "networkKeyLamportClock: integer|Long expected";
            }
            if (m.settings != null && $Object.hasOwnProperty.call(m, "settings")) {
                {
                    var e = $root.keelapi.ClusterSettings.verify(m.settings, q + 1);
                    if (e)
                        return "settings." + e;
                }
            }
            if (m.pendingRestart != null && $Object.hasOwnProperty.call(m, "pendingRestart")) {
                if (!$Array.isArray(m.pendingRestart))
                    return "pendingRestart: array expected";
                for (var i = 0; i < m.pendingRestart.length; ++i) {
                    if (!$util.isString(m.pendingRestart[i]))
                        return "pendingRestart: string[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a ClusterView message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ClusterView
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ClusterView} ClusterView
         */
        ClusterView.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ClusterView)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ClusterView: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ClusterView();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.autolock != null) {
                if (d.autolock) {
                    m.autolock = $Boolean(d.autolock);
                }
            }
            if (d.meta != null) {
                if (!$util.isObject(d.meta))
                    throw $TypeError(".keelapi.ClusterView.meta: object expected");
                m.meta = $root.keelapi.ObjectMeta.fromObject(d.meta, q + 1);
            }
            if (d.rootCaDigest != null) {
                if (typeof d.rootCaDigest !== "string" || d.rootCaDigest.length) {
                    m.rootCaDigest = $String(d.rootCaDigest);
                }
            }
            if (d.rootCaNotAfterMs != null) {
                if (typeof d.rootCaNotAfterMs === "object" ? d.rootCaNotAfterMs.low || d.rootCaNotAfterMs.high : $Number(d.rootCaNotAfterMs) !== 0) {
                    if ($util.Long)
                        m.rootCaNotAfterMs = $util.Long.fromValue(d.rootCaNotAfterMs, true);
                    else if (typeof d.rootCaNotAfterMs === "string")
                        m.rootCaNotAfterMs = $parseInt(d.rootCaNotAfterMs, 10);
                    else if (typeof d.rootCaNotAfterMs === "number")
                        m.rootCaNotAfterMs = d.rootCaNotAfterMs;
                    else if (typeof d.rootCaNotAfterMs === "object")
                        m.rootCaNotAfterMs = new $util.LongBits(d.rootCaNotAfterMs.low >>> 0, d.rootCaNotAfterMs.high >>> 0).toNumber(true);
                }
            }
            if (d.networkKeyLamportClock != null) {
                if (typeof d.networkKeyLamportClock === "object" ? d.networkKeyLamportClock.low || d.networkKeyLamportClock.high : $Number(d.networkKeyLamportClock) !== 0) {
                    if ($util.Long)
                        m.networkKeyLamportClock = $util.Long.fromValue(d.networkKeyLamportClock, true);
                    else if (typeof d.networkKeyLamportClock === "string")
                        m.networkKeyLamportClock = $parseInt(d.networkKeyLamportClock, 10);
                    else if (typeof d.networkKeyLamportClock === "number")
                        m.networkKeyLamportClock = d.networkKeyLamportClock;
                    else if (typeof d.networkKeyLamportClock === "object")
                        m.networkKeyLamportClock = new $util.LongBits(d.networkKeyLamportClock.low >>> 0, d.networkKeyLamportClock.high >>> 0).toNumber(true);
                }
            }
            if (d.settings != null) {
                if (!$util.isObject(d.settings))
                    throw $TypeError(".keelapi.ClusterView.settings: object expected");
                m.settings = $root.keelapi.ClusterSettings.fromObject(d.settings, q + 1);
            }
            if (d.pendingRestart) {
                if (!$Array.isArray(d.pendingRestart))
                    throw $TypeError(".keelapi.ClusterView.pendingRestart: array expected");
                m.pendingRestart = $Array(d.pendingRestart.length);
                for (var i = 0; i < d.pendingRestart.length; ++i) {
                    m.pendingRestart[i] = $String(d.pendingRestart[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ClusterView message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ClusterView
         * @static
         * @param {keelapi.ClusterView} m ClusterView
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClusterView.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.pendingRestart = [];
            }
            if (o.defaults) {
                d.id = "";
                d.name = "";
                d.autolock = false;
                d.meta = null;
                d.rootCaDigest = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.rootCaNotAfterMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.rootCaNotAfterMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.networkKeyLamportClock = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.networkKeyLamportClock = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.settings = null;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock")) {
                d.autolock = m.autolock;
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                d.meta = $root.keelapi.ObjectMeta.toObject(m.meta, o, q + 1);
            }
            if (m.rootCaDigest != null && $Object.hasOwnProperty.call(m, "rootCaDigest")) {
                d.rootCaDigest = m.rootCaDigest;
            }
            if (m.rootCaNotAfterMs != null && $Object.hasOwnProperty.call(m, "rootCaNotAfterMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.rootCaNotAfterMs = typeof m.rootCaNotAfterMs === "number" ? $BigInt(m.rootCaNotAfterMs) : $util.Long.fromBits(m.rootCaNotAfterMs.low >>> 0, m.rootCaNotAfterMs.high >>> 0, true).toBigInt();
                else if (typeof m.rootCaNotAfterMs === "number")
                    d.rootCaNotAfterMs = o.longs === $String ? $String(m.rootCaNotAfterMs) : m.rootCaNotAfterMs;
                else
                    d.rootCaNotAfterMs = o.longs === $String ? $util.Long.prototype.toString.call(m.rootCaNotAfterMs) : o.longs === $Number ? new $util.LongBits(m.rootCaNotAfterMs.low >>> 0, m.rootCaNotAfterMs.high >>> 0).toNumber(true) : m.rootCaNotAfterMs;
            }
            if (m.networkKeyLamportClock != null && $Object.hasOwnProperty.call(m, "networkKeyLamportClock")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.networkKeyLamportClock = typeof m.networkKeyLamportClock === "number" ? $BigInt(m.networkKeyLamportClock) : $util.Long.fromBits(m.networkKeyLamportClock.low >>> 0, m.networkKeyLamportClock.high >>> 0, true).toBigInt();
                else if (typeof m.networkKeyLamportClock === "number")
                    d.networkKeyLamportClock = o.longs === $String ? $String(m.networkKeyLamportClock) : m.networkKeyLamportClock;
                else
                    d.networkKeyLamportClock = o.longs === $String ? $util.Long.prototype.toString.call(m.networkKeyLamportClock) : o.longs === $Number ? new $util.LongBits(m.networkKeyLamportClock.low >>> 0, m.networkKeyLamportClock.high >>> 0).toNumber(true) : m.networkKeyLamportClock;
            }
            if (m.settings != null && $Object.hasOwnProperty.call(m, "settings")) {
                d.settings = $root.keelapi.ClusterSettings.toObject(m.settings, o, q + 1);
            }
            if (m.pendingRestart && m.pendingRestart.length) {
                d.pendingRestart = $Array(m.pendingRestart.length);
                for (var j = 0; j < m.pendingRestart.length; ++j) {
                    d.pendingRestart[j] = m.pendingRestart[j];
                }
            }
            return d;
        };

        /**
         * Converts this ClusterView to JSON.
         * @function toJSON
         * @memberof keelapi.ClusterView
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClusterView.prototype.toJSON = function() {
            return ClusterView.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClusterView
         * @function getTypeUrl
         * @memberof keelapi.ClusterView
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClusterView.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ClusterView";
        };

        return ClusterView;
    })();

    keelapi.ClusterSettings = (function() {

        /**
         * Properties of a ClusterSettings.
         * @typedef {Object} keelapi.ClusterSettings.$Properties
         * @property {number|null} [certExpiryMs] ClusterSettings certExpiryMs
         * @property {number|null} [snapshotInterval] ClusterSettings snapshotInterval
         * @property {number|null} [keepOldSnapshots] ClusterSettings keepOldSnapshots
         * @property {number|null} [logEntriesForSlowFollowers] ClusterSettings logEntriesForSlowFollowers
         * @property {number|null} [heartbeatTick] ClusterSettings heartbeatTick
         * @property {number|null} [electionTick] ClusterSettings electionTick
         * @property {number|null} [networkKeyRotationMs] ClusterSettings networkKeyRotationMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClusterSettings.
         * @memberof keelapi
         * @interface IClusterSettings
         * @augments keelapi.ClusterSettings.$Properties
         * @deprecated Use keelapi.ClusterSettings.$Properties instead.
         */

        /**
         * Shape of a ClusterSettings.
         * @typedef {keelapi.ClusterSettings.$Properties} keelapi.ClusterSettings.$Shape
         */

        /**
         * Constructs a new ClusterSettings.
         * @memberof keelapi
         * @classdesc Represents a ClusterSettings.
         * @constructor
         * @param {keelapi.ClusterSettings.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClusterSettings = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClusterSettings certExpiryMs.
         * @member {number} certExpiryMs
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.certExpiryMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterSettings snapshotInterval.
         * @member {number} snapshotInterval
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.snapshotInterval = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterSettings keepOldSnapshots.
         * @member {number} keepOldSnapshots
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.keepOldSnapshots = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterSettings logEntriesForSlowFollowers.
         * @member {number} logEntriesForSlowFollowers
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.logEntriesForSlowFollowers = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterSettings heartbeatTick.
         * @member {number} heartbeatTick
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.heartbeatTick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterSettings electionTick.
         * @member {number} electionTick
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.electionTick = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterSettings networkKeyRotationMs.
         * @member {number} networkKeyRotationMs
         * @memberof keelapi.ClusterSettings
         * @instance
         */
        ClusterSettings.prototype.networkKeyRotationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ClusterSettings instance using the specified properties.
         * @function create
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {keelapi.ClusterSettings.$Properties=} [properties] Properties to set
         * @returns {keelapi.ClusterSettings} ClusterSettings instance
         * @type {{
         *   (properties: keelapi.ClusterSettings.$Shape): keelapi.ClusterSettings & keelapi.ClusterSettings.$Shape;
         *   (properties?: keelapi.ClusterSettings.$Properties): keelapi.ClusterSettings;
         * }}
         */
        ClusterSettings.create = function(properties) {
            return new ClusterSettings(properties);
        };

        /**
         * Encodes the specified ClusterSettings message. Does not implicitly {@link keelapi.ClusterSettings.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {keelapi.ClusterSettings.$Properties} m ClusterSettings message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterSettings.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.certExpiryMs != null && $Object.hasOwnProperty.call(m, "certExpiryMs") && (typeof m.certExpiryMs === "object" ? m.certExpiryMs.low || m.certExpiryMs.high : m.certExpiryMs !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.certExpiryMs);
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval") && (typeof m.snapshotInterval === "object" ? m.snapshotInterval.low || m.snapshotInterval.high : m.snapshotInterval !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.snapshotInterval);
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots") && (typeof m.keepOldSnapshots === "object" ? m.keepOldSnapshots.low || m.keepOldSnapshots.high : m.keepOldSnapshots !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.keepOldSnapshots);
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers") && (typeof m.logEntriesForSlowFollowers === "object" ? m.logEntriesForSlowFollowers.low || m.logEntriesForSlowFollowers.high : m.logEntriesForSlowFollowers !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.logEntriesForSlowFollowers);
            if (m.heartbeatTick != null && $Object.hasOwnProperty.call(m, "heartbeatTick") && (typeof m.heartbeatTick === "object" ? m.heartbeatTick.low || m.heartbeatTick.high : m.heartbeatTick !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.heartbeatTick);
            if (m.electionTick != null && $Object.hasOwnProperty.call(m, "electionTick") && (typeof m.electionTick === "object" ? m.electionTick.low || m.electionTick.high : m.electionTick !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.electionTick);
            if (m.networkKeyRotationMs != null && $Object.hasOwnProperty.call(m, "networkKeyRotationMs") && (typeof m.networkKeyRotationMs === "object" ? m.networkKeyRotationMs.low || m.networkKeyRotationMs.high : m.networkKeyRotationMs !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.networkKeyRotationMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ClusterSettings message, length delimited. Does not implicitly {@link keelapi.ClusterSettings.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {keelapi.ClusterSettings.$Properties} message ClusterSettings message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterSettings.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClusterSettings message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ClusterSettings & keelapi.ClusterSettings.$Shape} ClusterSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterSettings.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ClusterSettings();
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
                            m.certExpiryMs = v;
                        else
                            delete m.certExpiryMs;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.snapshotInterval = v;
                        else
                            delete m.snapshotInterval;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.keepOldSnapshots = v;
                        else
                            delete m.keepOldSnapshots;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.logEntriesForSlowFollowers = v;
                        else
                            delete m.logEntriesForSlowFollowers;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.heartbeatTick = v;
                        else
                            delete m.heartbeatTick;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.electionTick = v;
                        else
                            delete m.electionTick;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.networkKeyRotationMs = v;
                        else
                            delete m.networkKeyRotationMs;
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
         * Decodes a ClusterSettings message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ClusterSettings & keelapi.ClusterSettings.$Shape} ClusterSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterSettings.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClusterSettings message.
         * @function verify
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClusterSettings.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.certExpiryMs != null && $Object.hasOwnProperty.call(m, "certExpiryMs")) {
                if (!$util.isInteger(m.certExpiryMs) && !(m.certExpiryMs && $util.isInteger(m.certExpiryMs.low) && $util.isInteger(m.certExpiryMs.high)))
                    return "certExpiryMs: integer|Long expected";
            }
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval")) {
                if (!$util.isInteger(m.snapshotInterval) && !(m.snapshotInterval && $util.isInteger(m.snapshotInterval.low) && $util.isInteger(m.snapshotInterval.high)))
                    return "snapshotInterval: integer|Long expected";
            }
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots")) {
                if (!$util.isInteger(m.keepOldSnapshots) && !(m.keepOldSnapshots && $util.isInteger(m.keepOldSnapshots.low) && $util.isInteger(m.keepOldSnapshots.high)))
                    return "keepOldSnapshots: integer|Long expected";
            }
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers")) {
                if (!$util.isInteger(m.logEntriesForSlowFollowers) && !(m.logEntriesForSlowFollowers && $util.isInteger(m.logEntriesForSlowFollowers.low) && $util.isInteger(m.logEntriesForSlowFollowers.high)))
                    return "logEntriesForSlowFollowers: integer|Long expected";
            }
            if (m.heartbeatTick != null && $Object.hasOwnProperty.call(m, "heartbeatTick")) {
                if (!$util.isInteger(m.heartbeatTick) && !(m.heartbeatTick && $util.isInteger(m.heartbeatTick.low) && $util.isInteger(m.heartbeatTick.high)))
                    return "heartbeatTick: integer|Long expected";
            }
            if (m.electionTick != null && $Object.hasOwnProperty.call(m, "electionTick")) {
                if (!$util.isInteger(m.electionTick) && !(m.electionTick && $util.isInteger(m.electionTick.low) && $util.isInteger(m.electionTick.high)))
                    return "electionTick: integer|Long expected";
            }
            if (m.networkKeyRotationMs != null && $Object.hasOwnProperty.call(m, "networkKeyRotationMs")) {
                if (!$util.isInteger(m.networkKeyRotationMs) && !(m.networkKeyRotationMs && $util.isInteger(m.networkKeyRotationMs.low) && $util.isInteger(m.networkKeyRotationMs.high)))
                    return "networkKeyRotationMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a ClusterSettings message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ClusterSettings} ClusterSettings
         */
        ClusterSettings.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ClusterSettings)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ClusterSettings: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ClusterSettings();
            if (d.certExpiryMs != null) {
                if (typeof d.certExpiryMs === "object" ? d.certExpiryMs.low || d.certExpiryMs.high : $Number(d.certExpiryMs) !== 0) {
                    if ($util.Long)
                        m.certExpiryMs = $util.Long.fromValue(d.certExpiryMs, true);
                    else if (typeof d.certExpiryMs === "string")
                        m.certExpiryMs = $parseInt(d.certExpiryMs, 10);
                    else if (typeof d.certExpiryMs === "number")
                        m.certExpiryMs = d.certExpiryMs;
                    else if (typeof d.certExpiryMs === "object")
                        m.certExpiryMs = new $util.LongBits(d.certExpiryMs.low >>> 0, d.certExpiryMs.high >>> 0).toNumber(true);
                }
            }
            if (d.snapshotInterval != null) {
                if (typeof d.snapshotInterval === "object" ? d.snapshotInterval.low || d.snapshotInterval.high : $Number(d.snapshotInterval) !== 0) {
                    if ($util.Long)
                        m.snapshotInterval = $util.Long.fromValue(d.snapshotInterval, true);
                    else if (typeof d.snapshotInterval === "string")
                        m.snapshotInterval = $parseInt(d.snapshotInterval, 10);
                    else if (typeof d.snapshotInterval === "number")
                        m.snapshotInterval = d.snapshotInterval;
                    else if (typeof d.snapshotInterval === "object")
                        m.snapshotInterval = new $util.LongBits(d.snapshotInterval.low >>> 0, d.snapshotInterval.high >>> 0).toNumber(true);
                }
            }
            if (d.keepOldSnapshots != null) {
                if (typeof d.keepOldSnapshots === "object" ? d.keepOldSnapshots.low || d.keepOldSnapshots.high : $Number(d.keepOldSnapshots) !== 0) {
                    if ($util.Long)
                        m.keepOldSnapshots = $util.Long.fromValue(d.keepOldSnapshots, true);
                    else if (typeof d.keepOldSnapshots === "string")
                        m.keepOldSnapshots = $parseInt(d.keepOldSnapshots, 10);
                    else if (typeof d.keepOldSnapshots === "number")
                        m.keepOldSnapshots = d.keepOldSnapshots;
                    else if (typeof d.keepOldSnapshots === "object")
                        m.keepOldSnapshots = new $util.LongBits(d.keepOldSnapshots.low >>> 0, d.keepOldSnapshots.high >>> 0).toNumber(true);
                }
            }
            if (d.logEntriesForSlowFollowers != null) {
                if (typeof d.logEntriesForSlowFollowers === "object" ? d.logEntriesForSlowFollowers.low || d.logEntriesForSlowFollowers.high : $Number(d.logEntriesForSlowFollowers) !== 0) {
                    if ($util.Long)
                        m.logEntriesForSlowFollowers = $util.Long.fromValue(d.logEntriesForSlowFollowers, true);
                    else if (typeof d.logEntriesForSlowFollowers === "string")
                        m.logEntriesForSlowFollowers = $parseInt(d.logEntriesForSlowFollowers, 10);
                    else if (typeof d.logEntriesForSlowFollowers === "number")
                        m.logEntriesForSlowFollowers = d.logEntriesForSlowFollowers;
                    else if (typeof d.logEntriesForSlowFollowers === "object")
                        m.logEntriesForSlowFollowers = new $util.LongBits(d.logEntriesForSlowFollowers.low >>> 0, d.logEntriesForSlowFollowers.high >>> 0).toNumber(true);
                }
            }
            if (d.heartbeatTick != null) {
                if (typeof d.heartbeatTick === "object" ? d.heartbeatTick.low || d.heartbeatTick.high : $Number(d.heartbeatTick) !== 0) {
                    if ($util.Long)
                        m.heartbeatTick = $util.Long.fromValue(d.heartbeatTick, true);
                    else if (typeof d.heartbeatTick === "string")
                        m.heartbeatTick = $parseInt(d.heartbeatTick, 10);
                    else if (typeof d.heartbeatTick === "number")
                        m.heartbeatTick = d.heartbeatTick;
                    else if (typeof d.heartbeatTick === "object")
                        m.heartbeatTick = new $util.LongBits(d.heartbeatTick.low >>> 0, d.heartbeatTick.high >>> 0).toNumber(true);
                }
            }
            if (d.electionTick != null) {
                if (typeof d.electionTick === "object" ? d.electionTick.low || d.electionTick.high : $Number(d.electionTick) !== 0) {
                    if ($util.Long)
                        m.electionTick = $util.Long.fromValue(d.electionTick, true);
                    else if (typeof d.electionTick === "string")
                        m.electionTick = $parseInt(d.electionTick, 10);
                    else if (typeof d.electionTick === "number")
                        m.electionTick = d.electionTick;
                    else if (typeof d.electionTick === "object")
                        m.electionTick = new $util.LongBits(d.electionTick.low >>> 0, d.electionTick.high >>> 0).toNumber(true);
                }
            }
            if (d.networkKeyRotationMs != null) {
                if (typeof d.networkKeyRotationMs === "object" ? d.networkKeyRotationMs.low || d.networkKeyRotationMs.high : $Number(d.networkKeyRotationMs) !== 0) {
                    if ($util.Long)
                        m.networkKeyRotationMs = $util.Long.fromValue(d.networkKeyRotationMs, true);
                    else if (typeof d.networkKeyRotationMs === "string")
                        m.networkKeyRotationMs = $parseInt(d.networkKeyRotationMs, 10);
                    else if (typeof d.networkKeyRotationMs === "number")
                        m.networkKeyRotationMs = d.networkKeyRotationMs;
                    else if (typeof d.networkKeyRotationMs === "object")
                        m.networkKeyRotationMs = new $util.LongBits(d.networkKeyRotationMs.low >>> 0, d.networkKeyRotationMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ClusterSettings message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {keelapi.ClusterSettings} m ClusterSettings
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClusterSettings.toObject = function (m, o, q) {
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
                    d.certExpiryMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.certExpiryMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.snapshotInterval = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.snapshotInterval = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.keepOldSnapshots = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.keepOldSnapshots = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.logEntriesForSlowFollowers = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.logEntriesForSlowFollowers = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.heartbeatTick = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.heartbeatTick = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.electionTick = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.electionTick = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.networkKeyRotationMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.networkKeyRotationMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.certExpiryMs != null && $Object.hasOwnProperty.call(m, "certExpiryMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.certExpiryMs = typeof m.certExpiryMs === "number" ? $BigInt(m.certExpiryMs) : $util.Long.fromBits(m.certExpiryMs.low >>> 0, m.certExpiryMs.high >>> 0, true).toBigInt();
                else if (typeof m.certExpiryMs === "number")
                    d.certExpiryMs = o.longs === $String ? $String(m.certExpiryMs) : m.certExpiryMs;
                else
                    d.certExpiryMs = o.longs === $String ? $util.Long.prototype.toString.call(m.certExpiryMs) : o.longs === $Number ? new $util.LongBits(m.certExpiryMs.low >>> 0, m.certExpiryMs.high >>> 0).toNumber(true) : m.certExpiryMs;
            }
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.snapshotInterval = typeof m.snapshotInterval === "number" ? $BigInt(m.snapshotInterval) : $util.Long.fromBits(m.snapshotInterval.low >>> 0, m.snapshotInterval.high >>> 0, true).toBigInt();
                else if (typeof m.snapshotInterval === "number")
                    d.snapshotInterval = o.longs === $String ? $String(m.snapshotInterval) : m.snapshotInterval;
                else
                    d.snapshotInterval = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotInterval) : o.longs === $Number ? new $util.LongBits(m.snapshotInterval.low >>> 0, m.snapshotInterval.high >>> 0).toNumber(true) : m.snapshotInterval;
            }
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.keepOldSnapshots = typeof m.keepOldSnapshots === "number" ? $BigInt(m.keepOldSnapshots) : $util.Long.fromBits(m.keepOldSnapshots.low >>> 0, m.keepOldSnapshots.high >>> 0, true).toBigInt();
                else if (typeof m.keepOldSnapshots === "number")
                    d.keepOldSnapshots = o.longs === $String ? $String(m.keepOldSnapshots) : m.keepOldSnapshots;
                else
                    d.keepOldSnapshots = o.longs === $String ? $util.Long.prototype.toString.call(m.keepOldSnapshots) : o.longs === $Number ? new $util.LongBits(m.keepOldSnapshots.low >>> 0, m.keepOldSnapshots.high >>> 0).toNumber(true) : m.keepOldSnapshots;
            }
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.logEntriesForSlowFollowers = typeof m.logEntriesForSlowFollowers === "number" ? $BigInt(m.logEntriesForSlowFollowers) : $util.Long.fromBits(m.logEntriesForSlowFollowers.low >>> 0, m.logEntriesForSlowFollowers.high >>> 0, true).toBigInt();
                else if (typeof m.logEntriesForSlowFollowers === "number")
                    d.logEntriesForSlowFollowers = o.longs === $String ? $String(m.logEntriesForSlowFollowers) : m.logEntriesForSlowFollowers;
                else
                    d.logEntriesForSlowFollowers = o.longs === $String ? $util.Long.prototype.toString.call(m.logEntriesForSlowFollowers) : o.longs === $Number ? new $util.LongBits(m.logEntriesForSlowFollowers.low >>> 0, m.logEntriesForSlowFollowers.high >>> 0).toNumber(true) : m.logEntriesForSlowFollowers;
            }
            if (m.heartbeatTick != null && $Object.hasOwnProperty.call(m, "heartbeatTick")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.heartbeatTick = typeof m.heartbeatTick === "number" ? $BigInt(m.heartbeatTick) : $util.Long.fromBits(m.heartbeatTick.low >>> 0, m.heartbeatTick.high >>> 0, true).toBigInt();
                else if (typeof m.heartbeatTick === "number")
                    d.heartbeatTick = o.longs === $String ? $String(m.heartbeatTick) : m.heartbeatTick;
                else
                    d.heartbeatTick = o.longs === $String ? $util.Long.prototype.toString.call(m.heartbeatTick) : o.longs === $Number ? new $util.LongBits(m.heartbeatTick.low >>> 0, m.heartbeatTick.high >>> 0).toNumber(true) : m.heartbeatTick;
            }
            if (m.electionTick != null && $Object.hasOwnProperty.call(m, "electionTick")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.electionTick = typeof m.electionTick === "number" ? $BigInt(m.electionTick) : $util.Long.fromBits(m.electionTick.low >>> 0, m.electionTick.high >>> 0, true).toBigInt();
                else if (typeof m.electionTick === "number")
                    d.electionTick = o.longs === $String ? $String(m.electionTick) : m.electionTick;
                else
                    d.electionTick = o.longs === $String ? $util.Long.prototype.toString.call(m.electionTick) : o.longs === $Number ? new $util.LongBits(m.electionTick.low >>> 0, m.electionTick.high >>> 0).toNumber(true) : m.electionTick;
            }
            if (m.networkKeyRotationMs != null && $Object.hasOwnProperty.call(m, "networkKeyRotationMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.networkKeyRotationMs = typeof m.networkKeyRotationMs === "number" ? $BigInt(m.networkKeyRotationMs) : $util.Long.fromBits(m.networkKeyRotationMs.low >>> 0, m.networkKeyRotationMs.high >>> 0, true).toBigInt();
                else if (typeof m.networkKeyRotationMs === "number")
                    d.networkKeyRotationMs = o.longs === $String ? $String(m.networkKeyRotationMs) : m.networkKeyRotationMs;
                else
                    d.networkKeyRotationMs = o.longs === $String ? $util.Long.prototype.toString.call(m.networkKeyRotationMs) : o.longs === $Number ? new $util.LongBits(m.networkKeyRotationMs.low >>> 0, m.networkKeyRotationMs.high >>> 0).toNumber(true) : m.networkKeyRotationMs;
            }
            return d;
        };

        /**
         * Converts this ClusterSettings to JSON.
         * @function toJSON
         * @memberof keelapi.ClusterSettings
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClusterSettings.prototype.toJSON = function() {
            return ClusterSettings.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClusterSettings
         * @function getTypeUrl
         * @memberof keelapi.ClusterSettings
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClusterSettings.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ClusterSettings";
        };

        return ClusterSettings;
    })();

    keelapi.ClusterUpdateRequest = (function() {

        /**
         * Properties of a ClusterUpdateRequest.
         * @typedef {Object} keelapi.ClusterUpdateRequest.$Properties
         * @property {boolean|null} [autolock] ClusterUpdateRequest autolock
         * @property {number|null} [certExpiryMs] ClusterUpdateRequest certExpiryMs
         * @property {number|null} [snapshotInterval] ClusterUpdateRequest snapshotInterval
         * @property {number|null} [keepOldSnapshots] ClusterUpdateRequest keepOldSnapshots
         * @property {number|null} [logEntriesForSlowFollowers] ClusterUpdateRequest logEntriesForSlowFollowers
         * @property {number|null} [heartbeatTick] ClusterUpdateRequest heartbeatTick
         * @property {number|null} [electionTick] ClusterUpdateRequest electionTick
         * @property {number|null} [networkKeyRotationMs] ClusterUpdateRequest networkKeyRotationMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClusterUpdateRequest.
         * @memberof keelapi
         * @interface IClusterUpdateRequest
         * @augments keelapi.ClusterUpdateRequest.$Properties
         * @deprecated Use keelapi.ClusterUpdateRequest.$Properties instead.
         */

        /**
         * Shape of a ClusterUpdateRequest.
         * @typedef {keelapi.ClusterUpdateRequest.$Properties} keelapi.ClusterUpdateRequest.$Shape
         */

        /**
         * Constructs a new ClusterUpdateRequest.
         * @memberof keelapi
         * @classdesc Represents a ClusterUpdateRequest.
         * @constructor
         * @param {keelapi.ClusterUpdateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClusterUpdateRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClusterUpdateRequest autolock.
         * @member {boolean|null|undefined} autolock
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.autolock = null;

        /**
         * ClusterUpdateRequest certExpiryMs.
         * @member {number|null|undefined} certExpiryMs
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.certExpiryMs = null;

        /**
         * ClusterUpdateRequest snapshotInterval.
         * @member {number|null|undefined} snapshotInterval
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.snapshotInterval = null;

        /**
         * ClusterUpdateRequest keepOldSnapshots.
         * @member {number|null|undefined} keepOldSnapshots
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.keepOldSnapshots = null;

        /**
         * ClusterUpdateRequest logEntriesForSlowFollowers.
         * @member {number|null|undefined} logEntriesForSlowFollowers
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.logEntriesForSlowFollowers = null;

        /**
         * ClusterUpdateRequest heartbeatTick.
         * @member {number|null|undefined} heartbeatTick
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.heartbeatTick = null;

        /**
         * ClusterUpdateRequest electionTick.
         * @member {number|null|undefined} electionTick
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.electionTick = null;

        /**
         * ClusterUpdateRequest networkKeyRotationMs.
         * @member {number|null|undefined} networkKeyRotationMs
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         */
        ClusterUpdateRequest.prototype.networkKeyRotationMs = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_autolock", {
            get: $util.oneOfGetter($oneOfFields = ["autolock"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_certExpiryMs", {
            get: $util.oneOfGetter($oneOfFields = ["certExpiryMs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_snapshotInterval", {
            get: $util.oneOfGetter($oneOfFields = ["snapshotInterval"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_keepOldSnapshots", {
            get: $util.oneOfGetter($oneOfFields = ["keepOldSnapshots"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_logEntriesForSlowFollowers", {
            get: $util.oneOfGetter($oneOfFields = ["logEntriesForSlowFollowers"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_heartbeatTick", {
            get: $util.oneOfGetter($oneOfFields = ["heartbeatTick"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_electionTick", {
            get: $util.oneOfGetter($oneOfFields = ["electionTick"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ClusterUpdateRequest.prototype, "_networkKeyRotationMs", {
            get: $util.oneOfGetter($oneOfFields = ["networkKeyRotationMs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ClusterUpdateRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {keelapi.ClusterUpdateRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.ClusterUpdateRequest} ClusterUpdateRequest instance
         * @type {{
         *   (properties: keelapi.ClusterUpdateRequest.$Shape): keelapi.ClusterUpdateRequest & keelapi.ClusterUpdateRequest.$Shape;
         *   (properties?: keelapi.ClusterUpdateRequest.$Properties): keelapi.ClusterUpdateRequest;
         * }}
         */
        ClusterUpdateRequest.create = function(properties) {
            return new ClusterUpdateRequest(properties);
        };

        /**
         * Encodes the specified ClusterUpdateRequest message. Does not implicitly {@link keelapi.ClusterUpdateRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {keelapi.ClusterUpdateRequest.$Properties} m ClusterUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterUpdateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock"))
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.autolock);
            if (m.certExpiryMs != null && $Object.hasOwnProperty.call(m, "certExpiryMs"))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.certExpiryMs);
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval"))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.snapshotInterval);
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots"))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.keepOldSnapshots);
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers"))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.logEntriesForSlowFollowers);
            if (m.heartbeatTick != null && $Object.hasOwnProperty.call(m, "heartbeatTick"))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.heartbeatTick);
            if (m.electionTick != null && $Object.hasOwnProperty.call(m, "electionTick"))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.electionTick);
            if (m.networkKeyRotationMs != null && $Object.hasOwnProperty.call(m, "networkKeyRotationMs"))
                w.uint32(/* id 8, wireType 0 =*/64).uint64(m.networkKeyRotationMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ClusterUpdateRequest message, length delimited. Does not implicitly {@link keelapi.ClusterUpdateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {keelapi.ClusterUpdateRequest.$Properties} message ClusterUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterUpdateRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClusterUpdateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ClusterUpdateRequest & keelapi.ClusterUpdateRequest.$Shape} ClusterUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterUpdateRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ClusterUpdateRequest();
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
                        m.autolock = r.bool();
                        m._autolock = "autolock";
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.certExpiryMs = r.uint64();
                        m._certExpiryMs = "certExpiryMs";
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.snapshotInterval = r.uint64();
                        m._snapshotInterval = "snapshotInterval";
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.keepOldSnapshots = r.uint64();
                        m._keepOldSnapshots = "keepOldSnapshots";
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.logEntriesForSlowFollowers = r.uint64();
                        m._logEntriesForSlowFollowers = "logEntriesForSlowFollowers";
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.heartbeatTick = r.uint64();
                        m._heartbeatTick = "heartbeatTick";
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.electionTick = r.uint64();
                        m._electionTick = "electionTick";
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        m.networkKeyRotationMs = r.uint64();
                        m._networkKeyRotationMs = "networkKeyRotationMs";
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
         * Decodes a ClusterUpdateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ClusterUpdateRequest & keelapi.ClusterUpdateRequest.$Shape} ClusterUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterUpdateRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClusterUpdateRequest message.
         * @function verify
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClusterUpdateRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock")) {
                p._autolock = 1;
                if (typeof m.autolock !== "boolean")
                    return "autolock: boolean expected";
            }
            if (m.certExpiryMs != null && $Object.hasOwnProperty.call(m, "certExpiryMs")) {
                p._certExpiryMs = 1;
                if (!$util.isInteger(m.certExpiryMs) && !(m.certExpiryMs && $util.isInteger(m.certExpiryMs.low) && $util.isInteger(m.certExpiryMs.high)))
                    return "certExpiryMs: integer|Long expected";
            }
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval")) {
                p._snapshotInterval = 1;
                if (!$util.isInteger(m.snapshotInterval) && !(m.snapshotInterval && $util.isInteger(m.snapshotInterval.low) && $util.isInteger(m.snapshotInterval.high)))
                    return "snapshotInterval: integer|Long expected";
            }
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots")) {
                p._keepOldSnapshots = 1;
                if (!$util.isInteger(m.keepOldSnapshots) && !(m.keepOldSnapshots && $util.isInteger(m.keepOldSnapshots.low) && $util.isInteger(m.keepOldSnapshots.high)))
                    return "keepOldSnapshots: integer|Long expected";
            }
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers")) {
                p._logEntriesForSlowFollowers = 1;
                if (!$util.isInteger(m.logEntriesForSlowFollowers) && !(m.logEntriesForSlowFollowers && $util.isInteger(m.logEntriesForSlowFollowers.low) && $util.isInteger(m.logEntriesForSlowFollowers.high)))
                    return "logEntriesForSlowFollowers: integer|Long expected";
            }
            if (m.heartbeatTick != null && $Object.hasOwnProperty.call(m, "heartbeatTick")) {
                p._heartbeatTick = 1;
                if (!$util.isInteger(m.heartbeatTick) && !(m.heartbeatTick && $util.isInteger(m.heartbeatTick.low) && $util.isInteger(m.heartbeatTick.high)))
                    return "heartbeatTick: integer|Long expected";
            }
            if (m.electionTick != null && $Object.hasOwnProperty.call(m, "electionTick")) {
                p._electionTick = 1;
                if (!$util.isInteger(m.electionTick) && !(m.electionTick && $util.isInteger(m.electionTick.low) && $util.isInteger(m.electionTick.high)))
                    return "electionTick: integer|Long expected";
            }
            if (m.networkKeyRotationMs != null && $Object.hasOwnProperty.call(m, "networkKeyRotationMs")) {
                p._networkKeyRotationMs = 1;
                if (!$util.isInteger(m.networkKeyRotationMs) && !(m.networkKeyRotationMs && $util.isInteger(m.networkKeyRotationMs.low) && $util.isInteger(m.networkKeyRotationMs.high)))
                    return "networkKeyRotationMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a ClusterUpdateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ClusterUpdateRequest} ClusterUpdateRequest
         */
        ClusterUpdateRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ClusterUpdateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ClusterUpdateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ClusterUpdateRequest();
            if (d.autolock != null) {
                m.autolock = $Boolean(d.autolock);
            }
            if (d.certExpiryMs != null) {
                if ($util.Long)
                    m.certExpiryMs = $util.Long.fromValue(d.certExpiryMs, true);
                else if (typeof d.certExpiryMs === "string")
                    m.certExpiryMs = $parseInt(d.certExpiryMs, 10);
                else if (typeof d.certExpiryMs === "number")
                    m.certExpiryMs = d.certExpiryMs;
                else if (typeof d.certExpiryMs === "object")
                    m.certExpiryMs = new $util.LongBits(d.certExpiryMs.low >>> 0, d.certExpiryMs.high >>> 0).toNumber(true);
            }
            if (d.snapshotInterval != null) {
                if ($util.Long)
                    m.snapshotInterval = $util.Long.fromValue(d.snapshotInterval, true);
                else if (typeof d.snapshotInterval === "string")
                    m.snapshotInterval = $parseInt(d.snapshotInterval, 10);
                else if (typeof d.snapshotInterval === "number")
                    m.snapshotInterval = d.snapshotInterval;
                else if (typeof d.snapshotInterval === "object")
                    m.snapshotInterval = new $util.LongBits(d.snapshotInterval.low >>> 0, d.snapshotInterval.high >>> 0).toNumber(true);
            }
            if (d.keepOldSnapshots != null) {
                if ($util.Long)
                    m.keepOldSnapshots = $util.Long.fromValue(d.keepOldSnapshots, true);
                else if (typeof d.keepOldSnapshots === "string")
                    m.keepOldSnapshots = $parseInt(d.keepOldSnapshots, 10);
                else if (typeof d.keepOldSnapshots === "number")
                    m.keepOldSnapshots = d.keepOldSnapshots;
                else if (typeof d.keepOldSnapshots === "object")
                    m.keepOldSnapshots = new $util.LongBits(d.keepOldSnapshots.low >>> 0, d.keepOldSnapshots.high >>> 0).toNumber(true);
            }
            if (d.logEntriesForSlowFollowers != null) {
                if ($util.Long)
                    m.logEntriesForSlowFollowers = $util.Long.fromValue(d.logEntriesForSlowFollowers, true);
                else if (typeof d.logEntriesForSlowFollowers === "string")
                    m.logEntriesForSlowFollowers = $parseInt(d.logEntriesForSlowFollowers, 10);
                else if (typeof d.logEntriesForSlowFollowers === "number")
                    m.logEntriesForSlowFollowers = d.logEntriesForSlowFollowers;
                else if (typeof d.logEntriesForSlowFollowers === "object")
                    m.logEntriesForSlowFollowers = new $util.LongBits(d.logEntriesForSlowFollowers.low >>> 0, d.logEntriesForSlowFollowers.high >>> 0).toNumber(true);
            }
            if (d.heartbeatTick != null) {
                if ($util.Long)
                    m.heartbeatTick = $util.Long.fromValue(d.heartbeatTick, true);
                else if (typeof d.heartbeatTick === "string")
                    m.heartbeatTick = $parseInt(d.heartbeatTick, 10);
                else if (typeof d.heartbeatTick === "number")
                    m.heartbeatTick = d.heartbeatTick;
                else if (typeof d.heartbeatTick === "object")
                    m.heartbeatTick = new $util.LongBits(d.heartbeatTick.low >>> 0, d.heartbeatTick.high >>> 0).toNumber(true);
            }
            if (d.electionTick != null) {
                if ($util.Long)
                    m.electionTick = $util.Long.fromValue(d.electionTick, true);
                else if (typeof d.electionTick === "string")
                    m.electionTick = $parseInt(d.electionTick, 10);
                else if (typeof d.electionTick === "number")
                    m.electionTick = d.electionTick;
                else if (typeof d.electionTick === "object")
                    m.electionTick = new $util.LongBits(d.electionTick.low >>> 0, d.electionTick.high >>> 0).toNumber(true);
            }
            if (d.networkKeyRotationMs != null) {
                if ($util.Long)
                    m.networkKeyRotationMs = $util.Long.fromValue(d.networkKeyRotationMs, true);
                else if (typeof d.networkKeyRotationMs === "string")
                    m.networkKeyRotationMs = $parseInt(d.networkKeyRotationMs, 10);
                else if (typeof d.networkKeyRotationMs === "number")
                    m.networkKeyRotationMs = d.networkKeyRotationMs;
                else if (typeof d.networkKeyRotationMs === "object")
                    m.networkKeyRotationMs = new $util.LongBits(d.networkKeyRotationMs.low >>> 0, d.networkKeyRotationMs.high >>> 0).toNumber(true);
            }
            return m;
        };

        /**
         * Creates a plain object from a ClusterUpdateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {keelapi.ClusterUpdateRequest} m ClusterUpdateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClusterUpdateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock")) {
                d.autolock = m.autolock;
            }
            if (m.certExpiryMs != null && $Object.hasOwnProperty.call(m, "certExpiryMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.certExpiryMs = typeof m.certExpiryMs === "number" ? $BigInt(m.certExpiryMs) : $util.Long.fromBits(m.certExpiryMs.low >>> 0, m.certExpiryMs.high >>> 0, true).toBigInt();
                else if (typeof m.certExpiryMs === "number")
                    d.certExpiryMs = o.longs === $String ? $String(m.certExpiryMs) : m.certExpiryMs;
                else
                    d.certExpiryMs = o.longs === $String ? $util.Long.prototype.toString.call(m.certExpiryMs) : o.longs === $Number ? new $util.LongBits(m.certExpiryMs.low >>> 0, m.certExpiryMs.high >>> 0).toNumber(true) : m.certExpiryMs;
            }
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.snapshotInterval = typeof m.snapshotInterval === "number" ? $BigInt(m.snapshotInterval) : $util.Long.fromBits(m.snapshotInterval.low >>> 0, m.snapshotInterval.high >>> 0, true).toBigInt();
                else if (typeof m.snapshotInterval === "number")
                    d.snapshotInterval = o.longs === $String ? $String(m.snapshotInterval) : m.snapshotInterval;
                else
                    d.snapshotInterval = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotInterval) : o.longs === $Number ? new $util.LongBits(m.snapshotInterval.low >>> 0, m.snapshotInterval.high >>> 0).toNumber(true) : m.snapshotInterval;
            }
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.keepOldSnapshots = typeof m.keepOldSnapshots === "number" ? $BigInt(m.keepOldSnapshots) : $util.Long.fromBits(m.keepOldSnapshots.low >>> 0, m.keepOldSnapshots.high >>> 0, true).toBigInt();
                else if (typeof m.keepOldSnapshots === "number")
                    d.keepOldSnapshots = o.longs === $String ? $String(m.keepOldSnapshots) : m.keepOldSnapshots;
                else
                    d.keepOldSnapshots = o.longs === $String ? $util.Long.prototype.toString.call(m.keepOldSnapshots) : o.longs === $Number ? new $util.LongBits(m.keepOldSnapshots.low >>> 0, m.keepOldSnapshots.high >>> 0).toNumber(true) : m.keepOldSnapshots;
            }
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.logEntriesForSlowFollowers = typeof m.logEntriesForSlowFollowers === "number" ? $BigInt(m.logEntriesForSlowFollowers) : $util.Long.fromBits(m.logEntriesForSlowFollowers.low >>> 0, m.logEntriesForSlowFollowers.high >>> 0, true).toBigInt();
                else if (typeof m.logEntriesForSlowFollowers === "number")
                    d.logEntriesForSlowFollowers = o.longs === $String ? $String(m.logEntriesForSlowFollowers) : m.logEntriesForSlowFollowers;
                else
                    d.logEntriesForSlowFollowers = o.longs === $String ? $util.Long.prototype.toString.call(m.logEntriesForSlowFollowers) : o.longs === $Number ? new $util.LongBits(m.logEntriesForSlowFollowers.low >>> 0, m.logEntriesForSlowFollowers.high >>> 0).toNumber(true) : m.logEntriesForSlowFollowers;
            }
            if (m.heartbeatTick != null && $Object.hasOwnProperty.call(m, "heartbeatTick")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.heartbeatTick = typeof m.heartbeatTick === "number" ? $BigInt(m.heartbeatTick) : $util.Long.fromBits(m.heartbeatTick.low >>> 0, m.heartbeatTick.high >>> 0, true).toBigInt();
                else if (typeof m.heartbeatTick === "number")
                    d.heartbeatTick = o.longs === $String ? $String(m.heartbeatTick) : m.heartbeatTick;
                else
                    d.heartbeatTick = o.longs === $String ? $util.Long.prototype.toString.call(m.heartbeatTick) : o.longs === $Number ? new $util.LongBits(m.heartbeatTick.low >>> 0, m.heartbeatTick.high >>> 0).toNumber(true) : m.heartbeatTick;
            }
            if (m.electionTick != null && $Object.hasOwnProperty.call(m, "electionTick")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.electionTick = typeof m.electionTick === "number" ? $BigInt(m.electionTick) : $util.Long.fromBits(m.electionTick.low >>> 0, m.electionTick.high >>> 0, true).toBigInt();
                else if (typeof m.electionTick === "number")
                    d.electionTick = o.longs === $String ? $String(m.electionTick) : m.electionTick;
                else
                    d.electionTick = o.longs === $String ? $util.Long.prototype.toString.call(m.electionTick) : o.longs === $Number ? new $util.LongBits(m.electionTick.low >>> 0, m.electionTick.high >>> 0).toNumber(true) : m.electionTick;
            }
            if (m.networkKeyRotationMs != null && $Object.hasOwnProperty.call(m, "networkKeyRotationMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.networkKeyRotationMs = typeof m.networkKeyRotationMs === "number" ? $BigInt(m.networkKeyRotationMs) : $util.Long.fromBits(m.networkKeyRotationMs.low >>> 0, m.networkKeyRotationMs.high >>> 0, true).toBigInt();
                else if (typeof m.networkKeyRotationMs === "number")
                    d.networkKeyRotationMs = o.longs === $String ? $String(m.networkKeyRotationMs) : m.networkKeyRotationMs;
                else
                    d.networkKeyRotationMs = o.longs === $String ? $util.Long.prototype.toString.call(m.networkKeyRotationMs) : o.longs === $Number ? new $util.LongBits(m.networkKeyRotationMs.low >>> 0, m.networkKeyRotationMs.high >>> 0).toNumber(true) : m.networkKeyRotationMs;
            }
            return d;
        };

        /**
         * Converts this ClusterUpdateRequest to JSON.
         * @function toJSON
         * @memberof keelapi.ClusterUpdateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClusterUpdateRequest.prototype.toJSON = function() {
            return ClusterUpdateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClusterUpdateRequest
         * @function getTypeUrl
         * @memberof keelapi.ClusterUpdateRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClusterUpdateRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ClusterUpdateRequest";
        };

        return ClusterUpdateRequest;
    })();

    keelapi.ClusterUpdateResponse = (function() {

        /**
         * Properties of a ClusterUpdateResponse.
         * @typedef {Object} keelapi.ClusterUpdateResponse.$Properties
         * @property {keelapi.ClusterView.$Properties|null} [cluster] ClusterUpdateResponse cluster
         * @property {string|null} [unlockKey] ClusterUpdateResponse unlockKey
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClusterUpdateResponse.
         * @memberof keelapi
         * @interface IClusterUpdateResponse
         * @augments keelapi.ClusterUpdateResponse.$Properties
         * @deprecated Use keelapi.ClusterUpdateResponse.$Properties instead.
         */

        /**
         * Shape of a ClusterUpdateResponse.
         * @typedef {keelapi.ClusterUpdateResponse.$Properties} keelapi.ClusterUpdateResponse.$Shape
         */

        /**
         * Constructs a new ClusterUpdateResponse.
         * @memberof keelapi
         * @classdesc Represents a ClusterUpdateResponse.
         * @constructor
         * @param {keelapi.ClusterUpdateResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClusterUpdateResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClusterUpdateResponse cluster.
         * @member {keelapi.ClusterView.$Properties|null|undefined} cluster
         * @memberof keelapi.ClusterUpdateResponse
         * @instance
         */
        ClusterUpdateResponse.prototype.cluster = null;

        /**
         * ClusterUpdateResponse unlockKey.
         * @member {string} unlockKey
         * @memberof keelapi.ClusterUpdateResponse
         * @instance
         */
        ClusterUpdateResponse.prototype.unlockKey = "";

        /**
         * Creates a new ClusterUpdateResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {keelapi.ClusterUpdateResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.ClusterUpdateResponse} ClusterUpdateResponse instance
         * @type {{
         *   (properties: keelapi.ClusterUpdateResponse.$Shape): keelapi.ClusterUpdateResponse & keelapi.ClusterUpdateResponse.$Shape;
         *   (properties?: keelapi.ClusterUpdateResponse.$Properties): keelapi.ClusterUpdateResponse;
         * }}
         */
        ClusterUpdateResponse.create = function(properties) {
            return new ClusterUpdateResponse(properties);
        };

        /**
         * Encodes the specified ClusterUpdateResponse message. Does not implicitly {@link keelapi.ClusterUpdateResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {keelapi.ClusterUpdateResponse.$Properties} m ClusterUpdateResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterUpdateResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.cluster != null && $Object.hasOwnProperty.call(m, "cluster"))
                $root.keelapi.ClusterView.encode(m.cluster, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.unlockKey != null && $Object.hasOwnProperty.call(m, "unlockKey") && m.unlockKey !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.unlockKey);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ClusterUpdateResponse message, length delimited. Does not implicitly {@link keelapi.ClusterUpdateResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {keelapi.ClusterUpdateResponse.$Properties} message ClusterUpdateResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterUpdateResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClusterUpdateResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ClusterUpdateResponse & keelapi.ClusterUpdateResponse.$Shape} ClusterUpdateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterUpdateResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ClusterUpdateResponse();
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
                        m.cluster = $root.keelapi.ClusterView.decode(r, r.size(), $undefined, q + 1, m.cluster);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.unlockKey = v;
                        else
                            delete m.unlockKey;
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
         * Decodes a ClusterUpdateResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ClusterUpdateResponse & keelapi.ClusterUpdateResponse.$Shape} ClusterUpdateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterUpdateResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClusterUpdateResponse message.
         * @function verify
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClusterUpdateResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.cluster != null && $Object.hasOwnProperty.call(m, "cluster")) {
                {
                    var e = $root.keelapi.ClusterView.verify(m.cluster, q + 1);
                    if (e)
                        return "cluster." + e;
                }
            }
            if (m.unlockKey != null && $Object.hasOwnProperty.call(m, "unlockKey")) {
                if (!$util.isString(m.unlockKey))
                    return "unlockKey: string expected";
            }
            return null;
        };

        /**
         * Creates a ClusterUpdateResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ClusterUpdateResponse} ClusterUpdateResponse
         */
        ClusterUpdateResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ClusterUpdateResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ClusterUpdateResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ClusterUpdateResponse();
            if (d.cluster != null) {
                if (!$util.isObject(d.cluster))
                    throw $TypeError(".keelapi.ClusterUpdateResponse.cluster: object expected");
                m.cluster = $root.keelapi.ClusterView.fromObject(d.cluster, q + 1);
            }
            if (d.unlockKey != null) {
                if (typeof d.unlockKey !== "string" || d.unlockKey.length) {
                    m.unlockKey = $String(d.unlockKey);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ClusterUpdateResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {keelapi.ClusterUpdateResponse} m ClusterUpdateResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClusterUpdateResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.cluster = null;
                d.unlockKey = "";
            }
            if (m.cluster != null && $Object.hasOwnProperty.call(m, "cluster")) {
                d.cluster = $root.keelapi.ClusterView.toObject(m.cluster, o, q + 1);
            }
            if (m.unlockKey != null && $Object.hasOwnProperty.call(m, "unlockKey")) {
                d.unlockKey = m.unlockKey;
            }
            return d;
        };

        /**
         * Converts this ClusterUpdateResponse to JSON.
         * @function toJSON
         * @memberof keelapi.ClusterUpdateResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClusterUpdateResponse.prototype.toJSON = function() {
            return ClusterUpdateResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClusterUpdateResponse
         * @function getTypeUrl
         * @memberof keelapi.ClusterUpdateResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClusterUpdateResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ClusterUpdateResponse";
        };

        return ClusterUpdateResponse;
    })();

    keelapi.JoinTokensResponse = (function() {

        /**
         * Properties of a JoinTokensResponse.
         * @typedef {Object} keelapi.JoinTokensResponse.$Properties
         * @property {string|null} [worker] JoinTokensResponse worker
         * @property {string|null} [manager] JoinTokensResponse manager
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinTokensResponse.
         * @memberof keelapi
         * @interface IJoinTokensResponse
         * @augments keelapi.JoinTokensResponse.$Properties
         * @deprecated Use keelapi.JoinTokensResponse.$Properties instead.
         */

        /**
         * Shape of a JoinTokensResponse.
         * @typedef {keelapi.JoinTokensResponse.$Properties} keelapi.JoinTokensResponse.$Shape
         */

        /**
         * Constructs a new JoinTokensResponse.
         * @memberof keelapi
         * @classdesc Represents a JoinTokensResponse.
         * @constructor
         * @param {keelapi.JoinTokensResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinTokensResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * JoinTokensResponse worker.
         * @member {string} worker
         * @memberof keelapi.JoinTokensResponse
         * @instance
         */
        JoinTokensResponse.prototype.worker = "";

        /**
         * JoinTokensResponse manager.
         * @member {string} manager
         * @memberof keelapi.JoinTokensResponse
         * @instance
         */
        JoinTokensResponse.prototype.manager = "";

        /**
         * Creates a new JoinTokensResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {keelapi.JoinTokensResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.JoinTokensResponse} JoinTokensResponse instance
         * @type {{
         *   (properties: keelapi.JoinTokensResponse.$Shape): keelapi.JoinTokensResponse & keelapi.JoinTokensResponse.$Shape;
         *   (properties?: keelapi.JoinTokensResponse.$Properties): keelapi.JoinTokensResponse;
         * }}
         */
        JoinTokensResponse.create = function(properties) {
            return new JoinTokensResponse(properties);
        };

        /**
         * Encodes the specified JoinTokensResponse message. Does not implicitly {@link keelapi.JoinTokensResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {keelapi.JoinTokensResponse.$Properties} m JoinTokensResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinTokensResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.worker != null && $Object.hasOwnProperty.call(m, "worker") && m.worker !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.worker);
            if (m.manager != null && $Object.hasOwnProperty.call(m, "manager") && m.manager !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.manager);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified JoinTokensResponse message, length delimited. Does not implicitly {@link keelapi.JoinTokensResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {keelapi.JoinTokensResponse.$Properties} message JoinTokensResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinTokensResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a JoinTokensResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.JoinTokensResponse & keelapi.JoinTokensResponse.$Shape} JoinTokensResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinTokensResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.JoinTokensResponse();
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
                            m.worker = v;
                        else
                            delete m.worker;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.manager = v;
                        else
                            delete m.manager;
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
         * Decodes a JoinTokensResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.JoinTokensResponse & keelapi.JoinTokensResponse.$Shape} JoinTokensResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinTokensResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a JoinTokensResponse message.
         * @function verify
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        JoinTokensResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.worker != null && $Object.hasOwnProperty.call(m, "worker")) {
                if (!$util.isString(m.worker))
                    return "worker: string expected";
            }
            if (m.manager != null && $Object.hasOwnProperty.call(m, "manager")) {
                if (!$util.isString(m.manager))
                    return "manager: string expected";
            }
            return null;
        };

        /**
         * Creates a JoinTokensResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.JoinTokensResponse} JoinTokensResponse
         */
        JoinTokensResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.JoinTokensResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.JoinTokensResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.JoinTokensResponse();
            if (d.worker != null) {
                if (typeof d.worker !== "string" || d.worker.length) {
                    m.worker = $String(d.worker);
                }
            }
            if (d.manager != null) {
                if (typeof d.manager !== "string" || d.manager.length) {
                    m.manager = $String(d.manager);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a JoinTokensResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {keelapi.JoinTokensResponse} m JoinTokensResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        JoinTokensResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.worker = "";
                d.manager = "";
            }
            if (m.worker != null && $Object.hasOwnProperty.call(m, "worker")) {
                d.worker = m.worker;
            }
            if (m.manager != null && $Object.hasOwnProperty.call(m, "manager")) {
                d.manager = m.manager;
            }
            return d;
        };

        /**
         * Converts this JoinTokensResponse to JSON.
         * @function toJSON
         * @memberof keelapi.JoinTokensResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        JoinTokensResponse.prototype.toJSON = function() {
            return JoinTokensResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for JoinTokensResponse
         * @function getTypeUrl
         * @memberof keelapi.JoinTokensResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        JoinTokensResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.JoinTokensResponse";
        };

        return JoinTokensResponse;
    })();

    keelapi.RotateJoinTokenRequest = (function() {

        /**
         * Properties of a RotateJoinTokenRequest.
         * @typedef {Object} keelapi.RotateJoinTokenRequest.$Properties
         * @property {boolean|null} [worker] RotateJoinTokenRequest worker
         * @property {boolean|null} [manager] RotateJoinTokenRequest manager
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RotateJoinTokenRequest.
         * @memberof keelapi
         * @interface IRotateJoinTokenRequest
         * @augments keelapi.RotateJoinTokenRequest.$Properties
         * @deprecated Use keelapi.RotateJoinTokenRequest.$Properties instead.
         */

        /**
         * Shape of a RotateJoinTokenRequest.
         * @typedef {keelapi.RotateJoinTokenRequest.$Properties} keelapi.RotateJoinTokenRequest.$Shape
         */

        /**
         * Constructs a new RotateJoinTokenRequest.
         * @memberof keelapi
         * @classdesc Represents a RotateJoinTokenRequest.
         * @constructor
         * @param {keelapi.RotateJoinTokenRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RotateJoinTokenRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RotateJoinTokenRequest worker.
         * @member {boolean} worker
         * @memberof keelapi.RotateJoinTokenRequest
         * @instance
         */
        RotateJoinTokenRequest.prototype.worker = false;

        /**
         * RotateJoinTokenRequest manager.
         * @member {boolean} manager
         * @memberof keelapi.RotateJoinTokenRequest
         * @instance
         */
        RotateJoinTokenRequest.prototype.manager = false;

        /**
         * Creates a new RotateJoinTokenRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {keelapi.RotateJoinTokenRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.RotateJoinTokenRequest} RotateJoinTokenRequest instance
         * @type {{
         *   (properties: keelapi.RotateJoinTokenRequest.$Shape): keelapi.RotateJoinTokenRequest & keelapi.RotateJoinTokenRequest.$Shape;
         *   (properties?: keelapi.RotateJoinTokenRequest.$Properties): keelapi.RotateJoinTokenRequest;
         * }}
         */
        RotateJoinTokenRequest.create = function(properties) {
            return new RotateJoinTokenRequest(properties);
        };

        /**
         * Encodes the specified RotateJoinTokenRequest message. Does not implicitly {@link keelapi.RotateJoinTokenRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {keelapi.RotateJoinTokenRequest.$Properties} m RotateJoinTokenRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RotateJoinTokenRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.worker != null && $Object.hasOwnProperty.call(m, "worker") && m.worker !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.worker);
            if (m.manager != null && $Object.hasOwnProperty.call(m, "manager") && m.manager !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.manager);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RotateJoinTokenRequest message, length delimited. Does not implicitly {@link keelapi.RotateJoinTokenRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {keelapi.RotateJoinTokenRequest.$Properties} message RotateJoinTokenRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RotateJoinTokenRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RotateJoinTokenRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.RotateJoinTokenRequest & keelapi.RotateJoinTokenRequest.$Shape} RotateJoinTokenRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RotateJoinTokenRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.RotateJoinTokenRequest();
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
                        if (v = r.bool())
                            m.worker = v;
                        else
                            delete m.worker;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.manager = v;
                        else
                            delete m.manager;
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
         * Decodes a RotateJoinTokenRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.RotateJoinTokenRequest & keelapi.RotateJoinTokenRequest.$Shape} RotateJoinTokenRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RotateJoinTokenRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RotateJoinTokenRequest message.
         * @function verify
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RotateJoinTokenRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.worker != null && $Object.hasOwnProperty.call(m, "worker")) {
                if (typeof m.worker !== "boolean")
                    return "worker: boolean expected";
            }
            if (m.manager != null && $Object.hasOwnProperty.call(m, "manager")) {
                if (typeof m.manager !== "boolean")
                    return "manager: boolean expected";
            }
            return null;
        };

        /**
         * Creates a RotateJoinTokenRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.RotateJoinTokenRequest} RotateJoinTokenRequest
         */
        RotateJoinTokenRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.RotateJoinTokenRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.RotateJoinTokenRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.RotateJoinTokenRequest();
            if (d.worker != null) {
                if (d.worker) {
                    m.worker = $Boolean(d.worker);
                }
            }
            if (d.manager != null) {
                if (d.manager) {
                    m.manager = $Boolean(d.manager);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RotateJoinTokenRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {keelapi.RotateJoinTokenRequest} m RotateJoinTokenRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RotateJoinTokenRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.worker = false;
                d.manager = false;
            }
            if (m.worker != null && $Object.hasOwnProperty.call(m, "worker")) {
                d.worker = m.worker;
            }
            if (m.manager != null && $Object.hasOwnProperty.call(m, "manager")) {
                d.manager = m.manager;
            }
            return d;
        };

        /**
         * Converts this RotateJoinTokenRequest to JSON.
         * @function toJSON
         * @memberof keelapi.RotateJoinTokenRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RotateJoinTokenRequest.prototype.toJSON = function() {
            return RotateJoinTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RotateJoinTokenRequest
         * @function getTypeUrl
         * @memberof keelapi.RotateJoinTokenRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RotateJoinTokenRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.RotateJoinTokenRequest";
        };

        return RotateJoinTokenRequest;
    })();

    keelapi.NetworkKey = (function() {

        /**
         * Properties of a NetworkKey.
         * @typedef {Object} keelapi.NetworkKey.$Properties
         * @property {string|null} [subsystem] NetworkKey subsystem
         * @property {number|null} [lamportTime] NetworkKey lamportTime
         * @property {Uint8Array|null} [key] NetworkKey key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NetworkKey.
         * @memberof keelapi
         * @interface INetworkKey
         * @augments keelapi.NetworkKey.$Properties
         * @deprecated Use keelapi.NetworkKey.$Properties instead.
         */

        /**
         * Shape of a NetworkKey.
         * @typedef {keelapi.NetworkKey.$Properties} keelapi.NetworkKey.$Shape
         */

        /**
         * Constructs a new NetworkKey.
         * @memberof keelapi
         * @classdesc Represents a NetworkKey.
         * @constructor
         * @param {keelapi.NetworkKey.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NetworkKey = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NetworkKey subsystem.
         * @member {string} subsystem
         * @memberof keelapi.NetworkKey
         * @instance
         */
        NetworkKey.prototype.subsystem = "";

        /**
         * NetworkKey lamportTime.
         * @member {number} lamportTime
         * @memberof keelapi.NetworkKey
         * @instance
         */
        NetworkKey.prototype.lamportTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NetworkKey key.
         * @member {Uint8Array} key
         * @memberof keelapi.NetworkKey
         * @instance
         */
        NetworkKey.prototype.key = $util.newBuffer([]);

        /**
         * Creates a new NetworkKey instance using the specified properties.
         * @function create
         * @memberof keelapi.NetworkKey
         * @static
         * @param {keelapi.NetworkKey.$Properties=} [properties] Properties to set
         * @returns {keelapi.NetworkKey} NetworkKey instance
         * @type {{
         *   (properties: keelapi.NetworkKey.$Shape): keelapi.NetworkKey & keelapi.NetworkKey.$Shape;
         *   (properties?: keelapi.NetworkKey.$Properties): keelapi.NetworkKey;
         * }}
         */
        NetworkKey.create = function(properties) {
            return new NetworkKey(properties);
        };

        /**
         * Encodes the specified NetworkKey message. Does not implicitly {@link keelapi.NetworkKey.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NetworkKey
         * @static
         * @param {keelapi.NetworkKey.$Properties} m NetworkKey message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetworkKey.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem") && m.subsystem !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.subsystem);
            if (m.lamportTime != null && $Object.hasOwnProperty.call(m, "lamportTime") && (typeof m.lamportTime === "object" ? m.lamportTime.low || m.lamportTime.high : m.lamportTime !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.lamportTime);
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.key);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NetworkKey message, length delimited. Does not implicitly {@link keelapi.NetworkKey.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NetworkKey
         * @static
         * @param {keelapi.NetworkKey.$Properties} message NetworkKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetworkKey.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NetworkKey message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NetworkKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NetworkKey & keelapi.NetworkKey.$Shape} NetworkKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetworkKey.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NetworkKey();
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
                            m.subsystem = v;
                        else
                            delete m.subsystem;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.lamportTime = v;
                        else
                            delete m.lamportTime;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.key = v;
                        else
                            delete m.key;
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
         * Decodes a NetworkKey message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NetworkKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NetworkKey & keelapi.NetworkKey.$Shape} NetworkKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetworkKey.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NetworkKey message.
         * @function verify
         * @memberof keelapi.NetworkKey
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NetworkKey.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem")) {
                if (!$util.isString(m.subsystem))
                    return "subsystem: string expected";
            }
            if (m.lamportTime != null && $Object.hasOwnProperty.call(m, "lamportTime")) {
                if (!$util.isInteger(m.lamportTime) && !(m.lamportTime && $util.isInteger(m.lamportTime.low) && $util.isInteger(m.lamportTime.high)))
                    return "lamportTime: integer|Long expected";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!(m.key && typeof m.key.length === "number" || $util.isString(m.key)))
                    return "key: buffer expected";
            }
            return null;
        };

        /**
         * Creates a NetworkKey message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NetworkKey
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NetworkKey} NetworkKey
         */
        NetworkKey.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NetworkKey)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NetworkKey: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NetworkKey();
            if (d.subsystem != null) {
                if (typeof d.subsystem !== "string" || d.subsystem.length) {
                    m.subsystem = $String(d.subsystem);
                }
            }
            if (d.lamportTime != null) {
                if (typeof d.lamportTime === "object" ? d.lamportTime.low || d.lamportTime.high : $Number(d.lamportTime) !== 0) {
                    if ($util.Long)
                        m.lamportTime = $util.Long.fromValue(d.lamportTime, true);
                    else if (typeof d.lamportTime === "string")
                        m.lamportTime = $parseInt(d.lamportTime, 10);
                    else if (typeof d.lamportTime === "number")
                        m.lamportTime = d.lamportTime;
                    else if (typeof d.lamportTime === "object")
                        m.lamportTime = new $util.LongBits(d.lamportTime.low >>> 0, d.lamportTime.high >>> 0).toNumber(true);
                }
            }
            if (d.key != null) {
                if (d.key.length) {
                    if (typeof d.key === "string")
                        $util.base64.decode(d.key, m.key = $util.newBuffer($util.base64.length(d.key)), 0);
                    else if (d.key.length >= 0)
                        m.key = d.key;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NetworkKey message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NetworkKey
         * @static
         * @param {keelapi.NetworkKey} m NetworkKey
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NetworkKey.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.subsystem = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.lamportTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lamportTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.key = "";
                else {
                    d.key = [];
                    if (o.bytes !== $Array)
                        d.key = $util.newBuffer(d.key);
                }
            }
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem")) {
                d.subsystem = m.subsystem;
            }
            if (m.lamportTime != null && $Object.hasOwnProperty.call(m, "lamportTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lamportTime = typeof m.lamportTime === "number" ? $BigInt(m.lamportTime) : $util.Long.fromBits(m.lamportTime.low >>> 0, m.lamportTime.high >>> 0, true).toBigInt();
                else if (typeof m.lamportTime === "number")
                    d.lamportTime = o.longs === $String ? $String(m.lamportTime) : m.lamportTime;
                else
                    d.lamportTime = o.longs === $String ? $util.Long.prototype.toString.call(m.lamportTime) : o.longs === $Number ? new $util.LongBits(m.lamportTime.low >>> 0, m.lamportTime.high >>> 0).toNumber(true) : m.lamportTime;
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = o.bytes === $String ? $util.base64.encode(m.key, 0, m.key.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.key) : m.key;
            }
            return d;
        };

        /**
         * Converts this NetworkKey to JSON.
         * @function toJSON
         * @memberof keelapi.NetworkKey
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NetworkKey.prototype.toJSON = function() {
            return NetworkKey.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NetworkKey
         * @function getTypeUrl
         * @memberof keelapi.NetworkKey
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NetworkKey.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NetworkKey";
        };

        return NetworkKey;
    })();

    keelapi.WatchNetworkKeysRequest = (function() {

        /**
         * Properties of a WatchNetworkKeysRequest.
         * @typedef {Object} keelapi.WatchNetworkKeysRequest.$Properties
         * @property {number|null} [sinceVersion] WatchNetworkKeysRequest sinceVersion
         * @property {number|null} [waitMs] WatchNetworkKeysRequest waitMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WatchNetworkKeysRequest.
         * @memberof keelapi
         * @interface IWatchNetworkKeysRequest
         * @augments keelapi.WatchNetworkKeysRequest.$Properties
         * @deprecated Use keelapi.WatchNetworkKeysRequest.$Properties instead.
         */

        /**
         * Shape of a WatchNetworkKeysRequest.
         * @typedef {keelapi.WatchNetworkKeysRequest.$Properties} keelapi.WatchNetworkKeysRequest.$Shape
         */

        /**
         * Constructs a new WatchNetworkKeysRequest.
         * @memberof keelapi
         * @classdesc Represents a WatchNetworkKeysRequest.
         * @constructor
         * @param {keelapi.WatchNetworkKeysRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WatchNetworkKeysRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WatchNetworkKeysRequest sinceVersion.
         * @member {number} sinceVersion
         * @memberof keelapi.WatchNetworkKeysRequest
         * @instance
         */
        WatchNetworkKeysRequest.prototype.sinceVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WatchNetworkKeysRequest waitMs.
         * @member {number} waitMs
         * @memberof keelapi.WatchNetworkKeysRequest
         * @instance
         */
        WatchNetworkKeysRequest.prototype.waitMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WatchNetworkKeysRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {keelapi.WatchNetworkKeysRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.WatchNetworkKeysRequest} WatchNetworkKeysRequest instance
         * @type {{
         *   (properties: keelapi.WatchNetworkKeysRequest.$Shape): keelapi.WatchNetworkKeysRequest & keelapi.WatchNetworkKeysRequest.$Shape;
         *   (properties?: keelapi.WatchNetworkKeysRequest.$Properties): keelapi.WatchNetworkKeysRequest;
         * }}
         */
        WatchNetworkKeysRequest.create = function(properties) {
            return new WatchNetworkKeysRequest(properties);
        };

        /**
         * Encodes the specified WatchNetworkKeysRequest message. Does not implicitly {@link keelapi.WatchNetworkKeysRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {keelapi.WatchNetworkKeysRequest.$Properties} m WatchNetworkKeysRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchNetworkKeysRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sinceVersion != null && $Object.hasOwnProperty.call(m, "sinceVersion") && (typeof m.sinceVersion === "object" ? m.sinceVersion.low || m.sinceVersion.high : m.sinceVersion !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.sinceVersion);
            if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs") && (typeof m.waitMs === "object" ? m.waitMs.low || m.waitMs.high : m.waitMs !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.waitMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified WatchNetworkKeysRequest message, length delimited. Does not implicitly {@link keelapi.WatchNetworkKeysRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {keelapi.WatchNetworkKeysRequest.$Properties} message WatchNetworkKeysRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchNetworkKeysRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WatchNetworkKeysRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.WatchNetworkKeysRequest & keelapi.WatchNetworkKeysRequest.$Shape} WatchNetworkKeysRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchNetworkKeysRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.WatchNetworkKeysRequest();
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
                            m.sinceVersion = v;
                        else
                            delete m.sinceVersion;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.waitMs = v;
                        else
                            delete m.waitMs;
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
         * Decodes a WatchNetworkKeysRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.WatchNetworkKeysRequest & keelapi.WatchNetworkKeysRequest.$Shape} WatchNetworkKeysRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchNetworkKeysRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WatchNetworkKeysRequest message.
         * @function verify
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WatchNetworkKeysRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.sinceVersion != null && $Object.hasOwnProperty.call(m, "sinceVersion")) {
                if (!$util.isInteger(m.sinceVersion) && !(m.sinceVersion && $util.isInteger(m.sinceVersion.low) && $util.isInteger(m.sinceVersion.high)))
                    return "sinceVersion: integer|Long expected";
            }
            if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                if (!$util.isInteger(m.waitMs) && !(m.waitMs && $util.isInteger(m.waitMs.low) && $util.isInteger(m.waitMs.high)))
                    return "waitMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a WatchNetworkKeysRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.WatchNetworkKeysRequest} WatchNetworkKeysRequest
         */
        WatchNetworkKeysRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.WatchNetworkKeysRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.WatchNetworkKeysRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.WatchNetworkKeysRequest();
            if (d.sinceVersion != null) {
                if (typeof d.sinceVersion === "object" ? d.sinceVersion.low || d.sinceVersion.high : $Number(d.sinceVersion) !== 0) {
                    if ($util.Long)
                        m.sinceVersion = $util.Long.fromValue(d.sinceVersion, true);
                    else if (typeof d.sinceVersion === "string")
                        m.sinceVersion = $parseInt(d.sinceVersion, 10);
                    else if (typeof d.sinceVersion === "number")
                        m.sinceVersion = d.sinceVersion;
                    else if (typeof d.sinceVersion === "object")
                        m.sinceVersion = new $util.LongBits(d.sinceVersion.low >>> 0, d.sinceVersion.high >>> 0).toNumber(true);
                }
            }
            if (d.waitMs != null) {
                if (typeof d.waitMs === "object" ? d.waitMs.low || d.waitMs.high : $Number(d.waitMs) !== 0) {
                    if ($util.Long)
                        m.waitMs = $util.Long.fromValue(d.waitMs, true);
                    else if (typeof d.waitMs === "string")
                        m.waitMs = $parseInt(d.waitMs, 10);
                    else if (typeof d.waitMs === "number")
                        m.waitMs = d.waitMs;
                    else if (typeof d.waitMs === "object")
                        m.waitMs = new $util.LongBits(d.waitMs.low >>> 0, d.waitMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a WatchNetworkKeysRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {keelapi.WatchNetworkKeysRequest} m WatchNetworkKeysRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WatchNetworkKeysRequest.toObject = function (m, o, q) {
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
                    d.sinceVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.sinceVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.waitMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.waitMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.sinceVersion != null && $Object.hasOwnProperty.call(m, "sinceVersion")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.sinceVersion = typeof m.sinceVersion === "number" ? $BigInt(m.sinceVersion) : $util.Long.fromBits(m.sinceVersion.low >>> 0, m.sinceVersion.high >>> 0, true).toBigInt();
                else if (typeof m.sinceVersion === "number")
                    d.sinceVersion = o.longs === $String ? $String(m.sinceVersion) : m.sinceVersion;
                else
                    d.sinceVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceVersion) : o.longs === $Number ? new $util.LongBits(m.sinceVersion.low >>> 0, m.sinceVersion.high >>> 0).toNumber(true) : m.sinceVersion;
            }
            if (m.waitMs != null && $Object.hasOwnProperty.call(m, "waitMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.waitMs = typeof m.waitMs === "number" ? $BigInt(m.waitMs) : $util.Long.fromBits(m.waitMs.low >>> 0, m.waitMs.high >>> 0, true).toBigInt();
                else if (typeof m.waitMs === "number")
                    d.waitMs = o.longs === $String ? $String(m.waitMs) : m.waitMs;
                else
                    d.waitMs = o.longs === $String ? $util.Long.prototype.toString.call(m.waitMs) : o.longs === $Number ? new $util.LongBits(m.waitMs.low >>> 0, m.waitMs.high >>> 0).toNumber(true) : m.waitMs;
            }
            return d;
        };

        /**
         * Converts this WatchNetworkKeysRequest to JSON.
         * @function toJSON
         * @memberof keelapi.WatchNetworkKeysRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WatchNetworkKeysRequest.prototype.toJSON = function() {
            return WatchNetworkKeysRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WatchNetworkKeysRequest
         * @function getTypeUrl
         * @memberof keelapi.WatchNetworkKeysRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WatchNetworkKeysRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.WatchNetworkKeysRequest";
        };

        return WatchNetworkKeysRequest;
    })();

    keelapi.NetworkKeysResponse = (function() {

        /**
         * Properties of a NetworkKeysResponse.
         * @typedef {Object} keelapi.NetworkKeysResponse.$Properties
         * @property {number|null} [version] NetworkKeysResponse version
         * @property {Array.<keelapi.NetworkKey.$Properties>|null} [keys] NetworkKeysResponse keys
         * @property {string|null} [desiredRole] NetworkKeysResponse desiredRole
         * @property {Array.<keelapi.Member.$Properties>|null} [managers] NetworkKeysResponse managers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NetworkKeysResponse.
         * @memberof keelapi
         * @interface INetworkKeysResponse
         * @augments keelapi.NetworkKeysResponse.$Properties
         * @deprecated Use keelapi.NetworkKeysResponse.$Properties instead.
         */

        /**
         * Shape of a NetworkKeysResponse.
         * @typedef {keelapi.NetworkKeysResponse.$Properties} keelapi.NetworkKeysResponse.$Shape
         */

        /**
         * Constructs a new NetworkKeysResponse.
         * @memberof keelapi
         * @classdesc Represents a NetworkKeysResponse.
         * @constructor
         * @param {keelapi.NetworkKeysResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NetworkKeysResponse = function (p) {
            this.keys = [];
            this.managers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NetworkKeysResponse version.
         * @member {number} version
         * @memberof keelapi.NetworkKeysResponse
         * @instance
         */
        NetworkKeysResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NetworkKeysResponse keys.
         * @member {Array.<keelapi.NetworkKey.$Properties>} keys
         * @memberof keelapi.NetworkKeysResponse
         * @instance
         */
        NetworkKeysResponse.prototype.keys = $util.emptyArray;

        /**
         * NetworkKeysResponse desiredRole.
         * @member {string} desiredRole
         * @memberof keelapi.NetworkKeysResponse
         * @instance
         */
        NetworkKeysResponse.prototype.desiredRole = "";

        /**
         * NetworkKeysResponse managers.
         * @member {Array.<keelapi.Member.$Properties>} managers
         * @memberof keelapi.NetworkKeysResponse
         * @instance
         */
        NetworkKeysResponse.prototype.managers = $util.emptyArray;

        /**
         * Creates a new NetworkKeysResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {keelapi.NetworkKeysResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.NetworkKeysResponse} NetworkKeysResponse instance
         * @type {{
         *   (properties: keelapi.NetworkKeysResponse.$Shape): keelapi.NetworkKeysResponse & keelapi.NetworkKeysResponse.$Shape;
         *   (properties?: keelapi.NetworkKeysResponse.$Properties): keelapi.NetworkKeysResponse;
         * }}
         */
        NetworkKeysResponse.create = function(properties) {
            return new NetworkKeysResponse(properties);
        };

        /**
         * Encodes the specified NetworkKeysResponse message. Does not implicitly {@link keelapi.NetworkKeysResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {keelapi.NetworkKeysResponse.$Properties} m NetworkKeysResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetworkKeysResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.version);
            if (m.keys != null && m.keys.length) {
                for (var i = 0; i < m.keys.length; ++i)
                    $root.keelapi.NetworkKey.encode(m.keys[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole") && m.desiredRole !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.desiredRole);
            if (m.managers != null && m.managers.length) {
                for (var i = 0; i < m.managers.length; ++i)
                    $root.keelapi.Member.encode(m.managers[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NetworkKeysResponse message, length delimited. Does not implicitly {@link keelapi.NetworkKeysResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {keelapi.NetworkKeysResponse.$Properties} message NetworkKeysResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NetworkKeysResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NetworkKeysResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NetworkKeysResponse & keelapi.NetworkKeysResponse.$Shape} NetworkKeysResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetworkKeysResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NetworkKeysResponse();
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
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.keys && m.keys.length))
                            m.keys = [];
                        m.keys.push($root.keelapi.NetworkKey.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.desiredRole = v;
                        else
                            delete m.desiredRole;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.managers && m.managers.length))
                            m.managers = [];
                        m.managers.push($root.keelapi.Member.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a NetworkKeysResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NetworkKeysResponse & keelapi.NetworkKeysResponse.$Shape} NetworkKeysResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NetworkKeysResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NetworkKeysResponse message.
         * @function verify
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NetworkKeysResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            if (m.keys != null && $Object.hasOwnProperty.call(m, "keys")) {
                if (!$Array.isArray(m.keys))
                    return "keys: array expected";
                for (var i = 0; i < m.keys.length; ++i) {
                    {
                        var e = $root.keelapi.NetworkKey.verify(m.keys[i], q + 1);
                        if (e)
                            return "keys." + e;
                    }
                }
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole")) {
                if (!$util.isString(m.desiredRole))
                    return "desiredRole: string expected";
            }
            if (m.managers != null && $Object.hasOwnProperty.call(m, "managers")) {
                if (!$Array.isArray(m.managers))
                    return "managers: array expected";
                for (var i = 0; i < m.managers.length; ++i) {
                    {
                        var e = $root.keelapi.Member.verify(m.managers[i], q + 1);
                        if (e)
                            return "managers." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a NetworkKeysResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NetworkKeysResponse} NetworkKeysResponse
         */
        NetworkKeysResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NetworkKeysResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NetworkKeysResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NetworkKeysResponse();
            if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, true);
                    else if (typeof d.version === "string")
                        m.version = $parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                }
            }
            if (d.keys) {
                if (!$Array.isArray(d.keys))
                    throw $TypeError(".keelapi.NetworkKeysResponse.keys: array expected");
                m.keys = $Array(d.keys.length);
                for (var i = 0; i < d.keys.length; ++i) {
                    if (!$util.isObject(d.keys[i]))
                        throw $TypeError(".keelapi.NetworkKeysResponse.keys: object expected");
                    m.keys[i] = $root.keelapi.NetworkKey.fromObject(d.keys[i], q + 1);
                }
            }
            if (d.desiredRole != null) {
                if (typeof d.desiredRole !== "string" || d.desiredRole.length) {
                    m.desiredRole = $String(d.desiredRole);
                }
            }
            if (d.managers) {
                if (!$Array.isArray(d.managers))
                    throw $TypeError(".keelapi.NetworkKeysResponse.managers: array expected");
                m.managers = $Array(d.managers.length);
                for (var i = 0; i < d.managers.length; ++i) {
                    if (!$util.isObject(d.managers[i]))
                        throw $TypeError(".keelapi.NetworkKeysResponse.managers: object expected");
                    m.managers[i] = $root.keelapi.Member.fromObject(d.managers[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NetworkKeysResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {keelapi.NetworkKeysResponse} m NetworkKeysResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NetworkKeysResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.keys = [];
                d.managers = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.desiredRole = "";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
            }
            if (m.keys && m.keys.length) {
                d.keys = $Array(m.keys.length);
                for (var j = 0; j < m.keys.length; ++j) {
                    d.keys[j] = $root.keelapi.NetworkKey.toObject(m.keys[j], o, q + 1);
                }
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole")) {
                d.desiredRole = m.desiredRole;
            }
            if (m.managers && m.managers.length) {
                d.managers = $Array(m.managers.length);
                for (var j = 0; j < m.managers.length; ++j) {
                    d.managers[j] = $root.keelapi.Member.toObject(m.managers[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this NetworkKeysResponse to JSON.
         * @function toJSON
         * @memberof keelapi.NetworkKeysResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NetworkKeysResponse.prototype.toJSON = function() {
            return NetworkKeysResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NetworkKeysResponse
         * @function getTypeUrl
         * @memberof keelapi.NetworkKeysResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NetworkKeysResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NetworkKeysResponse";
        };

        return NetworkKeysResponse;
    })();

    keelapi.DekRotationResponse = (function() {

        /**
         * Properties of a DekRotationResponse.
         * @typedef {Object} keelapi.DekRotationResponse.$Properties
         * @property {string|null} [state] DekRotationResponse state
         * @property {string|null} [currentKeyId] DekRotationResponse currentKeyId
         * @property {string|null} [pendingKeyId] DekRotationResponse pendingKeyId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DekRotationResponse.
         * @memberof keelapi
         * @interface IDekRotationResponse
         * @augments keelapi.DekRotationResponse.$Properties
         * @deprecated Use keelapi.DekRotationResponse.$Properties instead.
         */

        /**
         * Shape of a DekRotationResponse.
         * @typedef {keelapi.DekRotationResponse.$Properties} keelapi.DekRotationResponse.$Shape
         */

        /**
         * Constructs a new DekRotationResponse.
         * @memberof keelapi
         * @classdesc Represents a DekRotationResponse.
         * @constructor
         * @param {keelapi.DekRotationResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DekRotationResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DekRotationResponse state.
         * @member {string} state
         * @memberof keelapi.DekRotationResponse
         * @instance
         */
        DekRotationResponse.prototype.state = "";

        /**
         * DekRotationResponse currentKeyId.
         * @member {string} currentKeyId
         * @memberof keelapi.DekRotationResponse
         * @instance
         */
        DekRotationResponse.prototype.currentKeyId = "";

        /**
         * DekRotationResponse pendingKeyId.
         * @member {string} pendingKeyId
         * @memberof keelapi.DekRotationResponse
         * @instance
         */
        DekRotationResponse.prototype.pendingKeyId = "";

        /**
         * Creates a new DekRotationResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {keelapi.DekRotationResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.DekRotationResponse} DekRotationResponse instance
         * @type {{
         *   (properties: keelapi.DekRotationResponse.$Shape): keelapi.DekRotationResponse & keelapi.DekRotationResponse.$Shape;
         *   (properties?: keelapi.DekRotationResponse.$Properties): keelapi.DekRotationResponse;
         * }}
         */
        DekRotationResponse.create = function(properties) {
            return new DekRotationResponse(properties);
        };

        /**
         * Encodes the specified DekRotationResponse message. Does not implicitly {@link keelapi.DekRotationResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {keelapi.DekRotationResponse.$Properties} m DekRotationResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DekRotationResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.state);
            if (m.currentKeyId != null && $Object.hasOwnProperty.call(m, "currentKeyId") && m.currentKeyId !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.currentKeyId);
            if (m.pendingKeyId != null && $Object.hasOwnProperty.call(m, "pendingKeyId") && m.pendingKeyId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.pendingKeyId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DekRotationResponse message, length delimited. Does not implicitly {@link keelapi.DekRotationResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {keelapi.DekRotationResponse.$Properties} message DekRotationResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DekRotationResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DekRotationResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.DekRotationResponse & keelapi.DekRotationResponse.$Shape} DekRotationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DekRotationResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.DekRotationResponse();
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
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.currentKeyId = v;
                        else
                            delete m.currentKeyId;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.pendingKeyId = v;
                        else
                            delete m.pendingKeyId;
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
         * Decodes a DekRotationResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.DekRotationResponse & keelapi.DekRotationResponse.$Shape} DekRotationResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DekRotationResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DekRotationResponse message.
         * @function verify
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DekRotationResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (!$util.isString(m.state))
                    return "state: string expected";
            }
            if (m.currentKeyId != null && $Object.hasOwnProperty.call(m, "currentKeyId")) {
                if (!$util.isString(m.currentKeyId))
                    return "currentKeyId: string expected";
            }
            if (m.pendingKeyId != null && $Object.hasOwnProperty.call(m, "pendingKeyId")) {
                if (!$util.isString(m.pendingKeyId))
                    return "pendingKeyId: string expected";
            }
            return null;
        };

        /**
         * Creates a DekRotationResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.DekRotationResponse} DekRotationResponse
         */
        DekRotationResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.DekRotationResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.DekRotationResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.DekRotationResponse();
            if (d.state != null) {
                if (typeof d.state !== "string" || d.state.length) {
                    m.state = $String(d.state);
                }
            }
            if (d.currentKeyId != null) {
                if (typeof d.currentKeyId !== "string" || d.currentKeyId.length) {
                    m.currentKeyId = $String(d.currentKeyId);
                }
            }
            if (d.pendingKeyId != null) {
                if (typeof d.pendingKeyId !== "string" || d.pendingKeyId.length) {
                    m.pendingKeyId = $String(d.pendingKeyId);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DekRotationResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {keelapi.DekRotationResponse} m DekRotationResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DekRotationResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.state = "";
                d.currentKeyId = "";
                d.pendingKeyId = "";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = m.state;
            }
            if (m.currentKeyId != null && $Object.hasOwnProperty.call(m, "currentKeyId")) {
                d.currentKeyId = m.currentKeyId;
            }
            if (m.pendingKeyId != null && $Object.hasOwnProperty.call(m, "pendingKeyId")) {
                d.pendingKeyId = m.pendingKeyId;
            }
            return d;
        };

        /**
         * Converts this DekRotationResponse to JSON.
         * @function toJSON
         * @memberof keelapi.DekRotationResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DekRotationResponse.prototype.toJSON = function() {
            return DekRotationResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DekRotationResponse
         * @function getTypeUrl
         * @memberof keelapi.DekRotationResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DekRotationResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.DekRotationResponse";
        };

        return DekRotationResponse;
    })();

    keelapi.MemberStatus = (function() {

        /**
         * Properties of a MemberStatus.
         * @typedef {Object} keelapi.MemberStatus.$Properties
         * @property {string|null} [nodeId] MemberStatus nodeId
         * @property {string|null} [address] MemberStatus address
         * @property {string|null} [suffrage] MemberStatus suffrage
         * @property {number|null} [match] MemberStatus match
         * @property {boolean|null} [reachable] MemberStatus reachable
         * @property {boolean|null} [leader] MemberStatus leader
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MemberStatus.
         * @memberof keelapi
         * @interface IMemberStatus
         * @augments keelapi.MemberStatus.$Properties
         * @deprecated Use keelapi.MemberStatus.$Properties instead.
         */

        /**
         * Shape of a MemberStatus.
         * @typedef {keelapi.MemberStatus.$Properties} keelapi.MemberStatus.$Shape
         */

        /**
         * Constructs a new MemberStatus.
         * @memberof keelapi
         * @classdesc Represents a MemberStatus.
         * @constructor
         * @param {keelapi.MemberStatus.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MemberStatus = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MemberStatus nodeId.
         * @member {string} nodeId
         * @memberof keelapi.MemberStatus
         * @instance
         */
        MemberStatus.prototype.nodeId = "";

        /**
         * MemberStatus address.
         * @member {string} address
         * @memberof keelapi.MemberStatus
         * @instance
         */
        MemberStatus.prototype.address = "";

        /**
         * MemberStatus suffrage.
         * @member {string} suffrage
         * @memberof keelapi.MemberStatus
         * @instance
         */
        MemberStatus.prototype.suffrage = "";

        /**
         * MemberStatus match.
         * @member {number} match
         * @memberof keelapi.MemberStatus
         * @instance
         */
        MemberStatus.prototype.match = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MemberStatus reachable.
         * @member {boolean} reachable
         * @memberof keelapi.MemberStatus
         * @instance
         */
        MemberStatus.prototype.reachable = false;

        /**
         * MemberStatus leader.
         * @member {boolean} leader
         * @memberof keelapi.MemberStatus
         * @instance
         */
        MemberStatus.prototype.leader = false;

        /**
         * Creates a new MemberStatus instance using the specified properties.
         * @function create
         * @memberof keelapi.MemberStatus
         * @static
         * @param {keelapi.MemberStatus.$Properties=} [properties] Properties to set
         * @returns {keelapi.MemberStatus} MemberStatus instance
         * @type {{
         *   (properties: keelapi.MemberStatus.$Shape): keelapi.MemberStatus & keelapi.MemberStatus.$Shape;
         *   (properties?: keelapi.MemberStatus.$Properties): keelapi.MemberStatus;
         * }}
         */
        MemberStatus.create = function(properties) {
            return new MemberStatus(properties);
        };

        /**
         * Encodes the specified MemberStatus message. Does not implicitly {@link keelapi.MemberStatus.verify|verify} messages.
         * @function encode
         * @memberof keelapi.MemberStatus
         * @static
         * @param {keelapi.MemberStatus.$Properties} m MemberStatus message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberStatus.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.address);
            if (m.suffrage != null && $Object.hasOwnProperty.call(m, "suffrage") && m.suffrage !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.suffrage);
            if (m.match != null && $Object.hasOwnProperty.call(m, "match") && (typeof m.match === "object" ? m.match.low || m.match.high : m.match !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.match);
            if (m.reachable != null && $Object.hasOwnProperty.call(m, "reachable") && m.reachable !== false)
                w.uint32(/* id 5, wireType 0 =*/40).bool(m.reachable);
            if (m.leader != null && $Object.hasOwnProperty.call(m, "leader") && m.leader !== false)
                w.uint32(/* id 6, wireType 0 =*/48).bool(m.leader);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MemberStatus message, length delimited. Does not implicitly {@link keelapi.MemberStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.MemberStatus
         * @static
         * @param {keelapi.MemberStatus.$Properties} message MemberStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MemberStatus message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.MemberStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.MemberStatus & keelapi.MemberStatus.$Shape} MemberStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberStatus.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.MemberStatus();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.address = v;
                        else
                            delete m.address;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.suffrage = v;
                        else
                            delete m.suffrage;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.match = v;
                        else
                            delete m.match;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.reachable = v;
                        else
                            delete m.reachable;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.leader = v;
                        else
                            delete m.leader;
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
         * Decodes a MemberStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.MemberStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.MemberStatus & keelapi.MemberStatus.$Shape} MemberStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MemberStatus message.
         * @function verify
         * @memberof keelapi.MemberStatus
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MemberStatus.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                if (!$util.isString(m.address))
                    return "address: string expected";
            }
            if (m.suffrage != null && $Object.hasOwnProperty.call(m, "suffrage")) {
                if (!$util.isString(m.suffrage))
                    return "suffrage: string expected";
            }
            if (m.match != null && $Object.hasOwnProperty.call(m, "match")) {
                if (!$util.isInteger(m.match) && !(m.match && $util.isInteger(m.match.low) && $util.isInteger(m.match.high)))
                    return "match: integer|Long expected";
            }
            if (m.reachable != null && $Object.hasOwnProperty.call(m, "reachable")) {
                if (typeof m.reachable !== "boolean")
                    return "reachable: boolean expected";
            }
            if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                if (typeof m.leader !== "boolean")
                    return "leader: boolean expected";
            }
            return null;
        };

        /**
         * Creates a MemberStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.MemberStatus
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.MemberStatus} MemberStatus
         */
        MemberStatus.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.MemberStatus)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.MemberStatus: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.MemberStatus();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            if (d.address != null) {
                if (typeof d.address !== "string" || d.address.length) {
                    m.address = $String(d.address);
                }
            }
            if (d.suffrage != null) {
                if (typeof d.suffrage !== "string" || d.suffrage.length) {
                    m.suffrage = $String(d.suffrage);
                }
            }
            if (d.match != null) {
                if (typeof d.match === "object" ? d.match.low || d.match.high : $Number(d.match) !== 0) {
                    if ($util.Long)
                        m.match = $util.Long.fromValue(d.match, true);
                    else if (typeof d.match === "string")
                        m.match = $parseInt(d.match, 10);
                    else if (typeof d.match === "number")
                        m.match = d.match;
                    else if (typeof d.match === "object")
                        m.match = new $util.LongBits(d.match.low >>> 0, d.match.high >>> 0).toNumber(true);
                }
            }
            if (d.reachable != null) {
                if (d.reachable) {
                    m.reachable = $Boolean(d.reachable);
                }
            }
            if (d.leader != null) {
                if (d.leader) {
                    m.leader = $Boolean(d.leader);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MemberStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.MemberStatus
         * @static
         * @param {keelapi.MemberStatus} m MemberStatus
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MemberStatus.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.nodeId = "";
                d.address = "";
                d.suffrage = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.match = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.match = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.reachable = false;
                d.leader = false;
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                d.address = m.address;
            }
            if (m.suffrage != null && $Object.hasOwnProperty.call(m, "suffrage")) {
                d.suffrage = m.suffrage;
            }
            if (m.match != null && $Object.hasOwnProperty.call(m, "match")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.match = typeof m.match === "number" ? $BigInt(m.match) : $util.Long.fromBits(m.match.low >>> 0, m.match.high >>> 0, true).toBigInt();
                else if (typeof m.match === "number")
                    d.match = o.longs === $String ? $String(m.match) : m.match;
                else
                    d.match = o.longs === $String ? $util.Long.prototype.toString.call(m.match) : o.longs === $Number ? new $util.LongBits(m.match.low >>> 0, m.match.high >>> 0).toNumber(true) : m.match;
            }
            if (m.reachable != null && $Object.hasOwnProperty.call(m, "reachable")) {
                d.reachable = m.reachable;
            }
            if (m.leader != null && $Object.hasOwnProperty.call(m, "leader")) {
                d.leader = m.leader;
            }
            return d;
        };

        /**
         * Converts this MemberStatus to JSON.
         * @function toJSON
         * @memberof keelapi.MemberStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MemberStatus.prototype.toJSON = function() {
            return MemberStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MemberStatus
         * @function getTypeUrl
         * @memberof keelapi.MemberStatus
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MemberStatus.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.MemberStatus";
        };

        return MemberStatus;
    })();

    keelapi.SubsystemKey = (function() {

        /**
         * Properties of a SubsystemKey.
         * @typedef {Object} keelapi.SubsystemKey.$Properties
         * @property {string|null} [subsystem] SubsystemKey subsystem
         * @property {number|null} [primaryTag] SubsystemKey primaryTag
         * @property {number|null} [keyCount] SubsystemKey keyCount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SubsystemKey.
         * @memberof keelapi
         * @interface ISubsystemKey
         * @augments keelapi.SubsystemKey.$Properties
         * @deprecated Use keelapi.SubsystemKey.$Properties instead.
         */

        /**
         * Shape of a SubsystemKey.
         * @typedef {keelapi.SubsystemKey.$Properties} keelapi.SubsystemKey.$Shape
         */

        /**
         * Constructs a new SubsystemKey.
         * @memberof keelapi
         * @classdesc Represents a SubsystemKey.
         * @constructor
         * @param {keelapi.SubsystemKey.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SubsystemKey = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SubsystemKey subsystem.
         * @member {string} subsystem
         * @memberof keelapi.SubsystemKey
         * @instance
         */
        SubsystemKey.prototype.subsystem = "";

        /**
         * SubsystemKey primaryTag.
         * @member {number} primaryTag
         * @memberof keelapi.SubsystemKey
         * @instance
         */
        SubsystemKey.prototype.primaryTag = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SubsystemKey keyCount.
         * @member {number} keyCount
         * @memberof keelapi.SubsystemKey
         * @instance
         */
        SubsystemKey.prototype.keyCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SubsystemKey instance using the specified properties.
         * @function create
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {keelapi.SubsystemKey.$Properties=} [properties] Properties to set
         * @returns {keelapi.SubsystemKey} SubsystemKey instance
         * @type {{
         *   (properties: keelapi.SubsystemKey.$Shape): keelapi.SubsystemKey & keelapi.SubsystemKey.$Shape;
         *   (properties?: keelapi.SubsystemKey.$Properties): keelapi.SubsystemKey;
         * }}
         */
        SubsystemKey.create = function(properties) {
            return new SubsystemKey(properties);
        };

        /**
         * Encodes the specified SubsystemKey message. Does not implicitly {@link keelapi.SubsystemKey.verify|verify} messages.
         * @function encode
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {keelapi.SubsystemKey.$Properties} m SubsystemKey message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubsystemKey.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem") && m.subsystem !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.subsystem);
            if (m.primaryTag != null && $Object.hasOwnProperty.call(m, "primaryTag") && (typeof m.primaryTag === "object" ? m.primaryTag.low || m.primaryTag.high : m.primaryTag !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.primaryTag);
            if (m.keyCount != null && $Object.hasOwnProperty.call(m, "keyCount") && (typeof m.keyCount === "object" ? m.keyCount.low || m.keyCount.high : m.keyCount !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.keyCount);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SubsystemKey message, length delimited. Does not implicitly {@link keelapi.SubsystemKey.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {keelapi.SubsystemKey.$Properties} message SubsystemKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubsystemKey.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SubsystemKey message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.SubsystemKey & keelapi.SubsystemKey.$Shape} SubsystemKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubsystemKey.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.SubsystemKey();
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
                            m.subsystem = v;
                        else
                            delete m.subsystem;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.primaryTag = v;
                        else
                            delete m.primaryTag;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.keyCount = v;
                        else
                            delete m.keyCount;
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
         * Decodes a SubsystemKey message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.SubsystemKey & keelapi.SubsystemKey.$Shape} SubsystemKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubsystemKey.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SubsystemKey message.
         * @function verify
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SubsystemKey.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem")) {
                if (!$util.isString(m.subsystem))
                    return "subsystem: string expected";
            }
            if (m.primaryTag != null && $Object.hasOwnProperty.call(m, "primaryTag")) {
                if (!$util.isInteger(m.primaryTag) && !(m.primaryTag && $util.isInteger(m.primaryTag.low) && $util.isInteger(m.primaryTag.high)))
                    return "primaryTag: integer|Long expected";
            }
            if (m.keyCount != null && $Object.hasOwnProperty.call(m, "keyCount")) {
                if (!$util.isInteger(m.keyCount) && !(m.keyCount && $util.isInteger(m.keyCount.low) && $util.isInteger(m.keyCount.high)))
                    return "keyCount: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a SubsystemKey message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.SubsystemKey} SubsystemKey
         */
        SubsystemKey.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.SubsystemKey)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.SubsystemKey: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.SubsystemKey();
            if (d.subsystem != null) {
                if (typeof d.subsystem !== "string" || d.subsystem.length) {
                    m.subsystem = $String(d.subsystem);
                }
            }
            if (d.primaryTag != null) {
                if (typeof d.primaryTag === "object" ? d.primaryTag.low || d.primaryTag.high : $Number(d.primaryTag) !== 0) {
                    if ($util.Long)
                        m.primaryTag = $util.Long.fromValue(d.primaryTag, true);
                    else if (typeof d.primaryTag === "string")
                        m.primaryTag = $parseInt(d.primaryTag, 10);
                    else if (typeof d.primaryTag === "number")
                        m.primaryTag = d.primaryTag;
                    else if (typeof d.primaryTag === "object")
                        m.primaryTag = new $util.LongBits(d.primaryTag.low >>> 0, d.primaryTag.high >>> 0).toNumber(true);
                }
            }
            if (d.keyCount != null) {
                if (typeof d.keyCount === "object" ? d.keyCount.low || d.keyCount.high : $Number(d.keyCount) !== 0) {
                    if ($util.Long)
                        m.keyCount = $util.Long.fromValue(d.keyCount, true);
                    else if (typeof d.keyCount === "string")
                        m.keyCount = $parseInt(d.keyCount, 10);
                    else if (typeof d.keyCount === "number")
                        m.keyCount = d.keyCount;
                    else if (typeof d.keyCount === "object")
                        m.keyCount = new $util.LongBits(d.keyCount.low >>> 0, d.keyCount.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SubsystemKey message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {keelapi.SubsystemKey} m SubsystemKey
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SubsystemKey.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.subsystem = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.primaryTag = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.primaryTag = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.keyCount = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.keyCount = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem")) {
                d.subsystem = m.subsystem;
            }
            if (m.primaryTag != null && $Object.hasOwnProperty.call(m, "primaryTag")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.primaryTag = typeof m.primaryTag === "number" ? $BigInt(m.primaryTag) : $util.Long.fromBits(m.primaryTag.low >>> 0, m.primaryTag.high >>> 0, true).toBigInt();
                else if (typeof m.primaryTag === "number")
                    d.primaryTag = o.longs === $String ? $String(m.primaryTag) : m.primaryTag;
                else
                    d.primaryTag = o.longs === $String ? $util.Long.prototype.toString.call(m.primaryTag) : o.longs === $Number ? new $util.LongBits(m.primaryTag.low >>> 0, m.primaryTag.high >>> 0).toNumber(true) : m.primaryTag;
            }
            if (m.keyCount != null && $Object.hasOwnProperty.call(m, "keyCount")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.keyCount = typeof m.keyCount === "number" ? $BigInt(m.keyCount) : $util.Long.fromBits(m.keyCount.low >>> 0, m.keyCount.high >>> 0, true).toBigInt();
                else if (typeof m.keyCount === "number")
                    d.keyCount = o.longs === $String ? $String(m.keyCount) : m.keyCount;
                else
                    d.keyCount = o.longs === $String ? $util.Long.prototype.toString.call(m.keyCount) : o.longs === $Number ? new $util.LongBits(m.keyCount.low >>> 0, m.keyCount.high >>> 0).toNumber(true) : m.keyCount;
            }
            return d;
        };

        /**
         * Converts this SubsystemKey to JSON.
         * @function toJSON
         * @memberof keelapi.SubsystemKey
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SubsystemKey.prototype.toJSON = function() {
            return SubsystemKey.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SubsystemKey
         * @function getTypeUrl
         * @memberof keelapi.SubsystemKey
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SubsystemKey.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.SubsystemKey";
        };

        return SubsystemKey;
    })();

    keelapi.StatusResponse = (function() {

        /**
         * Properties of a StatusResponse.
         * @typedef {Object} keelapi.StatusResponse.$Properties
         * @property {string|null} [nodeId] StatusResponse nodeId
         * @property {string|null} [role] StatusResponse role
         * @property {string|null} [clusterId] StatusResponse clusterId
         * @property {string|null} [state] StatusResponse state
         * @property {string|null} [address] StatusResponse address
         * @property {string|null} [leaderId] StatusResponse leaderId
         * @property {string|null} [raftState] StatusResponse raftState
         * @property {number|null} [term] StatusResponse term
         * @property {number|null} [commit] StatusResponse commit
         * @property {number|null} [applied] StatusResponse applied
         * @property {Array.<keelapi.MemberStatus.$Properties>|null} [members] StatusResponse members
         * @property {string|null} [dekState] StatusResponse dekState
         * @property {string|null} [dekCurrent] StatusResponse dekCurrent
         * @property {string|null} [dekPending] StatusResponse dekPending
         * @property {number|null} [kekVersion] StatusResponse kekVersion
         * @property {boolean|null} [autolock] StatusResponse autolock
         * @property {number|null} [certificateNotAfterMs] StatusResponse certificateNotAfterMs
         * @property {Array.<keelapi.SubsystemKey.$Properties>|null} [networkKeys] StatusResponse networkKeys
         * @property {number|null} [clusterVersion] StatusResponse clusterVersion
         * @property {string|null} [leaderAddress] StatusResponse leaderAddress
         * @property {Object.<string,number>|null} [refusals] StatusResponse refusals
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusResponse.
         * @memberof keelapi
         * @interface IStatusResponse
         * @augments keelapi.StatusResponse.$Properties
         * @deprecated Use keelapi.StatusResponse.$Properties instead.
         */

        /**
         * Shape of a StatusResponse.
         * @typedef {keelapi.StatusResponse.$Properties} keelapi.StatusResponse.$Shape
         */

        /**
         * Constructs a new StatusResponse.
         * @memberof keelapi
         * @classdesc Represents a StatusResponse.
         * @constructor
         * @param {keelapi.StatusResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusResponse = function (p) {
            this.members = [];
            this.networkKeys = [];
            this.refusals = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StatusResponse nodeId.
         * @member {string} nodeId
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.nodeId = "";

        /**
         * StatusResponse role.
         * @member {string} role
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.role = "";

        /**
         * StatusResponse clusterId.
         * @member {string} clusterId
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.clusterId = "";

        /**
         * StatusResponse state.
         * @member {string} state
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.state = "";

        /**
         * StatusResponse address.
         * @member {string} address
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.address = "";

        /**
         * StatusResponse leaderId.
         * @member {string} leaderId
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.leaderId = "";

        /**
         * StatusResponse raftState.
         * @member {string} raftState
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.raftState = "";

        /**
         * StatusResponse term.
         * @member {number} term
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse commit.
         * @member {number} commit
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse applied.
         * @member {number} applied
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse members.
         * @member {Array.<keelapi.MemberStatus.$Properties>} members
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.members = $util.emptyArray;

        /**
         * StatusResponse dekState.
         * @member {string} dekState
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.dekState = "";

        /**
         * StatusResponse dekCurrent.
         * @member {string} dekCurrent
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.dekCurrent = "";

        /**
         * StatusResponse dekPending.
         * @member {string} dekPending
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.dekPending = "";

        /**
         * StatusResponse kekVersion.
         * @member {number} kekVersion
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.kekVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse autolock.
         * @member {boolean} autolock
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.autolock = false;

        /**
         * StatusResponse certificateNotAfterMs.
         * @member {number} certificateNotAfterMs
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.certificateNotAfterMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse networkKeys.
         * @member {Array.<keelapi.SubsystemKey.$Properties>} networkKeys
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.networkKeys = $util.emptyArray;

        /**
         * StatusResponse clusterVersion.
         * @member {number} clusterVersion
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.clusterVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse leaderAddress.
         * @member {string} leaderAddress
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.leaderAddress = "";

        /**
         * StatusResponse refusals.
         * @member {Object.<string,number>} refusals
         * @memberof keelapi.StatusResponse
         * @instance
         */
        StatusResponse.prototype.refusals = $util.emptyObject;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.StatusResponse
         * @static
         * @param {keelapi.StatusResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.StatusResponse} StatusResponse instance
         * @type {{
         *   (properties: keelapi.StatusResponse.$Shape): keelapi.StatusResponse & keelapi.StatusResponse.$Shape;
         *   (properties?: keelapi.StatusResponse.$Properties): keelapi.StatusResponse;
         * }}
         */
        StatusResponse.create = function(properties) {
            return new StatusResponse(properties);
        };

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link keelapi.StatusResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.StatusResponse
         * @static
         * @param {keelapi.StatusResponse.$Properties} m StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.role);
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.clusterId);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.state);
            if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.address);
            if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId") && m.leaderId !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.leaderId);
            if (m.raftState != null && $Object.hasOwnProperty.call(m, "raftState") && m.raftState !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.raftState);
            if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                w.uint32(/* id 8, wireType 0 =*/64).uint64(m.term);
            if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).uint64(m.commit);
            if (m.applied != null && $Object.hasOwnProperty.call(m, "applied") && (typeof m.applied === "object" ? m.applied.low || m.applied.high : m.applied !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.applied);
            if (m.members != null && m.members.length) {
                for (var i = 0; i < m.members.length; ++i)
                    $root.keelapi.MemberStatus.encode(m.members[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            }
            if (m.dekState != null && $Object.hasOwnProperty.call(m, "dekState") && m.dekState !== "")
                w.uint32(/* id 12, wireType 2 =*/98).string(m.dekState);
            if (m.dekCurrent != null && $Object.hasOwnProperty.call(m, "dekCurrent") && m.dekCurrent !== "")
                w.uint32(/* id 13, wireType 2 =*/106).string(m.dekCurrent);
            if (m.dekPending != null && $Object.hasOwnProperty.call(m, "dekPending") && m.dekPending !== "")
                w.uint32(/* id 14, wireType 2 =*/114).string(m.dekPending);
            if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion") && (typeof m.kekVersion === "object" ? m.kekVersion.low || m.kekVersion.high : m.kekVersion !== 0))
                w.uint32(/* id 15, wireType 0 =*/120).uint64(m.kekVersion);
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock") && m.autolock !== false)
                w.uint32(/* id 16, wireType 0 =*/128).bool(m.autolock);
            if (m.certificateNotAfterMs != null && $Object.hasOwnProperty.call(m, "certificateNotAfterMs") && (typeof m.certificateNotAfterMs === "object" ? m.certificateNotAfterMs.low || m.certificateNotAfterMs.high : m.certificateNotAfterMs !== 0))
                w.uint32(/* id 17, wireType 0 =*/136).uint64(m.certificateNotAfterMs);
            if (m.networkKeys != null && m.networkKeys.length) {
                for (var i = 0; i < m.networkKeys.length; ++i)
                    $root.keelapi.SubsystemKey.encode(m.networkKeys[i], w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
            }
            if (m.clusterVersion != null && $Object.hasOwnProperty.call(m, "clusterVersion") && (typeof m.clusterVersion === "object" ? m.clusterVersion.low || m.clusterVersion.high : m.clusterVersion !== 0))
                w.uint32(/* id 19, wireType 0 =*/152).uint64(m.clusterVersion);
            if (m.leaderAddress != null && $Object.hasOwnProperty.call(m, "leaderAddress") && m.leaderAddress !== "")
                w.uint32(/* id 20, wireType 2 =*/162).string(m.leaderAddress);
            if (m.refusals != null && $Object.hasOwnProperty.call(m, "refusals")) {
                for (var ks = $Object.keys(m.refusals), i = 0; i < ks.length; ++i) {
                    w.uint32(/* id 21, wireType 2 =*/170).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 0 =*/16).uint64(m.refusals[ks[i]]).ldelim();
                }
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link keelapi.StatusResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.StatusResponse
         * @static
         * @param {keelapi.StatusResponse.$Properties} message StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.StatusResponse & keelapi.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, k, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.keelapi.StatusResponse();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.role = v;
                        else
                            delete m.role;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clusterId = v;
                        else
                            delete m.clusterId;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.address = v;
                        else
                            delete m.address;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.leaderId = v;
                        else
                            delete m.leaderId;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.raftState = v;
                        else
                            delete m.raftState;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.term = v;
                        else
                            delete m.term;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.commit = v;
                        else
                            delete m.commit;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.applied = v;
                        else
                            delete m.applied;
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if (!(m.members && m.members.length))
                            m.members = [];
                        m.members.push($root.keelapi.MemberStatus.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dekState = v;
                        else
                            delete m.dekState;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dekCurrent = v;
                        else
                            delete m.dekCurrent;
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.dekPending = v;
                        else
                            delete m.dekPending;
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.kekVersion = v;
                        else
                            delete m.kekVersion;
                        continue;
                    }
                case 16: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.autolock = v;
                        else
                            delete m.autolock;
                        continue;
                    }
                case 17: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.certificateNotAfterMs = v;
                        else
                            delete m.certificateNotAfterMs;
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        if (!(m.networkKeys && m.networkKeys.length))
                            m.networkKeys = [];
                        m.networkKeys.push($root.keelapi.SubsystemKey.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 19: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.clusterVersion = v;
                        else
                            delete m.clusterVersion;
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.leaderAddress = v;
                        else
                            delete m.leaderAddress;
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        if (m.refusals === $util.emptyObject)
                            m.refusals = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                        while (r.pos < c2) {
                            var t2 = r.tag();
                            u = t2 & 7;
                            switch (t2 >>>= 3) {
                            case 1:
                                if (u !== 2)
                                    break;
                                k = r.stringVerify();
                                continue;
                            case 2:
                                if (u !== 0)
                                    break;
                                v = r.uint64();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.refusals, k);
                        m.refusals[k] = v;
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
         * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.StatusResponse & keelapi.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatusResponse message.
         * @function verify
         * @memberof keelapi.StatusResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                if (!$util.isString(m.role))
                    return "role: string expected";
            }
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                if (!$util.isString(m.clusterId))
                    return "clusterId: string expected";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (!$util.isString(m.state))
                    return "state: string expected";
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                if (!$util.isString(m.address))
                    return "address: string expected";
            }
            if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId")) {
                if (!$util.isString(m.leaderId))
                    return "leaderId: string expected";
            }
            if (m.raftState != null && $Object.hasOwnProperty.call(m, "raftState")) {
                if (!$util.isString(m.raftState))
                    return "raftState: string expected";
            }
            if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                    return "term: integer|Long expected";
            }
            if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                if (!$util.isInteger(m.commit) && !(m.commit && $util.isInteger(m.commit.low) && $util.isInteger(m.commit.high)))
                    return "commit: integer|Long expected";
            }
            if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                if (!$util.isInteger(m.applied) && !(m.applied && $util.isInteger(m.applied.low) && $util.isInteger(m.applied.high)))
                    return "applied: integer|Long expected";
            }
            if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                if (!$Array.isArray(m.members))
                    return "members: array expected";
                for (var i = 0; i < m.members.length; ++i) {
                    {
                        var e = $root.keelapi.MemberStatus.verify(m.members[i], q + 1);
                        if (e)
                            return "members." + e;
                    }
                }
            }
            if (m.dekState != null && $Object.hasOwnProperty.call(m, "dekState")) {
                if (!$util.isString(m.dekState))
                    return "dekState: string expected";
            }
            if (m.dekCurrent != null && $Object.hasOwnProperty.call(m, "dekCurrent")) {
                if (!$util.isString(m.dekCurrent))
                    return "dekCurrent: string expected";
            }
            if (m.dekPending != null && $Object.hasOwnProperty.call(m, "dekPending")) {
                if (!$util.isString(m.dekPending))
                    return "dekPending: string expected";
            }
            if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion")) {
                if (!$util.isInteger(m.kekVersion) && !(m.kekVersion && $util.isInteger(m.kekVersion.low) && $util.isInteger(m.kekVersion.high)))
                    return "kekVersion: integer|Long expected";
            }
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock")) {
                if (typeof m.autolock !== "boolean")
                    return "autolock: boolean expected";
            }
            if (m.certificateNotAfterMs != null && $Object.hasOwnProperty.call(m, "certificateNotAfterMs")) {
                if (!$util.isInteger(m.certificateNotAfterMs) && !(m.certificateNotAfterMs && $util.isInteger(m.certificateNotAfterMs.low) && $util.isInteger(m.certificateNotAfterMs.high)))
                    return "certificateNotAfterMs: integer|Long expected";
            }
            if (m.networkKeys != null && $Object.hasOwnProperty.call(m, "networkKeys")) {
                if (!$Array.isArray(m.networkKeys))
                    return "networkKeys: array expected";
                for (var i = 0; i < m.networkKeys.length; ++i) {
                    {
                        var e = $root.keelapi.SubsystemKey.verify(m.networkKeys[i], q + 1);
                        if (e)
                            return "networkKeys." + e;
                    }
                }
            }
            if (m.clusterVersion != null && $Object.hasOwnProperty.call(m, "clusterVersion")) {
                if (!$util.isInteger(m.clusterVersion) && !(m.clusterVersion && $util.isInteger(m.clusterVersion.low) && $util.isInteger(m.clusterVersion.high)))
                    return "clusterVersion: integer|Long expected";
            }
            if (m.leaderAddress != null && $Object.hasOwnProperty.call(m, "leaderAddress")) {
                if (!$util.isString(m.leaderAddress))
                    return "leaderAddress: string expected";
            }
            if (m.refusals != null && $Object.hasOwnProperty.call(m, "refusals")) {
                if (!$util.isObject(m.refusals))
                    return "refusals: object expected";
                var k = $Object.keys(m.refusals);
                for (var i = 0; i < k.length; ++i) {
                    if (!$util.isInteger(m.refusals[k[i]]) && !(m.refusals[k[i]] && $util.isInteger(m.refusals[k[i]].low) && $util.isInteger(m.refusals[k[i]].high)))
                        return "refusals: integer|Long{k:string} expected";
                }
            }
            return null;
        };

        /**
         * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.StatusResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.StatusResponse} StatusResponse
         */
        StatusResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.StatusResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.StatusResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.StatusResponse();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            if (d.role != null) {
                if (typeof d.role !== "string" || d.role.length) {
                    m.role = $String(d.role);
                }
            }
            if (d.clusterId != null) {
                if (typeof d.clusterId !== "string" || d.clusterId.length) {
                    m.clusterId = $String(d.clusterId);
                }
            }
            if (d.state != null) {
                if (typeof d.state !== "string" || d.state.length) {
                    m.state = $String(d.state);
                }
            }
            if (d.address != null) {
                if (typeof d.address !== "string" || d.address.length) {
                    m.address = $String(d.address);
                }
            }
            if (d.leaderId != null) {
                if (typeof d.leaderId !== "string" || d.leaderId.length) {
                    m.leaderId = $String(d.leaderId);
                }
            }
            if (d.raftState != null) {
                if (typeof d.raftState !== "string" || d.raftState.length) {
                    m.raftState = $String(d.raftState);
                }
            }
            if (d.term != null) {
                if (typeof d.term === "object" ? d.term.low || d.term.high : $Number(d.term) !== 0) {
                    if ($util.Long)
                        m.term = $util.Long.fromValue(d.term, true);
                    else if (typeof d.term === "string")
                        m.term = $parseInt(d.term, 10);
                    else if (typeof d.term === "number")
                        m.term = d.term;
                    else if (typeof d.term === "object")
                        m.term = new $util.LongBits(d.term.low >>> 0, d.term.high >>> 0).toNumber(true);
                }
            }
            if (d.commit != null) {
                if (typeof d.commit === "object" ? d.commit.low || d.commit.high : $Number(d.commit) !== 0) {
                    if ($util.Long)
                        m.commit = $util.Long.fromValue(d.commit, true);
                    else if (typeof d.commit === "string")
                        m.commit = $parseInt(d.commit, 10);
                    else if (typeof d.commit === "number")
                        m.commit = d.commit;
                    else if (typeof d.commit === "object")
                        m.commit = new $util.LongBits(d.commit.low >>> 0, d.commit.high >>> 0).toNumber(true);
                }
            }
            if (d.applied != null) {
                if (typeof d.applied === "object" ? d.applied.low || d.applied.high : $Number(d.applied) !== 0) {
                    if ($util.Long)
                        m.applied = $util.Long.fromValue(d.applied, true);
                    else if (typeof d.applied === "string")
                        m.applied = $parseInt(d.applied, 10);
                    else if (typeof d.applied === "number")
                        m.applied = d.applied;
                    else if (typeof d.applied === "object")
                        m.applied = new $util.LongBits(d.applied.low >>> 0, d.applied.high >>> 0).toNumber(true);
                }
            }
            if (d.members) {
                if (!$Array.isArray(d.members))
                    throw $TypeError(".keelapi.StatusResponse.members: array expected");
                m.members = $Array(d.members.length);
                for (var i = 0; i < d.members.length; ++i) {
                    if (!$util.isObject(d.members[i]))
                        throw $TypeError(".keelapi.StatusResponse.members: object expected");
                    m.members[i] = $root.keelapi.MemberStatus.fromObject(d.members[i], q + 1);
                }
            }
            if (d.dekState != null) {
                if (typeof d.dekState !== "string" || d.dekState.length) {
                    m.dekState = $String(d.dekState);
                }
            }
            if (d.dekCurrent != null) {
                if (typeof d.dekCurrent !== "string" || d.dekCurrent.length) {
                    m.dekCurrent = $String(d.dekCurrent);
                }
            }
            if (d.dekPending != null) {
                if (typeof d.dekPending !== "string" || d.dekPending.length) {
                    m.dekPending = $String(d.dekPending);
                }
            }
            if (d.kekVersion != null) {
                if (typeof d.kekVersion === "object" ? d.kekVersion.low || d.kekVersion.high : $Number(d.kekVersion) !== 0) {
                    if ($util.Long)
                        m.kekVersion = $util.Long.fromValue(d.kekVersion, true);
                    else if (typeof d.kekVersion === "string")
                        m.kekVersion = $parseInt(d.kekVersion, 10);
                    else if (typeof d.kekVersion === "number")
                        m.kekVersion = d.kekVersion;
                    else if (typeof d.kekVersion === "object")
                        m.kekVersion = new $util.LongBits(d.kekVersion.low >>> 0, d.kekVersion.high >>> 0).toNumber(true);
                }
            }
            if (d.autolock != null) {
                if (d.autolock) {
                    m.autolock = $Boolean(d.autolock);
                }
            }
            if (d.certificateNotAfterMs != null) {
                if (typeof d.certificateNotAfterMs === "object" ? d.certificateNotAfterMs.low || d.certificateNotAfterMs.high : $Number(d.certificateNotAfterMs) !== 0) {
                    if ($util.Long)
                        m.certificateNotAfterMs = $util.Long.fromValue(d.certificateNotAfterMs, true);
                    else if (typeof d.certificateNotAfterMs === "string")
                        m.certificateNotAfterMs = $parseInt(d.certificateNotAfterMs, 10);
                    else if (typeof d.certificateNotAfterMs === "number")
                        m.certificateNotAfterMs = d.certificateNotAfterMs;
                    else if (typeof d.certificateNotAfterMs === "object")
                        m.certificateNotAfterMs = new $util.LongBits(d.certificateNotAfterMs.low >>> 0, d.certificateNotAfterMs.high >>> 0).toNumber(true);
                }
            }
            if (d.networkKeys) {
                if (!$Array.isArray(d.networkKeys))
                    throw $TypeError(".keelapi.StatusResponse.networkKeys: array expected");
                m.networkKeys = $Array(d.networkKeys.length);
                for (var i = 0; i < d.networkKeys.length; ++i) {
                    if (!$util.isObject(d.networkKeys[i]))
                        throw $TypeError(".keelapi.StatusResponse.networkKeys: object expected");
                    m.networkKeys[i] = $root.keelapi.SubsystemKey.fromObject(d.networkKeys[i], q + 1);
                }
            }
            if (d.clusterVersion != null) {
                if (typeof d.clusterVersion === "object" ? d.clusterVersion.low || d.clusterVersion.high : $Number(d.clusterVersion) !== 0) {
                    if ($util.Long)
                        m.clusterVersion = $util.Long.fromValue(d.clusterVersion, true);
                    else if (typeof d.clusterVersion === "string")
                        m.clusterVersion = $parseInt(d.clusterVersion, 10);
                    else if (typeof d.clusterVersion === "number")
                        m.clusterVersion = d.clusterVersion;
                    else if (typeof d.clusterVersion === "object")
                        m.clusterVersion = new $util.LongBits(d.clusterVersion.low >>> 0, d.clusterVersion.high >>> 0).toNumber(true);
                }
            }
            if (d.leaderAddress != null) {
                if (typeof d.leaderAddress !== "string" || d.leaderAddress.length) {
                    m.leaderAddress = $String(d.leaderAddress);
                }
            }
            if (d.refusals) {
                if (!$util.isObject(d.refusals))
                    throw $TypeError(".keelapi.StatusResponse.refusals: object expected");
                m.refusals = {};
                for (var ks = $Object.keys(d.refusals), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.refusals, ks[i]);
                    if ($util.Long)
                        m.refusals[ks[i]] = $util.Long.fromValue(d.refusals[ks[i]], true);
                    else if (typeof d.refusals[ks[i]] === "string")
                        m.refusals[ks[i]] = $parseInt(d.refusals[ks[i]], 10);
                    else if (typeof d.refusals[ks[i]] === "number")
                        m.refusals[ks[i]] = d.refusals[ks[i]];
                    else if (typeof d.refusals[ks[i]] === "object")
                        m.refusals[ks[i]] = new $util.LongBits(d.refusals[ks[i]].low >>> 0, d.refusals[ks[i]].high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.StatusResponse
         * @static
         * @param {keelapi.StatusResponse} m StatusResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.members = [];
                d.networkKeys = [];
            }
            if (o.objects || o.defaults) {
                d.refusals = {};
            }
            if (o.defaults) {
                d.nodeId = "";
                d.role = "";
                d.clusterId = "";
                d.state = "";
                d.address = "";
                d.leaderId = "";
                d.raftState = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.applied = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.applied = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.dekState = "";
                d.dekCurrent = "";
                d.dekPending = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.kekVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.kekVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.autolock = false;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.certificateNotAfterMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.certificateNotAfterMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.clusterVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.clusterVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.leaderAddress = "";
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                d.role = m.role;
            }
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                d.clusterId = m.clusterId;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = m.state;
            }
            if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                d.address = m.address;
            }
            if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId")) {
                d.leaderId = m.leaderId;
            }
            if (m.raftState != null && $Object.hasOwnProperty.call(m, "raftState")) {
                d.raftState = m.raftState;
            }
            if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                else if (typeof m.term === "number")
                    d.term = o.longs === $String ? $String(m.term) : m.term;
                else
                    d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
            }
            if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                else if (typeof m.commit === "number")
                    d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                else
                    d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
            }
            if (m.applied != null && $Object.hasOwnProperty.call(m, "applied")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.applied = typeof m.applied === "number" ? $BigInt(m.applied) : $util.Long.fromBits(m.applied.low >>> 0, m.applied.high >>> 0, true).toBigInt();
                else if (typeof m.applied === "number")
                    d.applied = o.longs === $String ? $String(m.applied) : m.applied;
                else
                    d.applied = o.longs === $String ? $util.Long.prototype.toString.call(m.applied) : o.longs === $Number ? new $util.LongBits(m.applied.low >>> 0, m.applied.high >>> 0).toNumber(true) : m.applied;
            }
            if (m.members && m.members.length) {
                d.members = $Array(m.members.length);
                for (var j = 0; j < m.members.length; ++j) {
                    d.members[j] = $root.keelapi.MemberStatus.toObject(m.members[j], o, q + 1);
                }
            }
            if (m.dekState != null && $Object.hasOwnProperty.call(m, "dekState")) {
                d.dekState = m.dekState;
            }
            if (m.dekCurrent != null && $Object.hasOwnProperty.call(m, "dekCurrent")) {
                d.dekCurrent = m.dekCurrent;
            }
            if (m.dekPending != null && $Object.hasOwnProperty.call(m, "dekPending")) {
                d.dekPending = m.dekPending;
            }
            if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.kekVersion = typeof m.kekVersion === "number" ? $BigInt(m.kekVersion) : $util.Long.fromBits(m.kekVersion.low >>> 0, m.kekVersion.high >>> 0, true).toBigInt();
                else if (typeof m.kekVersion === "number")
                    d.kekVersion = o.longs === $String ? $String(m.kekVersion) : m.kekVersion;
                else
                    d.kekVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.kekVersion) : o.longs === $Number ? new $util.LongBits(m.kekVersion.low >>> 0, m.kekVersion.high >>> 0).toNumber(true) : m.kekVersion;
            }
            if (m.autolock != null && $Object.hasOwnProperty.call(m, "autolock")) {
                d.autolock = m.autolock;
            }
            if (m.certificateNotAfterMs != null && $Object.hasOwnProperty.call(m, "certificateNotAfterMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.certificateNotAfterMs = typeof m.certificateNotAfterMs === "number" ? $BigInt(m.certificateNotAfterMs) : $util.Long.fromBits(m.certificateNotAfterMs.low >>> 0, m.certificateNotAfterMs.high >>> 0, true).toBigInt();
                else if (typeof m.certificateNotAfterMs === "number")
                    d.certificateNotAfterMs = o.longs === $String ? $String(m.certificateNotAfterMs) : m.certificateNotAfterMs;
                else
                    d.certificateNotAfterMs = o.longs === $String ? $util.Long.prototype.toString.call(m.certificateNotAfterMs) : o.longs === $Number ? new $util.LongBits(m.certificateNotAfterMs.low >>> 0, m.certificateNotAfterMs.high >>> 0).toNumber(true) : m.certificateNotAfterMs;
            }
            if (m.networkKeys && m.networkKeys.length) {
                d.networkKeys = $Array(m.networkKeys.length);
                for (var j = 0; j < m.networkKeys.length; ++j) {
                    d.networkKeys[j] = $root.keelapi.SubsystemKey.toObject(m.networkKeys[j], o, q + 1);
                }
            }
            if (m.clusterVersion != null && $Object.hasOwnProperty.call(m, "clusterVersion")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.clusterVersion = typeof m.clusterVersion === "number" ? $BigInt(m.clusterVersion) : $util.Long.fromBits(m.clusterVersion.low >>> 0, m.clusterVersion.high >>> 0, true).toBigInt();
                else if (typeof m.clusterVersion === "number")
                    d.clusterVersion = o.longs === $String ? $String(m.clusterVersion) : m.clusterVersion;
                else
                    d.clusterVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.clusterVersion) : o.longs === $Number ? new $util.LongBits(m.clusterVersion.low >>> 0, m.clusterVersion.high >>> 0).toNumber(true) : m.clusterVersion;
            }
            if (m.leaderAddress != null && $Object.hasOwnProperty.call(m, "leaderAddress")) {
                d.leaderAddress = m.leaderAddress;
            }
            var ks2;
            if (m.refusals && (ks2 = $Object.keys(m.refusals)).length) {
                d.refusals = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.refusals, ks2[j]);
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.refusals[ks2[j]] = typeof m.refusals[ks2[j]] === "number" ? $BigInt(m.refusals[ks2[j]]) : $util.Long.fromBits(m.refusals[ks2[j]].low >>> 0, m.refusals[ks2[j]].high >>> 0, true).toBigInt();
                    else if (typeof m.refusals[ks2[j]] === "number")
                        d.refusals[ks2[j]] = o.longs === $String ? $String(m.refusals[ks2[j]]) : m.refusals[ks2[j]];
                    else
                        d.refusals[ks2[j]] = o.longs === $String ? $util.Long.prototype.toString.call(m.refusals[ks2[j]]) : o.longs === $Number ? new $util.LongBits(m.refusals[ks2[j]].low >>> 0, m.refusals[ks2[j]].high >>> 0).toNumber(true) : m.refusals[ks2[j]];
                }
            }
            return d;
        };

        /**
         * Converts this StatusResponse to JSON.
         * @function toJSON
         * @memberof keelapi.StatusResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusResponse.prototype.toJSON = function() {
            return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatusResponse
         * @function getTypeUrl
         * @memberof keelapi.StatusResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatusResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.StatusResponse";
        };

        return StatusResponse;
    })();

    keelapi.UnlockRequest = (function() {

        /**
         * Properties of an UnlockRequest.
         * @typedef {Object} keelapi.UnlockRequest.$Properties
         * @property {string|null} [key] UnlockRequest key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnlockRequest.
         * @memberof keelapi
         * @interface IUnlockRequest
         * @augments keelapi.UnlockRequest.$Properties
         * @deprecated Use keelapi.UnlockRequest.$Properties instead.
         */

        /**
         * Shape of an UnlockRequest.
         * @typedef {keelapi.UnlockRequest.$Properties} keelapi.UnlockRequest.$Shape
         */

        /**
         * Constructs a new UnlockRequest.
         * @memberof keelapi
         * @classdesc Represents an UnlockRequest.
         * @constructor
         * @param {keelapi.UnlockRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnlockRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * UnlockRequest key.
         * @member {string} key
         * @memberof keelapi.UnlockRequest
         * @instance
         */
        UnlockRequest.prototype.key = "";

        /**
         * Creates a new UnlockRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {keelapi.UnlockRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.UnlockRequest} UnlockRequest instance
         * @type {{
         *   (properties: keelapi.UnlockRequest.$Shape): keelapi.UnlockRequest & keelapi.UnlockRequest.$Shape;
         *   (properties?: keelapi.UnlockRequest.$Properties): keelapi.UnlockRequest;
         * }}
         */
        UnlockRequest.create = function(properties) {
            return new UnlockRequest(properties);
        };

        /**
         * Encodes the specified UnlockRequest message. Does not implicitly {@link keelapi.UnlockRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {keelapi.UnlockRequest.$Properties} m UnlockRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlockRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified UnlockRequest message, length delimited. Does not implicitly {@link keelapi.UnlockRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {keelapi.UnlockRequest.$Properties} message UnlockRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlockRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an UnlockRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.UnlockRequest & keelapi.UnlockRequest.$Shape} UnlockRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlockRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.UnlockRequest();
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
                            m.key = v;
                        else
                            delete m.key;
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
         * Decodes an UnlockRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.UnlockRequest & keelapi.UnlockRequest.$Shape} UnlockRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlockRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an UnlockRequest message.
         * @function verify
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        UnlockRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!$util.isString(m.key))
                    return "key: string expected";
            }
            return null;
        };

        /**
         * Creates an UnlockRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.UnlockRequest} UnlockRequest
         */
        UnlockRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.UnlockRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.UnlockRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.UnlockRequest();
            if (d.key != null) {
                if (typeof d.key !== "string" || d.key.length) {
                    m.key = $String(d.key);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an UnlockRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {keelapi.UnlockRequest} m UnlockRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlockRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.key = "";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
            }
            return d;
        };

        /**
         * Converts this UnlockRequest to JSON.
         * @function toJSON
         * @memberof keelapi.UnlockRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlockRequest.prototype.toJSON = function() {
            return UnlockRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for UnlockRequest
         * @function getTypeUrl
         * @memberof keelapi.UnlockRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        UnlockRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.UnlockRequest";
        };

        return UnlockRequest;
    })();

    keelapi.ControlRequest = (function() {

        /**
         * Properties of a ControlRequest.
         * @typedef {Object} keelapi.ControlRequest.$Properties
         * @property {number|null} [callId] ControlRequest callId
         * @property {string|null} [method] ControlRequest method
         * @property {Uint8Array|null} [body] ControlRequest body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ControlRequest.
         * @memberof keelapi
         * @interface IControlRequest
         * @augments keelapi.ControlRequest.$Properties
         * @deprecated Use keelapi.ControlRequest.$Properties instead.
         */

        /**
         * Shape of a ControlRequest.
         * @typedef {keelapi.ControlRequest.$Properties} keelapi.ControlRequest.$Shape
         */

        /**
         * Constructs a new ControlRequest.
         * @memberof keelapi
         * @classdesc Represents a ControlRequest.
         * @constructor
         * @param {keelapi.ControlRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ControlRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ControlRequest callId.
         * @member {number} callId
         * @memberof keelapi.ControlRequest
         * @instance
         */
        ControlRequest.prototype.callId = 0;

        /**
         * ControlRequest method.
         * @member {string} method
         * @memberof keelapi.ControlRequest
         * @instance
         */
        ControlRequest.prototype.method = "";

        /**
         * ControlRequest body.
         * @member {Uint8Array} body
         * @memberof keelapi.ControlRequest
         * @instance
         */
        ControlRequest.prototype.body = $util.newBuffer([]);

        /**
         * Creates a new ControlRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.ControlRequest
         * @static
         * @param {keelapi.ControlRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.ControlRequest} ControlRequest instance
         * @type {{
         *   (properties: keelapi.ControlRequest.$Shape): keelapi.ControlRequest & keelapi.ControlRequest.$Shape;
         *   (properties?: keelapi.ControlRequest.$Properties): keelapi.ControlRequest;
         * }}
         */
        ControlRequest.create = function(properties) {
            return new ControlRequest(properties);
        };

        /**
         * Encodes the specified ControlRequest message. Does not implicitly {@link keelapi.ControlRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ControlRequest
         * @static
         * @param {keelapi.ControlRequest.$Properties} m ControlRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ControlRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.callId);
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
         * Encodes the specified ControlRequest message, length delimited. Does not implicitly {@link keelapi.ControlRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ControlRequest
         * @static
         * @param {keelapi.ControlRequest.$Properties} message ControlRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ControlRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ControlRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ControlRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ControlRequest & keelapi.ControlRequest.$Shape} ControlRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ControlRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ControlRequest();
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
                        if (v = r.uint32())
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
         * Decodes a ControlRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ControlRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ControlRequest & keelapi.ControlRequest.$Shape} ControlRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ControlRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ControlRequest message.
         * @function verify
         * @memberof keelapi.ControlRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ControlRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                if (!$util.isInteger(m.callId))
                    return "callId: integer expected";
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
         * Creates a ControlRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ControlRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ControlRequest} ControlRequest
         */
        ControlRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ControlRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ControlRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ControlRequest();
            if (d.callId != null) {
                if ($Number(d.callId) !== 0) {
                    m.callId = d.callId >>> 0;
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
         * Creates a plain object from a ControlRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ControlRequest
         * @static
         * @param {keelapi.ControlRequest} m ControlRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ControlRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.callId = 0;
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
                d.callId = m.callId;
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
         * Converts this ControlRequest to JSON.
         * @function toJSON
         * @memberof keelapi.ControlRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ControlRequest.prototype.toJSON = function() {
            return ControlRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ControlRequest
         * @function getTypeUrl
         * @memberof keelapi.ControlRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ControlRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ControlRequest";
        };

        return ControlRequest;
    })();

    keelapi.ControlResponse = (function() {

        /**
         * Properties of a ControlResponse.
         * @typedef {Object} keelapi.ControlResponse.$Properties
         * @property {number|null} [callId] ControlResponse callId
         * @property {boolean|null} [ok] ControlResponse ok
         * @property {string|null} [code] ControlResponse code
         * @property {string|null} [message] ControlResponse message
         * @property {Uint8Array|null} [body] ControlResponse body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ControlResponse.
         * @memberof keelapi
         * @interface IControlResponse
         * @augments keelapi.ControlResponse.$Properties
         * @deprecated Use keelapi.ControlResponse.$Properties instead.
         */

        /**
         * Shape of a ControlResponse.
         * @typedef {keelapi.ControlResponse.$Properties} keelapi.ControlResponse.$Shape
         */

        /**
         * Constructs a new ControlResponse.
         * @memberof keelapi
         * @classdesc Represents a ControlResponse.
         * @constructor
         * @param {keelapi.ControlResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ControlResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ControlResponse callId.
         * @member {number} callId
         * @memberof keelapi.ControlResponse
         * @instance
         */
        ControlResponse.prototype.callId = 0;

        /**
         * ControlResponse ok.
         * @member {boolean} ok
         * @memberof keelapi.ControlResponse
         * @instance
         */
        ControlResponse.prototype.ok = false;

        /**
         * ControlResponse code.
         * @member {string} code
         * @memberof keelapi.ControlResponse
         * @instance
         */
        ControlResponse.prototype.code = "";

        /**
         * ControlResponse message.
         * @member {string} message
         * @memberof keelapi.ControlResponse
         * @instance
         */
        ControlResponse.prototype.message = "";

        /**
         * ControlResponse body.
         * @member {Uint8Array} body
         * @memberof keelapi.ControlResponse
         * @instance
         */
        ControlResponse.prototype.body = $util.newBuffer([]);

        /**
         * Creates a new ControlResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.ControlResponse
         * @static
         * @param {keelapi.ControlResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.ControlResponse} ControlResponse instance
         * @type {{
         *   (properties: keelapi.ControlResponse.$Shape): keelapi.ControlResponse & keelapi.ControlResponse.$Shape;
         *   (properties?: keelapi.ControlResponse.$Properties): keelapi.ControlResponse;
         * }}
         */
        ControlResponse.create = function(properties) {
            return new ControlResponse(properties);
        };

        /**
         * Encodes the specified ControlResponse message. Does not implicitly {@link keelapi.ControlResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.ControlResponse
         * @static
         * @param {keelapi.ControlResponse.$Properties} m ControlResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ControlResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId") && m.callId !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.callId);
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.ok);
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.code);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.message);
            if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.body);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ControlResponse message, length delimited. Does not implicitly {@link keelapi.ControlResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.ControlResponse
         * @static
         * @param {keelapi.ControlResponse.$Properties} message ControlResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ControlResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ControlResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.ControlResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.ControlResponse & keelapi.ControlResponse.$Shape} ControlResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ControlResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.ControlResponse();
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
                        if (v = r.uint32())
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
                        if ((v = r.stringVerify()).length)
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                case 5: {
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
         * Decodes a ControlResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.ControlResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.ControlResponse & keelapi.ControlResponse.$Shape} ControlResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ControlResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ControlResponse message.
         * @function verify
         * @memberof keelapi.ControlResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ControlResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                if (!$util.isInteger(m.callId))
                    return "callId: integer expected";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                if (!$util.isString(m.code))
                    return "code: string expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                    return "body: buffer expected";
            }
            return null;
        };

        /**
         * Creates a ControlResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.ControlResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.ControlResponse} ControlResponse
         */
        ControlResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.ControlResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.ControlResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.ControlResponse();
            if (d.callId != null) {
                if ($Number(d.callId) !== 0) {
                    m.callId = d.callId >>> 0;
                }
            }
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
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
         * Creates a plain object from a ControlResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.ControlResponse
         * @static
         * @param {keelapi.ControlResponse} m ControlResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ControlResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.callId = 0;
                d.ok = false;
                d.code = "";
                d.message = "";
                if (o.bytes === $String)
                    d.body = "";
                else {
                    d.body = [];
                    if (o.bytes !== $Array)
                        d.body = $util.newBuffer(d.body);
                }
            }
            if (m.callId != null && $Object.hasOwnProperty.call(m, "callId")) {
                d.callId = m.callId;
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                d.code = m.code;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
            }
            return d;
        };

        /**
         * Converts this ControlResponse to JSON.
         * @function toJSON
         * @memberof keelapi.ControlResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ControlResponse.prototype.toJSON = function() {
            return ControlResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ControlResponse
         * @function getTypeUrl
         * @memberof keelapi.ControlResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ControlResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.ControlResponse";
        };

        return ControlResponse;
    })();

    keelapi.BackupRequest = (function() {

        /**
         * Properties of a BackupRequest.
         * @typedef {Object} keelapi.BackupRequest.$Properties
         * @property {string|null} [path] BackupRequest path
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackupRequest.
         * @memberof keelapi
         * @interface IBackupRequest
         * @augments keelapi.BackupRequest.$Properties
         * @deprecated Use keelapi.BackupRequest.$Properties instead.
         */

        /**
         * Shape of a BackupRequest.
         * @typedef {keelapi.BackupRequest.$Properties} keelapi.BackupRequest.$Shape
         */

        /**
         * Constructs a new BackupRequest.
         * @memberof keelapi
         * @classdesc Represents a BackupRequest.
         * @constructor
         * @param {keelapi.BackupRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackupRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BackupRequest path.
         * @member {string} path
         * @memberof keelapi.BackupRequest
         * @instance
         */
        BackupRequest.prototype.path = "";

        /**
         * Creates a new BackupRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.BackupRequest
         * @static
         * @param {keelapi.BackupRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.BackupRequest} BackupRequest instance
         * @type {{
         *   (properties: keelapi.BackupRequest.$Shape): keelapi.BackupRequest & keelapi.BackupRequest.$Shape;
         *   (properties?: keelapi.BackupRequest.$Properties): keelapi.BackupRequest;
         * }}
         */
        BackupRequest.create = function(properties) {
            return new BackupRequest(properties);
        };

        /**
         * Encodes the specified BackupRequest message. Does not implicitly {@link keelapi.BackupRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.BackupRequest
         * @static
         * @param {keelapi.BackupRequest.$Properties} m BackupRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BackupRequest message, length delimited. Does not implicitly {@link keelapi.BackupRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.BackupRequest
         * @static
         * @param {keelapi.BackupRequest.$Properties} message BackupRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BackupRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.BackupRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.BackupRequest & keelapi.BackupRequest.$Shape} BackupRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.BackupRequest();
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
                            m.path = v;
                        else
                            delete m.path;
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
         * Decodes a BackupRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.BackupRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.BackupRequest & keelapi.BackupRequest.$Shape} BackupRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BackupRequest message.
         * @function verify
         * @memberof keelapi.BackupRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BackupRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                if (!$util.isString(m.path))
                    return "path: string expected";
            }
            return null;
        };

        /**
         * Creates a BackupRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.BackupRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.BackupRequest} BackupRequest
         */
        BackupRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.BackupRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.BackupRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.BackupRequest();
            if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                    m.path = $String(d.path);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BackupRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.BackupRequest
         * @static
         * @param {keelapi.BackupRequest} m BackupRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BackupRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.path = "";
            }
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
            }
            return d;
        };

        /**
         * Converts this BackupRequest to JSON.
         * @function toJSON
         * @memberof keelapi.BackupRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BackupRequest.prototype.toJSON = function() {
            return BackupRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BackupRequest
         * @function getTypeUrl
         * @memberof keelapi.BackupRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BackupRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.BackupRequest";
        };

        return BackupRequest;
    })();

    keelapi.BackupResponse = (function() {

        /**
         * Properties of a BackupResponse.
         * @typedef {Object} keelapi.BackupResponse.$Properties
         * @property {string|null} [key] BackupResponse key
         * @property {number|null} [index] BackupResponse index
         * @property {string|null} [clusterId] BackupResponse clusterId
         * @property {number|null} [bytes] BackupResponse bytes
         * @property {string|null} [createdAt] BackupResponse createdAt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BackupResponse.
         * @memberof keelapi
         * @interface IBackupResponse
         * @augments keelapi.BackupResponse.$Properties
         * @deprecated Use keelapi.BackupResponse.$Properties instead.
         */

        /**
         * Shape of a BackupResponse.
         * @typedef {keelapi.BackupResponse.$Properties} keelapi.BackupResponse.$Shape
         */

        /**
         * Constructs a new BackupResponse.
         * @memberof keelapi
         * @classdesc Represents a BackupResponse.
         * @constructor
         * @param {keelapi.BackupResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BackupResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BackupResponse key.
         * @member {string} key
         * @memberof keelapi.BackupResponse
         * @instance
         */
        BackupResponse.prototype.key = "";

        /**
         * BackupResponse index.
         * @member {number} index
         * @memberof keelapi.BackupResponse
         * @instance
         */
        BackupResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BackupResponse clusterId.
         * @member {string} clusterId
         * @memberof keelapi.BackupResponse
         * @instance
         */
        BackupResponse.prototype.clusterId = "";

        /**
         * BackupResponse bytes.
         * @member {number} bytes
         * @memberof keelapi.BackupResponse
         * @instance
         */
        BackupResponse.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BackupResponse createdAt.
         * @member {string} createdAt
         * @memberof keelapi.BackupResponse
         * @instance
         */
        BackupResponse.prototype.createdAt = "";

        /**
         * Creates a new BackupResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.BackupResponse
         * @static
         * @param {keelapi.BackupResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.BackupResponse} BackupResponse instance
         * @type {{
         *   (properties: keelapi.BackupResponse.$Shape): keelapi.BackupResponse & keelapi.BackupResponse.$Shape;
         *   (properties?: keelapi.BackupResponse.$Properties): keelapi.BackupResponse;
         * }}
         */
        BackupResponse.create = function(properties) {
            return new BackupResponse(properties);
        };

        /**
         * Encodes the specified BackupResponse message. Does not implicitly {@link keelapi.BackupResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.BackupResponse
         * @static
         * @param {keelapi.BackupResponse.$Properties} m BackupResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.clusterId);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.bytes);
            if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && m.createdAt !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.createdAt);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BackupResponse message, length delimited. Does not implicitly {@link keelapi.BackupResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.BackupResponse
         * @static
         * @param {keelapi.BackupResponse.$Properties} message BackupResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BackupResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BackupResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.BackupResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.BackupResponse & keelapi.BackupResponse.$Shape} BackupResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.BackupResponse();
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
                            m.key = v;
                        else
                            delete m.key;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clusterId = v;
                        else
                            delete m.clusterId;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.createdAt = v;
                        else
                            delete m.createdAt;
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
         * Decodes a BackupResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.BackupResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.BackupResponse & keelapi.BackupResponse.$Shape} BackupResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BackupResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BackupResponse message.
         * @function verify
         * @memberof keelapi.BackupResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BackupResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!$util.isString(m.key))
                    return "key: string expected";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                    return "index: integer|Long expected";
            }
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                if (!$util.isString(m.clusterId))
                    return "clusterId: string expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                if (!$util.isString(m.createdAt))
                    return "createdAt: string expected";
            }
            return null;
        };

        /**
         * Creates a BackupResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.BackupResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.BackupResponse} BackupResponse
         */
        BackupResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.BackupResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.BackupResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.BackupResponse();
            if (d.key != null) {
                if (typeof d.key !== "string" || d.key.length) {
                    m.key = $String(d.key);
                }
            }
            if (d.index != null) {
                if (typeof d.index === "object" ? d.index.low || d.index.high : $Number(d.index) !== 0) {
                    if ($util.Long)
                        m.index = $util.Long.fromValue(d.index, true);
                    else if (typeof d.index === "string")
                        m.index = $parseInt(d.index, 10);
                    else if (typeof d.index === "number")
                        m.index = d.index;
                    else if (typeof d.index === "object")
                        m.index = new $util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber(true);
                }
            }
            if (d.clusterId != null) {
                if (typeof d.clusterId !== "string" || d.clusterId.length) {
                    m.clusterId = $String(d.clusterId);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            if (d.createdAt != null) {
                if (typeof d.createdAt !== "string" || d.createdAt.length) {
                    m.createdAt = $String(d.createdAt);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BackupResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.BackupResponse
         * @static
         * @param {keelapi.BackupResponse} m BackupResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BackupResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.key = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.clusterId = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.createdAt = "";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                else if (typeof m.index === "number")
                    d.index = o.longs === $String ? $String(m.index) : m.index;
                else
                    d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
            }
            if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                d.clusterId = m.clusterId;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                d.createdAt = m.createdAt;
            }
            return d;
        };

        /**
         * Converts this BackupResponse to JSON.
         * @function toJSON
         * @memberof keelapi.BackupResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BackupResponse.prototype.toJSON = function() {
            return BackupResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BackupResponse
         * @function getTypeUrl
         * @memberof keelapi.BackupResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BackupResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.BackupResponse";
        };

        return BackupResponse;
    })();

    keelapi.CaRootView = (function() {

        /**
         * Properties of a CaRootView.
         * @typedef {Object} keelapi.CaRootView.$Properties
         * @property {string|null} [subject] CaRootView subject
         * @property {string|null} [digest] CaRootView digest
         * @property {number|null} [notAfterMs] CaRootView notAfterMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CaRootView.
         * @memberof keelapi
         * @interface ICaRootView
         * @augments keelapi.CaRootView.$Properties
         * @deprecated Use keelapi.CaRootView.$Properties instead.
         */

        /**
         * Shape of a CaRootView.
         * @typedef {keelapi.CaRootView.$Properties} keelapi.CaRootView.$Shape
         */

        /**
         * Constructs a new CaRootView.
         * @memberof keelapi
         * @classdesc Represents a CaRootView.
         * @constructor
         * @param {keelapi.CaRootView.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CaRootView = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CaRootView subject.
         * @member {string} subject
         * @memberof keelapi.CaRootView
         * @instance
         */
        CaRootView.prototype.subject = "";

        /**
         * CaRootView digest.
         * @member {string} digest
         * @memberof keelapi.CaRootView
         * @instance
         */
        CaRootView.prototype.digest = "";

        /**
         * CaRootView notAfterMs.
         * @member {number} notAfterMs
         * @memberof keelapi.CaRootView
         * @instance
         */
        CaRootView.prototype.notAfterMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CaRootView instance using the specified properties.
         * @function create
         * @memberof keelapi.CaRootView
         * @static
         * @param {keelapi.CaRootView.$Properties=} [properties] Properties to set
         * @returns {keelapi.CaRootView} CaRootView instance
         * @type {{
         *   (properties: keelapi.CaRootView.$Shape): keelapi.CaRootView & keelapi.CaRootView.$Shape;
         *   (properties?: keelapi.CaRootView.$Properties): keelapi.CaRootView;
         * }}
         */
        CaRootView.create = function(properties) {
            return new CaRootView(properties);
        };

        /**
         * Encodes the specified CaRootView message. Does not implicitly {@link keelapi.CaRootView.verify|verify} messages.
         * @function encode
         * @memberof keelapi.CaRootView
         * @static
         * @param {keelapi.CaRootView.$Properties} m CaRootView message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaRootView.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.subject != null && $Object.hasOwnProperty.call(m, "subject") && m.subject !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.subject);
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.digest);
            if (m.notAfterMs != null && $Object.hasOwnProperty.call(m, "notAfterMs") && (typeof m.notAfterMs === "object" ? m.notAfterMs.low || m.notAfterMs.high : m.notAfterMs !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.notAfterMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CaRootView message, length delimited. Does not implicitly {@link keelapi.CaRootView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.CaRootView
         * @static
         * @param {keelapi.CaRootView.$Properties} message CaRootView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaRootView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CaRootView message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.CaRootView
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.CaRootView & keelapi.CaRootView.$Shape} CaRootView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaRootView.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.CaRootView();
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
                            m.subject = v;
                        else
                            delete m.subject;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.digest = v;
                        else
                            delete m.digest;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.notAfterMs = v;
                        else
                            delete m.notAfterMs;
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
         * Decodes a CaRootView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.CaRootView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.CaRootView & keelapi.CaRootView.$Shape} CaRootView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaRootView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CaRootView message.
         * @function verify
         * @memberof keelapi.CaRootView
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CaRootView.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.subject != null && $Object.hasOwnProperty.call(m, "subject")) {
                if (!$util.isString(m.subject))
                    return "subject: string expected";
            }
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                if (!$util.isString(m.digest))
                    return "digest: string expected";
            }
            if (m.notAfterMs != null && $Object.hasOwnProperty.call(m, "notAfterMs")) {
                if (!$util.isInteger(m.notAfterMs) && !(m.notAfterMs && $util.isInteger(m.notAfterMs.low) && $util.isInteger(m.notAfterMs.high)))
                    return "notAfterMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CaRootView message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.CaRootView
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.CaRootView} CaRootView
         */
        CaRootView.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.CaRootView)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.CaRootView: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.CaRootView();
            if (d.subject != null) {
                if (typeof d.subject !== "string" || d.subject.length) {
                    m.subject = $String(d.subject);
                }
            }
            if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                    m.digest = $String(d.digest);
                }
            }
            if (d.notAfterMs != null) {
                if (typeof d.notAfterMs === "object" ? d.notAfterMs.low || d.notAfterMs.high : $Number(d.notAfterMs) !== 0) {
                    if ($util.Long)
                        m.notAfterMs = $util.Long.fromValue(d.notAfterMs, true);
                    else if (typeof d.notAfterMs === "string")
                        m.notAfterMs = $parseInt(d.notAfterMs, 10);
                    else if (typeof d.notAfterMs === "number")
                        m.notAfterMs = d.notAfterMs;
                    else if (typeof d.notAfterMs === "object")
                        m.notAfterMs = new $util.LongBits(d.notAfterMs.low >>> 0, d.notAfterMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CaRootView message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.CaRootView
         * @static
         * @param {keelapi.CaRootView} m CaRootView
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CaRootView.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.subject = "";
                d.digest = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.notAfterMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.notAfterMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.subject != null && $Object.hasOwnProperty.call(m, "subject")) {
                d.subject = m.subject;
            }
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
            }
            if (m.notAfterMs != null && $Object.hasOwnProperty.call(m, "notAfterMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.notAfterMs = typeof m.notAfterMs === "number" ? $BigInt(m.notAfterMs) : $util.Long.fromBits(m.notAfterMs.low >>> 0, m.notAfterMs.high >>> 0, true).toBigInt();
                else if (typeof m.notAfterMs === "number")
                    d.notAfterMs = o.longs === $String ? $String(m.notAfterMs) : m.notAfterMs;
                else
                    d.notAfterMs = o.longs === $String ? $util.Long.prototype.toString.call(m.notAfterMs) : o.longs === $Number ? new $util.LongBits(m.notAfterMs.low >>> 0, m.notAfterMs.high >>> 0).toNumber(true) : m.notAfterMs;
            }
            return d;
        };

        /**
         * Converts this CaRootView to JSON.
         * @function toJSON
         * @memberof keelapi.CaRootView
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CaRootView.prototype.toJSON = function() {
            return CaRootView.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CaRootView
         * @function getTypeUrl
         * @memberof keelapi.CaRootView
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CaRootView.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.CaRootView";
        };

        return CaRootView;
    })();

    keelapi.CaView = (function() {

        /**
         * Properties of a CaView.
         * @typedef {Object} keelapi.CaView.$Properties
         * @property {keelapi.CaRootView.$Properties|null} [root] CaView root
         * @property {keelapi.CaRootView.$Properties|null} [rotation] CaView rotation
         * @property {number|null} [nodesConverged] CaView nodesConverged
         * @property {number|null} [nodesTotal] CaView nodesTotal
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CaView.
         * @memberof keelapi
         * @interface ICaView
         * @augments keelapi.CaView.$Properties
         * @deprecated Use keelapi.CaView.$Properties instead.
         */

        /**
         * Shape of a CaView.
         * @typedef {keelapi.CaView.$Properties} keelapi.CaView.$Shape
         */

        /**
         * Constructs a new CaView.
         * @memberof keelapi
         * @classdesc Represents a CaView.
         * @constructor
         * @param {keelapi.CaView.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CaView = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CaView root.
         * @member {keelapi.CaRootView.$Properties|null|undefined} root
         * @memberof keelapi.CaView
         * @instance
         */
        CaView.prototype.root = null;

        /**
         * CaView rotation.
         * @member {keelapi.CaRootView.$Properties|null|undefined} rotation
         * @memberof keelapi.CaView
         * @instance
         */
        CaView.prototype.rotation = null;

        /**
         * CaView nodesConverged.
         * @member {number} nodesConverged
         * @memberof keelapi.CaView
         * @instance
         */
        CaView.prototype.nodesConverged = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CaView nodesTotal.
         * @member {number} nodesTotal
         * @memberof keelapi.CaView
         * @instance
         */
        CaView.prototype.nodesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CaView instance using the specified properties.
         * @function create
         * @memberof keelapi.CaView
         * @static
         * @param {keelapi.CaView.$Properties=} [properties] Properties to set
         * @returns {keelapi.CaView} CaView instance
         * @type {{
         *   (properties: keelapi.CaView.$Shape): keelapi.CaView & keelapi.CaView.$Shape;
         *   (properties?: keelapi.CaView.$Properties): keelapi.CaView;
         * }}
         */
        CaView.create = function(properties) {
            return new CaView(properties);
        };

        /**
         * Encodes the specified CaView message. Does not implicitly {@link keelapi.CaView.verify|verify} messages.
         * @function encode
         * @memberof keelapi.CaView
         * @static
         * @param {keelapi.CaView.$Properties} m CaView message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaView.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.root != null && $Object.hasOwnProperty.call(m, "root"))
                $root.keelapi.CaRootView.encode(m.root, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.rotation != null && $Object.hasOwnProperty.call(m, "rotation"))
                $root.keelapi.CaRootView.encode(m.rotation, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.nodesConverged != null && $Object.hasOwnProperty.call(m, "nodesConverged") && (typeof m.nodesConverged === "object" ? m.nodesConverged.low || m.nodesConverged.high : m.nodesConverged !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.nodesConverged);
            if (m.nodesTotal != null && $Object.hasOwnProperty.call(m, "nodesTotal") && (typeof m.nodesTotal === "object" ? m.nodesTotal.low || m.nodesTotal.high : m.nodesTotal !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.nodesTotal);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CaView message, length delimited. Does not implicitly {@link keelapi.CaView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.CaView
         * @static
         * @param {keelapi.CaView.$Properties} message CaView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CaView message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.CaView
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.CaView & keelapi.CaView.$Shape} CaView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaView.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.CaView();
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
                        m.root = $root.keelapi.CaRootView.decode(r, r.size(), $undefined, q + 1, m.root);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.rotation = $root.keelapi.CaRootView.decode(r, r.size(), $undefined, q + 1, m.rotation);
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nodesConverged = v;
                        else
                            delete m.nodesConverged;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nodesTotal = v;
                        else
                            delete m.nodesTotal;
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
         * Decodes a CaView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.CaView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.CaView & keelapi.CaView.$Shape} CaView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CaView message.
         * @function verify
         * @memberof keelapi.CaView
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CaView.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.root != null && $Object.hasOwnProperty.call(m, "root")) {
                {
                    var e = $root.keelapi.CaRootView.verify(m.root, q + 1);
                    if (e)
                        return "root." + e;
                }
            }
            if (m.rotation != null && $Object.hasOwnProperty.call(m, "rotation")) {
                {
                    var e = $root.keelapi.CaRootView.verify(m.rotation, q + 1);
                    if (e)
                        return "rotation." + e;
                }
            }
            if (m.nodesConverged != null && $Object.hasOwnProperty.call(m, "nodesConverged")) {
                if (!$util.isInteger(m.nodesConverged) && !(m.nodesConverged && $util.isInteger(m.nodesConverged.low) && $util.isInteger(m.nodesConverged.high)))
                    return "nodesConverged: integer|Long expected";
            }
            if (m.nodesTotal != null && $Object.hasOwnProperty.call(m, "nodesTotal")) {
                if (!$util.isInteger(m.nodesTotal) && !(m.nodesTotal && $util.isInteger(m.nodesTotal.low) && $util.isInteger(m.nodesTotal.high)))
                    return "nodesTotal: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CaView message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.CaView
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.CaView} CaView
         */
        CaView.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.CaView)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.CaView: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.CaView();
            if (d.root != null) {
                if (!$util.isObject(d.root))
                    throw $TypeError(".keelapi.CaView.root: object expected");
                m.root = $root.keelapi.CaRootView.fromObject(d.root, q + 1);
            }
            if (d.rotation != null) {
                if (!$util.isObject(d.rotation))
                    throw $TypeError(".keelapi.CaView.rotation: object expected");
                m.rotation = $root.keelapi.CaRootView.fromObject(d.rotation, q + 1);
            }
            if (d.nodesConverged != null) {
                if (typeof d.nodesConverged === "object" ? d.nodesConverged.low || d.nodesConverged.high : $Number(d.nodesConverged) !== 0) {
                    if ($util.Long)
                        m.nodesConverged = $util.Long.fromValue(d.nodesConverged, true);
                    else if (typeof d.nodesConverged === "string")
                        m.nodesConverged = $parseInt(d.nodesConverged, 10);
                    else if (typeof d.nodesConverged === "number")
                        m.nodesConverged = d.nodesConverged;
                    else if (typeof d.nodesConverged === "object")
                        m.nodesConverged = new $util.LongBits(d.nodesConverged.low >>> 0, d.nodesConverged.high >>> 0).toNumber(true);
                }
            }
            if (d.nodesTotal != null) {
                if (typeof d.nodesTotal === "object" ? d.nodesTotal.low || d.nodesTotal.high : $Number(d.nodesTotal) !== 0) {
                    if ($util.Long)
                        m.nodesTotal = $util.Long.fromValue(d.nodesTotal, true);
                    else if (typeof d.nodesTotal === "string")
                        m.nodesTotal = $parseInt(d.nodesTotal, 10);
                    else if (typeof d.nodesTotal === "number")
                        m.nodesTotal = d.nodesTotal;
                    else if (typeof d.nodesTotal === "object")
                        m.nodesTotal = new $util.LongBits(d.nodesTotal.low >>> 0, d.nodesTotal.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CaView message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.CaView
         * @static
         * @param {keelapi.CaView} m CaView
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CaView.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.root = null;
                d.rotation = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nodesConverged = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nodesConverged = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nodesTotal = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nodesTotal = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.root != null && $Object.hasOwnProperty.call(m, "root")) {
                d.root = $root.keelapi.CaRootView.toObject(m.root, o, q + 1);
            }
            if (m.rotation != null && $Object.hasOwnProperty.call(m, "rotation")) {
                d.rotation = $root.keelapi.CaRootView.toObject(m.rotation, o, q + 1);
            }
            if (m.nodesConverged != null && $Object.hasOwnProperty.call(m, "nodesConverged")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nodesConverged = typeof m.nodesConverged === "number" ? $BigInt(m.nodesConverged) : $util.Long.fromBits(m.nodesConverged.low >>> 0, m.nodesConverged.high >>> 0, true).toBigInt();
                else if (typeof m.nodesConverged === "number")
                    d.nodesConverged = o.longs === $String ? $String(m.nodesConverged) : m.nodesConverged;
                else
                    d.nodesConverged = o.longs === $String ? $util.Long.prototype.toString.call(m.nodesConverged) : o.longs === $Number ? new $util.LongBits(m.nodesConverged.low >>> 0, m.nodesConverged.high >>> 0).toNumber(true) : m.nodesConverged;
            }
            if (m.nodesTotal != null && $Object.hasOwnProperty.call(m, "nodesTotal")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nodesTotal = typeof m.nodesTotal === "number" ? $BigInt(m.nodesTotal) : $util.Long.fromBits(m.nodesTotal.low >>> 0, m.nodesTotal.high >>> 0, true).toBigInt();
                else if (typeof m.nodesTotal === "number")
                    d.nodesTotal = o.longs === $String ? $String(m.nodesTotal) : m.nodesTotal;
                else
                    d.nodesTotal = o.longs === $String ? $util.Long.prototype.toString.call(m.nodesTotal) : o.longs === $Number ? new $util.LongBits(m.nodesTotal.low >>> 0, m.nodesTotal.high >>> 0).toNumber(true) : m.nodesTotal;
            }
            return d;
        };

        /**
         * Converts this CaView to JSON.
         * @function toJSON
         * @memberof keelapi.CaView
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CaView.prototype.toJSON = function() {
            return CaView.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CaView
         * @function getTypeUrl
         * @memberof keelapi.CaView
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CaView.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.CaView";
        };

        return CaView;
    })();

    keelapi.CaTrustResponse = (function() {

        /**
         * Properties of a CaTrustResponse.
         * @typedef {Object} keelapi.CaTrustResponse.$Properties
         * @property {string|null} [trustPem] CaTrustResponse trustPem
         * @property {boolean|null} [rotate] CaTrustResponse rotate
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CaTrustResponse.
         * @memberof keelapi
         * @interface ICaTrustResponse
         * @augments keelapi.CaTrustResponse.$Properties
         * @deprecated Use keelapi.CaTrustResponse.$Properties instead.
         */

        /**
         * Shape of a CaTrustResponse.
         * @typedef {keelapi.CaTrustResponse.$Properties} keelapi.CaTrustResponse.$Shape
         */

        /**
         * Constructs a new CaTrustResponse.
         * @memberof keelapi
         * @classdesc Represents a CaTrustResponse.
         * @constructor
         * @param {keelapi.CaTrustResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CaTrustResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CaTrustResponse trustPem.
         * @member {string} trustPem
         * @memberof keelapi.CaTrustResponse
         * @instance
         */
        CaTrustResponse.prototype.trustPem = "";

        /**
         * CaTrustResponse rotate.
         * @member {boolean} rotate
         * @memberof keelapi.CaTrustResponse
         * @instance
         */
        CaTrustResponse.prototype.rotate = false;

        /**
         * Creates a new CaTrustResponse instance using the specified properties.
         * @function create
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {keelapi.CaTrustResponse.$Properties=} [properties] Properties to set
         * @returns {keelapi.CaTrustResponse} CaTrustResponse instance
         * @type {{
         *   (properties: keelapi.CaTrustResponse.$Shape): keelapi.CaTrustResponse & keelapi.CaTrustResponse.$Shape;
         *   (properties?: keelapi.CaTrustResponse.$Properties): keelapi.CaTrustResponse;
         * }}
         */
        CaTrustResponse.create = function(properties) {
            return new CaTrustResponse(properties);
        };

        /**
         * Encodes the specified CaTrustResponse message. Does not implicitly {@link keelapi.CaTrustResponse.verify|verify} messages.
         * @function encode
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {keelapi.CaTrustResponse.$Properties} m CaTrustResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaTrustResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.trustPem != null && $Object.hasOwnProperty.call(m, "trustPem") && m.trustPem !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.trustPem);
            if (m.rotate != null && $Object.hasOwnProperty.call(m, "rotate") && m.rotate !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.rotate);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CaTrustResponse message, length delimited. Does not implicitly {@link keelapi.CaTrustResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {keelapi.CaTrustResponse.$Properties} message CaTrustResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaTrustResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CaTrustResponse message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.CaTrustResponse & keelapi.CaTrustResponse.$Shape} CaTrustResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaTrustResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.CaTrustResponse();
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
                            m.trustPem = v;
                        else
                            delete m.trustPem;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.rotate = v;
                        else
                            delete m.rotate;
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
         * Decodes a CaTrustResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.CaTrustResponse & keelapi.CaTrustResponse.$Shape} CaTrustResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaTrustResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CaTrustResponse message.
         * @function verify
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CaTrustResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.trustPem != null && $Object.hasOwnProperty.call(m, "trustPem")) {
                if (!$util.isString(m.trustPem))
                    return "trustPem: string expected";
            }
            if (m.rotate != null && $Object.hasOwnProperty.call(m, "rotate")) {
                if (typeof m.rotate !== "boolean")
                    return "rotate: boolean expected";
            }
            return null;
        };

        /**
         * Creates a CaTrustResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.CaTrustResponse} CaTrustResponse
         */
        CaTrustResponse.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.CaTrustResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.CaTrustResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.CaTrustResponse();
            if (d.trustPem != null) {
                if (typeof d.trustPem !== "string" || d.trustPem.length) {
                    m.trustPem = $String(d.trustPem);
                }
            }
            if (d.rotate != null) {
                if (d.rotate) {
                    m.rotate = $Boolean(d.rotate);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CaTrustResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {keelapi.CaTrustResponse} m CaTrustResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CaTrustResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.trustPem = "";
                d.rotate = false;
            }
            if (m.trustPem != null && $Object.hasOwnProperty.call(m, "trustPem")) {
                d.trustPem = m.trustPem;
            }
            if (m.rotate != null && $Object.hasOwnProperty.call(m, "rotate")) {
                d.rotate = m.rotate;
            }
            return d;
        };

        /**
         * Converts this CaTrustResponse to JSON.
         * @function toJSON
         * @memberof keelapi.CaTrustResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CaTrustResponse.prototype.toJSON = function() {
            return CaTrustResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CaTrustResponse
         * @function getTypeUrl
         * @memberof keelapi.CaTrustResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CaTrustResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.CaTrustResponse";
        };

        return CaTrustResponse;
    })();

    keelapi.NodeLeaveRequest = (function() {

        /**
         * Properties of a NodeLeaveRequest.
         * @typedef {Object} keelapi.NodeLeaveRequest.$Properties
         * @property {string|null} [nodeId] NodeLeaveRequest nodeId
         * @property {boolean|null} [force] NodeLeaveRequest force
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeLeaveRequest.
         * @memberof keelapi
         * @interface INodeLeaveRequest
         * @augments keelapi.NodeLeaveRequest.$Properties
         * @deprecated Use keelapi.NodeLeaveRequest.$Properties instead.
         */

        /**
         * Shape of a NodeLeaveRequest.
         * @typedef {keelapi.NodeLeaveRequest.$Properties} keelapi.NodeLeaveRequest.$Shape
         */

        /**
         * Constructs a new NodeLeaveRequest.
         * @memberof keelapi
         * @classdesc Represents a NodeLeaveRequest.
         * @constructor
         * @param {keelapi.NodeLeaveRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeLeaveRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeLeaveRequest nodeId.
         * @member {string} nodeId
         * @memberof keelapi.NodeLeaveRequest
         * @instance
         */
        NodeLeaveRequest.prototype.nodeId = "";

        /**
         * NodeLeaveRequest force.
         * @member {boolean} force
         * @memberof keelapi.NodeLeaveRequest
         * @instance
         */
        NodeLeaveRequest.prototype.force = false;

        /**
         * Creates a new NodeLeaveRequest instance using the specified properties.
         * @function create
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {keelapi.NodeLeaveRequest.$Properties=} [properties] Properties to set
         * @returns {keelapi.NodeLeaveRequest} NodeLeaveRequest instance
         * @type {{
         *   (properties: keelapi.NodeLeaveRequest.$Shape): keelapi.NodeLeaveRequest & keelapi.NodeLeaveRequest.$Shape;
         *   (properties?: keelapi.NodeLeaveRequest.$Properties): keelapi.NodeLeaveRequest;
         * }}
         */
        NodeLeaveRequest.create = function(properties) {
            return new NodeLeaveRequest(properties);
        };

        /**
         * Encodes the specified NodeLeaveRequest message. Does not implicitly {@link keelapi.NodeLeaveRequest.verify|verify} messages.
         * @function encode
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {keelapi.NodeLeaveRequest.$Properties} m NodeLeaveRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeLeaveRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
            if (m.force != null && $Object.hasOwnProperty.call(m, "force") && m.force !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.force);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeLeaveRequest message, length delimited. Does not implicitly {@link keelapi.NodeLeaveRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {keelapi.NodeLeaveRequest.$Properties} message NodeLeaveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeLeaveRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeLeaveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelapi.NodeLeaveRequest & keelapi.NodeLeaveRequest.$Shape} NodeLeaveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeLeaveRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelapi.NodeLeaveRequest();
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
                            m.nodeId = v;
                        else
                            delete m.nodeId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.force = v;
                        else
                            delete m.force;
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
         * Decodes a NodeLeaveRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelapi.NodeLeaveRequest & keelapi.NodeLeaveRequest.$Shape} NodeLeaveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeLeaveRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeLeaveRequest message.
         * @function verify
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeLeaveRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                if (!$util.isString(m.nodeId))
                    return "nodeId: string expected";
            }
            if (m.force != null && $Object.hasOwnProperty.call(m, "force")) {
                if (typeof m.force !== "boolean")
                    return "force: boolean expected";
            }
            return null;
        };

        /**
         * Creates a NodeLeaveRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelapi.NodeLeaveRequest} NodeLeaveRequest
         */
        NodeLeaveRequest.fromObject = function (d, q) {
            if (d instanceof $root.keelapi.NodeLeaveRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelapi.NodeLeaveRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelapi.NodeLeaveRequest();
            if (d.nodeId != null) {
                if (typeof d.nodeId !== "string" || d.nodeId.length) {
                    m.nodeId = $String(d.nodeId);
                }
            }
            if (d.force != null) {
                if (d.force) {
                    m.force = $Boolean(d.force);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeLeaveRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {keelapi.NodeLeaveRequest} m NodeLeaveRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeLeaveRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.nodeId = "";
                d.force = false;
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.force != null && $Object.hasOwnProperty.call(m, "force")) {
                d.force = m.force;
            }
            return d;
        };

        /**
         * Converts this NodeLeaveRequest to JSON.
         * @function toJSON
         * @memberof keelapi.NodeLeaveRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeLeaveRequest.prototype.toJSON = function() {
            return NodeLeaveRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeLeaveRequest
         * @function getTypeUrl
         * @memberof keelapi.NodeLeaveRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeLeaveRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelapi.NodeLeaveRequest";
        };

        return NodeLeaveRequest;
    })();

    return keelapi;
})();

export {
  $root as default
};
