/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["disk"] || ($protobuf.roots["disk"] = {});

export const keel = $root.keel = (() => {

    /**
     * Namespace keel.
     * @exports keel
     * @namespace
     */
    const keel = {};

    keel.disk = (function() {

        /**
         * Namespace disk.
         * @memberof keel
         * @namespace
         */
        const disk = {};

        /**
         * Algorithm enum.
         * @name keel.disk.Algorithm
         * @enum {number}
         * @property {number} ALGORITHM_NONE=0 ALGORITHM_NONE value
         * @property {number} ALGORITHM_XCHACHA20_POLY1305=1 ALGORITHM_XCHACHA20_POLY1305 value
         */
        disk.Algorithm = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALGORITHM_NONE"] = 0;
            values[valuesById[1] = "ALGORITHM_XCHACHA20_POLY1305"] = 1;
            return values;
        })();

        /**
         * RecordKind enum.
         * @name keel.disk.RecordKind
         * @enum {number}
         * @property {number} RECORD_KIND_UNSPECIFIED=0 RECORD_KIND_UNSPECIFIED value
         * @property {number} RECORD_KIND_STORE_META=1 RECORD_KIND_STORE_META value
         * @property {number} RECORD_KIND_HARD_STATE=2 RECORD_KIND_HARD_STATE value
         * @property {number} RECORD_KIND_ENTRY=3 RECORD_KIND_ENTRY value
         * @property {number} RECORD_KIND_SNAPSHOT_META=4 RECORD_KIND_SNAPSHOT_META value
         * @property {number} RECORD_KIND_SNAPSHOT_CHUNK=5 RECORD_KIND_SNAPSHOT_CHUNK value
         * @property {number} RECORD_KIND_KEY_FILE=6 RECORD_KIND_KEY_FILE value
         */
        disk.RecordKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECORD_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECORD_KIND_STORE_META"] = 1;
            values[valuesById[2] = "RECORD_KIND_HARD_STATE"] = 2;
            values[valuesById[3] = "RECORD_KIND_ENTRY"] = 3;
            values[valuesById[4] = "RECORD_KIND_SNAPSHOT_META"] = 4;
            values[valuesById[5] = "RECORD_KIND_SNAPSHOT_CHUNK"] = 5;
            values[valuesById[6] = "RECORD_KIND_KEY_FILE"] = 6;
            return values;
        })();

        disk.RecordPlace = (function() {

            /**
             * Properties of a RecordPlace.
             * @typedef {Object} keel.disk.RecordPlace.$Properties
             * @property {keel.disk.RecordKind|null} [kind] RecordPlace kind
             * @property {number|null} [index] RecordPlace index
             * @property {number|null} [term] RecordPlace term
             * @property {number|null} [chunk] RecordPlace chunk
             * @property {Uint8Array|null} [context] RecordPlace context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordPlace.
             * @memberof keel.disk
             * @interface IRecordPlace
             * @augments keel.disk.RecordPlace.$Properties
             * @deprecated Use keel.disk.RecordPlace.$Properties instead.
             */

            /**
             * Shape of a RecordPlace.
             * @typedef {keel.disk.RecordPlace.$Properties} keel.disk.RecordPlace.$Shape
             */

            /**
             * Constructs a new RecordPlace.
             * @memberof keel.disk
             * @classdesc Represents a RecordPlace.
             * @constructor
             * @param {keel.disk.RecordPlace.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordPlace = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RecordPlace kind.
             * @member {keel.disk.RecordKind} kind
             * @memberof keel.disk.RecordPlace
             * @instance
             */
            RecordPlace.prototype.kind = 0;

            /**
             * RecordPlace index.
             * @member {number} index
             * @memberof keel.disk.RecordPlace
             * @instance
             */
            RecordPlace.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordPlace term.
             * @member {number} term
             * @memberof keel.disk.RecordPlace
             * @instance
             */
            RecordPlace.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RecordPlace chunk.
             * @member {number} chunk
             * @memberof keel.disk.RecordPlace
             * @instance
             */
            RecordPlace.prototype.chunk = 0;

            /**
             * RecordPlace context.
             * @member {Uint8Array} context
             * @memberof keel.disk.RecordPlace
             * @instance
             */
            RecordPlace.prototype.context = $util.newBuffer([]);

            /**
             * Creates a new RecordPlace instance using the specified properties.
             * @function create
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {keel.disk.RecordPlace.$Properties=} [properties] Properties to set
             * @returns {keel.disk.RecordPlace} RecordPlace instance
             * @type {{
             *   (properties: keel.disk.RecordPlace.$Shape): keel.disk.RecordPlace & keel.disk.RecordPlace.$Shape;
             *   (properties?: keel.disk.RecordPlace.$Properties): keel.disk.RecordPlace;
             * }}
             */
            RecordPlace.create = function(properties) {
                return new RecordPlace(properties);
            };

            /**
             * Encodes the specified RecordPlace message. Does not implicitly {@link keel.disk.RecordPlace.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {keel.disk.RecordPlace.$Properties} m RecordPlace message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordPlace.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.term);
                if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk") && m.chunk !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.chunk);
                if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.context);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RecordPlace message, length delimited. Does not implicitly {@link keel.disk.RecordPlace.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {keel.disk.RecordPlace.$Properties} message RecordPlace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordPlace.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RecordPlace message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.RecordPlace & keel.disk.RecordPlace.$Shape} RecordPlace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordPlace.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.RecordPlace();
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.chunk = v;
                            else
                                delete m.chunk;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.context = v;
                            else
                                delete m.context;
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
             * Decodes a RecordPlace message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.RecordPlace & keel.disk.RecordPlace.$Shape} RecordPlace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordPlace.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RecordPlace message.
             * @function verify
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordPlace.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                        return "kind: enum value expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk")) {
                    if (!$util.isInteger(m.chunk))
                        return "chunk: integer expected";
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    if (!(m.context && typeof m.context.length === "number" || $util.isString(m.context)))
                        return "context: buffer expected";
                }
                return null;
            };

            /**
             * Creates a RecordPlace message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.RecordPlace} RecordPlace
             */
            RecordPlace.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.RecordPlace)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.RecordPlace: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.RecordPlace();
                if (d.kind !== 0 && (typeof d.kind !== "string" || $root.keel.disk.RecordKind[d.kind] !== 0)) {
                    switch (d.kind) {
                    case "RECORD_KIND_UNSPECIFIED":
                    case 0:
                        m.kind = 0;
                        break;
                    case "RECORD_KIND_STORE_META":
                    case 1:
                        m.kind = 1;
                        break;
                    case "RECORD_KIND_HARD_STATE":
                    case 2:
                        m.kind = 2;
                        break;
                    case "RECORD_KIND_ENTRY":
                    case 3:
                        m.kind = 3;
                        break;
                    case "RECORD_KIND_SNAPSHOT_META":
                    case 4:
                        m.kind = 4;
                        break;
                    case "RECORD_KIND_SNAPSHOT_CHUNK":
                    case 5:
                        m.kind = 5;
                        break;
                    case "RECORD_KIND_KEY_FILE":
                    case 6:
                        m.kind = 6;
                        break;
                    default:
                        if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                            m.kind = d.kind;
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
                if (d.chunk != null) {
                    if ($Number(d.chunk) !== 0) {
                        m.chunk = d.chunk >>> 0;
                    }
                }
                if (d.context != null) {
                    if (d.context.length) {
                        if (typeof d.context === "string")
                            $util.base64.decode(d.context, m.context = $util.newBuffer($util.base64.length(d.context)), 0);
                        else if (d.context.length >= 0)
                            m.context = d.context;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RecordPlace message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {keel.disk.RecordPlace} m RecordPlace
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordPlace.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.kind = o.enums === $String ? "RECORD_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.chunk = 0;
                    if (o.bytes === $String)
                        d.context = "";
                    else {
                        d.context = [];
                        if (o.bytes !== $Array)
                            d.context = $util.newBuffer(d.context);
                    }
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === $String ? $root.keel.disk.RecordKind[m.kind] === $undefined ? m.kind : $root.keel.disk.RecordKind[m.kind] : m.kind;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.chunk != null && $Object.hasOwnProperty.call(m, "chunk")) {
                    d.chunk = m.chunk;
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                }
                return d;
            };

            /**
             * Converts this RecordPlace to JSON.
             * @function toJSON
             * @memberof keel.disk.RecordPlace
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordPlace.prototype.toJSON = function() {
                return RecordPlace.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecordPlace
             * @function getTypeUrl
             * @memberof keel.disk.RecordPlace
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecordPlace.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.RecordPlace";
            };

            return RecordPlace;
        })();

        disk.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} keel.disk.Envelope.$Properties
             * @property {keel.disk.Algorithm|null} [algorithm] Envelope algorithm
             * @property {Uint8Array|null} [keyId] Envelope keyId
             * @property {Uint8Array|null} [nonce] Envelope nonce
             * @property {Uint8Array|null} [ciphertext] Envelope ciphertext
             * @property {keel.disk.RecordPlace.$Properties|null} [place] Envelope place
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof keel.disk
             * @interface IEnvelope
             * @augments keel.disk.Envelope.$Properties
             * @deprecated Use keel.disk.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {keel.disk.Envelope.$Properties} keel.disk.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof keel.disk
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {keel.disk.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope algorithm.
             * @member {keel.disk.Algorithm} algorithm
             * @memberof keel.disk.Envelope
             * @instance
             */
            Envelope.prototype.algorithm = 0;

            /**
             * Envelope keyId.
             * @member {Uint8Array} keyId
             * @memberof keel.disk.Envelope
             * @instance
             */
            Envelope.prototype.keyId = $util.newBuffer([]);

            /**
             * Envelope nonce.
             * @member {Uint8Array} nonce
             * @memberof keel.disk.Envelope
             * @instance
             */
            Envelope.prototype.nonce = $util.newBuffer([]);

            /**
             * Envelope ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof keel.disk.Envelope
             * @instance
             */
            Envelope.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Envelope place.
             * @member {keel.disk.RecordPlace.$Properties|null|undefined} place
             * @memberof keel.disk.Envelope
             * @instance
             */
            Envelope.prototype.place = null;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof keel.disk.Envelope
             * @static
             * @param {keel.disk.Envelope.$Properties=} [properties] Properties to set
             * @returns {keel.disk.Envelope} Envelope instance
             * @type {{
             *   (properties: keel.disk.Envelope.$Shape): keel.disk.Envelope & keel.disk.Envelope.$Shape;
             *   (properties?: keel.disk.Envelope.$Properties): keel.disk.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link keel.disk.Envelope.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.Envelope
             * @static
             * @param {keel.disk.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.algorithm != null && $Object.hasOwnProperty.call(m, "algorithm") && m.algorithm !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.algorithm);
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId") && m.keyId.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.keyId);
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.nonce);
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext") && m.ciphertext.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.ciphertext);
                if (m.place != null && $Object.hasOwnProperty.call(m, "place"))
                    $root.keel.disk.RecordPlace.encode(m.place, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link keel.disk.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.Envelope
             * @static
             * @param {keel.disk.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.Envelope & keel.disk.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.Envelope();
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
                                m.algorithm = v;
                            else
                                delete m.algorithm;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.keyId = v;
                            else
                                delete m.keyId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.ciphertext = v;
                            else
                                delete m.ciphertext;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.place = $root.keel.disk.RecordPlace.decode(r, r.size(), $undefined, q + 1, m.place);
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
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.Envelope & keel.disk.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof keel.disk.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.algorithm != null && $Object.hasOwnProperty.call(m, "algorithm")) {
                    if (typeof m.algorithm !== "number" || (m.algorithm | 0) !== m.algorithm)
                        return "algorithm: enum value expected";
                }
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    if (!(m.keyId && typeof m.keyId.length === "number" || $util.isString(m.keyId)))
                        return "keyId: buffer expected";
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    if (!(m.nonce && typeof m.nonce.length === "number" || $util.isString(m.nonce)))
                        return "nonce: buffer expected";
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    if (!(m.ciphertext && typeof m.ciphertext.length === "number" || $util.isString(m.ciphertext)))
                        return "ciphertext: buffer expected";
                }
                if (m.place != null && $Object.hasOwnProperty.call(m, "place")) {
                    {
                        var e = $root.keel.disk.RecordPlace.verify(m.place, q + 1);
                        if (e)
                            return "place." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.Envelope();
                if (d.algorithm !== 0 && (typeof d.algorithm !== "string" || $root.keel.disk.Algorithm[d.algorithm] !== 0)) {
                    switch (d.algorithm) {
                    case "ALGORITHM_NONE":
                    case 0:
                        m.algorithm = 0;
                        break;
                    case "ALGORITHM_XCHACHA20_POLY1305":
                    case 1:
                        m.algorithm = 1;
                        break;
                    default:
                        if (typeof d.algorithm === "number" && (d.algorithm | 0) === d.algorithm)
                            m.algorithm = d.algorithm;
                    }
                }
                if (d.keyId != null) {
                    if (d.keyId.length) {
                        if (typeof d.keyId === "string")
                            $util.base64.decode(d.keyId, m.keyId = $util.newBuffer($util.base64.length(d.keyId)), 0);
                        else if (d.keyId.length >= 0)
                            m.keyId = d.keyId;
                    }
                }
                if (d.nonce != null) {
                    if (d.nonce.length) {
                        if (typeof d.nonce === "string")
                            $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                        else if (d.nonce.length >= 0)
                            m.nonce = d.nonce;
                    }
                }
                if (d.ciphertext != null) {
                    if (d.ciphertext.length) {
                        if (typeof d.ciphertext === "string")
                            $util.base64.decode(d.ciphertext, m.ciphertext = $util.newBuffer($util.base64.length(d.ciphertext)), 0);
                        else if (d.ciphertext.length >= 0)
                            m.ciphertext = d.ciphertext;
                    }
                }
                if (d.place != null) {
                    if (!$util.isObject(d.place))
                        throw $TypeError(".keel.disk.Envelope.place: object expected");
                    m.place = $root.keel.disk.RecordPlace.fromObject(d.place, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.Envelope
             * @static
             * @param {keel.disk.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.algorithm = o.enums === $String ? "ALGORITHM_NONE" : 0;
                    if (o.bytes === $String)
                        d.keyId = "";
                    else {
                        d.keyId = [];
                        if (o.bytes !== $Array)
                            d.keyId = $util.newBuffer(d.keyId);
                    }
                    if (o.bytes === $String)
                        d.nonce = "";
                    else {
                        d.nonce = [];
                        if (o.bytes !== $Array)
                            d.nonce = $util.newBuffer(d.nonce);
                    }
                    if (o.bytes === $String)
                        d.ciphertext = "";
                    else {
                        d.ciphertext = [];
                        if (o.bytes !== $Array)
                            d.ciphertext = $util.newBuffer(d.ciphertext);
                    }
                    d.place = null;
                }
                if (m.algorithm != null && $Object.hasOwnProperty.call(m, "algorithm")) {
                    d.algorithm = o.enums === $String ? $root.keel.disk.Algorithm[m.algorithm] === $undefined ? m.algorithm : $root.keel.disk.Algorithm[m.algorithm] : m.algorithm;
                }
                if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                    d.keyId = o.bytes === $String ? $util.base64.encode(m.keyId, 0, m.keyId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.keyId) : m.keyId;
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
                }
                if (m.ciphertext != null && $Object.hasOwnProperty.call(m, "ciphertext")) {
                    d.ciphertext = o.bytes === $String ? $util.base64.encode(m.ciphertext, 0, m.ciphertext.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.ciphertext) : m.ciphertext;
                }
                if (m.place != null && $Object.hasOwnProperty.call(m, "place")) {
                    d.place = $root.keel.disk.RecordPlace.toObject(m.place, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof keel.disk.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof keel.disk.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.Envelope";
            };

            return Envelope;
        })();

        disk.KeyFileBody = (function() {

            /**
             * Properties of a KeyFileBody.
             * @typedef {Object} keel.disk.KeyFileBody.$Properties
             * @property {Uint8Array|null} [tlsKey] KeyFileBody tlsKey
             * @property {Uint8Array|null} [currentDek] KeyFileBody currentDek
             * @property {Uint8Array|null} [pendingDek] KeyFileBody pendingDek
             * @property {boolean|null} [needsRotation] KeyFileBody needsRotation
             * @property {number|null} [kekVersion] KeyFileBody kekVersion
             * @property {boolean|null} [needsCompaction] KeyFileBody needsCompaction
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyFileBody.
             * @memberof keel.disk
             * @interface IKeyFileBody
             * @augments keel.disk.KeyFileBody.$Properties
             * @deprecated Use keel.disk.KeyFileBody.$Properties instead.
             */

            /**
             * Shape of a KeyFileBody.
             * @typedef {keel.disk.KeyFileBody.$Properties} keel.disk.KeyFileBody.$Shape
             */

            /**
             * Constructs a new KeyFileBody.
             * @memberof keel.disk
             * @classdesc Represents a KeyFileBody.
             * @constructor
             * @param {keel.disk.KeyFileBody.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyFileBody = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeyFileBody tlsKey.
             * @member {Uint8Array} tlsKey
             * @memberof keel.disk.KeyFileBody
             * @instance
             */
            KeyFileBody.prototype.tlsKey = $util.newBuffer([]);

            /**
             * KeyFileBody currentDek.
             * @member {Uint8Array} currentDek
             * @memberof keel.disk.KeyFileBody
             * @instance
             */
            KeyFileBody.prototype.currentDek = $util.newBuffer([]);

            /**
             * KeyFileBody pendingDek.
             * @member {Uint8Array} pendingDek
             * @memberof keel.disk.KeyFileBody
             * @instance
             */
            KeyFileBody.prototype.pendingDek = $util.newBuffer([]);

            /**
             * KeyFileBody needsRotation.
             * @member {boolean} needsRotation
             * @memberof keel.disk.KeyFileBody
             * @instance
             */
            KeyFileBody.prototype.needsRotation = false;

            /**
             * KeyFileBody kekVersion.
             * @member {number} kekVersion
             * @memberof keel.disk.KeyFileBody
             * @instance
             */
            KeyFileBody.prototype.kekVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KeyFileBody needsCompaction.
             * @member {boolean} needsCompaction
             * @memberof keel.disk.KeyFileBody
             * @instance
             */
            KeyFileBody.prototype.needsCompaction = false;

            /**
             * Creates a new KeyFileBody instance using the specified properties.
             * @function create
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {keel.disk.KeyFileBody.$Properties=} [properties] Properties to set
             * @returns {keel.disk.KeyFileBody} KeyFileBody instance
             * @type {{
             *   (properties: keel.disk.KeyFileBody.$Shape): keel.disk.KeyFileBody & keel.disk.KeyFileBody.$Shape;
             *   (properties?: keel.disk.KeyFileBody.$Properties): keel.disk.KeyFileBody;
             * }}
             */
            KeyFileBody.create = function(properties) {
                return new KeyFileBody(properties);
            };

            /**
             * Encodes the specified KeyFileBody message. Does not implicitly {@link keel.disk.KeyFileBody.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {keel.disk.KeyFileBody.$Properties} m KeyFileBody message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyFileBody.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.tlsKey != null && $Object.hasOwnProperty.call(m, "tlsKey") && m.tlsKey.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.tlsKey);
                if (m.currentDek != null && $Object.hasOwnProperty.call(m, "currentDek") && m.currentDek.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.currentDek);
                if (m.pendingDek != null && $Object.hasOwnProperty.call(m, "pendingDek") && m.pendingDek.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.pendingDek);
                if (m.needsRotation != null && $Object.hasOwnProperty.call(m, "needsRotation") && m.needsRotation !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.needsRotation);
                if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion") && (typeof m.kekVersion === "object" ? m.kekVersion.low || m.kekVersion.high : m.kekVersion !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.kekVersion);
                if (m.needsCompaction != null && $Object.hasOwnProperty.call(m, "needsCompaction") && m.needsCompaction !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.needsCompaction);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified KeyFileBody message, length delimited. Does not implicitly {@link keel.disk.KeyFileBody.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {keel.disk.KeyFileBody.$Properties} message KeyFileBody message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyFileBody.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KeyFileBody message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.KeyFileBody & keel.disk.KeyFileBody.$Shape} KeyFileBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyFileBody.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.KeyFileBody();
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
                                m.tlsKey = v;
                            else
                                delete m.tlsKey;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.currentDek = v;
                            else
                                delete m.currentDek;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.pendingDek = v;
                            else
                                delete m.pendingDek;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.needsRotation = v;
                            else
                                delete m.needsRotation;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.kekVersion = v;
                            else
                                delete m.kekVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.needsCompaction = v;
                            else
                                delete m.needsCompaction;
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
             * Decodes a KeyFileBody message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.KeyFileBody & keel.disk.KeyFileBody.$Shape} KeyFileBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyFileBody.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KeyFileBody message.
             * @function verify
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyFileBody.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.tlsKey != null && $Object.hasOwnProperty.call(m, "tlsKey")) {
                    if (!(m.tlsKey && typeof m.tlsKey.length === "number" || $util.isString(m.tlsKey)))
                        return "tlsKey: buffer expected";
                }
                if (m.currentDek != null && $Object.hasOwnProperty.call(m, "currentDek")) {
                    if (!(m.currentDek && typeof m.currentDek.length === "number" || $util.isString(m.currentDek)))
                        return "currentDek: buffer expected";
                }
                if (m.pendingDek != null && $Object.hasOwnProperty.call(m, "pendingDek")) {
                    if (!(m.pendingDek && typeof m.pendingDek.length === "number" || $util.isString(m.pendingDek)))
                        return "pendingDek: buffer expected";
                }
                if (m.needsRotation != null && $Object.hasOwnProperty.call(m, "needsRotation")) {
                    if (typeof m.needsRotation !== "boolean")
                        return "needsRotation: boolean expected";
                }
                if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion")) {
                    if (!$util.isInteger(m.kekVersion) && !(m.kekVersion && $util.isInteger(m.kekVersion.low) && $util.isInteger(m.kekVersion.high)))
                        return "kekVersion: integer|Long expected";
                }
                if (m.needsCompaction != null && $Object.hasOwnProperty.call(m, "needsCompaction")) {
                    if (typeof m.needsCompaction !== "boolean")
                        return "needsCompaction: boolean expected";
                }
                return null;
            };

            /**
             * Creates a KeyFileBody message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.KeyFileBody} KeyFileBody
             */
            KeyFileBody.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.KeyFileBody)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.KeyFileBody: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.KeyFileBody();
                if (d.tlsKey != null) {
                    if (d.tlsKey.length) {
                        if (typeof d.tlsKey === "string")
                            $util.base64.decode(d.tlsKey, m.tlsKey = $util.newBuffer($util.base64.length(d.tlsKey)), 0);
                        else if (d.tlsKey.length >= 0)
                            m.tlsKey = d.tlsKey;
                    }
                }
                if (d.currentDek != null) {
                    if (d.currentDek.length) {
                        if (typeof d.currentDek === "string")
                            $util.base64.decode(d.currentDek, m.currentDek = $util.newBuffer($util.base64.length(d.currentDek)), 0);
                        else if (d.currentDek.length >= 0)
                            m.currentDek = d.currentDek;
                    }
                }
                if (d.pendingDek != null) {
                    if (d.pendingDek.length) {
                        if (typeof d.pendingDek === "string")
                            $util.base64.decode(d.pendingDek, m.pendingDek = $util.newBuffer($util.base64.length(d.pendingDek)), 0);
                        else if (d.pendingDek.length >= 0)
                            m.pendingDek = d.pendingDek;
                    }
                }
                if (d.needsRotation != null) {
                    if (d.needsRotation) {
                        m.needsRotation = $Boolean(d.needsRotation);
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
                if (d.needsCompaction != null) {
                    if (d.needsCompaction) {
                        m.needsCompaction = $Boolean(d.needsCompaction);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeyFileBody message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {keel.disk.KeyFileBody} m KeyFileBody
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyFileBody.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.tlsKey = "";
                    else {
                        d.tlsKey = [];
                        if (o.bytes !== $Array)
                            d.tlsKey = $util.newBuffer(d.tlsKey);
                    }
                    if (o.bytes === $String)
                        d.currentDek = "";
                    else {
                        d.currentDek = [];
                        if (o.bytes !== $Array)
                            d.currentDek = $util.newBuffer(d.currentDek);
                    }
                    if (o.bytes === $String)
                        d.pendingDek = "";
                    else {
                        d.pendingDek = [];
                        if (o.bytes !== $Array)
                            d.pendingDek = $util.newBuffer(d.pendingDek);
                    }
                    d.needsRotation = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.kekVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.kekVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.needsCompaction = false;
                }
                if (m.tlsKey != null && $Object.hasOwnProperty.call(m, "tlsKey")) {
                    d.tlsKey = o.bytes === $String ? $util.base64.encode(m.tlsKey, 0, m.tlsKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tlsKey) : m.tlsKey;
                }
                if (m.currentDek != null && $Object.hasOwnProperty.call(m, "currentDek")) {
                    d.currentDek = o.bytes === $String ? $util.base64.encode(m.currentDek, 0, m.currentDek.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.currentDek) : m.currentDek;
                }
                if (m.pendingDek != null && $Object.hasOwnProperty.call(m, "pendingDek")) {
                    d.pendingDek = o.bytes === $String ? $util.base64.encode(m.pendingDek, 0, m.pendingDek.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pendingDek) : m.pendingDek;
                }
                if (m.needsRotation != null && $Object.hasOwnProperty.call(m, "needsRotation")) {
                    d.needsRotation = m.needsRotation;
                }
                if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.kekVersion = typeof m.kekVersion === "number" ? $BigInt(m.kekVersion) : $util.Long.fromBits(m.kekVersion.low >>> 0, m.kekVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.kekVersion === "number")
                        d.kekVersion = o.longs === $String ? $String(m.kekVersion) : m.kekVersion;
                    else
                        d.kekVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.kekVersion) : o.longs === $Number ? new $util.LongBits(m.kekVersion.low >>> 0, m.kekVersion.high >>> 0).toNumber(true) : m.kekVersion;
                }
                if (m.needsCompaction != null && $Object.hasOwnProperty.call(m, "needsCompaction")) {
                    d.needsCompaction = m.needsCompaction;
                }
                return d;
            };

            /**
             * Converts this KeyFileBody to JSON.
             * @function toJSON
             * @memberof keel.disk.KeyFileBody
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyFileBody.prototype.toJSON = function() {
                return KeyFileBody.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyFileBody
             * @function getTypeUrl
             * @memberof keel.disk.KeyFileBody
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyFileBody.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.KeyFileBody";
            };

            return KeyFileBody;
        })();

        disk.KeyFile = (function() {

            /**
             * Properties of a KeyFile.
             * @typedef {Object} keel.disk.KeyFile.$Properties
             * @property {boolean|null} [locked] KeyFile locked
             * @property {number|null} [kekVersion] KeyFile kekVersion
             * @property {keel.disk.Envelope.$Properties|null} [sealedBody] KeyFile sealedBody
             * @property {Uint8Array|null} [plainBody] KeyFile plainBody
             * @property {Uint8Array|null} [plainChecksum] KeyFile plainChecksum
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyFile.
             * @memberof keel.disk
             * @interface IKeyFile
             * @augments keel.disk.KeyFile.$Properties
             * @deprecated Use keel.disk.KeyFile.$Properties instead.
             */

            /**
             * Shape of a KeyFile.
             * @typedef {keel.disk.KeyFile.$Properties} keel.disk.KeyFile.$Shape
             */

            /**
             * Constructs a new KeyFile.
             * @memberof keel.disk
             * @classdesc Represents a KeyFile.
             * @constructor
             * @param {keel.disk.KeyFile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyFile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeyFile locked.
             * @member {boolean} locked
             * @memberof keel.disk.KeyFile
             * @instance
             */
            KeyFile.prototype.locked = false;

            /**
             * KeyFile kekVersion.
             * @member {number} kekVersion
             * @memberof keel.disk.KeyFile
             * @instance
             */
            KeyFile.prototype.kekVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KeyFile sealedBody.
             * @member {keel.disk.Envelope.$Properties|null|undefined} sealedBody
             * @memberof keel.disk.KeyFile
             * @instance
             */
            KeyFile.prototype.sealedBody = null;

            /**
             * KeyFile plainBody.
             * @member {Uint8Array} plainBody
             * @memberof keel.disk.KeyFile
             * @instance
             */
            KeyFile.prototype.plainBody = $util.newBuffer([]);

            /**
             * KeyFile plainChecksum.
             * @member {Uint8Array} plainChecksum
             * @memberof keel.disk.KeyFile
             * @instance
             */
            KeyFile.prototype.plainChecksum = $util.newBuffer([]);

            /**
             * Creates a new KeyFile instance using the specified properties.
             * @function create
             * @memberof keel.disk.KeyFile
             * @static
             * @param {keel.disk.KeyFile.$Properties=} [properties] Properties to set
             * @returns {keel.disk.KeyFile} KeyFile instance
             * @type {{
             *   (properties: keel.disk.KeyFile.$Shape): keel.disk.KeyFile & keel.disk.KeyFile.$Shape;
             *   (properties?: keel.disk.KeyFile.$Properties): keel.disk.KeyFile;
             * }}
             */
            KeyFile.create = function(properties) {
                return new KeyFile(properties);
            };

            /**
             * Encodes the specified KeyFile message. Does not implicitly {@link keel.disk.KeyFile.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.KeyFile
             * @static
             * @param {keel.disk.KeyFile.$Properties} m KeyFile message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyFile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.locked != null && $Object.hasOwnProperty.call(m, "locked") && m.locked !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.locked);
                if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion") && (typeof m.kekVersion === "object" ? m.kekVersion.low || m.kekVersion.high : m.kekVersion !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.kekVersion);
                if (m.sealedBody != null && $Object.hasOwnProperty.call(m, "sealedBody"))
                    $root.keel.disk.Envelope.encode(m.sealedBody, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.plainBody != null && $Object.hasOwnProperty.call(m, "plainBody") && m.plainBody.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.plainBody);
                if (m.plainChecksum != null && $Object.hasOwnProperty.call(m, "plainChecksum") && m.plainChecksum.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.plainChecksum);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified KeyFile message, length delimited. Does not implicitly {@link keel.disk.KeyFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.KeyFile
             * @static
             * @param {keel.disk.KeyFile.$Properties} message KeyFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a KeyFile message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.KeyFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.KeyFile & keel.disk.KeyFile.$Shape} KeyFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyFile.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.KeyFile();
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
                                m.locked = v;
                            else
                                delete m.locked;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.kekVersion = v;
                            else
                                delete m.kekVersion;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.sealedBody = $root.keel.disk.Envelope.decode(r, r.size(), $undefined, q + 1, m.sealedBody);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.plainBody = v;
                            else
                                delete m.plainBody;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.plainChecksum = v;
                            else
                                delete m.plainChecksum;
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
             * Decodes a KeyFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.KeyFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.KeyFile & keel.disk.KeyFile.$Shape} KeyFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a KeyFile message.
             * @function verify
             * @memberof keel.disk.KeyFile
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KeyFile.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.locked != null && $Object.hasOwnProperty.call(m, "locked")) {
                    if (typeof m.locked !== "boolean")
                        return "locked: boolean expected";
                }
                if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion")) {
                    if (!$util.isInteger(m.kekVersion) && !(m.kekVersion && $util.isInteger(m.kekVersion.low) && $util.isInteger(m.kekVersion.high)))
                        return "kekVersion: integer|Long expected";
                }
                if (m.sealedBody != null && $Object.hasOwnProperty.call(m, "sealedBody")) {
                    {
                        var e = $root.keel.disk.Envelope.verify(m.sealedBody, q + 1);
                        if (e)
                            return "sealedBody." + e;
                    }
                }
                if (m.plainBody != null && $Object.hasOwnProperty.call(m, "plainBody")) {
                    if (!(m.plainBody && typeof m.plainBody.length === "number" || $util.isString(m.plainBody)))
                        return "plainBody: buffer expected";
                }
                if (m.plainChecksum != null && $Object.hasOwnProperty.call(m, "plainChecksum")) {
                    if (!(m.plainChecksum && typeof m.plainChecksum.length === "number" || $util.isString(m.plainChecksum)))
                        return "plainChecksum: buffer expected";
                }
                return null;
            };

            /**
             * Creates a KeyFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.KeyFile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.KeyFile} KeyFile
             */
            KeyFile.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.KeyFile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.KeyFile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.KeyFile();
                if (d.locked != null) {
                    if (d.locked) {
                        m.locked = $Boolean(d.locked);
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
                if (d.sealedBody != null) {
                    if (!$util.isObject(d.sealedBody))
                        throw $TypeError(".keel.disk.KeyFile.sealedBody: object expected");
                    m.sealedBody = $root.keel.disk.Envelope.fromObject(d.sealedBody, q + 1);
                }
                if (d.plainBody != null) {
                    if (d.plainBody.length) {
                        if (typeof d.plainBody === "string")
                            $util.base64.decode(d.plainBody, m.plainBody = $util.newBuffer($util.base64.length(d.plainBody)), 0);
                        else if (d.plainBody.length >= 0)
                            m.plainBody = d.plainBody;
                    }
                }
                if (d.plainChecksum != null) {
                    if (d.plainChecksum.length) {
                        if (typeof d.plainChecksum === "string")
                            $util.base64.decode(d.plainChecksum, m.plainChecksum = $util.newBuffer($util.base64.length(d.plainChecksum)), 0);
                        else if (d.plainChecksum.length >= 0)
                            m.plainChecksum = d.plainChecksum;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeyFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.KeyFile
             * @static
             * @param {keel.disk.KeyFile} m KeyFile
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyFile.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.locked = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.kekVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.kekVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.sealedBody = null;
                    if (o.bytes === $String)
                        d.plainBody = "";
                    else {
                        d.plainBody = [];
                        if (o.bytes !== $Array)
                            d.plainBody = $util.newBuffer(d.plainBody);
                    }
                    if (o.bytes === $String)
                        d.plainChecksum = "";
                    else {
                        d.plainChecksum = [];
                        if (o.bytes !== $Array)
                            d.plainChecksum = $util.newBuffer(d.plainChecksum);
                    }
                }
                if (m.locked != null && $Object.hasOwnProperty.call(m, "locked")) {
                    d.locked = m.locked;
                }
                if (m.kekVersion != null && $Object.hasOwnProperty.call(m, "kekVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.kekVersion = typeof m.kekVersion === "number" ? $BigInt(m.kekVersion) : $util.Long.fromBits(m.kekVersion.low >>> 0, m.kekVersion.high >>> 0, true).toBigInt();
                    else if (typeof m.kekVersion === "number")
                        d.kekVersion = o.longs === $String ? $String(m.kekVersion) : m.kekVersion;
                    else
                        d.kekVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.kekVersion) : o.longs === $Number ? new $util.LongBits(m.kekVersion.low >>> 0, m.kekVersion.high >>> 0).toNumber(true) : m.kekVersion;
                }
                if (m.sealedBody != null && $Object.hasOwnProperty.call(m, "sealedBody")) {
                    d.sealedBody = $root.keel.disk.Envelope.toObject(m.sealedBody, o, q + 1);
                }
                if (m.plainBody != null && $Object.hasOwnProperty.call(m, "plainBody")) {
                    d.plainBody = o.bytes === $String ? $util.base64.encode(m.plainBody, 0, m.plainBody.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.plainBody) : m.plainBody;
                }
                if (m.plainChecksum != null && $Object.hasOwnProperty.call(m, "plainChecksum")) {
                    d.plainChecksum = o.bytes === $String ? $util.base64.encode(m.plainChecksum, 0, m.plainChecksum.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.plainChecksum) : m.plainChecksum;
                }
                return d;
            };

            /**
             * Converts this KeyFile to JSON.
             * @function toJSON
             * @memberof keel.disk.KeyFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyFile.prototype.toJSON = function() {
                return KeyFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyFile
             * @function getTypeUrl
             * @memberof keel.disk.KeyFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.KeyFile";
            };

            return KeyFile;
        })();

        disk.StoreMeta = (function() {

            /**
             * Properties of a StoreMeta.
             * @typedef {Object} keel.disk.StoreMeta.$Properties
             * @property {number|null} [formatVersion] StoreMeta formatVersion
             * @property {Uint8Array|null} [storeId] StoreMeta storeId
             * @property {boolean|null} [encrypted] StoreMeta encrypted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoreMeta.
             * @memberof keel.disk
             * @interface IStoreMeta
             * @augments keel.disk.StoreMeta.$Properties
             * @deprecated Use keel.disk.StoreMeta.$Properties instead.
             */

            /**
             * Shape of a StoreMeta.
             * @typedef {keel.disk.StoreMeta.$Properties} keel.disk.StoreMeta.$Shape
             */

            /**
             * Constructs a new StoreMeta.
             * @memberof keel.disk
             * @classdesc Represents a StoreMeta.
             * @constructor
             * @param {keel.disk.StoreMeta.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StoreMeta = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StoreMeta formatVersion.
             * @member {number} formatVersion
             * @memberof keel.disk.StoreMeta
             * @instance
             */
            StoreMeta.prototype.formatVersion = 0;

            /**
             * StoreMeta storeId.
             * @member {Uint8Array} storeId
             * @memberof keel.disk.StoreMeta
             * @instance
             */
            StoreMeta.prototype.storeId = $util.newBuffer([]);

            /**
             * StoreMeta encrypted.
             * @member {boolean} encrypted
             * @memberof keel.disk.StoreMeta
             * @instance
             */
            StoreMeta.prototype.encrypted = false;

            /**
             * Creates a new StoreMeta instance using the specified properties.
             * @function create
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {keel.disk.StoreMeta.$Properties=} [properties] Properties to set
             * @returns {keel.disk.StoreMeta} StoreMeta instance
             * @type {{
             *   (properties: keel.disk.StoreMeta.$Shape): keel.disk.StoreMeta & keel.disk.StoreMeta.$Shape;
             *   (properties?: keel.disk.StoreMeta.$Properties): keel.disk.StoreMeta;
             * }}
             */
            StoreMeta.create = function(properties) {
                return new StoreMeta(properties);
            };

            /**
             * Encodes the specified StoreMeta message. Does not implicitly {@link keel.disk.StoreMeta.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {keel.disk.StoreMeta.$Properties} m StoreMeta message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreMeta.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion") && m.formatVersion !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.formatVersion);
                if (m.storeId != null && $Object.hasOwnProperty.call(m, "storeId") && m.storeId.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.storeId);
                if (m.encrypted != null && $Object.hasOwnProperty.call(m, "encrypted") && m.encrypted !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.encrypted);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StoreMeta message, length delimited. Does not implicitly {@link keel.disk.StoreMeta.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {keel.disk.StoreMeta.$Properties} message StoreMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreMeta.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StoreMeta message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.StoreMeta & keel.disk.StoreMeta.$Shape} StoreMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreMeta.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.StoreMeta();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.storeId = v;
                            else
                                delete m.storeId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.encrypted = v;
                            else
                                delete m.encrypted;
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
             * Decodes a StoreMeta message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.StoreMeta & keel.disk.StoreMeta.$Shape} StoreMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreMeta.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StoreMeta message.
             * @function verify
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StoreMeta.verify = function (m, q) {
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
                if (m.storeId != null && $Object.hasOwnProperty.call(m, "storeId")) {
                    if (!(m.storeId && typeof m.storeId.length === "number" || $util.isString(m.storeId)))
                        return "storeId: buffer expected";
                }
                if (m.encrypted != null && $Object.hasOwnProperty.call(m, "encrypted")) {
                    if (typeof m.encrypted !== "boolean")
                        return "encrypted: boolean expected";
                }
                return null;
            };

            /**
             * Creates a StoreMeta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.StoreMeta} StoreMeta
             */
            StoreMeta.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.StoreMeta)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.StoreMeta: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.StoreMeta();
                if (d.formatVersion != null) {
                    if ($Number(d.formatVersion) !== 0) {
                        m.formatVersion = d.formatVersion >>> 0;
                    }
                }
                if (d.storeId != null) {
                    if (d.storeId.length) {
                        if (typeof d.storeId === "string")
                            $util.base64.decode(d.storeId, m.storeId = $util.newBuffer($util.base64.length(d.storeId)), 0);
                        else if (d.storeId.length >= 0)
                            m.storeId = d.storeId;
                    }
                }
                if (d.encrypted != null) {
                    if (d.encrypted) {
                        m.encrypted = $Boolean(d.encrypted);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StoreMeta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {keel.disk.StoreMeta} m StoreMeta
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StoreMeta.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.formatVersion = 0;
                    if (o.bytes === $String)
                        d.storeId = "";
                    else {
                        d.storeId = [];
                        if (o.bytes !== $Array)
                            d.storeId = $util.newBuffer(d.storeId);
                    }
                    d.encrypted = false;
                }
                if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion")) {
                    d.formatVersion = m.formatVersion;
                }
                if (m.storeId != null && $Object.hasOwnProperty.call(m, "storeId")) {
                    d.storeId = o.bytes === $String ? $util.base64.encode(m.storeId, 0, m.storeId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.storeId) : m.storeId;
                }
                if (m.encrypted != null && $Object.hasOwnProperty.call(m, "encrypted")) {
                    d.encrypted = m.encrypted;
                }
                return d;
            };

            /**
             * Converts this StoreMeta to JSON.
             * @function toJSON
             * @memberof keel.disk.StoreMeta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StoreMeta.prototype.toJSON = function() {
                return StoreMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StoreMeta
             * @function getTypeUrl
             * @memberof keel.disk.StoreMeta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoreMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.StoreMeta";
            };

            return StoreMeta;
        })();

        disk.SnapshotHeader = (function() {

            /**
             * Properties of a SnapshotHeader.
             * @typedef {Object} keel.disk.SnapshotHeader.$Properties
             * @property {Uint8Array|null} [metadata] SnapshotHeader metadata
             * @property {number|null} [chunkCount] SnapshotHeader chunkCount
             * @property {number|null} [dataBytes] SnapshotHeader dataBytes
             * @property {Uint8Array|null} [dataDigest] SnapshotHeader dataDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotHeader.
             * @memberof keel.disk
             * @interface ISnapshotHeader
             * @augments keel.disk.SnapshotHeader.$Properties
             * @deprecated Use keel.disk.SnapshotHeader.$Properties instead.
             */

            /**
             * Shape of a SnapshotHeader.
             * @typedef {keel.disk.SnapshotHeader.$Properties} keel.disk.SnapshotHeader.$Shape
             */

            /**
             * Constructs a new SnapshotHeader.
             * @memberof keel.disk
             * @classdesc Represents a SnapshotHeader.
             * @constructor
             * @param {keel.disk.SnapshotHeader.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotHeader = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotHeader metadata.
             * @member {Uint8Array} metadata
             * @memberof keel.disk.SnapshotHeader
             * @instance
             */
            SnapshotHeader.prototype.metadata = $util.newBuffer([]);

            /**
             * SnapshotHeader chunkCount.
             * @member {number} chunkCount
             * @memberof keel.disk.SnapshotHeader
             * @instance
             */
            SnapshotHeader.prototype.chunkCount = 0;

            /**
             * SnapshotHeader dataBytes.
             * @member {number} dataBytes
             * @memberof keel.disk.SnapshotHeader
             * @instance
             */
            SnapshotHeader.prototype.dataBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotHeader dataDigest.
             * @member {Uint8Array} dataDigest
             * @memberof keel.disk.SnapshotHeader
             * @instance
             */
            SnapshotHeader.prototype.dataDigest = $util.newBuffer([]);

            /**
             * Creates a new SnapshotHeader instance using the specified properties.
             * @function create
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {keel.disk.SnapshotHeader.$Properties=} [properties] Properties to set
             * @returns {keel.disk.SnapshotHeader} SnapshotHeader instance
             * @type {{
             *   (properties: keel.disk.SnapshotHeader.$Shape): keel.disk.SnapshotHeader & keel.disk.SnapshotHeader.$Shape;
             *   (properties?: keel.disk.SnapshotHeader.$Properties): keel.disk.SnapshotHeader;
             * }}
             */
            SnapshotHeader.create = function(properties) {
                return new SnapshotHeader(properties);
            };

            /**
             * Encodes the specified SnapshotHeader message. Does not implicitly {@link keel.disk.SnapshotHeader.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {keel.disk.SnapshotHeader.$Properties} m SnapshotHeader message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHeader.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.metadata);
                if (m.chunkCount != null && $Object.hasOwnProperty.call(m, "chunkCount") && m.chunkCount !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.chunkCount);
                if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes") && (typeof m.dataBytes === "object" ? m.dataBytes.low || m.dataBytes.high : m.dataBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.dataBytes);
                if (m.dataDigest != null && $Object.hasOwnProperty.call(m, "dataDigest") && m.dataDigest.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.dataDigest);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotHeader message, length delimited. Does not implicitly {@link keel.disk.SnapshotHeader.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {keel.disk.SnapshotHeader.$Properties} message SnapshotHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotHeader message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.SnapshotHeader & keel.disk.SnapshotHeader.$Shape} SnapshotHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHeader.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.SnapshotHeader();
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
                                m.metadata = v;
                            else
                                delete m.metadata;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.chunkCount = v;
                            else
                                delete m.chunkCount;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.dataBytes = v;
                            else
                                delete m.dataBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.dataDigest = v;
                            else
                                delete m.dataDigest;
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
             * Decodes a SnapshotHeader message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.SnapshotHeader & keel.disk.SnapshotHeader.$Shape} SnapshotHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotHeader message.
             * @function verify
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotHeader.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    if (!(m.metadata && typeof m.metadata.length === "number" || $util.isString(m.metadata)))
                        return "metadata: buffer expected";
                }
                if (m.chunkCount != null && $Object.hasOwnProperty.call(m, "chunkCount")) {
                    if (!$util.isInteger(m.chunkCount))
                        return "chunkCount: integer expected";
                }
                if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes")) {
                    if (!$util.isInteger(m.dataBytes) && !(m.dataBytes && $util.isInteger(m.dataBytes.low) && $util.isInteger(m.dataBytes.high)))
                        return "dataBytes: integer|Long expected";
                }
                if (m.dataDigest != null && $Object.hasOwnProperty.call(m, "dataDigest")) {
                    if (!(m.dataDigest && typeof m.dataDigest.length === "number" || $util.isString(m.dataDigest)))
                        return "dataDigest: buffer expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.SnapshotHeader} SnapshotHeader
             */
            SnapshotHeader.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.SnapshotHeader)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.SnapshotHeader: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.SnapshotHeader();
                if (d.metadata != null) {
                    if (d.metadata.length) {
                        if (typeof d.metadata === "string")
                            $util.base64.decode(d.metadata, m.metadata = $util.newBuffer($util.base64.length(d.metadata)), 0);
                        else if (d.metadata.length >= 0)
                            m.metadata = d.metadata;
                    }
                }
                if (d.chunkCount != null) {
                    if ($Number(d.chunkCount) !== 0) {
                        m.chunkCount = d.chunkCount >>> 0;
                    }
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
                if (d.dataDigest != null) {
                    if (d.dataDigest.length) {
                        if (typeof d.dataDigest === "string")
                            $util.base64.decode(d.dataDigest, m.dataDigest = $util.newBuffer($util.base64.length(d.dataDigest)), 0);
                        else if (d.dataDigest.length >= 0)
                            m.dataDigest = d.dataDigest;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {keel.disk.SnapshotHeader} m SnapshotHeader
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotHeader.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.metadata = "";
                    else {
                        d.metadata = [];
                        if (o.bytes !== $Array)
                            d.metadata = $util.newBuffer(d.metadata);
                    }
                    d.chunkCount = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.dataBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.dataBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.dataDigest = "";
                    else {
                        d.dataDigest = [];
                        if (o.bytes !== $Array)
                            d.dataDigest = $util.newBuffer(d.dataDigest);
                    }
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = o.bytes === $String ? $util.base64.encode(m.metadata, 0, m.metadata.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.metadata) : m.metadata;
                }
                if (m.chunkCount != null && $Object.hasOwnProperty.call(m, "chunkCount")) {
                    d.chunkCount = m.chunkCount;
                }
                if (m.dataBytes != null && $Object.hasOwnProperty.call(m, "dataBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dataBytes = typeof m.dataBytes === "number" ? $BigInt(m.dataBytes) : $util.Long.fromBits(m.dataBytes.low >>> 0, m.dataBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.dataBytes === "number")
                        d.dataBytes = o.longs === $String ? $String(m.dataBytes) : m.dataBytes;
                    else
                        d.dataBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.dataBytes) : o.longs === $Number ? new $util.LongBits(m.dataBytes.low >>> 0, m.dataBytes.high >>> 0).toNumber(true) : m.dataBytes;
                }
                if (m.dataDigest != null && $Object.hasOwnProperty.call(m, "dataDigest")) {
                    d.dataDigest = o.bytes === $String ? $util.base64.encode(m.dataDigest, 0, m.dataDigest.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.dataDigest) : m.dataDigest;
                }
                return d;
            };

            /**
             * Converts this SnapshotHeader to JSON.
             * @function toJSON
             * @memberof keel.disk.SnapshotHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotHeader.prototype.toJSON = function() {
                return SnapshotHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotHeader
             * @function getTypeUrl
             * @memberof keel.disk.SnapshotHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.SnapshotHeader";
            };

            return SnapshotHeader;
        })();

        disk.NodeSnapshot = (function() {

            /**
             * Properties of a NodeSnapshot.
             * @typedef {Object} keel.disk.NodeSnapshot.$Properties
             * @property {number|null} [formatVersion] NodeSnapshot formatVersion
             * @property {Array.<keel.disk.SnapshotMember.$Properties>|null} [members] NodeSnapshot members
             * @property {Array.<number>|null} [removed] NodeSnapshot removed
             * @property {Uint8Array|null} [store] NodeSnapshot store
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeSnapshot.
             * @memberof keel.disk
             * @interface INodeSnapshot
             * @augments keel.disk.NodeSnapshot.$Properties
             * @deprecated Use keel.disk.NodeSnapshot.$Properties instead.
             */

            /**
             * Shape of a NodeSnapshot.
             * @typedef {keel.disk.NodeSnapshot.$Properties} keel.disk.NodeSnapshot.$Shape
             */

            /**
             * Constructs a new NodeSnapshot.
             * @memberof keel.disk
             * @classdesc Represents a NodeSnapshot.
             * @constructor
             * @param {keel.disk.NodeSnapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeSnapshot = function (p) {
                this.members = [];
                this.removed = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NodeSnapshot formatVersion.
             * @member {number} formatVersion
             * @memberof keel.disk.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.formatVersion = 0;

            /**
             * NodeSnapshot members.
             * @member {Array.<keel.disk.SnapshotMember.$Properties>} members
             * @memberof keel.disk.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.members = $util.emptyArray;

            /**
             * NodeSnapshot removed.
             * @member {Array.<number>} removed
             * @memberof keel.disk.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.removed = $util.emptyArray;

            /**
             * NodeSnapshot store.
             * @member {Uint8Array} store
             * @memberof keel.disk.NodeSnapshot
             * @instance
             */
            NodeSnapshot.prototype.store = $util.newBuffer([]);

            /**
             * Creates a new NodeSnapshot instance using the specified properties.
             * @function create
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {keel.disk.NodeSnapshot.$Properties=} [properties] Properties to set
             * @returns {keel.disk.NodeSnapshot} NodeSnapshot instance
             * @type {{
             *   (properties: keel.disk.NodeSnapshot.$Shape): keel.disk.NodeSnapshot & keel.disk.NodeSnapshot.$Shape;
             *   (properties?: keel.disk.NodeSnapshot.$Properties): keel.disk.NodeSnapshot;
             * }}
             */
            NodeSnapshot.create = function(properties) {
                return new NodeSnapshot(properties);
            };

            /**
             * Encodes the specified NodeSnapshot message. Does not implicitly {@link keel.disk.NodeSnapshot.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {keel.disk.NodeSnapshot.$Properties} m NodeSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSnapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion") && m.formatVersion !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.formatVersion);
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.keel.disk.SnapshotMember.encode(m.members[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.removed != null && m.removed.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).uint64s(m.removed);
                }
                if (m.store != null && $Object.hasOwnProperty.call(m, "store") && m.store.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.store);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NodeSnapshot message, length delimited. Does not implicitly {@link keel.disk.NodeSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {keel.disk.NodeSnapshot.$Properties} message NodeSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.NodeSnapshot & keel.disk.NodeSnapshot.$Shape} NodeSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSnapshot.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.NodeSnapshot();
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
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.keel.disk.SnapshotMember.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u === 2) {
                                if (!(m.removed && m.removed.length))
                                    m.removed = [];
                                r.uint64s(m.removed);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.removed && m.removed.length))
                                m.removed = [];
                            m.removed.push(r.uint64());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.store = v;
                            else
                                delete m.store;
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
             * Decodes a NodeSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.NodeSnapshot & keel.disk.NodeSnapshot.$Shape} NodeSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeSnapshot message.
             * @function verify
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeSnapshot.verify = function (m, q) {
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
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    if (!$Array.isArray(m.members))
                        return "members: array expected";
                    for (var i = 0; i < m.members.length; ++i) {
                        {
                            var e = $root.keel.disk.SnapshotMember.verify(m.members[i], q + 1);
                            if (e)
                                return "members." + e;
                        }
                    }
                }
                if (m.removed != null && $Object.hasOwnProperty.call(m, "removed")) {
                    if (!$Array.isArray(m.removed))
                        return "removed: array expected";
                    for (var i = 0; i < m.removed.length; ++i) {
                        if (!$util.isInteger(m.removed[i]) && !(m.removed[i] && $util.isInteger(m.removed[i].low) && $util.isInteger(m.removed[i].high)))
                            return "removed: integer|Long[] expected";
                    }
                }
                if (m.store != null && $Object.hasOwnProperty.call(m, "store")) {
                    if (!(m.store && typeof m.store.length === "number" || $util.isString(m.store)))
                        return "store: buffer expected";
                }
                return null;
            };

            /**
             * Creates a NodeSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.NodeSnapshot} NodeSnapshot
             */
            NodeSnapshot.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.NodeSnapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.NodeSnapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.NodeSnapshot();
                if (d.formatVersion != null) {
                    if ($Number(d.formatVersion) !== 0) {
                        m.formatVersion = d.formatVersion >>> 0;
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".keel.disk.NodeSnapshot.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        if (!$util.isObject(d.members[i]))
                            throw $TypeError(".keel.disk.NodeSnapshot.members: object expected");
                        m.members[i] = $root.keel.disk.SnapshotMember.fromObject(d.members[i], q + 1);
                    }
                }
                if (d.removed) {
                    if (!$Array.isArray(d.removed))
                        throw $TypeError(".keel.disk.NodeSnapshot.removed: array expected");
                    m.removed = $Array(d.removed.length);
                    for (var i = 0; i < d.removed.length; ++i) {
                        if ($util.Long)
                            m.removed[i] = $util.Long.fromValue(d.removed[i], true);
                        else if (typeof d.removed[i] === "string")
                            m.removed[i] = $parseInt(d.removed[i], 10);
                        else if (typeof d.removed[i] === "number")
                            m.removed[i] = d.removed[i];
                        else if (typeof d.removed[i] === "object")
                            m.removed[i] = new $util.LongBits(d.removed[i].low >>> 0, d.removed[i].high >>> 0).toNumber(true);
                    }
                }
                if (d.store != null) {
                    if (d.store.length) {
                        if (typeof d.store === "string")
                            $util.base64.decode(d.store, m.store = $util.newBuffer($util.base64.length(d.store)), 0);
                        else if (d.store.length >= 0)
                            m.store = d.store;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NodeSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {keel.disk.NodeSnapshot} m NodeSnapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeSnapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.members = [];
                    d.removed = [];
                }
                if (o.defaults) {
                    d.formatVersion = 0;
                    if (o.bytes === $String)
                        d.store = "";
                    else {
                        d.store = [];
                        if (o.bytes !== $Array)
                            d.store = $util.newBuffer(d.store);
                    }
                }
                if (m.formatVersion != null && $Object.hasOwnProperty.call(m, "formatVersion")) {
                    d.formatVersion = m.formatVersion;
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = $root.keel.disk.SnapshotMember.toObject(m.members[j], o, q + 1);
                    }
                }
                if (m.removed && m.removed.length) {
                    d.removed = $Array(m.removed.length);
                    for (var j = 0; j < m.removed.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.removed[j] = typeof m.removed[j] === "number" ? $BigInt(m.removed[j]) : $util.Long.fromBits(m.removed[j].low >>> 0, m.removed[j].high >>> 0, true).toBigInt();
                        else if (typeof m.removed[j] === "number")
                            d.removed[j] = o.longs === $String ? $String(m.removed[j]) : m.removed[j];
                        else
                            d.removed[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.removed[j]) : o.longs === $Number ? new $util.LongBits(m.removed[j].low >>> 0, m.removed[j].high >>> 0).toNumber(true) : m.removed[j];
                    }
                }
                if (m.store != null && $Object.hasOwnProperty.call(m, "store")) {
                    d.store = o.bytes === $String ? $util.base64.encode(m.store, 0, m.store.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.store) : m.store;
                }
                return d;
            };

            /**
             * Converts this NodeSnapshot to JSON.
             * @function toJSON
             * @memberof keel.disk.NodeSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeSnapshot.prototype.toJSON = function() {
                return NodeSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeSnapshot
             * @function getTypeUrl
             * @memberof keel.disk.NodeSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.NodeSnapshot";
            };

            return NodeSnapshot;
        })();

        disk.SnapshotMember = (function() {

            /**
             * Properties of a SnapshotMember.
             * @typedef {Object} keel.disk.SnapshotMember.$Properties
             * @property {number|null} [id] SnapshotMember id
             * @property {string|null} [address] SnapshotMember address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMember.
             * @memberof keel.disk
             * @interface ISnapshotMember
             * @augments keel.disk.SnapshotMember.$Properties
             * @deprecated Use keel.disk.SnapshotMember.$Properties instead.
             */

            /**
             * Shape of a SnapshotMember.
             * @typedef {keel.disk.SnapshotMember.$Properties} keel.disk.SnapshotMember.$Shape
             */

            /**
             * Constructs a new SnapshotMember.
             * @memberof keel.disk
             * @classdesc Represents a SnapshotMember.
             * @constructor
             * @param {keel.disk.SnapshotMember.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMember = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotMember id.
             * @member {number} id
             * @memberof keel.disk.SnapshotMember
             * @instance
             */
            SnapshotMember.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMember address.
             * @member {string} address
             * @memberof keel.disk.SnapshotMember
             * @instance
             */
            SnapshotMember.prototype.address = "";

            /**
             * Creates a new SnapshotMember instance using the specified properties.
             * @function create
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {keel.disk.SnapshotMember.$Properties=} [properties] Properties to set
             * @returns {keel.disk.SnapshotMember} SnapshotMember instance
             * @type {{
             *   (properties: keel.disk.SnapshotMember.$Shape): keel.disk.SnapshotMember & keel.disk.SnapshotMember.$Shape;
             *   (properties?: keel.disk.SnapshotMember.$Properties): keel.disk.SnapshotMember;
             * }}
             */
            SnapshotMember.create = function(properties) {
                return new SnapshotMember(properties);
            };

            /**
             * Encodes the specified SnapshotMember message. Does not implicitly {@link keel.disk.SnapshotMember.verify|verify} messages.
             * @function encode
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {keel.disk.SnapshotMember.$Properties} m SnapshotMember message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMember.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.address);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotMember message, length delimited. Does not implicitly {@link keel.disk.SnapshotMember.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {keel.disk.SnapshotMember.$Properties} message SnapshotMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMember.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotMember message from the specified reader or buffer.
             * @function decode
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.disk.SnapshotMember & keel.disk.SnapshotMember.$Shape} SnapshotMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMember.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.disk.SnapshotMember();
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
             * Decodes a SnapshotMember message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.disk.SnapshotMember & keel.disk.SnapshotMember.$Shape} SnapshotMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMember.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotMember message.
             * @function verify
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotMember.verify = function (m, q) {
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
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    if (!$util.isString(m.address))
                        return "address: string expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotMember message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.disk.SnapshotMember} SnapshotMember
             */
            SnapshotMember.fromObject = function (d, q) {
                if (d instanceof $root.keel.disk.SnapshotMember)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.disk.SnapshotMember: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.disk.SnapshotMember();
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
                if (d.address != null) {
                    if (typeof d.address !== "string" || d.address.length) {
                        m.address = $String(d.address);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotMember message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {keel.disk.SnapshotMember} m SnapshotMember
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotMember.toObject = function (m, o, q) {
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
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.address = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                    d.address = m.address;
                }
                return d;
            };

            /**
             * Converts this SnapshotMember to JSON.
             * @function toJSON
             * @memberof keel.disk.SnapshotMember
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotMember.prototype.toJSON = function() {
                return SnapshotMember.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotMember
             * @function getTypeUrl
             * @memberof keel.disk.SnapshotMember
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.disk.SnapshotMember";
            };

            return SnapshotMember;
        })();

        return disk;
    })();

    return keel;
})();

export {
  $root as default
};
