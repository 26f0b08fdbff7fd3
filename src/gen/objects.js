/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["objects"] || ($protobuf.roots["objects"] = {});

export const keelstore = $root.keelstore = (() => {

    /**
     * Namespace keelstore.
     * @exports keelstore
     * @namespace
     */
    const keelstore = {};

    keelstore.Meta = (function() {

        /**
         * Properties of a Meta.
         * @typedef {Object} keelstore.Meta.$Properties
         * @property {number|null} [version] Meta version
         * @property {number|null} [createdAtMs] Meta createdAtMs
         * @property {number|null} [updatedAtMs] Meta updatedAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Meta.
         * @memberof keelstore
         * @interface IMeta
         * @augments keelstore.Meta.$Properties
         * @deprecated Use keelstore.Meta.$Properties instead.
         */

        /**
         * Shape of a Meta.
         * @typedef {keelstore.Meta.$Properties} keelstore.Meta.$Shape
         */

        /**
         * Constructs a new Meta.
         * @memberof keelstore
         * @classdesc Represents a Meta.
         * @constructor
         * @param {keelstore.Meta.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Meta = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Meta version.
         * @member {number} version
         * @memberof keelstore.Meta
         * @instance
         */
        Meta.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Meta createdAtMs.
         * @member {number} createdAtMs
         * @memberof keelstore.Meta
         * @instance
         */
        Meta.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Meta updatedAtMs.
         * @member {number} updatedAtMs
         * @memberof keelstore.Meta
         * @instance
         */
        Meta.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Meta instance using the specified properties.
         * @function create
         * @memberof keelstore.Meta
         * @static
         * @param {keelstore.Meta.$Properties=} [properties] Properties to set
         * @returns {keelstore.Meta} Meta instance
         * @type {{
         *   (properties: keelstore.Meta.$Shape): keelstore.Meta & keelstore.Meta.$Shape;
         *   (properties?: keelstore.Meta.$Properties): keelstore.Meta;
         * }}
         */
        Meta.create = function(properties) {
            return new Meta(properties);
        };

        /**
         * Encodes the specified Meta message. Does not implicitly {@link keelstore.Meta.verify|verify} messages.
         * @function encode
         * @memberof keelstore.Meta
         * @static
         * @param {keelstore.Meta.$Properties} m Meta message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Meta.encode = function (m, w, q) {
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
         * Encodes the specified Meta message, length delimited. Does not implicitly {@link keelstore.Meta.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.Meta
         * @static
         * @param {keelstore.Meta.$Properties} message Meta message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Meta.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Meta message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.Meta
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.Meta & keelstore.Meta.$Shape} Meta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Meta.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.Meta();
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
         * Decodes a Meta message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.Meta
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.Meta & keelstore.Meta.$Shape} Meta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Meta.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Meta message.
         * @function verify
         * @memberof keelstore.Meta
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Meta.verify = function (m, q) {
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
         * Creates a Meta message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.Meta
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.Meta} Meta
         */
        Meta.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.Meta)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.Meta: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.Meta();
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
         * Creates a plain object from a Meta message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.Meta
         * @static
         * @param {keelstore.Meta} m Meta
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Meta.toObject = function (m, o, q) {
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
         * Converts this Meta to JSON.
         * @function toJSON
         * @memberof keelstore.Meta
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Meta.prototype.toJSON = function() {
            return Meta.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Meta
         * @function getTypeUrl
         * @memberof keelstore.Meta
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Meta.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.Meta";
        };

        return Meta;
    })();

    /**
     * CertificateState enum.
     * @name keelstore.CertificateState
     * @enum {number}
     * @property {number} CERTIFICATE_STATE_UNKNOWN=0 CERTIFICATE_STATE_UNKNOWN value
     * @property {number} CERTIFICATE_STATE_RENEW=1 CERTIFICATE_STATE_RENEW value
     * @property {number} CERTIFICATE_STATE_PENDING=2 CERTIFICATE_STATE_PENDING value
     * @property {number} CERTIFICATE_STATE_ISSUED=3 CERTIFICATE_STATE_ISSUED value
     * @property {number} CERTIFICATE_STATE_FAILED=4 CERTIFICATE_STATE_FAILED value
     * @property {number} CERTIFICATE_STATE_ROTATE=5 CERTIFICATE_STATE_ROTATE value
     */
    keelstore.CertificateState = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CERTIFICATE_STATE_UNKNOWN"] = 0;
        values[valuesById[1] = "CERTIFICATE_STATE_RENEW"] = 1;
        values[valuesById[2] = "CERTIFICATE_STATE_PENDING"] = 2;
        values[valuesById[3] = "CERTIFICATE_STATE_ISSUED"] = 3;
        values[valuesById[4] = "CERTIFICATE_STATE_FAILED"] = 4;
        values[valuesById[5] = "CERTIFICATE_STATE_ROTATE"] = 5;
        return values;
    })();

    /**
     * EncryptionAlgorithm enum.
     * @name keelstore.EncryptionAlgorithm
     * @enum {number}
     * @property {number} ENCRYPTION_ALGORITHM_AES_128_GCM=0 ENCRYPTION_ALGORITHM_AES_128_GCM value
     */
    keelstore.EncryptionAlgorithm = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ENCRYPTION_ALGORITHM_AES_128_GCM"] = 0;
        return values;
    })();

    keelstore.EncryptionKey = (function() {

        /**
         * Properties of an EncryptionKey.
         * @typedef {Object} keelstore.EncryptionKey.$Properties
         * @property {string|null} [subsystem] EncryptionKey subsystem
         * @property {keelstore.EncryptionAlgorithm|null} [algorithm] EncryptionKey algorithm
         * @property {Uint8Array|null} [key] EncryptionKey key
         * @property {number|null} [lamportTime] EncryptionKey lamportTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EncryptionKey.
         * @memberof keelstore
         * @interface IEncryptionKey
         * @augments keelstore.EncryptionKey.$Properties
         * @deprecated Use keelstore.EncryptionKey.$Properties instead.
         */

        /**
         * Shape of an EncryptionKey.
         * @typedef {keelstore.EncryptionKey.$Properties} keelstore.EncryptionKey.$Shape
         */

        /**
         * Constructs a new EncryptionKey.
         * @memberof keelstore
         * @classdesc Represents an EncryptionKey.
         * @constructor
         * @param {keelstore.EncryptionKey.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EncryptionKey = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * EncryptionKey subsystem.
         * @member {string} subsystem
         * @memberof keelstore.EncryptionKey
         * @instance
         */
        EncryptionKey.prototype.subsystem = "";

        /**
         * EncryptionKey algorithm.
         * @member {keelstore.EncryptionAlgorithm} algorithm
         * @memberof keelstore.EncryptionKey
         * @instance
         */
        EncryptionKey.prototype.algorithm = 0;

        /**
         * EncryptionKey key.
         * @member {Uint8Array} key
         * @memberof keelstore.EncryptionKey
         * @instance
         */
        EncryptionKey.prototype.key = $util.newBuffer([]);

        /**
         * EncryptionKey lamportTime.
         * @member {number} lamportTime
         * @memberof keelstore.EncryptionKey
         * @instance
         */
        EncryptionKey.prototype.lamportTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new EncryptionKey instance using the specified properties.
         * @function create
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {keelstore.EncryptionKey.$Properties=} [properties] Properties to set
         * @returns {keelstore.EncryptionKey} EncryptionKey instance
         * @type {{
         *   (properties: keelstore.EncryptionKey.$Shape): keelstore.EncryptionKey & keelstore.EncryptionKey.$Shape;
         *   (properties?: keelstore.EncryptionKey.$Properties): keelstore.EncryptionKey;
         * }}
         */
        EncryptionKey.create = function(properties) {
            return new EncryptionKey(properties);
        };

        /**
         * Encodes the specified EncryptionKey message. Does not implicitly {@link keelstore.EncryptionKey.verify|verify} messages.
         * @function encode
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {keelstore.EncryptionKey.$Properties} m EncryptionKey message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EncryptionKey.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem") && m.subsystem !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.subsystem);
            if (m.algorithm != null && $Object.hasOwnProperty.call(m, "algorithm") && m.algorithm !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.algorithm);
            if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.key);
            if (m.lamportTime != null && $Object.hasOwnProperty.call(m, "lamportTime") && (typeof m.lamportTime === "object" ? m.lamportTime.low || m.lamportTime.high : m.lamportTime !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.lamportTime);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified EncryptionKey message, length delimited. Does not implicitly {@link keelstore.EncryptionKey.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {keelstore.EncryptionKey.$Properties} message EncryptionKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EncryptionKey.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an EncryptionKey message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.EncryptionKey & keelstore.EncryptionKey.$Shape} EncryptionKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EncryptionKey.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.EncryptionKey();
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
                        if (v = r.int32())
                            m.algorithm = v;
                        else
                            delete m.algorithm;
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
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.lamportTime = v;
                        else
                            delete m.lamportTime;
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
         * Decodes an EncryptionKey message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.EncryptionKey & keelstore.EncryptionKey.$Shape} EncryptionKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EncryptionKey.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an EncryptionKey message.
         * @function verify
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        EncryptionKey.verify = function (m, q) {
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
            if (m.algorithm != null && $Object.hasOwnProperty.call(m, "algorithm")) {
                if (typeof m.algorithm !== "number" || (m.algorithm | 0) !== m.algorithm)
                    return "algorithm: enum value expected";
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                if (!(m.key && typeof m.key.length === "number" || $util.isString(m.key)))
                    return "key: buffer expected";
            }
            if (m.lamportTime != null && $Object.hasOwnProperty.call(m, "lamportTime")) {
                if (!$util.isInteger(m.lamportTime) && !(m.lamportTime && $util.isInteger(m.lamportTime.low) && $util.isInteger(m.lamportTime.high)))
                    return "lamportTime: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an EncryptionKey message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.EncryptionKey} EncryptionKey
         */
        EncryptionKey.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.EncryptionKey)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.EncryptionKey: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.EncryptionKey();
            if (d.subsystem != null) {
                if (typeof d.subsystem !== "string" || d.subsystem.length) {
                    m.subsystem = $String(d.subsystem);
                }
            }
            if (d.algorithm !== 0 && (typeof d.algorithm !== "string" || $root.keelstore.EncryptionAlgorithm[d.algorithm] !== 0)) {
                switch (d.algorithm) {
                case "ENCRYPTION_ALGORITHM_AES_128_GCM":
                case 0:
                    m.algorithm = 0;
                    break;
                default:
                    if (typeof d.algorithm === "number" && (d.algorithm | 0) === d.algorithm)
                        m.algorithm = d.algorithm;
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
            return m;
        };

        /**
         * Creates a plain object from an EncryptionKey message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {keelstore.EncryptionKey} m EncryptionKey
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        EncryptionKey.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.subsystem = "";
                d.algorithm = o.enums === $String ? "ENCRYPTION_ALGORITHM_AES_128_GCM" : 0;
                if (o.bytes === $String)
                    d.key = "";
                else {
                    d.key = [];
                    if (o.bytes !== $Array)
                        d.key = $util.newBuffer(d.key);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.lamportTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lamportTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.subsystem != null && $Object.hasOwnProperty.call(m, "subsystem")) {
                d.subsystem = m.subsystem;
            }
            if (m.algorithm != null && $Object.hasOwnProperty.call(m, "algorithm")) {
                d.algorithm = o.enums === $String ? $root.keelstore.EncryptionAlgorithm[m.algorithm] === $undefined ? m.algorithm : $root.keelstore.EncryptionAlgorithm[m.algorithm] : m.algorithm;
            }
            if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                d.key = o.bytes === $String ? $util.base64.encode(m.key, 0, m.key.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.key) : m.key;
            }
            if (m.lamportTime != null && $Object.hasOwnProperty.call(m, "lamportTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lamportTime = typeof m.lamportTime === "number" ? $BigInt(m.lamportTime) : $util.Long.fromBits(m.lamportTime.low >>> 0, m.lamportTime.high >>> 0, true).toBigInt();
                else if (typeof m.lamportTime === "number")
                    d.lamportTime = o.longs === $String ? $String(m.lamportTime) : m.lamportTime;
                else
                    d.lamportTime = o.longs === $String ? $util.Long.prototype.toString.call(m.lamportTime) : o.longs === $Number ? new $util.LongBits(m.lamportTime.low >>> 0, m.lamportTime.high >>> 0).toNumber(true) : m.lamportTime;
            }
            return d;
        };

        /**
         * Converts this EncryptionKey to JSON.
         * @function toJSON
         * @memberof keelstore.EncryptionKey
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        EncryptionKey.prototype.toJSON = function() {
            return EncryptionKey.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for EncryptionKey
         * @function getTypeUrl
         * @memberof keelstore.EncryptionKey
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        EncryptionKey.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.EncryptionKey";
        };

        return EncryptionKey;
    })();

    keelstore.RaftSettings = (function() {

        /**
         * Properties of a RaftSettings.
         * @typedef {Object} keelstore.RaftSettings.$Properties
         * @property {number|null} [snapshotInterval] RaftSettings snapshotInterval
         * @property {number|null} [keepOldSnapshots] RaftSettings keepOldSnapshots
         * @property {number|null} [logEntriesForSlowFollowers] RaftSettings logEntriesForSlowFollowers
         * @property {number|null} [heartbeatTicks] RaftSettings heartbeatTicks
         * @property {number|null} [electionTicks] RaftSettings electionTicks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RaftSettings.
         * @memberof keelstore
         * @interface IRaftSettings
         * @augments keelstore.RaftSettings.$Properties
         * @deprecated Use keelstore.RaftSettings.$Properties instead.
         */

        /**
         * Shape of a RaftSettings.
         * @typedef {keelstore.RaftSettings.$Properties} keelstore.RaftSettings.$Shape
         */

        /**
         * Constructs a new RaftSettings.
         * @memberof keelstore
         * @classdesc Represents a RaftSettings.
         * @constructor
         * @param {keelstore.RaftSettings.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RaftSettings = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RaftSettings snapshotInterval.
         * @member {number} snapshotInterval
         * @memberof keelstore.RaftSettings
         * @instance
         */
        RaftSettings.prototype.snapshotInterval = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftSettings keepOldSnapshots.
         * @member {number} keepOldSnapshots
         * @memberof keelstore.RaftSettings
         * @instance
         */
        RaftSettings.prototype.keepOldSnapshots = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftSettings logEntriesForSlowFollowers.
         * @member {number} logEntriesForSlowFollowers
         * @memberof keelstore.RaftSettings
         * @instance
         */
        RaftSettings.prototype.logEntriesForSlowFollowers = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftSettings heartbeatTicks.
         * @member {number} heartbeatTicks
         * @memberof keelstore.RaftSettings
         * @instance
         */
        RaftSettings.prototype.heartbeatTicks = 0;

        /**
         * RaftSettings electionTicks.
         * @member {number} electionTicks
         * @memberof keelstore.RaftSettings
         * @instance
         */
        RaftSettings.prototype.electionTicks = 0;

        /**
         * Creates a new RaftSettings instance using the specified properties.
         * @function create
         * @memberof keelstore.RaftSettings
         * @static
         * @param {keelstore.RaftSettings.$Properties=} [properties] Properties to set
         * @returns {keelstore.RaftSettings} RaftSettings instance
         * @type {{
         *   (properties: keelstore.RaftSettings.$Shape): keelstore.RaftSettings & keelstore.RaftSettings.$Shape;
         *   (properties?: keelstore.RaftSettings.$Properties): keelstore.RaftSettings;
         * }}
         */
        RaftSettings.create = function(properties) {
            return new RaftSettings(properties);
        };

        /**
         * Encodes the specified RaftSettings message. Does not implicitly {@link keelstore.RaftSettings.verify|verify} messages.
         * @function encode
         * @memberof keelstore.RaftSettings
         * @static
         * @param {keelstore.RaftSettings.$Properties} m RaftSettings message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftSettings.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.snapshotInterval != null && $Object.hasOwnProperty.call(m, "snapshotInterval") && (typeof m.snapshotInterval === "object" ? m.snapshotInterval.low || m.snapshotInterval.high : m.snapshotInterval !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.snapshotInterval);
            if (m.keepOldSnapshots != null && $Object.hasOwnProperty.call(m, "keepOldSnapshots") && (typeof m.keepOldSnapshots === "object" ? m.keepOldSnapshots.low || m.keepOldSnapshots.high : m.keepOldSnapshots !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.keepOldSnapshots);
            if (m.logEntriesForSlowFollowers != null && $Object.hasOwnProperty.call(m, "logEntriesForSlowFollowers") && (typeof m.logEntriesForSlowFollowers === "object" ? m.logEntriesForSlowFollowers.low || m.logEntriesForSlowFollowers.high : m.logEntriesForSlowFollowers !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.logEntriesForSlowFollowers);
            if (m.heartbeatTicks != null && $Object.hasOwnProperty.call(m, "heartbeatTicks") && m.heartbeatTicks !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.heartbeatTicks);
            if (m.electionTicks != null && $Object.hasOwnProperty.call(m, "electionTicks") && m.electionTicks !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.electionTicks);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RaftSettings message, length delimited. Does not implicitly {@link keelstore.RaftSettings.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.RaftSettings
         * @static
         * @param {keelstore.RaftSettings.$Properties} message RaftSettings message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftSettings.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RaftSettings message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.RaftSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.RaftSettings & keelstore.RaftSettings.$Shape} RaftSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftSettings.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.RaftSettings();
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
                            m.snapshotInterval = v;
                        else
                            delete m.snapshotInterval;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.keepOldSnapshots = v;
                        else
                            delete m.keepOldSnapshots;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.logEntriesForSlowFollowers = v;
                        else
                            delete m.logEntriesForSlowFollowers;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.heartbeatTicks = v;
                        else
                            delete m.heartbeatTicks;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.electionTicks = v;
                        else
                            delete m.electionTicks;
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
         * Decodes a RaftSettings message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.RaftSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.RaftSettings & keelstore.RaftSettings.$Shape} RaftSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftSettings.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RaftSettings message.
         * @function verify
         * @memberof keelstore.RaftSettings
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RaftSettings.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
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
            if (m.heartbeatTicks != null && $Object.hasOwnProperty.call(m, "heartbeatTicks")) {
                if (!$util.isInteger(m.heartbeatTicks))
                    return "heartbeatTicks: integer expected";
            }
            if (m.electionTicks != null && $Object.hasOwnProperty.call(m, "electionTicks")) {
                if (!$util.isInteger(m.electionTicks))
                    return "electionTicks: integer expected";
            }
            return null;
        };

        /**
         * Creates a RaftSettings message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.RaftSettings
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.RaftSettings} RaftSettings
         */
        RaftSettings.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.RaftSettings)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.RaftSettings: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.RaftSettings();
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
            if (d.heartbeatTicks != null) {
                if ($Number(d.heartbeatTicks) !== 0) {
                    m.heartbeatTicks = d.heartbeatTicks >>> 0;
                }
            }
            if (d.electionTicks != null) {
                if ($Number(d.electionTicks) !== 0) {
                    m.electionTicks = d.electionTicks >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RaftSettings message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.RaftSettings
         * @static
         * @param {keelstore.RaftSettings} m RaftSettings
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RaftSettings.toObject = function (m, o, q) {
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
                d.heartbeatTicks = 0;
                d.electionTicks = 0;
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
            if (m.heartbeatTicks != null && $Object.hasOwnProperty.call(m, "heartbeatTicks")) {
                d.heartbeatTicks = m.heartbeatTicks;
            }
            if (m.electionTicks != null && $Object.hasOwnProperty.call(m, "electionTicks")) {
                d.electionTicks = m.electionTicks;
            }
            return d;
        };

        /**
         * Converts this RaftSettings to JSON.
         * @function toJSON
         * @memberof keelstore.RaftSettings
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RaftSettings.prototype.toJSON = function() {
            return RaftSettings.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RaftSettings
         * @function getTypeUrl
         * @memberof keelstore.RaftSettings
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RaftSettings.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.RaftSettings";
        };

        return RaftSettings;
    })();

    keelstore.CaSettings = (function() {

        /**
         * Properties of a CaSettings.
         * @typedef {Object} keelstore.CaSettings.$Properties
         * @property {number|null} [nodeCertExpiryMs] CaSettings nodeCertExpiryMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CaSettings.
         * @memberof keelstore
         * @interface ICaSettings
         * @augments keelstore.CaSettings.$Properties
         * @deprecated Use keelstore.CaSettings.$Properties instead.
         */

        /**
         * Shape of a CaSettings.
         * @typedef {keelstore.CaSettings.$Properties} keelstore.CaSettings.$Shape
         */

        /**
         * Constructs a new CaSettings.
         * @memberof keelstore
         * @classdesc Represents a CaSettings.
         * @constructor
         * @param {keelstore.CaSettings.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CaSettings = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CaSettings nodeCertExpiryMs.
         * @member {number} nodeCertExpiryMs
         * @memberof keelstore.CaSettings
         * @instance
         */
        CaSettings.prototype.nodeCertExpiryMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new CaSettings instance using the specified properties.
         * @function create
         * @memberof keelstore.CaSettings
         * @static
         * @param {keelstore.CaSettings.$Properties=} [properties] Properties to set
         * @returns {keelstore.CaSettings} CaSettings instance
         * @type {{
         *   (properties: keelstore.CaSettings.$Shape): keelstore.CaSettings & keelstore.CaSettings.$Shape;
         *   (properties?: keelstore.CaSettings.$Properties): keelstore.CaSettings;
         * }}
         */
        CaSettings.create = function(properties) {
            return new CaSettings(properties);
        };

        /**
         * Encodes the specified CaSettings message. Does not implicitly {@link keelstore.CaSettings.verify|verify} messages.
         * @function encode
         * @memberof keelstore.CaSettings
         * @static
         * @param {keelstore.CaSettings.$Properties} m CaSettings message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaSettings.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodeCertExpiryMs != null && $Object.hasOwnProperty.call(m, "nodeCertExpiryMs") && (typeof m.nodeCertExpiryMs === "object" ? m.nodeCertExpiryMs.low || m.nodeCertExpiryMs.high : m.nodeCertExpiryMs !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nodeCertExpiryMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CaSettings message, length delimited. Does not implicitly {@link keelstore.CaSettings.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.CaSettings
         * @static
         * @param {keelstore.CaSettings.$Properties} message CaSettings message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CaSettings.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CaSettings message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.CaSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.CaSettings & keelstore.CaSettings.$Shape} CaSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaSettings.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.CaSettings();
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
                            m.nodeCertExpiryMs = v;
                        else
                            delete m.nodeCertExpiryMs;
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
         * Decodes a CaSettings message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.CaSettings
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.CaSettings & keelstore.CaSettings.$Shape} CaSettings
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CaSettings.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CaSettings message.
         * @function verify
         * @memberof keelstore.CaSettings
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CaSettings.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodeCertExpiryMs != null && $Object.hasOwnProperty.call(m, "nodeCertExpiryMs")) {
                if (!$util.isInteger(m.nodeCertExpiryMs) && !(m.nodeCertExpiryMs && $util.isInteger(m.nodeCertExpiryMs.low) && $util.isInteger(m.nodeCertExpiryMs.high)))
                    return "nodeCertExpiryMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CaSettings message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.CaSettings
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.CaSettings} CaSettings
         */
        CaSettings.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.CaSettings)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.CaSettings: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.CaSettings();
            if (d.nodeCertExpiryMs != null) {
                if (typeof d.nodeCertExpiryMs === "object" ? d.nodeCertExpiryMs.low || d.nodeCertExpiryMs.high : $Number(d.nodeCertExpiryMs) !== 0) {
                    if ($util.Long)
                        m.nodeCertExpiryMs = $util.Long.fromValue(d.nodeCertExpiryMs, true);
                    else if (typeof d.nodeCertExpiryMs === "string")
                        m.nodeCertExpiryMs = $parseInt(d.nodeCertExpiryMs, 10);
                    else if (typeof d.nodeCertExpiryMs === "number")
                        m.nodeCertExpiryMs = d.nodeCertExpiryMs;
                    else if (typeof d.nodeCertExpiryMs === "object")
                        m.nodeCertExpiryMs = new $util.LongBits(d.nodeCertExpiryMs.low >>> 0, d.nodeCertExpiryMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CaSettings message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.CaSettings
         * @static
         * @param {keelstore.CaSettings} m CaSettings
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CaSettings.toObject = function (m, o, q) {
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
                    d.nodeCertExpiryMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nodeCertExpiryMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.nodeCertExpiryMs != null && $Object.hasOwnProperty.call(m, "nodeCertExpiryMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nodeCertExpiryMs = typeof m.nodeCertExpiryMs === "number" ? $BigInt(m.nodeCertExpiryMs) : $util.Long.fromBits(m.nodeCertExpiryMs.low >>> 0, m.nodeCertExpiryMs.high >>> 0, true).toBigInt();
                else if (typeof m.nodeCertExpiryMs === "number")
                    d.nodeCertExpiryMs = o.longs === $String ? $String(m.nodeCertExpiryMs) : m.nodeCertExpiryMs;
                else
                    d.nodeCertExpiryMs = o.longs === $String ? $util.Long.prototype.toString.call(m.nodeCertExpiryMs) : o.longs === $Number ? new $util.LongBits(m.nodeCertExpiryMs.low >>> 0, m.nodeCertExpiryMs.high >>> 0).toNumber(true) : m.nodeCertExpiryMs;
            }
            return d;
        };

        /**
         * Converts this CaSettings to JSON.
         * @function toJSON
         * @memberof keelstore.CaSettings
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CaSettings.prototype.toJSON = function() {
            return CaSettings.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CaSettings
         * @function getTypeUrl
         * @memberof keelstore.CaSettings
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CaSettings.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.CaSettings";
        };

        return CaSettings;
    })();

    keelstore.ClusterSpec = (function() {

        /**
         * Properties of a ClusterSpec.
         * @typedef {Object} keelstore.ClusterSpec.$Properties
         * @property {string|null} [name] ClusterSpec name
         * @property {Object.<string,string>|null} [labels] ClusterSpec labels
         * @property {boolean|null} [autolockManagers] ClusterSpec autolockManagers
         * @property {keelstore.RaftSettings.$Properties|null} [raft] ClusterSpec raft
         * @property {keelstore.CaSettings.$Properties|null} [ca] ClusterSpec ca
         * @property {number|null} [networkKeyRotationIntervalTicks] ClusterSpec networkKeyRotationIntervalTicks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClusterSpec.
         * @memberof keelstore
         * @interface IClusterSpec
         * @augments keelstore.ClusterSpec.$Properties
         * @deprecated Use keelstore.ClusterSpec.$Properties instead.
         */

        /**
         * Shape of a ClusterSpec.
         * @typedef {keelstore.ClusterSpec.$Properties} keelstore.ClusterSpec.$Shape
         */

        /**
         * Constructs a new ClusterSpec.
         * @memberof keelstore
         * @classdesc Represents a ClusterSpec.
         * @constructor
         * @param {keelstore.ClusterSpec.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClusterSpec = function (p) {
            this.labels = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClusterSpec name.
         * @member {string} name
         * @memberof keelstore.ClusterSpec
         * @instance
         */
        ClusterSpec.prototype.name = "";

        /**
         * ClusterSpec labels.
         * @member {Object.<string,string>} labels
         * @memberof keelstore.ClusterSpec
         * @instance
         */
        ClusterSpec.prototype.labels = $util.emptyObject;

        /**
         * ClusterSpec autolockManagers.
         * @member {boolean} autolockManagers
         * @memberof keelstore.ClusterSpec
         * @instance
         */
        ClusterSpec.prototype.autolockManagers = false;

        /**
         * ClusterSpec raft.
         * @member {keelstore.RaftSettings.$Properties|null|undefined} raft
         * @memberof keelstore.ClusterSpec
         * @instance
         */
        ClusterSpec.prototype.raft = null;

        /**
         * ClusterSpec ca.
         * @member {keelstore.CaSettings.$Properties|null|undefined} ca
         * @memberof keelstore.ClusterSpec
         * @instance
         */
        ClusterSpec.prototype.ca = null;

        /**
         * ClusterSpec networkKeyRotationIntervalTicks.
         * @member {number} networkKeyRotationIntervalTicks
         * @memberof keelstore.ClusterSpec
         * @instance
         */
        ClusterSpec.prototype.networkKeyRotationIntervalTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ClusterSpec instance using the specified properties.
         * @function create
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {keelstore.ClusterSpec.$Properties=} [properties] Properties to set
         * @returns {keelstore.ClusterSpec} ClusterSpec instance
         * @type {{
         *   (properties: keelstore.ClusterSpec.$Shape): keelstore.ClusterSpec & keelstore.ClusterSpec.$Shape;
         *   (properties?: keelstore.ClusterSpec.$Properties): keelstore.ClusterSpec;
         * }}
         */
        ClusterSpec.create = function(properties) {
            return new ClusterSpec(properties);
        };

        /**
         * Encodes the specified ClusterSpec message. Does not implicitly {@link keelstore.ClusterSpec.verify|verify} messages.
         * @function encode
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {keelstore.ClusterSpec.$Properties} m ClusterSpec message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterSpec.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                    w.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                }
            }
            if (m.autolockManagers != null && $Object.hasOwnProperty.call(m, "autolockManagers") && m.autolockManagers !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.autolockManagers);
            if (m.raft != null && $Object.hasOwnProperty.call(m, "raft"))
                $root.keelstore.RaftSettings.encode(m.raft, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.ca != null && $Object.hasOwnProperty.call(m, "ca"))
                $root.keelstore.CaSettings.encode(m.ca, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.networkKeyRotationIntervalTicks != null && $Object.hasOwnProperty.call(m, "networkKeyRotationIntervalTicks") && (typeof m.networkKeyRotationIntervalTicks === "object" ? m.networkKeyRotationIntervalTicks.low || m.networkKeyRotationIntervalTicks.high : m.networkKeyRotationIntervalTicks !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.networkKeyRotationIntervalTicks);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ClusterSpec message, length delimited. Does not implicitly {@link keelstore.ClusterSpec.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {keelstore.ClusterSpec.$Properties} message ClusterSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterSpec.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClusterSpec message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.ClusterSpec & keelstore.ClusterSpec.$Shape} ClusterSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterSpec.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.ClusterSpec();
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
                        if (m.labels === $util.emptyObject)
                            m.labels = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = "";
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
                                if (u !== 2)
                                    break;
                                v = r.stringVerify();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.labels, k);
                        m.labels[k] = v;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.autolockManagers = v;
                        else
                            delete m.autolockManagers;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.raft = $root.keelstore.RaftSettings.decode(r, r.size(), $undefined, q + 1, m.raft);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.ca = $root.keelstore.CaSettings.decode(r, r.size(), $undefined, q + 1, m.ca);
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.networkKeyRotationIntervalTicks = v;
                        else
                            delete m.networkKeyRotationIntervalTicks;
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
         * Decodes a ClusterSpec message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.ClusterSpec & keelstore.ClusterSpec.$Shape} ClusterSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterSpec.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClusterSpec message.
         * @function verify
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClusterSpec.verify = function (m, q) {
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
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$util.isObject(m.labels))
                    return "labels: object expected";
                var k = $Object.keys(m.labels);
                for (var i = 0; i < k.length; ++i) {
                    if (!$util.isString(m.labels[k[i]]))
                        return "labels: string{k:string} expected";
                }
            }
            if (m.autolockManagers != null && $Object.hasOwnProperty.call(m, "autolockManagers")) {
                if (typeof m.autolockManagers !== "boolean")
                    return "autolockManagers: boolean expected";
            }
            if (m.raft != null && $Object.hasOwnProperty.call(m, "raft")) {
                {
                    var e = $root.keelstore.RaftSettings.verify(m.raft, q + 1);
                    if (e)
                        return "raft." + e;
                }
            }
            if (m.ca != null && $Object.hasOwnProperty.call(m, "ca")) {
                {
                    var e = $root.keelstore.CaSettings.verify(m.ca, q + 1);
                    if (e)
                        return "ca." + e;
                }
            }
            if (m.networkKeyRotationIntervalTicks != null && $Object.hasOwnProperty.call(m, "networkKeyRotationIntervalTicks")) {
                if (!$util.isInteger(m.networkKeyRotationIntervalTicks) && !(m.networkKeyRotationIntervalTicks && $util.isInteger(m.networkKeyRotationIntervalTicks.low) && $util.isInteger(m.networkKeyRotationIntervalTicks.high)))
                    return "networkKeyRotationIntervalTicks: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a ClusterSpec message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.ClusterSpec} ClusterSpec
         */
        ClusterSpec.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.ClusterSpec)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.ClusterSpec: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.ClusterSpec();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.labels) {
                if (!$util.isObject(d.labels))
                    throw $TypeError(".keelstore.ClusterSpec.labels: object expected");
                m.labels = {};
                for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.labels, ks[i]);
                    m.labels[ks[i]] = $String(d.labels[ks[i]]);
                }
            }
            if (d.autolockManagers != null) {
                if (d.autolockManagers) {
                    m.autolockManagers = $Boolean(d.autolockManagers);
                }
            }
            if (d.raft != null) {
                if (!$util.isObject(d.raft))
                    throw $TypeError(".keelstore.ClusterSpec.raft: object expected");
                m.raft = $root.keelstore.RaftSettings.fromObject(d.raft, q + 1);
            }
            if (d.ca != null) {
                if (!$util.isObject(d.ca))
                    throw $TypeError(".keelstore.ClusterSpec.ca: object expected");
                m.ca = $root.keelstore.CaSettings.fromObject(d.ca, q + 1);
            }
            if (d.networkKeyRotationIntervalTicks != null) {
                if (typeof d.networkKeyRotationIntervalTicks === "object" ? d.networkKeyRotationIntervalTicks.low || d.networkKeyRotationIntervalTicks.high : $Number(d.networkKeyRotationIntervalTicks) !== 0) {
                    if ($util.Long)
                        m.networkKeyRotationIntervalTicks = $util.Long.fromValue(d.networkKeyRotationIntervalTicks, true);
                    else if (typeof d.networkKeyRotationIntervalTicks === "string")
                        m.networkKeyRotationIntervalTicks = $parseInt(d.networkKeyRotationIntervalTicks, 10);
                    else if (typeof d.networkKeyRotationIntervalTicks === "number")
                        m.networkKeyRotationIntervalTicks = d.networkKeyRotationIntervalTicks;
                    else if (typeof d.networkKeyRotationIntervalTicks === "object")
                        m.networkKeyRotationIntervalTicks = new $util.LongBits(d.networkKeyRotationIntervalTicks.low >>> 0, d.networkKeyRotationIntervalTicks.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ClusterSpec message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {keelstore.ClusterSpec} m ClusterSpec
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClusterSpec.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.labels = {};
            }
            if (o.defaults) {
                d.name = "";
                d.autolockManagers = false;
                d.raft = null;
                d.ca = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.networkKeyRotationIntervalTicks = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.networkKeyRotationIntervalTicks = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            var ks2;
            if (m.labels && (ks2 = $Object.keys(m.labels)).length) {
                d.labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.labels, ks2[j]);
                    d.labels[ks2[j]] = m.labels[ks2[j]];
                }
            }
            if (m.autolockManagers != null && $Object.hasOwnProperty.call(m, "autolockManagers")) {
                d.autolockManagers = m.autolockManagers;
            }
            if (m.raft != null && $Object.hasOwnProperty.call(m, "raft")) {
                d.raft = $root.keelstore.RaftSettings.toObject(m.raft, o, q + 1);
            }
            if (m.ca != null && $Object.hasOwnProperty.call(m, "ca")) {
                d.ca = $root.keelstore.CaSettings.toObject(m.ca, o, q + 1);
            }
            if (m.networkKeyRotationIntervalTicks != null && $Object.hasOwnProperty.call(m, "networkKeyRotationIntervalTicks")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.networkKeyRotationIntervalTicks = typeof m.networkKeyRotationIntervalTicks === "number" ? $BigInt(m.networkKeyRotationIntervalTicks) : $util.Long.fromBits(m.networkKeyRotationIntervalTicks.low >>> 0, m.networkKeyRotationIntervalTicks.high >>> 0, true).toBigInt();
                else if (typeof m.networkKeyRotationIntervalTicks === "number")
                    d.networkKeyRotationIntervalTicks = o.longs === $String ? $String(m.networkKeyRotationIntervalTicks) : m.networkKeyRotationIntervalTicks;
                else
                    d.networkKeyRotationIntervalTicks = o.longs === $String ? $util.Long.prototype.toString.call(m.networkKeyRotationIntervalTicks) : o.longs === $Number ? new $util.LongBits(m.networkKeyRotationIntervalTicks.low >>> 0, m.networkKeyRotationIntervalTicks.high >>> 0).toNumber(true) : m.networkKeyRotationIntervalTicks;
            }
            return d;
        };

        /**
         * Converts this ClusterSpec to JSON.
         * @function toJSON
         * @memberof keelstore.ClusterSpec
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClusterSpec.prototype.toJSON = function() {
            return ClusterSpec.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClusterSpec
         * @function getTypeUrl
         * @memberof keelstore.ClusterSpec
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClusterSpec.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.ClusterSpec";
        };

        return ClusterSpec;
    })();

    keelstore.JoinTokens = (function() {

        /**
         * Properties of a JoinTokens.
         * @typedef {Object} keelstore.JoinTokens.$Properties
         * @property {string|null} [worker] JoinTokens worker
         * @property {string|null} [manager] JoinTokens manager
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a JoinTokens.
         * @memberof keelstore
         * @interface IJoinTokens
         * @augments keelstore.JoinTokens.$Properties
         * @deprecated Use keelstore.JoinTokens.$Properties instead.
         */

        /**
         * Shape of a JoinTokens.
         * @typedef {keelstore.JoinTokens.$Properties} keelstore.JoinTokens.$Shape
         */

        /**
         * Constructs a new JoinTokens.
         * @memberof keelstore
         * @classdesc Represents a JoinTokens.
         * @constructor
         * @param {keelstore.JoinTokens.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const JoinTokens = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * JoinTokens worker.
         * @member {string} worker
         * @memberof keelstore.JoinTokens
         * @instance
         */
        JoinTokens.prototype.worker = "";

        /**
         * JoinTokens manager.
         * @member {string} manager
         * @memberof keelstore.JoinTokens
         * @instance
         */
        JoinTokens.prototype.manager = "";

        /**
         * Creates a new JoinTokens instance using the specified properties.
         * @function create
         * @memberof keelstore.JoinTokens
         * @static
         * @param {keelstore.JoinTokens.$Properties=} [properties] Properties to set
         * @returns {keelstore.JoinTokens} JoinTokens instance
         * @type {{
         *   (properties: keelstore.JoinTokens.$Shape): keelstore.JoinTokens & keelstore.JoinTokens.$Shape;
         *   (properties?: keelstore.JoinTokens.$Properties): keelstore.JoinTokens;
         * }}
         */
        JoinTokens.create = function(properties) {
            return new JoinTokens(properties);
        };

        /**
         * Encodes the specified JoinTokens message. Does not implicitly {@link keelstore.JoinTokens.verify|verify} messages.
         * @function encode
         * @memberof keelstore.JoinTokens
         * @static
         * @param {keelstore.JoinTokens.$Properties} m JoinTokens message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinTokens.encode = function (m, w, q) {
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
         * Encodes the specified JoinTokens message, length delimited. Does not implicitly {@link keelstore.JoinTokens.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.JoinTokens
         * @static
         * @param {keelstore.JoinTokens.$Properties} message JoinTokens message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JoinTokens.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a JoinTokens message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.JoinTokens
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.JoinTokens & keelstore.JoinTokens.$Shape} JoinTokens
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinTokens.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.JoinTokens();
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
         * Decodes a JoinTokens message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.JoinTokens
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.JoinTokens & keelstore.JoinTokens.$Shape} JoinTokens
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JoinTokens.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a JoinTokens message.
         * @function verify
         * @memberof keelstore.JoinTokens
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        JoinTokens.verify = function (m, q) {
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
         * Creates a JoinTokens message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.JoinTokens
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.JoinTokens} JoinTokens
         */
        JoinTokens.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.JoinTokens)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.JoinTokens: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.JoinTokens();
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
         * Creates a plain object from a JoinTokens message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.JoinTokens
         * @static
         * @param {keelstore.JoinTokens} m JoinTokens
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        JoinTokens.toObject = function (m, o, q) {
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
         * Converts this JoinTokens to JSON.
         * @function toJSON
         * @memberof keelstore.JoinTokens
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        JoinTokens.prototype.toJSON = function() {
            return JoinTokens.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for JoinTokens
         * @function getTypeUrl
         * @memberof keelstore.JoinTokens
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        JoinTokens.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.JoinTokens";
        };

        return JoinTokens;
    })();

    keelstore.RootRotation = (function() {

        /**
         * Properties of a RootRotation.
         * @typedef {Object} keelstore.RootRotation.$Properties
         * @property {Uint8Array|null} [caCertPem] RootRotation caCertPem
         * @property {Uint8Array|null} [caKeyPem] RootRotation caKeyPem
         * @property {Uint8Array|null} [crossSignedCaCertPem] RootRotation crossSignedCaCertPem
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RootRotation.
         * @memberof keelstore
         * @interface IRootRotation
         * @augments keelstore.RootRotation.$Properties
         * @deprecated Use keelstore.RootRotation.$Properties instead.
         */

        /**
         * Shape of a RootRotation.
         * @typedef {keelstore.RootRotation.$Properties} keelstore.RootRotation.$Shape
         */

        /**
         * Constructs a new RootRotation.
         * @memberof keelstore
         * @classdesc Represents a RootRotation.
         * @constructor
         * @param {keelstore.RootRotation.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RootRotation = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RootRotation caCertPem.
         * @member {Uint8Array} caCertPem
         * @memberof keelstore.RootRotation
         * @instance
         */
        RootRotation.prototype.caCertPem = $util.newBuffer([]);

        /**
         * RootRotation caKeyPem.
         * @member {Uint8Array} caKeyPem
         * @memberof keelstore.RootRotation
         * @instance
         */
        RootRotation.prototype.caKeyPem = $util.newBuffer([]);

        /**
         * RootRotation crossSignedCaCertPem.
         * @member {Uint8Array} crossSignedCaCertPem
         * @memberof keelstore.RootRotation
         * @instance
         */
        RootRotation.prototype.crossSignedCaCertPem = $util.newBuffer([]);

        /**
         * Creates a new RootRotation instance using the specified properties.
         * @function create
         * @memberof keelstore.RootRotation
         * @static
         * @param {keelstore.RootRotation.$Properties=} [properties] Properties to set
         * @returns {keelstore.RootRotation} RootRotation instance
         * @type {{
         *   (properties: keelstore.RootRotation.$Shape): keelstore.RootRotation & keelstore.RootRotation.$Shape;
         *   (properties?: keelstore.RootRotation.$Properties): keelstore.RootRotation;
         * }}
         */
        RootRotation.create = function(properties) {
            return new RootRotation(properties);
        };

        /**
         * Encodes the specified RootRotation message. Does not implicitly {@link keelstore.RootRotation.verify|verify} messages.
         * @function encode
         * @memberof keelstore.RootRotation
         * @static
         * @param {keelstore.RootRotation.$Properties} m RootRotation message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RootRotation.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.caCertPem != null && $Object.hasOwnProperty.call(m, "caCertPem") && m.caCertPem.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.caCertPem);
            if (m.caKeyPem != null && $Object.hasOwnProperty.call(m, "caKeyPem") && m.caKeyPem.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.caKeyPem);
            if (m.crossSignedCaCertPem != null && $Object.hasOwnProperty.call(m, "crossSignedCaCertPem") && m.crossSignedCaCertPem.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.crossSignedCaCertPem);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RootRotation message, length delimited. Does not implicitly {@link keelstore.RootRotation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.RootRotation
         * @static
         * @param {keelstore.RootRotation.$Properties} message RootRotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RootRotation.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RootRotation message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.RootRotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.RootRotation & keelstore.RootRotation.$Shape} RootRotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RootRotation.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.RootRotation();
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
                            m.caCertPem = v;
                        else
                            delete m.caCertPem;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.caKeyPem = v;
                        else
                            delete m.caKeyPem;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.crossSignedCaCertPem = v;
                        else
                            delete m.crossSignedCaCertPem;
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
         * Decodes a RootRotation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.RootRotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.RootRotation & keelstore.RootRotation.$Shape} RootRotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RootRotation.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RootRotation message.
         * @function verify
         * @memberof keelstore.RootRotation
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RootRotation.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.caCertPem != null && $Object.hasOwnProperty.call(m, "caCertPem")) {
                if (!(m.caCertPem && typeof m.caCertPem.length === "number" || $util.isString(m.caCertPem)))
                    return "caCertPem: buffer expected";
            }
            if (m.caKeyPem != null && $Object.hasOwnProperty.call(m, "caKeyPem")) {
                if (!(m.caKeyPem && typeof m.caKeyPem.length === "number" || $util.isString(m.caKeyPem)))
                    return "caKeyPem: buffer expected";
            }
            if (m.crossSignedCaCertPem != null && $Object.hasOwnProperty.call(m, "crossSignedCaCertPem")) {
                if (!(m.crossSignedCaCertPem && typeof m.crossSignedCaCertPem.length === "number" || $util.isString(m.crossSignedCaCertPem)))
                    return "crossSignedCaCertPem: buffer expected";
            }
            return null;
        };

        /**
         * Creates a RootRotation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.RootRotation
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.RootRotation} RootRotation
         */
        RootRotation.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.RootRotation)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.RootRotation: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.RootRotation();
            if (d.caCertPem != null) {
                if (d.caCertPem.length) {
                    if (typeof d.caCertPem === "string")
                        $util.base64.decode(d.caCertPem, m.caCertPem = $util.newBuffer($util.base64.length(d.caCertPem)), 0);
                    else if (d.caCertPem.length >= 0)
                        m.caCertPem = d.caCertPem;
                }
            }
            if (d.caKeyPem != null) {
                if (d.caKeyPem.length) {
                    if (typeof d.caKeyPem === "string")
                        $util.base64.decode(d.caKeyPem, m.caKeyPem = $util.newBuffer($util.base64.length(d.caKeyPem)), 0);
                    else if (d.caKeyPem.length >= 0)
                        m.caKeyPem = d.caKeyPem;
                }
            }
            if (d.crossSignedCaCertPem != null) {
                if (d.crossSignedCaCertPem.length) {
                    if (typeof d.crossSignedCaCertPem === "string")
                        $util.base64.decode(d.crossSignedCaCertPem, m.crossSignedCaCertPem = $util.newBuffer($util.base64.length(d.crossSignedCaCertPem)), 0);
                    else if (d.crossSignedCaCertPem.length >= 0)
                        m.crossSignedCaCertPem = d.crossSignedCaCertPem;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RootRotation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.RootRotation
         * @static
         * @param {keelstore.RootRotation} m RootRotation
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RootRotation.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.caCertPem = "";
                else {
                    d.caCertPem = [];
                    if (o.bytes !== $Array)
                        d.caCertPem = $util.newBuffer(d.caCertPem);
                }
                if (o.bytes === $String)
                    d.caKeyPem = "";
                else {
                    d.caKeyPem = [];
                    if (o.bytes !== $Array)
                        d.caKeyPem = $util.newBuffer(d.caKeyPem);
                }
                if (o.bytes === $String)
                    d.crossSignedCaCertPem = "";
                else {
                    d.crossSignedCaCertPem = [];
                    if (o.bytes !== $Array)
                        d.crossSignedCaCertPem = $util.newBuffer(d.crossSignedCaCertPem);
                }
            }
            if (m.caCertPem != null && $Object.hasOwnProperty.call(m, "caCertPem")) {
                d.caCertPem = o.bytes === $String ? $util.base64.encode(m.caCertPem, 0, m.caCertPem.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.caCertPem) : m.caCertPem;
            }
            if (m.caKeyPem != null && $Object.hasOwnProperty.call(m, "caKeyPem")) {
                d.caKeyPem = o.bytes === $String ? $util.base64.encode(m.caKeyPem, 0, m.caKeyPem.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.caKeyPem) : m.caKeyPem;
            }
            if (m.crossSignedCaCertPem != null && $Object.hasOwnProperty.call(m, "crossSignedCaCertPem")) {
                d.crossSignedCaCertPem = o.bytes === $String ? $util.base64.encode(m.crossSignedCaCertPem, 0, m.crossSignedCaCertPem.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.crossSignedCaCertPem) : m.crossSignedCaCertPem;
            }
            return d;
        };

        /**
         * Converts this RootRotation to JSON.
         * @function toJSON
         * @memberof keelstore.RootRotation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RootRotation.prototype.toJSON = function() {
            return RootRotation.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RootRotation
         * @function getTypeUrl
         * @memberof keelstore.RootRotation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RootRotation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.RootRotation";
        };

        return RootRotation;
    })();

    keelstore.RootCa = (function() {

        /**
         * Properties of a RootCa.
         * @typedef {Object} keelstore.RootCa.$Properties
         * @property {Uint8Array|null} [caCertPem] RootCa caCertPem
         * @property {Uint8Array|null} [caKeyPem] RootCa caKeyPem
         * @property {keelstore.JoinTokens.$Properties|null} [joinTokens] RootCa joinTokens
         * @property {keelstore.RootRotation.$Properties|null} [rotation] RootCa rotation
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RootCa.
         * @memberof keelstore
         * @interface IRootCa
         * @augments keelstore.RootCa.$Properties
         * @deprecated Use keelstore.RootCa.$Properties instead.
         */

        /**
         * Shape of a RootCa.
         * @typedef {keelstore.RootCa.$Properties} keelstore.RootCa.$Shape
         */

        /**
         * Constructs a new RootCa.
         * @memberof keelstore
         * @classdesc Represents a RootCa.
         * @constructor
         * @param {keelstore.RootCa.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RootCa = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RootCa caCertPem.
         * @member {Uint8Array} caCertPem
         * @memberof keelstore.RootCa
         * @instance
         */
        RootCa.prototype.caCertPem = $util.newBuffer([]);

        /**
         * RootCa caKeyPem.
         * @member {Uint8Array} caKeyPem
         * @memberof keelstore.RootCa
         * @instance
         */
        RootCa.prototype.caKeyPem = $util.newBuffer([]);

        /**
         * RootCa joinTokens.
         * @member {keelstore.JoinTokens.$Properties|null|undefined} joinTokens
         * @memberof keelstore.RootCa
         * @instance
         */
        RootCa.prototype.joinTokens = null;

        /**
         * RootCa rotation.
         * @member {keelstore.RootRotation.$Properties|null|undefined} rotation
         * @memberof keelstore.RootCa
         * @instance
         */
        RootCa.prototype.rotation = null;

        /**
         * Creates a new RootCa instance using the specified properties.
         * @function create
         * @memberof keelstore.RootCa
         * @static
         * @param {keelstore.RootCa.$Properties=} [properties] Properties to set
         * @returns {keelstore.RootCa} RootCa instance
         * @type {{
         *   (properties: keelstore.RootCa.$Shape): keelstore.RootCa & keelstore.RootCa.$Shape;
         *   (properties?: keelstore.RootCa.$Properties): keelstore.RootCa;
         * }}
         */
        RootCa.create = function(properties) {
            return new RootCa(properties);
        };

        /**
         * Encodes the specified RootCa message. Does not implicitly {@link keelstore.RootCa.verify|verify} messages.
         * @function encode
         * @memberof keelstore.RootCa
         * @static
         * @param {keelstore.RootCa.$Properties} m RootCa message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RootCa.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.caCertPem != null && $Object.hasOwnProperty.call(m, "caCertPem") && m.caCertPem.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.caCertPem);
            if (m.caKeyPem != null && $Object.hasOwnProperty.call(m, "caKeyPem") && m.caKeyPem.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.caKeyPem);
            if (m.joinTokens != null && $Object.hasOwnProperty.call(m, "joinTokens"))
                $root.keelstore.JoinTokens.encode(m.joinTokens, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.rotation != null && $Object.hasOwnProperty.call(m, "rotation"))
                $root.keelstore.RootRotation.encode(m.rotation, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RootCa message, length delimited. Does not implicitly {@link keelstore.RootCa.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.RootCa
         * @static
         * @param {keelstore.RootCa.$Properties} message RootCa message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RootCa.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RootCa message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.RootCa
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.RootCa & keelstore.RootCa.$Shape} RootCa
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RootCa.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.RootCa();
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
                            m.caCertPem = v;
                        else
                            delete m.caCertPem;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.caKeyPem = v;
                        else
                            delete m.caKeyPem;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.joinTokens = $root.keelstore.JoinTokens.decode(r, r.size(), $undefined, q + 1, m.joinTokens);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.rotation = $root.keelstore.RootRotation.decode(r, r.size(), $undefined, q + 1, m.rotation);
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
         * Decodes a RootCa message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.RootCa
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.RootCa & keelstore.RootCa.$Shape} RootCa
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RootCa.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RootCa message.
         * @function verify
         * @memberof keelstore.RootCa
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RootCa.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.caCertPem != null && $Object.hasOwnProperty.call(m, "caCertPem")) {
                if (!(m.caCertPem && typeof m.caCertPem.length === "number" || $util.isString(m.caCertPem)))
                    return "caCertPem: buffer expected";
            }
            if (m.caKeyPem != null && $Object.hasOwnProperty.call(m, "caKeyPem")) {
                if (!(m.caKeyPem && typeof m.caKeyPem.length === "number" || $util.isString(m.caKeyPem)))
                    return "caKeyPem: buffer expected";
            }
            if (m.joinTokens != null && $Object.hasOwnProperty.call(m, "joinTokens")) {
                {
                    var e = $root.keelstore.JoinTokens.verify(m.joinTokens, q + 1);
                    if (e)
                        return "joinTokens." + e;
                }
            }
            if (m.rotation != null && $Object.hasOwnProperty.call(m, "rotation")) {
                {
                    var e = $root.keelstore.RootRotation.verify(m.rotation, q + 1);
                    if (e)
                        return "rotation." + e;
                }
            }
            return null;
        };

        /**
         * Creates a RootCa message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.RootCa
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.RootCa} RootCa
         */
        RootCa.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.RootCa)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.RootCa: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.RootCa();
            if (d.caCertPem != null) {
                if (d.caCertPem.length) {
                    if (typeof d.caCertPem === "string")
                        $util.base64.decode(d.caCertPem, m.caCertPem = $util.newBuffer($util.base64.length(d.caCertPem)), 0);
                    else if (d.caCertPem.length >= 0)
                        m.caCertPem = d.caCertPem;
                }
            }
            if (d.caKeyPem != null) {
                if (d.caKeyPem.length) {
                    if (typeof d.caKeyPem === "string")
                        $util.base64.decode(d.caKeyPem, m.caKeyPem = $util.newBuffer($util.base64.length(d.caKeyPem)), 0);
                    else if (d.caKeyPem.length >= 0)
                        m.caKeyPem = d.caKeyPem;
                }
            }
            if (d.joinTokens != null) {
                if (!$util.isObject(d.joinTokens))
                    throw $TypeError(".keelstore.RootCa.joinTokens: object expected");
                m.joinTokens = $root.keelstore.JoinTokens.fromObject(d.joinTokens, q + 1);
            }
            if (d.rotation != null) {
                if (!$util.isObject(d.rotation))
                    throw $TypeError(".keelstore.RootCa.rotation: object expected");
                m.rotation = $root.keelstore.RootRotation.fromObject(d.rotation, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a RootCa message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.RootCa
         * @static
         * @param {keelstore.RootCa} m RootCa
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RootCa.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.caCertPem = "";
                else {
                    d.caCertPem = [];
                    if (o.bytes !== $Array)
                        d.caCertPem = $util.newBuffer(d.caCertPem);
                }
                if (o.bytes === $String)
                    d.caKeyPem = "";
                else {
                    d.caKeyPem = [];
                    if (o.bytes !== $Array)
                        d.caKeyPem = $util.newBuffer(d.caKeyPem);
                }
                d.joinTokens = null;
                d.rotation = null;
            }
            if (m.caCertPem != null && $Object.hasOwnProperty.call(m, "caCertPem")) {
                d.caCertPem = o.bytes === $String ? $util.base64.encode(m.caCertPem, 0, m.caCertPem.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.caCertPem) : m.caCertPem;
            }
            if (m.caKeyPem != null && $Object.hasOwnProperty.call(m, "caKeyPem")) {
                d.caKeyPem = o.bytes === $String ? $util.base64.encode(m.caKeyPem, 0, m.caKeyPem.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.caKeyPem) : m.caKeyPem;
            }
            if (m.joinTokens != null && $Object.hasOwnProperty.call(m, "joinTokens")) {
                d.joinTokens = $root.keelstore.JoinTokens.toObject(m.joinTokens, o, q + 1);
            }
            if (m.rotation != null && $Object.hasOwnProperty.call(m, "rotation")) {
                d.rotation = $root.keelstore.RootRotation.toObject(m.rotation, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this RootCa to JSON.
         * @function toJSON
         * @memberof keelstore.RootCa
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RootCa.prototype.toJSON = function() {
            return RootCa.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RootCa
         * @function getTypeUrl
         * @memberof keelstore.RootCa
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RootCa.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.RootCa";
        };

        return RootCa;
    })();

    keelstore.Cluster = (function() {

        /**
         * Properties of a Cluster.
         * @typedef {Object} keelstore.Cluster.$Properties
         * @property {string|null} [id] Cluster id
         * @property {keelstore.Meta.$Properties|null} [meta] Cluster meta
         * @property {keelstore.ClusterSpec.$Properties|null} [spec] Cluster spec
         * @property {keelstore.RootCa.$Properties|null} [rootCa] Cluster rootCa
         * @property {Array.<keelstore.EncryptionKey.$Properties>|null} [unlockKeys] Cluster unlockKeys
         * @property {Array.<keelstore.EncryptionKey.$Properties>|null} [networkBootstrapKeys] Cluster networkBootstrapKeys
         * @property {number|null} [encryptionKeyLamportClock] Cluster encryptionKeyLamportClock
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Cluster.
         * @memberof keelstore
         * @interface ICluster
         * @augments keelstore.Cluster.$Properties
         * @deprecated Use keelstore.Cluster.$Properties instead.
         */

        /**
         * Shape of a Cluster.
         * @typedef {keelstore.Cluster.$Properties} keelstore.Cluster.$Shape
         */

        /**
         * Constructs a new Cluster.
         * @memberof keelstore
         * @classdesc Represents a Cluster.
         * @constructor
         * @param {keelstore.Cluster.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Cluster = function (p) {
            this.unlockKeys = [];
            this.networkBootstrapKeys = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Cluster id.
         * @member {string} id
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.id = "";

        /**
         * Cluster meta.
         * @member {keelstore.Meta.$Properties|null|undefined} meta
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.meta = null;

        /**
         * Cluster spec.
         * @member {keelstore.ClusterSpec.$Properties|null|undefined} spec
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.spec = null;

        /**
         * Cluster rootCa.
         * @member {keelstore.RootCa.$Properties|null|undefined} rootCa
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.rootCa = null;

        /**
         * Cluster unlockKeys.
         * @member {Array.<keelstore.EncryptionKey.$Properties>} unlockKeys
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.unlockKeys = $util.emptyArray;

        /**
         * Cluster networkBootstrapKeys.
         * @member {Array.<keelstore.EncryptionKey.$Properties>} networkBootstrapKeys
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.networkBootstrapKeys = $util.emptyArray;

        /**
         * Cluster encryptionKeyLamportClock.
         * @member {number} encryptionKeyLamportClock
         * @memberof keelstore.Cluster
         * @instance
         */
        Cluster.prototype.encryptionKeyLamportClock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Cluster instance using the specified properties.
         * @function create
         * @memberof keelstore.Cluster
         * @static
         * @param {keelstore.Cluster.$Properties=} [properties] Properties to set
         * @returns {keelstore.Cluster} Cluster instance
         * @type {{
         *   (properties: keelstore.Cluster.$Shape): keelstore.Cluster & keelstore.Cluster.$Shape;
         *   (properties?: keelstore.Cluster.$Properties): keelstore.Cluster;
         * }}
         */
        Cluster.create = function(properties) {
            return new Cluster(properties);
        };

        /**
         * Encodes the specified Cluster message. Does not implicitly {@link keelstore.Cluster.verify|verify} messages.
         * @function encode
         * @memberof keelstore.Cluster
         * @static
         * @param {keelstore.Cluster.$Properties} m Cluster message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Cluster.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta"))
                $root.keelstore.Meta.encode(m.meta, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                $root.keelstore.ClusterSpec.encode(m.spec, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.rootCa != null && $Object.hasOwnProperty.call(m, "rootCa"))
                $root.keelstore.RootCa.encode(m.rootCa, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.unlockKeys != null && m.unlockKeys.length) {
                for (var i = 0; i < m.unlockKeys.length; ++i)
                    $root.keelstore.EncryptionKey.encode(m.unlockKeys[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.networkBootstrapKeys != null && m.networkBootstrapKeys.length) {
                for (var i = 0; i < m.networkBootstrapKeys.length; ++i)
                    $root.keelstore.EncryptionKey.encode(m.networkBootstrapKeys[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            }
            if (m.encryptionKeyLamportClock != null && $Object.hasOwnProperty.call(m, "encryptionKeyLamportClock") && (typeof m.encryptionKeyLamportClock === "object" ? m.encryptionKeyLamportClock.low || m.encryptionKeyLamportClock.high : m.encryptionKeyLamportClock !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.encryptionKeyLamportClock);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Cluster message, length delimited. Does not implicitly {@link keelstore.Cluster.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.Cluster
         * @static
         * @param {keelstore.Cluster.$Properties} message Cluster message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Cluster.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Cluster message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.Cluster
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.Cluster & keelstore.Cluster.$Shape} Cluster
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Cluster.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.Cluster();
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
                        m.meta = $root.keelstore.Meta.decode(r, r.size(), $undefined, q + 1, m.meta);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.spec = $root.keelstore.ClusterSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.rootCa = $root.keelstore.RootCa.decode(r, r.size(), $undefined, q + 1, m.rootCa);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.unlockKeys && m.unlockKeys.length))
                            m.unlockKeys = [];
                        m.unlockKeys.push($root.keelstore.EncryptionKey.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.networkBootstrapKeys && m.networkBootstrapKeys.length))
                            m.networkBootstrapKeys = [];
                        m.networkBootstrapKeys.push($root.keelstore.EncryptionKey.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.encryptionKeyLamportClock = v;
                        else
                            delete m.encryptionKeyLamportClock;
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
         * Decodes a Cluster message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.Cluster
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.Cluster & keelstore.Cluster.$Shape} Cluster
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Cluster.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Cluster message.
         * @function verify
         * @memberof keelstore.Cluster
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Cluster.verify = function (m, q) {
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
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                {
                    var e = $root.keelstore.Meta.verify(m.meta, q + 1);
                    if (e)
                        return "meta." + e;
                }
            }
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                {
                    var e = $root.keelstore.ClusterSpec.verify(m.spec, q + 1);
                    if (e)
                        return "spec." + e;
                }
            }
            if (m.rootCa != null && $Object.hasOwnProperty.call(m, "rootCa")) {
                {
                    var e = $root.keelstore.RootCa.verify(m.rootCa, q + 1);
                    if (e)
                        return "rootCa." + e;
                }
            }
            if (m.unlockKeys != null && $Object.hasOwnProperty.call(m, "unlockKeys")) {
                if (!$Array.isArray(m.unlockKeys))
                    return "unlockKeys: array expected";
                for (var i = 0; i < m.unlockKeys.length; ++i) {
                    {
                        var e = $root.keelstore.EncryptionKey.verify(m.unlockKeys[i], q + 1);
                        if (e)
                            return "unlockKeys." + e;
                    }
                }
            }
            if (m.networkBootstrapKeys != null && $Object.hasOwnProperty.call(m, "networkBootstrapKeys")) {
                if (!$Array.isArray(m.networkBootstrapKeys))
                    return "networkBootstrapKeys: array expected";
                for (var i = 0; i < m.networkBootstrapKeys.length; ++i) {
                    {
                        var e = $root.keelstore.EncryptionKey.verify(m.networkBootstrapKeys[i], q + 1);
                        if (e)
                            return "networkBootstrapKeys." + e;
                    }
                }
            }
            if (m.encryptionKeyLamportClock != null && $Object.hasOwnProperty.call(m, "encryptionKeyLamportClock")) {
                if (!$util.isInteger(m.encryptionKeyLamportClock) && !(m.encryptionKeyLamportClock && $util.isInteger(m.encryptionKeyLamportClock.low) && $util.isInteger(m.encryptionKeyLamportClock.high)))
                    return "encryptionKeyLamportClock: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a Cluster message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.Cluster
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.Cluster} Cluster
         */
        Cluster.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.Cluster)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.Cluster: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.Cluster();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.meta != null) {
                if (!$util.isObject(d.meta))
                    throw $TypeError(".keelstore.Cluster.meta: object expected");
                m.meta = $root.keelstore.Meta.fromObject(d.meta, q + 1);
            }
            if (d.spec != null) {
                if (!$util.isObject(d.spec))
                    throw $TypeError(".keelstore.Cluster.spec: object expected");
                m.spec = $root.keelstore.ClusterSpec.fromObject(d.spec, q + 1);
            }
            if (d.rootCa != null) {
                if (!$util.isObject(d.rootCa))
                    throw $TypeError(".keelstore.Cluster.rootCa: object expected");
                m.rootCa = $root.keelstore.RootCa.fromObject(d.rootCa, q + 1);
            }
            if (d.unlockKeys) {
                if (!$Array.isArray(d.unlockKeys))
                    throw $TypeError(".keelstore.Cluster.unlockKeys: array expected");
                m.unlockKeys = $Array(d.unlockKeys.length);
                for (var i = 0; i < d.unlockKeys.length; ++i) {
                    if (!$util.isObject(d.unlockKeys[i]))
                        throw $TypeError(".keelstore.Cluster.unlockKeys: object expected");
                    m.unlockKeys[i] = $root.keelstore.EncryptionKey.fromObject(d.unlockKeys[i], q + 1);
                }
            }
            if (d.networkBootstrapKeys) {
                if (!$Array.isArray(d.networkBootstrapKeys))
                    throw $TypeError(".keelstore.Cluster.networkBootstrapKeys: array expected");
                m.networkBootstrapKeys = $Array(d.networkBootstrapKeys.length);
                for (var i = 0; i < d.networkBootstrapKeys.length; ++i) {
                    if (!$util.isObject(d.networkBootstrapKeys[i]))
                        throw $TypeError(".keelstore.Cluster.networkBootstrapKeys: object expected");
                    m.networkBootstrapKeys[i] = $root.keelstore.EncryptionKey.fromObject(d.networkBootstrapKeys[i], q + 1);
                }
            }
            if (d.encryptionKeyLamportClock != null) {
                if (typeof d.encryptionKeyLamportClock === "object" ? d.encryptionKeyLamportClock.low || d.encryptionKeyLamportClock.high : $Number(d.encryptionKeyLamportClock) !== 0) {
                    if ($util.Long)
                        m.encryptionKeyLamportClock = $util.Long.fromValue(d.encryptionKeyLamportClock, true);
                    else if (typeof d.encryptionKeyLamportClock === "string")
                        m.encryptionKeyLamportClock = $parseInt(d.encryptionKeyLamportClock, 10);
                    else if (typeof d.encryptionKeyLamportClock === "number")
                        m.encryptionKeyLamportClock = d.encryptionKeyLamportClock;
                    else if (typeof d.encryptionKeyLamportClock === "object")
                        m.encryptionKeyLamportClock = new $util.LongBits(d.encryptionKeyLamportClock.low >>> 0, d.encryptionKeyLamportClock.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Cluster message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.Cluster
         * @static
         * @param {keelstore.Cluster} m Cluster
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Cluster.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.unlockKeys = [];
                d.networkBootstrapKeys = [];
            }
            if (o.defaults) {
                d.id = "";
                d.meta = null;
                d.spec = null;
                d.rootCa = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.encryptionKeyLamportClock = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.encryptionKeyLamportClock = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                d.meta = $root.keelstore.Meta.toObject(m.meta, o, q + 1);
            }
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                d.spec = $root.keelstore.ClusterSpec.toObject(m.spec, o, q + 1);
            }
            if (m.rootCa != null && $Object.hasOwnProperty.call(m, "rootCa")) {
                d.rootCa = $root.keelstore.RootCa.toObject(m.rootCa, o, q + 1);
            }
            if (m.unlockKeys && m.unlockKeys.length) {
                d.unlockKeys = $Array(m.unlockKeys.length);
                for (var j = 0; j < m.unlockKeys.length; ++j) {
                    d.unlockKeys[j] = $root.keelstore.EncryptionKey.toObject(m.unlockKeys[j], o, q + 1);
                }
            }
            if (m.networkBootstrapKeys && m.networkBootstrapKeys.length) {
                d.networkBootstrapKeys = $Array(m.networkBootstrapKeys.length);
                for (var j = 0; j < m.networkBootstrapKeys.length; ++j) {
                    d.networkBootstrapKeys[j] = $root.keelstore.EncryptionKey.toObject(m.networkBootstrapKeys[j], o, q + 1);
                }
            }
            if (m.encryptionKeyLamportClock != null && $Object.hasOwnProperty.call(m, "encryptionKeyLamportClock")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.encryptionKeyLamportClock = typeof m.encryptionKeyLamportClock === "number" ? $BigInt(m.encryptionKeyLamportClock) : $util.Long.fromBits(m.encryptionKeyLamportClock.low >>> 0, m.encryptionKeyLamportClock.high >>> 0, true).toBigInt();
                else if (typeof m.encryptionKeyLamportClock === "number")
                    d.encryptionKeyLamportClock = o.longs === $String ? $String(m.encryptionKeyLamportClock) : m.encryptionKeyLamportClock;
                else
                    d.encryptionKeyLamportClock = o.longs === $String ? $util.Long.prototype.toString.call(m.encryptionKeyLamportClock) : o.longs === $Number ? new $util.LongBits(m.encryptionKeyLamportClock.low >>> 0, m.encryptionKeyLamportClock.high >>> 0).toNumber(true) : m.encryptionKeyLamportClock;
            }
            return d;
        };

        /**
         * Converts this Cluster to JSON.
         * @function toJSON
         * @memberof keelstore.Cluster
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Cluster.prototype.toJSON = function() {
            return Cluster.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Cluster
         * @function getTypeUrl
         * @memberof keelstore.Cluster
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Cluster.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.Cluster";
        };

        return Cluster;
    })();

    /**
     * NodeRole enum.
     * @name keelstore.NodeRole
     * @enum {number}
     * @property {number} NODE_ROLE_WORKER=0 NODE_ROLE_WORKER value
     * @property {number} NODE_ROLE_MANAGER=1 NODE_ROLE_MANAGER value
     */
    keelstore.NodeRole = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NODE_ROLE_WORKER"] = 0;
        values[valuesById[1] = "NODE_ROLE_MANAGER"] = 1;
        return values;
    })();

    /**
     * NodeMembership enum.
     * @name keelstore.NodeMembership
     * @enum {number}
     * @property {number} NODE_MEMBERSHIP_PENDING=0 NODE_MEMBERSHIP_PENDING value
     * @property {number} NODE_MEMBERSHIP_ACCEPTED=1 NODE_MEMBERSHIP_ACCEPTED value
     */
    keelstore.NodeMembership = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NODE_MEMBERSHIP_PENDING"] = 0;
        values[valuesById[1] = "NODE_MEMBERSHIP_ACCEPTED"] = 1;
        return values;
    })();

    /**
     * NodeAvailability enum.
     * @name keelstore.NodeAvailability
     * @enum {number}
     * @property {number} NODE_AVAILABILITY_ACTIVE=0 NODE_AVAILABILITY_ACTIVE value
     * @property {number} NODE_AVAILABILITY_PAUSE=1 NODE_AVAILABILITY_PAUSE value
     * @property {number} NODE_AVAILABILITY_DRAIN=2 NODE_AVAILABILITY_DRAIN value
     */
    keelstore.NodeAvailability = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NODE_AVAILABILITY_ACTIVE"] = 0;
        values[valuesById[1] = "NODE_AVAILABILITY_PAUSE"] = 1;
        values[valuesById[2] = "NODE_AVAILABILITY_DRAIN"] = 2;
        return values;
    })();

    /**
     * NodeState enum.
     * @name keelstore.NodeState
     * @enum {number}
     * @property {number} NODE_STATE_UNKNOWN=0 NODE_STATE_UNKNOWN value
     * @property {number} NODE_STATE_DOWN=1 NODE_STATE_DOWN value
     * @property {number} NODE_STATE_READY=2 NODE_STATE_READY value
     * @property {number} NODE_STATE_DISCONNECTED=3 NODE_STATE_DISCONNECTED value
     */
    keelstore.NodeState = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NODE_STATE_UNKNOWN"] = 0;
        values[valuesById[1] = "NODE_STATE_DOWN"] = 1;
        values[valuesById[2] = "NODE_STATE_READY"] = 2;
        values[valuesById[3] = "NODE_STATE_DISCONNECTED"] = 3;
        return values;
    })();

    keelstore.NodeSpec = (function() {

        /**
         * Properties of a NodeSpec.
         * @typedef {Object} keelstore.NodeSpec.$Properties
         * @property {string|null} [name] NodeSpec name
         * @property {Object.<string,string>|null} [labels] NodeSpec labels
         * @property {keelstore.NodeRole|null} [desiredRole] NodeSpec desiredRole
         * @property {keelstore.NodeMembership|null} [membership] NodeSpec membership
         * @property {keelstore.NodeAvailability|null} [availability] NodeSpec availability
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeSpec.
         * @memberof keelstore
         * @interface INodeSpec
         * @augments keelstore.NodeSpec.$Properties
         * @deprecated Use keelstore.NodeSpec.$Properties instead.
         */

        /**
         * Shape of a NodeSpec.
         * @typedef {keelstore.NodeSpec.$Properties} keelstore.NodeSpec.$Shape
         */

        /**
         * Constructs a new NodeSpec.
         * @memberof keelstore
         * @classdesc Represents a NodeSpec.
         * @constructor
         * @param {keelstore.NodeSpec.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeSpec = function (p) {
            this.labels = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeSpec name.
         * @member {string} name
         * @memberof keelstore.NodeSpec
         * @instance
         */
        NodeSpec.prototype.name = "";

        /**
         * NodeSpec labels.
         * @member {Object.<string,string>} labels
         * @memberof keelstore.NodeSpec
         * @instance
         */
        NodeSpec.prototype.labels = $util.emptyObject;

        /**
         * NodeSpec desiredRole.
         * @member {keelstore.NodeRole} desiredRole
         * @memberof keelstore.NodeSpec
         * @instance
         */
        NodeSpec.prototype.desiredRole = 0;

        /**
         * NodeSpec membership.
         * @member {keelstore.NodeMembership} membership
         * @memberof keelstore.NodeSpec
         * @instance
         */
        NodeSpec.prototype.membership = 0;

        /**
         * NodeSpec availability.
         * @member {keelstore.NodeAvailability} availability
         * @memberof keelstore.NodeSpec
         * @instance
         */
        NodeSpec.prototype.availability = 0;

        /**
         * Creates a new NodeSpec instance using the specified properties.
         * @function create
         * @memberof keelstore.NodeSpec
         * @static
         * @param {keelstore.NodeSpec.$Properties=} [properties] Properties to set
         * @returns {keelstore.NodeSpec} NodeSpec instance
         * @type {{
         *   (properties: keelstore.NodeSpec.$Shape): keelstore.NodeSpec & keelstore.NodeSpec.$Shape;
         *   (properties?: keelstore.NodeSpec.$Properties): keelstore.NodeSpec;
         * }}
         */
        NodeSpec.create = function(properties) {
            return new NodeSpec(properties);
        };

        /**
         * Encodes the specified NodeSpec message. Does not implicitly {@link keelstore.NodeSpec.verify|verify} messages.
         * @function encode
         * @memberof keelstore.NodeSpec
         * @static
         * @param {keelstore.NodeSpec.$Properties} m NodeSpec message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeSpec.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                    w.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                }
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole") && m.desiredRole !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.desiredRole);
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership") && m.membership !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.membership);
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability") && m.availability !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.availability);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeSpec message, length delimited. Does not implicitly {@link keelstore.NodeSpec.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.NodeSpec
         * @static
         * @param {keelstore.NodeSpec.$Properties} message NodeSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeSpec.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeSpec message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.NodeSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.NodeSpec & keelstore.NodeSpec.$Shape} NodeSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeSpec.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.NodeSpec();
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
                        if (m.labels === $util.emptyObject)
                            m.labels = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = "";
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
                                if (u !== 2)
                                    break;
                                v = r.stringVerify();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.labels, k);
                        m.labels[k] = v;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.desiredRole = v;
                        else
                            delete m.desiredRole;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.membership = v;
                        else
                            delete m.membership;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.availability = v;
                        else
                            delete m.availability;
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
         * Decodes a NodeSpec message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.NodeSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.NodeSpec & keelstore.NodeSpec.$Shape} NodeSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeSpec.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeSpec message.
         * @function verify
         * @memberof keelstore.NodeSpec
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeSpec.verify = function (m, q) {
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
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$util.isObject(m.labels))
                    return "labels: object expected";
                var k = $Object.keys(m.labels);
                for (var i = 0; i < k.length; ++i) {
                    if (!$util.isString(m.labels[k[i]]))
                        return "labels: string{k:string} expected";
                }
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole")) {
                if (typeof m.desiredRole !== "number" || (m.desiredRole | 0) !== m.desiredRole)
                    return "desiredRole: enum value expected";
            }
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership")) {
                if (typeof m.membership !== "number" || (m.membership | 0) !== m.membership)
                    return "membership: enum value expected";
            }
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability")) {
                if (typeof m.availability !== "number" || (m.availability | 0) !== m.availability)
                    return "availability: enum value expected";
            }
            return null;
        };

        /**
         * Creates a NodeSpec message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.NodeSpec
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.NodeSpec} NodeSpec
         */
        NodeSpec.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.NodeSpec)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.NodeSpec: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.NodeSpec();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.labels) {
                if (!$util.isObject(d.labels))
                    throw $TypeError(".keelstore.NodeSpec.labels: object expected");
                m.labels = {};
                for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.labels, ks[i]);
                    m.labels[ks[i]] = $String(d.labels[ks[i]]);
                }
            }
            if (d.desiredRole !== 0 && (typeof d.desiredRole !== "string" || $root.keelstore.NodeRole[d.desiredRole] !== 0)) {
                switch (d.desiredRole) {
                case "NODE_ROLE_WORKER":
                case 0:
                    m.desiredRole = 0;
                    break;
                case "NODE_ROLE_MANAGER":
                case 1:
                    m.desiredRole = 1;
                    break;
                default:
                    if (typeof d.desiredRole === "number" && (d.desiredRole | 0) === d.desiredRole)
                        m.desiredRole = d.desiredRole;
                }
            }
            if (d.membership !== 0 && (typeof d.membership !== "string" || $root.keelstore.NodeMembership[d.membership] !== 0)) {
                switch (d.membership) {
                case "NODE_MEMBERSHIP_PENDING":
                case 0:
                    m.membership = 0;
                    break;
                case "NODE_MEMBERSHIP_ACCEPTED":
                case 1:
                    m.membership = 1;
                    break;
                default:
                    if (typeof d.membership === "number" && (d.membership | 0) === d.membership)
                        m.membership = d.membership;
                }
            }
            if (d.availability !== 0 && (typeof d.availability !== "string" || $root.keelstore.NodeAvailability[d.availability] !== 0)) {
                switch (d.availability) {
                case "NODE_AVAILABILITY_ACTIVE":
                case 0:
                    m.availability = 0;
                    break;
                case "NODE_AVAILABILITY_PAUSE":
                case 1:
                    m.availability = 1;
                    break;
                case "NODE_AVAILABILITY_DRAIN":
                case 2:
                    m.availability = 2;
                    break;
                default:
                    if (typeof d.availability === "number" && (d.availability | 0) === d.availability)
                        m.availability = d.availability;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeSpec message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.NodeSpec
         * @static
         * @param {keelstore.NodeSpec} m NodeSpec
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeSpec.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.labels = {};
            }
            if (o.defaults) {
                d.name = "";
                d.desiredRole = o.enums === $String ? "NODE_ROLE_WORKER" : 0;
                d.membership = o.enums === $String ? "NODE_MEMBERSHIP_PENDING" : 0;
                d.availability = o.enums === $String ? "NODE_AVAILABILITY_ACTIVE" : 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            var ks2;
            if (m.labels && (ks2 = $Object.keys(m.labels)).length) {
                d.labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.labels, ks2[j]);
                    d.labels[ks2[j]] = m.labels[ks2[j]];
                }
            }
            if (m.desiredRole != null && $Object.hasOwnProperty.call(m, "desiredRole")) {
                d.desiredRole = o.enums === $String ? $root.keelstore.NodeRole[m.desiredRole] === $undefined ? m.desiredRole : $root.keelstore.NodeRole[m.desiredRole] : m.desiredRole;
            }
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership")) {
                d.membership = o.enums === $String ? $root.keelstore.NodeMembership[m.membership] === $undefined ? m.membership : $root.keelstore.NodeMembership[m.membership] : m.membership;
            }
            if (m.availability != null && $Object.hasOwnProperty.call(m, "availability")) {
                d.availability = o.enums === $String ? $root.keelstore.NodeAvailability[m.availability] === $undefined ? m.availability : $root.keelstore.NodeAvailability[m.availability] : m.availability;
            }
            return d;
        };

        /**
         * Converts this NodeSpec to JSON.
         * @function toJSON
         * @memberof keelstore.NodeSpec
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeSpec.prototype.toJSON = function() {
            return NodeSpec.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeSpec
         * @function getTypeUrl
         * @memberof keelstore.NodeSpec
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeSpec.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.NodeSpec";
        };

        return NodeSpec;
    })();

    keelstore.NodeStatus = (function() {

        /**
         * Properties of a NodeStatus.
         * @typedef {Object} keelstore.NodeStatus.$Properties
         * @property {keelstore.NodeState|null} [state] NodeStatus state
         * @property {string|null} [message] NodeStatus message
         * @property {string|null} [addr] NodeStatus addr
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeStatus.
         * @memberof keelstore
         * @interface INodeStatus
         * @augments keelstore.NodeStatus.$Properties
         * @deprecated Use keelstore.NodeStatus.$Properties instead.
         */

        /**
         * Shape of a NodeStatus.
         * @typedef {keelstore.NodeStatus.$Properties} keelstore.NodeStatus.$Shape
         */

        /**
         * Constructs a new NodeStatus.
         * @memberof keelstore
         * @classdesc Represents a NodeStatus.
         * @constructor
         * @param {keelstore.NodeStatus.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeStatus = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeStatus state.
         * @member {keelstore.NodeState} state
         * @memberof keelstore.NodeStatus
         * @instance
         */
        NodeStatus.prototype.state = 0;

        /**
         * NodeStatus message.
         * @member {string} message
         * @memberof keelstore.NodeStatus
         * @instance
         */
        NodeStatus.prototype.message = "";

        /**
         * NodeStatus addr.
         * @member {string} addr
         * @memberof keelstore.NodeStatus
         * @instance
         */
        NodeStatus.prototype.addr = "";

        /**
         * Creates a new NodeStatus instance using the specified properties.
         * @function create
         * @memberof keelstore.NodeStatus
         * @static
         * @param {keelstore.NodeStatus.$Properties=} [properties] Properties to set
         * @returns {keelstore.NodeStatus} NodeStatus instance
         * @type {{
         *   (properties: keelstore.NodeStatus.$Shape): keelstore.NodeStatus & keelstore.NodeStatus.$Shape;
         *   (properties?: keelstore.NodeStatus.$Properties): keelstore.NodeStatus;
         * }}
         */
        NodeStatus.create = function(properties) {
            return new NodeStatus(properties);
        };

        /**
         * Encodes the specified NodeStatus message. Does not implicitly {@link keelstore.NodeStatus.verify|verify} messages.
         * @function encode
         * @memberof keelstore.NodeStatus
         * @static
         * @param {keelstore.NodeStatus.$Properties} m NodeStatus message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeStatus.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.state);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.addr != null && $Object.hasOwnProperty.call(m, "addr") && m.addr !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.addr);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeStatus message, length delimited. Does not implicitly {@link keelstore.NodeStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.NodeStatus
         * @static
         * @param {keelstore.NodeStatus.$Properties} message NodeStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeStatus message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.NodeStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.NodeStatus & keelstore.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeStatus.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.NodeStatus();
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
                        if (v = r.int32())
                            m.state = v;
                        else
                            delete m.state;
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
                            m.addr = v;
                        else
                            delete m.addr;
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
         * Decodes a NodeStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.NodeStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.NodeStatus & keelstore.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeStatus message.
         * @function verify
         * @memberof keelstore.NodeStatus
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeStatus.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                    return "state: enum value expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            if (m.addr != null && $Object.hasOwnProperty.call(m, "addr")) {
                if (!$util.isString(m.addr))
                    return "addr: string expected";
            }
            return null;
        };

        /**
         * Creates a NodeStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.NodeStatus
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.NodeStatus} NodeStatus
         */
        NodeStatus.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.NodeStatus)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.NodeStatus: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.NodeStatus();
            if (d.state !== 0 && (typeof d.state !== "string" || $root.keelstore.NodeState[d.state] !== 0)) {
                switch (d.state) {
                case "NODE_STATE_UNKNOWN":
                case 0:
                    m.state = 0;
                    break;
                case "NODE_STATE_DOWN":
                case 1:
                    m.state = 1;
                    break;
                case "NODE_STATE_READY":
                case 2:
                    m.state = 2;
                    break;
                case "NODE_STATE_DISCONNECTED":
                case 3:
                    m.state = 3;
                    break;
                default:
                    if (typeof d.state === "number" && (d.state | 0) === d.state)
                        m.state = d.state;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            if (d.addr != null) {
                if (typeof d.addr !== "string" || d.addr.length) {
                    m.addr = $String(d.addr);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a NodeStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.NodeStatus
         * @static
         * @param {keelstore.NodeStatus} m NodeStatus
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeStatus.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.state = o.enums === $String ? "NODE_STATE_UNKNOWN" : 0;
                d.message = "";
                d.addr = "";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = o.enums === $String ? $root.keelstore.NodeState[m.state] === $undefined ? m.state : $root.keelstore.NodeState[m.state] : m.state;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            if (m.addr != null && $Object.hasOwnProperty.call(m, "addr")) {
                d.addr = m.addr;
            }
            return d;
        };

        /**
         * Converts this NodeStatus to JSON.
         * @function toJSON
         * @memberof keelstore.NodeStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeStatus.prototype.toJSON = function() {
            return NodeStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeStatus
         * @function getTypeUrl
         * @memberof keelstore.NodeStatus
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeStatus.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.NodeStatus";
        };

        return NodeStatus;
    })();

    keelstore.NodeCertificate = (function() {

        /**
         * Properties of a NodeCertificate.
         * @typedef {Object} keelstore.NodeCertificate.$Properties
         * @property {Uint8Array|null} [csr] NodeCertificate csr
         * @property {Uint8Array|null} [certificate] NodeCertificate certificate
         * @property {keelstore.CertificateState|null} [state] NodeCertificate state
         * @property {string|null} [reason] NodeCertificate reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeCertificate.
         * @memberof keelstore
         * @interface INodeCertificate
         * @augments keelstore.NodeCertificate.$Properties
         * @deprecated Use keelstore.NodeCertificate.$Properties instead.
         */

        /**
         * Shape of a NodeCertificate.
         * @typedef {keelstore.NodeCertificate.$Properties} keelstore.NodeCertificate.$Shape
         */

        /**
         * Constructs a new NodeCertificate.
         * @memberof keelstore
         * @classdesc Represents a NodeCertificate.
         * @constructor
         * @param {keelstore.NodeCertificate.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeCertificate = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * NodeCertificate csr.
         * @member {Uint8Array} csr
         * @memberof keelstore.NodeCertificate
         * @instance
         */
        NodeCertificate.prototype.csr = $util.newBuffer([]);

        /**
         * NodeCertificate certificate.
         * @member {Uint8Array} certificate
         * @memberof keelstore.NodeCertificate
         * @instance
         */
        NodeCertificate.prototype.certificate = $util.newBuffer([]);

        /**
         * NodeCertificate state.
         * @member {keelstore.CertificateState} state
         * @memberof keelstore.NodeCertificate
         * @instance
         */
        NodeCertificate.prototype.state = 0;

        /**
         * NodeCertificate reason.
         * @member {string} reason
         * @memberof keelstore.NodeCertificate
         * @instance
         */
        NodeCertificate.prototype.reason = "";

        /**
         * Creates a new NodeCertificate instance using the specified properties.
         * @function create
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {keelstore.NodeCertificate.$Properties=} [properties] Properties to set
         * @returns {keelstore.NodeCertificate} NodeCertificate instance
         * @type {{
         *   (properties: keelstore.NodeCertificate.$Shape): keelstore.NodeCertificate & keelstore.NodeCertificate.$Shape;
         *   (properties?: keelstore.NodeCertificate.$Properties): keelstore.NodeCertificate;
         * }}
         */
        NodeCertificate.create = function(properties) {
            return new NodeCertificate(properties);
        };

        /**
         * Encodes the specified NodeCertificate message. Does not implicitly {@link keelstore.NodeCertificate.verify|verify} messages.
         * @function encode
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {keelstore.NodeCertificate.$Properties} m NodeCertificate message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeCertificate.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.csr != null && $Object.hasOwnProperty.call(m, "csr") && m.csr.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.csr);
            if (m.certificate != null && $Object.hasOwnProperty.call(m, "certificate") && m.certificate.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.certificate);
            if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.state);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified NodeCertificate message, length delimited. Does not implicitly {@link keelstore.NodeCertificate.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {keelstore.NodeCertificate.$Properties} message NodeCertificate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeCertificate.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeCertificate message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.NodeCertificate & keelstore.NodeCertificate.$Shape} NodeCertificate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeCertificate.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.NodeCertificate();
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
                            m.csr = v;
                        else
                            delete m.csr;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.certificate = v;
                        else
                            delete m.certificate;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.state = v;
                        else
                            delete m.state;
                        continue;
                    }
                case 4: {
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
         * Decodes a NodeCertificate message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.NodeCertificate & keelstore.NodeCertificate.$Shape} NodeCertificate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeCertificate.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a NodeCertificate message.
         * @function verify
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeCertificate.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.csr != null && $Object.hasOwnProperty.call(m, "csr")) {
                if (!(m.csr && typeof m.csr.length === "number" || $util.isString(m.csr)))
                    return "csr: buffer expected";
            }
            if (m.certificate != null && $Object.hasOwnProperty.call(m, "certificate")) {
                if (!(m.certificate && typeof m.certificate.length === "number" || $util.isString(m.certificate)))
                    return "certificate: buffer expected";
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                    return "state: enum value expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a NodeCertificate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.NodeCertificate} NodeCertificate
         */
        NodeCertificate.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.NodeCertificate)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.NodeCertificate: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.NodeCertificate();
            if (d.csr != null) {
                if (d.csr.length) {
                    if (typeof d.csr === "string")
                        $util.base64.decode(d.csr, m.csr = $util.newBuffer($util.base64.length(d.csr)), 0);
                    else if (d.csr.length >= 0)
                        m.csr = d.csr;
                }
            }
            if (d.certificate != null) {
                if (d.certificate.length) {
                    if (typeof d.certificate === "string")
                        $util.base64.decode(d.certificate, m.certificate = $util.newBuffer($util.base64.length(d.certificate)), 0);
                    else if (d.certificate.length >= 0)
                        m.certificate = d.certificate;
                }
            }
            if (d.state !== 0 && (typeof d.state !== "string" || $root.keelstore.CertificateState[d.state] !== 0)) {
                switch (d.state) {
                case "CERTIFICATE_STATE_UNKNOWN":
                case 0:
                    m.state = 0;
                    break;
                case "CERTIFICATE_STATE_RENEW":
                case 1:
                    m.state = 1;
                    break;
                case "CERTIFICATE_STATE_PENDING":
                case 2:
                    m.state = 2;
                    break;
                case "CERTIFICATE_STATE_ISSUED":
                case 3:
                    m.state = 3;
                    break;
                case "CERTIFICATE_STATE_FAILED":
                case 4:
                    m.state = 4;
                    break;
                case "CERTIFICATE_STATE_ROTATE":
                case 5:
                    m.state = 5;
                    break;
                default:
                    if (typeof d.state === "number" && (d.state | 0) === d.state)
                        m.state = d.state;
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
         * Creates a plain object from a NodeCertificate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {keelstore.NodeCertificate} m NodeCertificate
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeCertificate.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.csr = "";
                else {
                    d.csr = [];
                    if (o.bytes !== $Array)
                        d.csr = $util.newBuffer(d.csr);
                }
                if (o.bytes === $String)
                    d.certificate = "";
                else {
                    d.certificate = [];
                    if (o.bytes !== $Array)
                        d.certificate = $util.newBuffer(d.certificate);
                }
                d.state = o.enums === $String ? "CERTIFICATE_STATE_UNKNOWN" : 0;
                d.reason = "";
            }
            if (m.csr != null && $Object.hasOwnProperty.call(m, "csr")) {
                d.csr = o.bytes === $String ? $util.base64.encode(m.csr, 0, m.csr.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.csr) : m.csr;
            }
            if (m.certificate != null && $Object.hasOwnProperty.call(m, "certificate")) {
                d.certificate = o.bytes === $String ? $util.base64.encode(m.certificate, 0, m.certificate.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.certificate) : m.certificate;
            }
            if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                d.state = o.enums === $String ? $root.keelstore.CertificateState[m.state] === $undefined ? m.state : $root.keelstore.CertificateState[m.state] : m.state;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this NodeCertificate to JSON.
         * @function toJSON
         * @memberof keelstore.NodeCertificate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeCertificate.prototype.toJSON = function() {
            return NodeCertificate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for NodeCertificate
         * @function getTypeUrl
         * @memberof keelstore.NodeCertificate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeCertificate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.NodeCertificate";
        };

        return NodeCertificate;
    })();

    keelstore.Node = (function() {

        /**
         * Properties of a Node.
         * @typedef {Object} keelstore.Node.$Properties
         * @property {string|null} [id] Node id
         * @property {keelstore.Meta.$Properties|null} [meta] Node meta
         * @property {keelstore.NodeSpec.$Properties|null} [spec] Node spec
         * @property {keelstore.NodeRole|null} [role] Node role
         * @property {keelstore.NodeStatus.$Properties|null} [status] Node status
         * @property {keelstore.NodeCertificate.$Properties|null} [certificate] Node certificate
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Node.
         * @memberof keelstore
         * @interface INode
         * @augments keelstore.Node.$Properties
         * @deprecated Use keelstore.Node.$Properties instead.
         */

        /**
         * Shape of a Node.
         * @typedef {keelstore.Node.$Properties} keelstore.Node.$Shape
         */

        /**
         * Constructs a new Node.
         * @memberof keelstore
         * @classdesc Represents a Node.
         * @constructor
         * @param {keelstore.Node.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Node = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Node id.
         * @member {string} id
         * @memberof keelstore.Node
         * @instance
         */
        Node.prototype.id = "";

        /**
         * Node meta.
         * @member {keelstore.Meta.$Properties|null|undefined} meta
         * @memberof keelstore.Node
         * @instance
         */
        Node.prototype.meta = null;

        /**
         * Node spec.
         * @member {keelstore.NodeSpec.$Properties|null|undefined} spec
         * @memberof keelstore.Node
         * @instance
         */
        Node.prototype.spec = null;

        /**
         * Node role.
         * @member {keelstore.NodeRole} role
         * @memberof keelstore.Node
         * @instance
         */
        Node.prototype.role = 0;

        /**
         * Node status.
         * @member {keelstore.NodeStatus.$Properties|null|undefined} status
         * @memberof keelstore.Node
         * @instance
         */
        Node.prototype.status = null;

        /**
         * Node certificate.
         * @member {keelstore.NodeCertificate.$Properties|null|undefined} certificate
         * @memberof keelstore.Node
         * @instance
         */
        Node.prototype.certificate = null;

        /**
         * Creates a new Node instance using the specified properties.
         * @function create
         * @memberof keelstore.Node
         * @static
         * @param {keelstore.Node.$Properties=} [properties] Properties to set
         * @returns {keelstore.Node} Node instance
         * @type {{
         *   (properties: keelstore.Node.$Shape): keelstore.Node & keelstore.Node.$Shape;
         *   (properties?: keelstore.Node.$Properties): keelstore.Node;
         * }}
         */
        Node.create = function(properties) {
            return new Node(properties);
        };

        /**
         * Encodes the specified Node message. Does not implicitly {@link keelstore.Node.verify|verify} messages.
         * @function encode
         * @memberof keelstore.Node
         * @static
         * @param {keelstore.Node.$Properties} m Node message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Node.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta"))
                $root.keelstore.Meta.encode(m.meta, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                $root.keelstore.NodeSpec.encode(m.spec, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.role);
            if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                $root.keelstore.NodeStatus.encode(m.status, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.certificate != null && $Object.hasOwnProperty.call(m, "certificate"))
                $root.keelstore.NodeCertificate.encode(m.certificate, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Node message, length delimited. Does not implicitly {@link keelstore.Node.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.Node
         * @static
         * @param {keelstore.Node.$Properties} message Node message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Node.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Node message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.Node
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.Node & keelstore.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Node.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.Node();
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
                        m.meta = $root.keelstore.Meta.decode(r, r.size(), $undefined, q + 1, m.meta);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.spec = $root.keelstore.NodeSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.role = v;
                        else
                            delete m.role;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.status = $root.keelstore.NodeStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.certificate = $root.keelstore.NodeCertificate.decode(r, r.size(), $undefined, q + 1, m.certificate);
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
         * Decodes a Node message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.Node
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.Node & keelstore.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Node.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Node message.
         * @function verify
         * @memberof keelstore.Node
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Node.verify = function (m, q) {
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
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                {
                    var e = $root.keelstore.Meta.verify(m.meta, q + 1);
                    if (e)
                        return "meta." + e;
                }
            }
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                {
                    var e = $root.keelstore.NodeSpec.verify(m.spec, q + 1);
                    if (e)
                        return "spec." + e;
                }
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                if (typeof m.role !== "number" || (m.role | 0) !== m.role)
                    return "role: enum value expected";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                {
                    var e = $root.keelstore.NodeStatus.verify(m.status, q + 1);
                    if (e)
                        return "status." + e;
                }
            }
            if (m.certificate != null && $Object.hasOwnProperty.call(m, "certificate")) {
                {
                    var e = $root.keelstore.NodeCertificate.verify(m.certificate, q + 1);
                    if (e)
                        return "certificate." + e;
                }
            }
            return null;
        };

        /**
         * Creates a Node message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.Node
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.Node} Node
         */
        Node.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.Node)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.Node: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.Node();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.meta != null) {
                if (!$util.isObject(d.meta))
                    throw $TypeError(".keelstore.Node.meta: object expected");
                m.meta = $root.keelstore.Meta.fromObject(d.meta, q + 1);
            }
            if (d.spec != null) {
                if (!$util.isObject(d.spec))
                    throw $TypeError(".keelstore.Node.spec: object expected");
                m.spec = $root.keelstore.NodeSpec.fromObject(d.spec, q + 1);
            }
            if (d.role !== 0 && (typeof d.role !== "string" || $root.keelstore.NodeRole[d.role] !== 0)) {
                switch (d.role) {
                case "NODE_ROLE_WORKER":
                case 0:
                    m.role = 0;
                    break;
                case "NODE_ROLE_MANAGER":
                case 1:
                    m.role = 1;
                    break;
                default:
                    if (typeof d.role === "number" && (d.role | 0) === d.role)
                        m.role = d.role;
                }
            }
            if (d.status != null) {
                if (!$util.isObject(d.status))
                    throw $TypeError(".keelstore.Node.status: object expected");
                m.status = $root.keelstore.NodeStatus.fromObject(d.status, q + 1);
            }
            if (d.certificate != null) {
                if (!$util.isObject(d.certificate))
                    throw $TypeError(".keelstore.Node.certificate: object expected");
                m.certificate = $root.keelstore.NodeCertificate.fromObject(d.certificate, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a Node message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.Node
         * @static
         * @param {keelstore.Node} m Node
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Node.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.id = "";
                d.meta = null;
                d.spec = null;
                d.role = o.enums === $String ? "NODE_ROLE_WORKER" : 0;
                d.status = null;
                d.certificate = null;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                d.meta = $root.keelstore.Meta.toObject(m.meta, o, q + 1);
            }
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                d.spec = $root.keelstore.NodeSpec.toObject(m.spec, o, q + 1);
            }
            if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                d.role = o.enums === $String ? $root.keelstore.NodeRole[m.role] === $undefined ? m.role : $root.keelstore.NodeRole[m.role] : m.role;
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = $root.keelstore.NodeStatus.toObject(m.status, o, q + 1);
            }
            if (m.certificate != null && $Object.hasOwnProperty.call(m, "certificate")) {
                d.certificate = $root.keelstore.NodeCertificate.toObject(m.certificate, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this Node to JSON.
         * @function toJSON
         * @memberof keelstore.Node
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Node.prototype.toJSON = function() {
            return Node.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Node
         * @function getTypeUrl
         * @memberof keelstore.Node
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Node.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.Node";
        };

        return Node;
    })();

    keelstore.SecretSpec = (function() {

        /**
         * Properties of a SecretSpec.
         * @typedef {Object} keelstore.SecretSpec.$Properties
         * @property {string|null} [name] SecretSpec name
         * @property {Object.<string,string>|null} [labels] SecretSpec labels
         * @property {Uint8Array|null} [data] SecretSpec data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretSpec.
         * @memberof keelstore
         * @interface ISecretSpec
         * @augments keelstore.SecretSpec.$Properties
         * @deprecated Use keelstore.SecretSpec.$Properties instead.
         */

        /**
         * Shape of a SecretSpec.
         * @typedef {keelstore.SecretSpec.$Properties} keelstore.SecretSpec.$Shape
         */

        /**
         * Constructs a new SecretSpec.
         * @memberof keelstore
         * @classdesc Represents a SecretSpec.
         * @constructor
         * @param {keelstore.SecretSpec.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretSpec = function (p) {
            this.labels = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretSpec name.
         * @member {string} name
         * @memberof keelstore.SecretSpec
         * @instance
         */
        SecretSpec.prototype.name = "";

        /**
         * SecretSpec labels.
         * @member {Object.<string,string>} labels
         * @memberof keelstore.SecretSpec
         * @instance
         */
        SecretSpec.prototype.labels = $util.emptyObject;

        /**
         * SecretSpec data.
         * @member {Uint8Array} data
         * @memberof keelstore.SecretSpec
         * @instance
         */
        SecretSpec.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new SecretSpec instance using the specified properties.
         * @function create
         * @memberof keelstore.SecretSpec
         * @static
         * @param {keelstore.SecretSpec.$Properties=} [properties] Properties to set
         * @returns {keelstore.SecretSpec} SecretSpec instance
         * @type {{
         *   (properties: keelstore.SecretSpec.$Shape): keelstore.SecretSpec & keelstore.SecretSpec.$Shape;
         *   (properties?: keelstore.SecretSpec.$Properties): keelstore.SecretSpec;
         * }}
         */
        SecretSpec.create = function(properties) {
            return new SecretSpec(properties);
        };

        /**
         * Encodes the specified SecretSpec message. Does not implicitly {@link keelstore.SecretSpec.verify|verify} messages.
         * @function encode
         * @memberof keelstore.SecretSpec
         * @static
         * @param {keelstore.SecretSpec.$Properties} m SecretSpec message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretSpec.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                    w.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.labels[ks[i]]).ldelim();
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SecretSpec message, length delimited. Does not implicitly {@link keelstore.SecretSpec.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.SecretSpec
         * @static
         * @param {keelstore.SecretSpec.$Properties} message SecretSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretSpec.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SecretSpec message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.SecretSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.SecretSpec & keelstore.SecretSpec.$Shape} SecretSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretSpec.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.SecretSpec();
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
                        if (m.labels === $util.emptyObject)
                            m.labels = {};
                        var c2 = r.size() + r.pos;
                        if (c2 > r.len)
                            throw $RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        v = "";
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
                                if (u !== 2)
                                    break;
                                v = r.stringVerify();
                                continue;
                            }
                            r.skipType(u, q, t2);
                        }
                        if (r.pos !== c2)
                            throw $RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.labels, k);
                        m.labels[k] = v;
                        continue;
                    }
                case 3: {
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
         * Decodes a SecretSpec message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.SecretSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.SecretSpec & keelstore.SecretSpec.$Shape} SecretSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretSpec.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SecretSpec message.
         * @function verify
         * @memberof keelstore.SecretSpec
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SecretSpec.verify = function (m, q) {
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
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$util.isObject(m.labels))
                    return "labels: object expected";
                var k = $Object.keys(m.labels);
                for (var i = 0; i < k.length; ++i) {
                    if (!$util.isString(m.labels[k[i]]))
                        return "labels: string{k:string} expected";
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            return null;
        };

        /**
         * Creates a SecretSpec message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.SecretSpec
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.SecretSpec} SecretSpec
         */
        SecretSpec.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.SecretSpec)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.SecretSpec: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.SecretSpec();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.labels) {
                if (!$util.isObject(d.labels))
                    throw $TypeError(".keelstore.SecretSpec.labels: object expected");
                m.labels = {};
                for (var ks = $Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.labels, ks[i]);
                    m.labels[ks[i]] = $String(d.labels[ks[i]]);
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
         * Creates a plain object from a SecretSpec message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.SecretSpec
         * @static
         * @param {keelstore.SecretSpec} m SecretSpec
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretSpec.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.labels = {};
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
            var ks2;
            if (m.labels && (ks2 = $Object.keys(m.labels)).length) {
                d.labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.labels, ks2[j]);
                    d.labels[ks2[j]] = m.labels[ks2[j]];
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        /**
         * Converts this SecretSpec to JSON.
         * @function toJSON
         * @memberof keelstore.SecretSpec
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretSpec.prototype.toJSON = function() {
            return SecretSpec.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SecretSpec
         * @function getTypeUrl
         * @memberof keelstore.SecretSpec
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SecretSpec.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.SecretSpec";
        };

        return SecretSpec;
    })();

    keelstore.Secret = (function() {

        /**
         * Properties of a Secret.
         * @typedef {Object} keelstore.Secret.$Properties
         * @property {string|null} [id] Secret id
         * @property {keelstore.Meta.$Properties|null} [meta] Secret meta
         * @property {keelstore.SecretSpec.$Properties|null} [spec] Secret spec
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Secret.
         * @memberof keelstore
         * @interface ISecret
         * @augments keelstore.Secret.$Properties
         * @deprecated Use keelstore.Secret.$Properties instead.
         */

        /**
         * Shape of a Secret.
         * @typedef {keelstore.Secret.$Properties} keelstore.Secret.$Shape
         */

        /**
         * Constructs a new Secret.
         * @memberof keelstore
         * @classdesc Represents a Secret.
         * @constructor
         * @param {keelstore.Secret.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Secret = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Secret id.
         * @member {string} id
         * @memberof keelstore.Secret
         * @instance
         */
        Secret.prototype.id = "";

        /**
         * Secret meta.
         * @member {keelstore.Meta.$Properties|null|undefined} meta
         * @memberof keelstore.Secret
         * @instance
         */
        Secret.prototype.meta = null;

        /**
         * Secret spec.
         * @member {keelstore.SecretSpec.$Properties|null|undefined} spec
         * @memberof keelstore.Secret
         * @instance
         */
        Secret.prototype.spec = null;

        /**
         * Creates a new Secret instance using the specified properties.
         * @function create
         * @memberof keelstore.Secret
         * @static
         * @param {keelstore.Secret.$Properties=} [properties] Properties to set
         * @returns {keelstore.Secret} Secret instance
         * @type {{
         *   (properties: keelstore.Secret.$Shape): keelstore.Secret & keelstore.Secret.$Shape;
         *   (properties?: keelstore.Secret.$Properties): keelstore.Secret;
         * }}
         */
        Secret.create = function(properties) {
            return new Secret(properties);
        };

        /**
         * Encodes the specified Secret message. Does not implicitly {@link keelstore.Secret.verify|verify} messages.
         * @function encode
         * @memberof keelstore.Secret
         * @static
         * @param {keelstore.Secret.$Properties} m Secret message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Secret.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta"))
                $root.keelstore.Meta.encode(m.meta, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                $root.keelstore.SecretSpec.encode(m.spec, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Secret message, length delimited. Does not implicitly {@link keelstore.Secret.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.Secret
         * @static
         * @param {keelstore.Secret.$Properties} message Secret message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Secret.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Secret message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.Secret
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.Secret & keelstore.Secret.$Shape} Secret
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Secret.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.Secret();
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
                        m.meta = $root.keelstore.Meta.decode(r, r.size(), $undefined, q + 1, m.meta);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.spec = $root.keelstore.SecretSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
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
         * Decodes a Secret message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.Secret
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.Secret & keelstore.Secret.$Shape} Secret
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Secret.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Secret message.
         * @function verify
         * @memberof keelstore.Secret
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Secret.verify = function (m, q) {
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
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                {
                    var e = $root.keelstore.Meta.verify(m.meta, q + 1);
                    if (e)
                        return "meta." + e;
                }
            }
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                {
                    var e = $root.keelstore.SecretSpec.verify(m.spec, q + 1);
                    if (e)
                        return "spec." + e;
                }
            }
            return null;
        };

        /**
         * Creates a Secret message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.Secret
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.Secret} Secret
         */
        Secret.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.Secret)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.Secret: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.Secret();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.meta != null) {
                if (!$util.isObject(d.meta))
                    throw $TypeError(".keelstore.Secret.meta: object expected");
                m.meta = $root.keelstore.Meta.fromObject(d.meta, q + 1);
            }
            if (d.spec != null) {
                if (!$util.isObject(d.spec))
                    throw $TypeError(".keelstore.Secret.spec: object expected");
                m.spec = $root.keelstore.SecretSpec.fromObject(d.spec, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a Secret message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.Secret
         * @static
         * @param {keelstore.Secret} m Secret
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Secret.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.id = "";
                d.meta = null;
                d.spec = null;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.meta != null && $Object.hasOwnProperty.call(m, "meta")) {
                d.meta = $root.keelstore.Meta.toObject(m.meta, o, q + 1);
            }
            if (m.spec != null && $Object.hasOwnProperty.call(m, "spec")) {
                d.spec = $root.keelstore.SecretSpec.toObject(m.spec, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this Secret to JSON.
         * @function toJSON
         * @memberof keelstore.Secret
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Secret.prototype.toJSON = function() {
            return Secret.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Secret
         * @function getTypeUrl
         * @memberof keelstore.Secret
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Secret.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.Secret";
        };

        return Secret;
    })();

    /**
     * StoreActionKind enum.
     * @name keelstore.StoreActionKind
     * @enum {number}
     * @property {number} STORE_ACTION_KIND_UNKNOWN=0 STORE_ACTION_KIND_UNKNOWN value
     * @property {number} STORE_ACTION_KIND_CREATE=1 STORE_ACTION_KIND_CREATE value
     * @property {number} STORE_ACTION_KIND_UPDATE=2 STORE_ACTION_KIND_UPDATE value
     * @property {number} STORE_ACTION_KIND_REMOVE=3 STORE_ACTION_KIND_REMOVE value
     */
    keelstore.StoreActionKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "STORE_ACTION_KIND_UNKNOWN"] = 0;
        values[valuesById[1] = "STORE_ACTION_KIND_CREATE"] = 1;
        values[valuesById[2] = "STORE_ACTION_KIND_UPDATE"] = 2;
        values[valuesById[3] = "STORE_ACTION_KIND_REMOVE"] = 3;
        return values;
    })();

    keelstore.StoreAction = (function() {

        /**
         * Properties of a StoreAction.
         * @typedef {Object} keelstore.StoreAction.$Properties
         * @property {keelstore.StoreActionKind|null} [kind] StoreAction kind
         * @property {keelstore.Node.$Properties|null} [node] StoreAction node
         * @property {keelstore.Cluster.$Properties|null} [cluster] StoreAction cluster
         * @property {keelstore.Secret.$Properties|null} [secret] StoreAction secret
         * @property {"node"|"cluster"|"secret"} [target] StoreAction target
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StoreAction.
         * @memberof keelstore
         * @interface IStoreAction
         * @augments keelstore.StoreAction.$Properties
         * @deprecated Use keelstore.StoreAction.$Properties instead.
         */

        /**
         * Narrowed shape of a StoreAction.
         * @typedef {{
         *   kind?: keelstore.StoreActionKind|null;
         *   node?: keelstore.Node.$Shape|null;
         *   cluster?: keelstore.Cluster.$Shape|null;
         *   secret?: keelstore.Secret.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ target?: undefined; node?: null; cluster?: null; secret?: null }|{ target?: "node"; node: keelstore.Node.$Shape; cluster?: null; secret?: null }|{ target?: "cluster"; node?: null; cluster: keelstore.Cluster.$Shape; secret?: null }|{ target?: "secret"; node?: null; cluster?: null; secret: keelstore.Secret.$Shape })
         * )} keelstore.StoreAction.$Shape
         */

        /**
         * Constructs a new StoreAction.
         * @memberof keelstore
         * @classdesc Represents a StoreAction.
         * @constructor
         * @param {keelstore.StoreAction.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StoreAction = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StoreAction kind.
         * @member {keelstore.StoreActionKind} kind
         * @memberof keelstore.StoreAction
         * @instance
         */
        StoreAction.prototype.kind = 0;

        /**
         * StoreAction node.
         * @member {keelstore.Node.$Properties|null|undefined} node
         * @memberof keelstore.StoreAction
         * @instance
         */
        StoreAction.prototype.node = null;

        /**
         * StoreAction cluster.
         * @member {keelstore.Cluster.$Properties|null|undefined} cluster
         * @memberof keelstore.StoreAction
         * @instance
         */
        StoreAction.prototype.cluster = null;

        /**
         * StoreAction secret.
         * @member {keelstore.Secret.$Properties|null|undefined} secret
         * @memberof keelstore.StoreAction
         * @instance
         */
        StoreAction.prototype.secret = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * StoreAction target.
         * @member {"node"|"cluster"|"secret"|undefined} target
         * @memberof keelstore.StoreAction
         * @instance
         */
        $Object.defineProperty(StoreAction.prototype, "target", {
            get: $util.oneOfGetter($oneOfFields = ["node", "cluster", "secret"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new StoreAction instance using the specified properties.
         * @function create
         * @memberof keelstore.StoreAction
         * @static
         * @param {keelstore.StoreAction.$Properties=} [properties] Properties to set
         * @returns {keelstore.StoreAction} StoreAction instance
         * @type {{
         *   (properties: keelstore.StoreAction.$Shape): keelstore.StoreAction & keelstore.StoreAction.$Shape;
         *   (properties?: keelstore.StoreAction.$Properties): keelstore.StoreAction;
         * }}
         */
        StoreAction.create = function(properties) {
            return new StoreAction(properties);
        };

        /**
         * Encodes the specified StoreAction message. Does not implicitly {@link keelstore.StoreAction.verify|verify} messages.
         * @function encode
         * @memberof keelstore.StoreAction
         * @static
         * @param {keelstore.StoreAction.$Properties} m StoreAction message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreAction.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
            if (m.node != null && $Object.hasOwnProperty.call(m, "node"))
                $root.keelstore.Node.encode(m.node, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.cluster != null && $Object.hasOwnProperty.call(m, "cluster"))
                $root.keelstore.Cluster.encode(m.cluster, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret"))
                $root.keelstore.Secret.encode(m.secret, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StoreAction message, length delimited. Does not implicitly {@link keelstore.StoreAction.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.StoreAction
         * @static
         * @param {keelstore.StoreAction.$Properties} message StoreAction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreAction.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StoreAction message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.StoreAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.StoreAction & keelstore.StoreAction.$Shape} StoreAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreAction.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.StoreAction();
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
                        if (v = r.int32())
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.node = $root.keelstore.Node.decode(r, r.size(), $undefined, q + 1, m.node);
                        m.target = "node";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.cluster = $root.keelstore.Cluster.decode(r, r.size(), $undefined, q + 1, m.cluster);
                        m.target = "cluster";
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.secret = $root.keelstore.Secret.decode(r, r.size(), $undefined, q + 1, m.secret);
                        m.target = "secret";
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
         * Decodes a StoreAction message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.StoreAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.StoreAction & keelstore.StoreAction.$Shape} StoreAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreAction.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StoreAction message.
         * @function verify
         * @memberof keelstore.StoreAction
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StoreAction.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                    return "kind: enum value expected";
            }
            if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                p.target = 1;
                {
                    var e = $root.keelstore.Node.verify(m.node, q + 1);
                    if (e)
                        return "node." + e;
                }
            }
            if (m.cluster != null && $Object.hasOwnProperty.call(m, "cluster")) {
                if (p.target === 1)
                    return "target: multiple values";
                p.target = 1;
                {
                    var e = $root.keelstore.Cluster.verify(m.cluster, q + 1);
                    if (e)
                        return "cluster." + e;
                }
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                if (p.target === 1)
                    return "target: multiple values";
                p.target = 1;
                {
                    var e = $root.keelstore.Secret.verify(m.secret, q + 1);
                    if (e)
                        return "secret." + e;
                }
            }
            return null;
        };

        /**
         * Creates a StoreAction message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.StoreAction
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.StoreAction} StoreAction
         */
        StoreAction.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.StoreAction)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.StoreAction: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.StoreAction();
            if (d.kind !== 0 && (typeof d.kind !== "string" || $root.keelstore.StoreActionKind[d.kind] !== 0)) {
                switch (d.kind) {
                case "STORE_ACTION_KIND_UNKNOWN":
                case 0:
                    m.kind = 0;
                    break;
                case "STORE_ACTION_KIND_CREATE":
                case 1:
                    m.kind = 1;
                    break;
                case "STORE_ACTION_KIND_UPDATE":
                case 2:
                    m.kind = 2;
                    break;
                case "STORE_ACTION_KIND_REMOVE":
                case 3:
                    m.kind = 3;
                    break;
                default:
                    if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                        m.kind = d.kind;
                }
            }
            if (d.node != null) {
                if (!$util.isObject(d.node))
                    throw $TypeError(".keelstore.StoreAction.node: object expected");
                m.node = $root.keelstore.Node.fromObject(d.node, q + 1);
            }
            if (d.cluster != null) {
                if (!$util.isObject(d.cluster))
                    throw $TypeError(".keelstore.StoreAction.cluster: object expected");
                m.cluster = $root.keelstore.Cluster.fromObject(d.cluster, q + 1);
            }
            if (d.secret != null) {
                if (!$util.isObject(d.secret))
                    throw $TypeError(".keelstore.StoreAction.secret: object expected");
                m.secret = $root.keelstore.Secret.fromObject(d.secret, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a StoreAction message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.StoreAction
         * @static
         * @param {keelstore.StoreAction} m StoreAction
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StoreAction.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.kind = o.enums === $String ? "STORE_ACTION_KIND_UNKNOWN" : 0;
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = o.enums === $String ? $root.keelstore.StoreActionKind[m.kind] === $undefined ? m.kind : $root.keelstore.StoreActionKind[m.kind] : m.kind;
            }
            if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                d.node = $root.keelstore.Node.toObject(m.node, o, q + 1);
                if (o.oneofs)
                    d.target = "node";
            }
            if (m.cluster != null && $Object.hasOwnProperty.call(m, "cluster")) {
                d.cluster = $root.keelstore.Cluster.toObject(m.cluster, o, q + 1);
                if (o.oneofs)
                    d.target = "cluster";
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                d.secret = $root.keelstore.Secret.toObject(m.secret, o, q + 1);
                if (o.oneofs)
                    d.target = "secret";
            }
            return d;
        };

        /**
         * Converts this StoreAction to JSON.
         * @function toJSON
         * @memberof keelstore.StoreAction
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StoreAction.prototype.toJSON = function() {
            return StoreAction.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StoreAction
         * @function getTypeUrl
         * @memberof keelstore.StoreAction
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StoreAction.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.StoreAction";
        };

        return StoreAction;
    })();

    keelstore.Proposal = (function() {

        /**
         * Properties of a Proposal.
         * @typedef {Object} keelstore.Proposal.$Properties
         * @property {number|null} [id] Proposal id
         * @property {number|null} [timestampMs] Proposal timestampMs
         * @property {Array.<keelstore.StoreAction.$Properties>|null} [actions] Proposal actions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Proposal.
         * @memberof keelstore
         * @interface IProposal
         * @augments keelstore.Proposal.$Properties
         * @deprecated Use keelstore.Proposal.$Properties instead.
         */

        /**
         * Shape of a Proposal.
         * @typedef {{
         *   id?: number|null;
         *   timestampMs?: number|null;
         *   actions?: Array.<keelstore.StoreAction.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} keelstore.Proposal.$Shape
         */

        /**
         * Constructs a new Proposal.
         * @memberof keelstore
         * @classdesc Represents a Proposal.
         * @constructor
         * @param {keelstore.Proposal.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Proposal = function (p) {
            this.actions = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Proposal id.
         * @member {number} id
         * @memberof keelstore.Proposal
         * @instance
         */
        Proposal.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Proposal timestampMs.
         * @member {number} timestampMs
         * @memberof keelstore.Proposal
         * @instance
         */
        Proposal.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Proposal actions.
         * @member {Array.<keelstore.StoreAction.$Properties>} actions
         * @memberof keelstore.Proposal
         * @instance
         */
        Proposal.prototype.actions = $util.emptyArray;

        /**
         * Creates a new Proposal instance using the specified properties.
         * @function create
         * @memberof keelstore.Proposal
         * @static
         * @param {keelstore.Proposal.$Properties=} [properties] Properties to set
         * @returns {keelstore.Proposal} Proposal instance
         * @type {{
         *   (properties: keelstore.Proposal.$Shape): keelstore.Proposal & keelstore.Proposal.$Shape;
         *   (properties?: keelstore.Proposal.$Properties): keelstore.Proposal;
         * }}
         */
        Proposal.create = function(properties) {
            return new Proposal(properties);
        };

        /**
         * Encodes the specified Proposal message. Does not implicitly {@link keelstore.Proposal.verify|verify} messages.
         * @function encode
         * @memberof keelstore.Proposal
         * @static
         * @param {keelstore.Proposal.$Properties} m Proposal message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Proposal.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
            if (m.timestampMs != null && $Object.hasOwnProperty.call(m, "timestampMs") && (typeof m.timestampMs === "object" ? m.timestampMs.low || m.timestampMs.high : m.timestampMs !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.timestampMs);
            if (m.actions != null && m.actions.length) {
                for (var i = 0; i < m.actions.length; ++i)
                    $root.keelstore.StoreAction.encode(m.actions[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Proposal message, length delimited. Does not implicitly {@link keelstore.Proposal.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.Proposal
         * @static
         * @param {keelstore.Proposal.$Properties} message Proposal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Proposal.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Proposal message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.Proposal
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.Proposal & keelstore.Proposal.$Shape} Proposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Proposal.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.Proposal();
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
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.timestampMs = v;
                        else
                            delete m.timestampMs;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.actions && m.actions.length))
                            m.actions = [];
                        m.actions.push($root.keelstore.StoreAction.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a Proposal message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.Proposal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.Proposal & keelstore.Proposal.$Shape} Proposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Proposal.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Proposal message.
         * @function verify
         * @memberof keelstore.Proposal
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Proposal.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isInteger(m.id) && !(m.id && $util.isInteger(m.id.low) && $util.isInteger(m.id.high)))
                    return "id: integer|Long expected";
            }
            if (m.timestampMs != null && $Object.hasOwnProperty.call(m, "timestampMs")) {
                if (!$util.isInteger(m.timestampMs) && !(m.timestampMs && $util.isInteger(m.timestampMs.low) && $util.isInteger(m.timestampMs.high)))
                    return "timestampMs: integer|Long expected";
            }
            if (m.actions != null && $Object.hasOwnProperty.call(m, "actions")) {
                if (!$Array.isArray(m.actions))
                    return "actions: array expected";
                for (var i = 0; i < m.actions.length; ++i) {
                    {
                        var e = $root.keelstore.StoreAction.verify(m.actions[i], q + 1);
                        if (e)
                            return "actions." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a Proposal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.Proposal
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.Proposal} Proposal
         */
        Proposal.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.Proposal)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.Proposal: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.Proposal();
            if (d.id != null) {
                if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                    if ($util.Long)
                        m.id = $util.Long.fromValue(d.id, true);
                    else if (typeof d.id === "string")
                        m.id = $parseInt(d.id, 10);
                    else if (typeof d.id === "number")
                        m.id = d.id;
                    else if (typeof d.id === "object")
                        m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                }
            }
            if (d.timestampMs != null) {
                if (typeof d.timestampMs === "object" ? d.timestampMs.low || d.timestampMs.high : $Number(d.timestampMs) !== 0) {
                    if ($util.Long)
                        m.timestampMs = $util.Long.fromValue(d.timestampMs, true);
                    else if (typeof d.timestampMs === "string")
                        m.timestampMs = $parseInt(d.timestampMs, 10);
                    else if (typeof d.timestampMs === "number")
                        m.timestampMs = d.timestampMs;
                    else if (typeof d.timestampMs === "object")
                        m.timestampMs = new $util.LongBits(d.timestampMs.low >>> 0, d.timestampMs.high >>> 0).toNumber(true);
                }
            }
            if (d.actions) {
                if (!$Array.isArray(d.actions))
                    throw $TypeError(".keelstore.Proposal.actions: array expected");
                m.actions = $Array(d.actions.length);
                for (var i = 0; i < d.actions.length; ++i) {
                    if (!$util.isObject(d.actions[i]))
                        throw $TypeError(".keelstore.Proposal.actions: object expected");
                    m.actions[i] = $root.keelstore.StoreAction.fromObject(d.actions[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Proposal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.Proposal
         * @static
         * @param {keelstore.Proposal} m Proposal
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Proposal.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.actions = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.timestampMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timestampMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                else if (typeof m.id === "number")
                    d.id = o.longs === $String ? $String(m.id) : m.id;
                else
                    d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
            }
            if (m.timestampMs != null && $Object.hasOwnProperty.call(m, "timestampMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timestampMs = typeof m.timestampMs === "number" ? $BigInt(m.timestampMs) : $util.Long.fromBits(m.timestampMs.low >>> 0, m.timestampMs.high >>> 0, true).toBigInt();
                else if (typeof m.timestampMs === "number")
                    d.timestampMs = o.longs === $String ? $String(m.timestampMs) : m.timestampMs;
                else
                    d.timestampMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timestampMs) : o.longs === $Number ? new $util.LongBits(m.timestampMs.low >>> 0, m.timestampMs.high >>> 0).toNumber(true) : m.timestampMs;
            }
            if (m.actions && m.actions.length) {
                d.actions = $Array(m.actions.length);
                for (var j = 0; j < m.actions.length; ++j) {
                    d.actions[j] = $root.keelstore.StoreAction.toObject(m.actions[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this Proposal to JSON.
         * @function toJSON
         * @memberof keelstore.Proposal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Proposal.prototype.toJSON = function() {
            return Proposal.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Proposal
         * @function getTypeUrl
         * @memberof keelstore.Proposal
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Proposal.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.Proposal";
        };

        return Proposal;
    })();

    keelstore.StoreSnapshot = (function() {

        /**
         * Properties of a StoreSnapshot.
         * @typedef {Object} keelstore.StoreSnapshot.$Properties
         * @property {number|null} [formatVersion] StoreSnapshot formatVersion
         * @property {number|null} [version] StoreSnapshot version
         * @property {Array.<keelstore.Cluster.$Properties>|null} [clusters] StoreSnapshot clusters
         * @property {Array.<keelstore.Node.$Properties>|null} [nodes] StoreSnapshot nodes
         * @property {Array.<keelstore.Secret.$Properties>|null} [secrets] StoreSnapshot secrets
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StoreSnapshot.
         * @memberof keelstore
         * @interface IStoreSnapshot
         * @augments keelstore.StoreSnapshot.$Properties
         * @deprecated Use keelstore.StoreSnapshot.$Properties instead.
         */

        /**
         * Shape of a StoreSnapshot.
         * @typedef {keelstore.StoreSnapshot.$Properties} keelstore.StoreSnapshot.$Shape
         */

        /**
         * Constructs a new StoreSnapshot.
         * @memberof keelstore
         * @classdesc Represents a StoreSnapshot.
         * @constructor
         * @param {keelstore.StoreSnapshot.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StoreSnapshot = function (p) {
            this.clusters = [];
            this.nodes = [];
            this.secrets = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StoreSnapshot formatVersion.
         * @member {number} formatVersion
         * @memberof keelstore.StoreSnapshot
         * @instance
         */
        StoreSnapshot.prototype.formatVersion = 0;

        /**
         * StoreSnapshot version.
         * @member {number} version
         * @memberof keelstore.StoreSnapshot
         * @instance
         */
        StoreSnapshot.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StoreSnapshot clusters.
         * @member {Array.<keelstore.Cluster.$Properties>} clusters
         * @memberof keelstore.StoreSnapshot
         * @instance
         */
        StoreSnapshot.prototype.clusters = $util.emptyArray;

        /**
         * StoreSnapshot nodes.
         * @member {Array.<keelstore.Node.$Properties>} nodes
         * @memberof keelstore.StoreSnapshot
         * @instance
         */
        StoreSnapshot.prototype.nodes = $util.emptyArray;

        /**
         * StoreSnapshot secrets.
         * @member {Array.<keelstore.Secret.$Properties>} secrets
         * @memberof keelstore.StoreSnapshot
         * @instance
         */
        StoreSnapshot.prototype.secrets = $util.emptyArray;

        /**
         * Creates a new StoreSnapshot instance using the specified properties.
         * @function create
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {keelstore.StoreSnapshot.$Properties=} [properties] Properties to set
         * @returns {keelstore.StoreSnapshot} StoreSnapshot instance
         * @type {{
         *   (properties: keelstore.StoreSnapshot.$Shape): keelstore.StoreSnapshot & keelstore.StoreSnapshot.$Shape;
         *   (properties?: keelstore.StoreSnapshot.$Properties): keelstore.StoreSnapshot;
         * }}
         */
        StoreSnapshot.create = function(properties) {
            return new StoreSnapshot(properties);
        };

        /**
         * Encodes the specified StoreSnapshot message. Does not implicitly {@link keelstore.StoreSnapshot.verify|verify} messages.
         * @function encode
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {keelstore.StoreSnapshot.$Properties} m StoreSnapshot message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreSnapshot.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion") && m.formatVersion !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.formatVersion);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.version);
            if (m.clusters != null && m.clusters.length) {
                for (var i = 0; i < m.clusters.length; ++i)
                    $root.keelstore.Cluster.encode(m.clusters[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.nodes != null && m.nodes.length) {
                for (var i = 0; i < m.nodes.length; ++i)
                    $root.keelstore.Node.encode(m.nodes[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.secrets != null && m.secrets.length) {
                for (var i = 0; i < m.secrets.length; ++i)
                    $root.keelstore.Secret.encode(m.secrets[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StoreSnapshot message, length delimited. Does not implicitly {@link keelstore.StoreSnapshot.verify|verify} messages.
         * @function encodeDelimited
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {keelstore.StoreSnapshot.$Properties} message StoreSnapshot message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoreSnapshot.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StoreSnapshot message from the specified reader or buffer.
         * @function decode
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {keelstore.StoreSnapshot & keelstore.StoreSnapshot.$Shape} StoreSnapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreSnapshot.decode = function (r, l, z, q, g) {
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
            m = g || new $root.keelstore.StoreSnapshot();
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
                            m.formatVersion = v;
                        else
                            delete m.formatVersion;
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
                        if (!(m.clusters && m.clusters.length))
                            m.clusters = [];
                        m.clusters.push($root.keelstore.Cluster.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.nodes && m.nodes.length))
                            m.nodes = [];
                        m.nodes.push($root.keelstore.Node.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.secrets && m.secrets.length))
                            m.secrets = [];
                        m.secrets.push($root.keelstore.Secret.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a StoreSnapshot message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {keelstore.StoreSnapshot & keelstore.StoreSnapshot.$Shape} StoreSnapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoreSnapshot.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StoreSnapshot message.
         * @function verify
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StoreSnapshot.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion")) {
                if (!$util.isInteger(m.formatVersion))
                    return "formatVersion: integer expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            if (m.clusters != null && $Object.hasOwnProperty.call(m, "clusters")) {
                if (!$Array.isArray(m.clusters))
                    return "clusters: array expected";
                for (var i = 0; i < m.clusters.length; ++i) {
                    {
                        var e = $root.keelstore.Cluster.verify(m.clusters[i], q + 1);
                        if (e)
                            return "clusters." + e;
                    }
                }
            }
            if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                if (!$Array.isArray(m.nodes))
                    return "nodes: array expected";
                for (var i = 0; i < m.nodes.length; ++i) {
                    {
                        var e = $root.keelstore.Node.verify(m.nodes[i], q + 1);
                        if (e)
                            return "nodes." + e;
                    }
                }
            }
            if (m.secrets != null && $Object.hasOwnProperty.call(m, "secrets")) {
                if (!$Array.isArray(m.secrets))
                    return "secrets: array expected";
                for (var i = 0; i < m.secrets.length; ++i) {
                    {
                        var e = $root.keelstore.Secret.verify(m.secrets[i], q + 1);
                        if (e)
                            return "secrets." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a StoreSnapshot message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {keelstore.StoreSnapshot} StoreSnapshot
         */
        StoreSnapshot.fromObject = function (d, q) {
            if (d instanceof $root.keelstore.StoreSnapshot)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".keelstore.StoreSnapshot: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.keelstore.StoreSnapshot();
            if (d.formatVersion != null) {
                if ($Number(d.formatVersion) !== 0) {
                    m.formatVersion = d.formatVersion >>> 0;
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
            if (d.clusters) {
                if (!$Array.isArray(d.clusters))
                    throw $TypeError(".keelstore.StoreSnapshot.clusters: array expected");
                m.clusters = $Array(d.clusters.length);
                for (var i = 0; i < d.clusters.length; ++i) {
                    if (!$util.isObject(d.clusters[i]))
                        throw $TypeError(".keelstore.StoreSnapshot.clusters: object expected");
                    m.clusters[i] = $root.keelstore.Cluster.fromObject(d.clusters[i], q + 1);
                }
            }
            if (d.nodes) {
                if (!$Array.isArray(d.nodes))
                    throw $TypeError(".keelstore.StoreSnapshot.nodes: array expected");
                m.nodes = $Array(d.nodes.length);
                for (var i = 0; i < d.nodes.length; ++i) {
                    if (!$util.isObject(d.nodes[i]))
                        throw $TypeError(".keelstore.StoreSnapshot.nodes: object expected");
                    m.nodes[i] = $root.keelstore.Node.fromObject(d.nodes[i], q + 1);
                }
            }
            if (d.secrets) {
                if (!$Array.isArray(d.secrets))
                    throw $TypeError(".keelstore.StoreSnapshot.secrets: array expected");
                m.secrets = $Array(d.secrets.length);
                for (var i = 0; i < d.secrets.length; ++i) {
                    if (!$util.isObject(d.secrets[i]))
                        throw $TypeError(".keelstore.StoreSnapshot.secrets: object expected");
                    m.secrets[i] = $root.keelstore.Secret.fromObject(d.secrets[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StoreSnapshot message. Also converts values to other types if specified.
         * @function toObject
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {keelstore.StoreSnapshot} m StoreSnapshot
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StoreSnapshot.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.clusters = [];
                d.nodes = [];
                d.secrets = [];
            }
            if (o.defaults) {
                d.formatVersion = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion")) {
                d.formatVersion = m.formatVersion;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
            }
            if (m.clusters && m.clusters.length) {
                d.clusters = $Array(m.clusters.length);
                for (var j = 0; j < m.clusters.length; ++j) {
                    d.clusters[j] = $root.keelstore.Cluster.toObject(m.clusters[j], o, q + 1);
                }
            }
            if (m.nodes && m.nodes.length) {
                d.nodes = $Array(m.nodes.length);
                for (var j = 0; j < m.nodes.length; ++j) {
                    d.nodes[j] = $root.keelstore.Node.toObject(m.nodes[j], o, q + 1);
                }
            }
            if (m.secrets && m.secrets.length) {
                d.secrets = $Array(m.secrets.length);
                for (var j = 0; j < m.secrets.length; ++j) {
                    d.secrets[j] = $root.keelstore.Secret.toObject(m.secrets[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this StoreSnapshot to JSON.
         * @function toJSON
         * @memberof keelstore.StoreSnapshot
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StoreSnapshot.prototype.toJSON = function() {
            return StoreSnapshot.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StoreSnapshot
         * @function getTypeUrl
         * @memberof keelstore.StoreSnapshot
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StoreSnapshot.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/keelstore.StoreSnapshot";
        };

        return StoreSnapshot;
    })();

    return keelstore;
})();

export {
  $root as default
};
