/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["raft"] || ($protobuf.roots["raft"] = {});

export const keel = $root.keel = (() => {

    /**
     * Namespace keel.
     * @exports keel
     * @namespace
     */
    const keel = {};

    keel.raft = (function() {

        /**
         * Namespace raft.
         * @memberof keel
         * @namespace
         */
        const raft = {};

        /**
         * EntryType enum.
         * @name keel.raft.EntryType
         * @enum {number}
         * @property {number} ENTRY_NORMAL=0 ENTRY_NORMAL value
         * @property {number} ENTRY_CONF_CHANGE=1 ENTRY_CONF_CHANGE value
         * @property {number} ENTRY_CONF_CHANGE_V2=2 ENTRY_CONF_CHANGE_V2 value
         */
        raft.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_NORMAL"] = 0;
            values[valuesById[1] = "ENTRY_CONF_CHANGE"] = 1;
            values[valuesById[2] = "ENTRY_CONF_CHANGE_V2"] = 2;
            return values;
        })();

        raft.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} keel.raft.Entry.$Properties
             * @property {number|null} [term] Entry term
             * @property {number|null} [index] Entry index
             * @property {keel.raft.EntryType|null} [type] Entry type
             * @property {Uint8Array|null} [data] Entry data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof keel.raft
             * @interface IEntry
             * @augments keel.raft.Entry.$Properties
             * @deprecated Use keel.raft.Entry.$Properties instead.
             */

            /**
             * Shape of an Entry.
             * @typedef {keel.raft.Entry.$Properties} keel.raft.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof keel.raft
             * @classdesc Represents an Entry.
             * @constructor
             * @param {keel.raft.Entry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Entry term.
             * @member {number} term
             * @memberof keel.raft.Entry
             * @instance
             */
            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry index.
             * @member {number} index
             * @memberof keel.raft.Entry
             * @instance
             */
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry type.
             * @member {keel.raft.EntryType} type
             * @memberof keel.raft.Entry
             * @instance
             */
            Entry.prototype.type = 0;

            /**
             * Entry data.
             * @member {Uint8Array} data
             * @memberof keel.raft.Entry
             * @instance
             */
            Entry.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Entry instance using the specified properties.
             * @function create
             * @memberof keel.raft.Entry
             * @static
             * @param {keel.raft.Entry.$Properties=} [properties] Properties to set
             * @returns {keel.raft.Entry} Entry instance
             * @type {{
             *   (properties: keel.raft.Entry.$Shape): keel.raft.Entry & keel.raft.Entry.$Shape;
             *   (properties?: keel.raft.Entry.$Properties): keel.raft.Entry;
             * }}
             */
            Entry.create = function(properties) {
                return new Entry(properties);
            };

            /**
             * Encodes the specified Entry message. Does not implicitly {@link keel.raft.Entry.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.Entry
             * @static
             * @param {keel.raft.Entry.$Properties} m Entry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.term);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.type);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Entry message, length delimited. Does not implicitly {@link keel.raft.Entry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.Entry
             * @static
             * @param {keel.raft.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.Entry & keel.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.Entry();
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
                                m.term = v;
                            else
                                delete m.term;
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
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 4: {
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
             * Decodes an Entry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.Entry & keel.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Entry message.
             * @function verify
             * @memberof keel.raft.Entry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Entry.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                return null;
            };

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.Entry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.Entry} Entry
             */
            Entry.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.Entry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.Entry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.Entry();
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
                if (d.type !== 0 && (typeof d.type !== "string" || $root.keel.raft.EntryType[d.type] !== 0)) {
                    switch (d.type) {
                    case "ENTRY_NORMAL":
                    case 0:
                        m.type = 0;
                        break;
                    case "ENTRY_CONF_CHANGE":
                    case 1:
                        m.type = 1;
                        break;
                    case "ENTRY_CONF_CHANGE_V2":
                    case 2:
                        m.type = 2;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
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
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.Entry
             * @static
             * @param {keel.raft.Entry} m Entry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Entry.toObject = function (m, o, q) {
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
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.type = o.enums === $String ? "ENTRY_NORMAL" : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.keel.raft.EntryType[m.type] === $undefined ? m.type : $root.keel.raft.EntryType[m.type] : m.type;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                return d;
            };

            /**
             * Converts this Entry to JSON.
             * @function toJSON
             * @memberof keel.raft.Entry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Entry.prototype.toJSON = function() {
                return Entry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Entry
             * @function getTypeUrl
             * @memberof keel.raft.Entry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.Entry";
            };

            return Entry;
        })();

        raft.HardState = (function() {

            /**
             * Properties of a HardState.
             * @typedef {Object} keel.raft.HardState.$Properties
             * @property {number|null} [term] HardState term
             * @property {number|null} [vote] HardState vote
             * @property {number|null} [commit] HardState commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HardState.
             * @memberof keel.raft
             * @interface IHardState
             * @augments keel.raft.HardState.$Properties
             * @deprecated Use keel.raft.HardState.$Properties instead.
             */

            /**
             * Shape of a HardState.
             * @typedef {keel.raft.HardState.$Properties} keel.raft.HardState.$Shape
             */

            /**
             * Constructs a new HardState.
             * @memberof keel.raft
             * @classdesc Represents a HardState.
             * @constructor
             * @param {keel.raft.HardState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HardState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HardState term.
             * @member {number} term
             * @memberof keel.raft.HardState
             * @instance
             */
            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState vote.
             * @member {number} vote
             * @memberof keel.raft.HardState
             * @instance
             */
            HardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState commit.
             * @member {number} commit
             * @memberof keel.raft.HardState
             * @instance
             */
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HardState instance using the specified properties.
             * @function create
             * @memberof keel.raft.HardState
             * @static
             * @param {keel.raft.HardState.$Properties=} [properties] Properties to set
             * @returns {keel.raft.HardState} HardState instance
             * @type {{
             *   (properties: keel.raft.HardState.$Shape): keel.raft.HardState & keel.raft.HardState.$Shape;
             *   (properties?: keel.raft.HardState.$Properties): keel.raft.HardState;
             * }}
             */
            HardState.create = function(properties) {
                return new HardState(properties);
            };

            /**
             * Encodes the specified HardState message. Does not implicitly {@link keel.raft.HardState.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.HardState
             * @static
             * @param {keel.raft.HardState.$Properties} m HardState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.term);
                if (m.vote != null && $Object.hasOwnProperty.call(m, "vote") && (typeof m.vote === "object" ? m.vote.low || m.vote.high : m.vote !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.vote);
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.commit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HardState message, length delimited. Does not implicitly {@link keel.raft.HardState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.HardState
             * @static
             * @param {keel.raft.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.HardState & keel.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.HardState();
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
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.vote = v;
                            else
                                delete m.vote;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commit = v;
                            else
                                delete m.commit;
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
             * Decodes a HardState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.HardState & keel.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HardState message.
             * @function verify
             * @memberof keel.raft.HardState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HardState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.vote != null && $Object.hasOwnProperty.call(m, "vote")) {
                    if (!$util.isInteger(m.vote) && !(m.vote && $util.isInteger(m.vote.low) && $util.isInteger(m.vote.high)))
                        return "vote: integer|Long expected";
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (!$util.isInteger(m.commit) && !(m.commit && $util.isInteger(m.commit.low) && $util.isInteger(m.commit.high)))
                        return "commit: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a HardState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.HardState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.HardState} HardState
             */
            HardState.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.HardState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.HardState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.HardState();
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
                if (d.vote != null) {
                    if (typeof d.vote === "object" ? d.vote.low || d.vote.high : $Number(d.vote) !== 0) {
                        if ($util.Long)
                            m.vote = $util.Long.fromValue(d.vote, true);
                        else if (typeof d.vote === "string")
                            m.vote = $parseInt(d.vote, 10);
                        else if (typeof d.vote === "number")
                            m.vote = d.vote;
                        else if (typeof d.vote === "object")
                            m.vote = new $util.LongBits(d.vote.low >>> 0, d.vote.high >>> 0).toNumber(true);
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
                return m;
            };

            /**
             * Creates a plain object from a HardState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.HardState
             * @static
             * @param {keel.raft.HardState} m HardState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HardState.toObject = function (m, o, q) {
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
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.vote = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.vote = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.vote != null && $Object.hasOwnProperty.call(m, "vote")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.vote = typeof m.vote === "number" ? $BigInt(m.vote) : $util.Long.fromBits(m.vote.low >>> 0, m.vote.high >>> 0, true).toBigInt();
                    else if (typeof m.vote === "number")
                        d.vote = o.longs === $String ? $String(m.vote) : m.vote;
                    else
                        d.vote = o.longs === $String ? $util.Long.prototype.toString.call(m.vote) : o.longs === $Number ? new $util.LongBits(m.vote.low >>> 0, m.vote.high >>> 0).toNumber(true) : m.vote;
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                    else if (typeof m.commit === "number")
                        d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                    else
                        d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                }
                return d;
            };

            /**
             * Converts this HardState to JSON.
             * @function toJSON
             * @memberof keel.raft.HardState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HardState.prototype.toJSON = function() {
                return HardState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HardState
             * @function getTypeUrl
             * @memberof keel.raft.HardState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.HardState";
            };

            return HardState;
        })();

        raft.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} keel.raft.ConfState.$Properties
             * @property {Array.<number>|null} [voters] ConfState voters
             * @property {Array.<number>|null} [learners] ConfState learners
             * @property {Array.<number>|null} [votersOutgoing] ConfState votersOutgoing
             * @property {Array.<number>|null} [learnersNext] ConfState learnersNext
             * @property {boolean|null} [autoLeave] ConfState autoLeave
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof keel.raft
             * @interface IConfState
             * @augments keel.raft.ConfState.$Properties
             * @deprecated Use keel.raft.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {keel.raft.ConfState.$Properties} keel.raft.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof keel.raft
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {keel.raft.ConfState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfState = function (p) {
                this.voters = [];
                this.learners = [];
                this.votersOutgoing = [];
                this.learnersNext = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfState voters.
             * @member {Array.<number>} voters
             * @memberof keel.raft.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<number>} learners
             * @memberof keel.raft.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * ConfState votersOutgoing.
             * @member {Array.<number>} votersOutgoing
             * @memberof keel.raft.ConfState
             * @instance
             */
            ConfState.prototype.votersOutgoing = $util.emptyArray;

            /**
             * ConfState learnersNext.
             * @member {Array.<number>} learnersNext
             * @memberof keel.raft.ConfState
             * @instance
             */
            ConfState.prototype.learnersNext = $util.emptyArray;

            /**
             * ConfState autoLeave.
             * @member {boolean} autoLeave
             * @memberof keel.raft.ConfState
             * @instance
             */
            ConfState.prototype.autoLeave = false;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @function create
             * @memberof keel.raft.ConfState
             * @static
             * @param {keel.raft.ConfState.$Properties=} [properties] Properties to set
             * @returns {keel.raft.ConfState} ConfState instance
             * @type {{
             *   (properties: keel.raft.ConfState.$Shape): keel.raft.ConfState & keel.raft.ConfState.$Shape;
             *   (properties?: keel.raft.ConfState.$Properties): keel.raft.ConfState;
             * }}
             */
            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link keel.raft.ConfState.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.ConfState
             * @static
             * @param {keel.raft.ConfState.$Properties} m ConfState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.voters != null && m.voters.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint64s(m.voters);
                }
                if (m.learners != null && m.learners.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).uint64s(m.learners);
                }
                if (m.votersOutgoing != null && m.votersOutgoing.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).uint64s(m.votersOutgoing);
                }
                if (m.learnersNext != null && m.learnersNext.length) {
                    w.uint32(/* id 4, wireType 2 =*/34).uint64s(m.learnersNext);
                }
                if (m.autoLeave != null && $Object.hasOwnProperty.call(m, "autoLeave") && m.autoLeave !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.autoLeave);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConfState message, length delimited. Does not implicitly {@link keel.raft.ConfState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.ConfState
             * @static
             * @param {keel.raft.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.ConfState & keel.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.ConfState();
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
                            if (u === 2) {
                                if (!(m.voters && m.voters.length))
                                    m.voters = [];
                                r.uint64s(m.voters);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.voters && m.voters.length))
                                m.voters = [];
                            m.voters.push(r.uint64());
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.learners && m.learners.length))
                                    m.learners = [];
                                r.uint64s(m.learners);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.learners && m.learners.length))
                                m.learners = [];
                            m.learners.push(r.uint64());
                            continue;
                        }
                    case 3: {
                            if (u === 2) {
                                if (!(m.votersOutgoing && m.votersOutgoing.length))
                                    m.votersOutgoing = [];
                                r.uint64s(m.votersOutgoing);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.votersOutgoing && m.votersOutgoing.length))
                                m.votersOutgoing = [];
                            m.votersOutgoing.push(r.uint64());
                            continue;
                        }
                    case 4: {
                            if (u === 2) {
                                if (!(m.learnersNext && m.learnersNext.length))
                                    m.learnersNext = [];
                                r.uint64s(m.learnersNext);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.learnersNext && m.learnersNext.length))
                                m.learnersNext = [];
                            m.learnersNext.push(r.uint64());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.autoLeave = v;
                            else
                                delete m.autoLeave;
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
             * Decodes a ConfState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.ConfState & keel.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfState message.
             * @function verify
             * @memberof keel.raft.ConfState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.voters != null && $Object.hasOwnProperty.call(m, "voters")) {
                    if (!$Array.isArray(m.voters))
                        return "voters: array expected";
                    for (var i = 0; i < m.voters.length; ++i) {
                        if (!$util.isInteger(m.voters[i]) && !(m.voters[i] && $util.isInteger(m.voters[i].low) && $util.isInteger(m.voters[i].high)))
                            return "voters: integer|Long[] expected";
                    }
                }
                if (m.learners != null && $Object.hasOwnProperty.call(m, "learners")) {
                    if (!$Array.isArray(m.learners))
                        return "learners: array expected";
                    for (var i = 0; i < m.learners.length; ++i) {
                        if (!$util.isInteger(m.learners[i]) && !(m.learners[i] && $util.isInteger(m.learners[i].low) && $util.isInteger(m.learners[i].high)))
                            return "learners: integer|Long[] expected";
                    }
                }
                if (m.votersOutgoing != null && $Object.hasOwnProperty.call(m, "votersOutgoing")) {
                    if (!$Array.isArray(m.votersOutgoing))
                        return "votersOutgoing: array expected";
                    for (var i = 0; i < m.votersOutgoing.length; ++i) {
                        if (!$util.isInteger(m.votersOutgoing[i]) && !(m.votersOutgoing[i] && $util.isInteger(m.votersOutgoing[i].low) && $util.isInteger(m.votersOutgoing[i].high)))
                            return "votersOutgoing: integer|Long[] expected";
                    }
                }
                if (m.learnersNext != null && $Object.hasOwnProperty.call(m, "learnersNext")) {
                    if (!$Array.isArray(m.learnersNext))
                        return "learnersNext: array expected";
                    for (var i = 0; i < m.learnersNext.length; ++i) {
                        if (!$util.isInteger(m.learnersNext[i]) && !(m.learnersNext[i] && $util.isInteger(m.learnersNext[i].low) && $util.isInteger(m.learnersNext[i].high)))
                            return "learnersNext: integer|Long[] expected";
                    }
                }
                if (m.autoLeave != null && $Object.hasOwnProperty.call(m, "autoLeave")) {
                    if (typeof m.autoLeave !== "boolean")
                        return "autoLeave: boolean expected";
                }
                return null;
            };

            /**
             * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.ConfState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.ConfState} ConfState
             */
            ConfState.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.ConfState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.ConfState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.ConfState();
                if (d.voters) {
                    if (!$Array.isArray(d.voters))
                        throw $TypeError(".keel.raft.ConfState.voters: array expected");
                    m.voters = $Array(d.voters.length);
                    for (var i = 0; i < d.voters.length; ++i) {
                        if ($util.Long)
                            m.voters[i] = $util.Long.fromValue(d.voters[i], true);
                        else if (typeof d.voters[i] === "string")
                            m.voters[i] = $parseInt(d.voters[i], 10);
                        else if (typeof d.voters[i] === "number")
                            m.voters[i] = d.voters[i];
                        else if (typeof d.voters[i] === "object")
                            m.voters[i] = new $util.LongBits(d.voters[i].low >>> 0, d.voters[i].high >>> 0).toNumber(true);
                    }
                }
                if (d.learners) {
                    if (!$Array.isArray(d.learners))
                        throw $TypeError(".keel.raft.ConfState.learners: array expected");
                    m.learners = $Array(d.learners.length);
                    for (var i = 0; i < d.learners.length; ++i) {
                        if ($util.Long)
                            m.learners[i] = $util.Long.fromValue(d.learners[i], true);
                        else if (typeof d.learners[i] === "string")
                            m.learners[i] = $parseInt(d.learners[i], 10);
                        else if (typeof d.learners[i] === "number")
                            m.learners[i] = d.learners[i];
                        else if (typeof d.learners[i] === "object")
                            m.learners[i] = new $util.LongBits(d.learners[i].low >>> 0, d.learners[i].high >>> 0).toNumber(true);
                    }
                }
                if (d.votersOutgoing) {
                    if (!$Array.isArray(d.votersOutgoing))
                        throw $TypeError(".keel.raft.ConfState.votersOutgoing: array expected");
                    m.votersOutgoing = $Array(d.votersOutgoing.length);
                    for (var i = 0; i < d.votersOutgoing.length; ++i) {
                        if ($util.Long)
                            m.votersOutgoing[i] = $util.Long.fromValue(d.votersOutgoing[i], true);
                        else if (typeof d.votersOutgoing[i] === "string")
                            m.votersOutgoing[i] = $parseInt(d.votersOutgoing[i], 10);
                        else if (typeof d.votersOutgoing[i] === "number")
                            m.votersOutgoing[i] = d.votersOutgoing[i];
                        else if (typeof d.votersOutgoing[i] === "object")
                            m.votersOutgoing[i] = new $util.LongBits(d.votersOutgoing[i].low >>> 0, d.votersOutgoing[i].high >>> 0).toNumber(true);
                    }
                }
                if (d.learnersNext) {
                    if (!$Array.isArray(d.learnersNext))
                        throw $TypeError(".keel.raft.ConfState.learnersNext: array expected");
                    m.learnersNext = $Array(d.learnersNext.length);
                    for (var i = 0; i < d.learnersNext.length; ++i) {
                        if ($util.Long)
                            m.learnersNext[i] = $util.Long.fromValue(d.learnersNext[i], true);
                        else if (typeof d.learnersNext[i] === "string")
                            m.learnersNext[i] = $parseInt(d.learnersNext[i], 10);
                        else if (typeof d.learnersNext[i] === "number")
                            m.learnersNext[i] = d.learnersNext[i];
                        else if (typeof d.learnersNext[i] === "object")
                            m.learnersNext[i] = new $util.LongBits(d.learnersNext[i].low >>> 0, d.learnersNext[i].high >>> 0).toNumber(true);
                    }
                }
                if (d.autoLeave != null) {
                    if (d.autoLeave) {
                        m.autoLeave = $Boolean(d.autoLeave);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConfState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.ConfState
             * @static
             * @param {keel.raft.ConfState} m ConfState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.voters = [];
                    d.learners = [];
                    d.votersOutgoing = [];
                    d.learnersNext = [];
                }
                if (o.defaults) {
                    d.autoLeave = false;
                }
                if (m.voters && m.voters.length) {
                    d.voters = $Array(m.voters.length);
                    for (var j = 0; j < m.voters.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.voters[j] = typeof m.voters[j] === "number" ? $BigInt(m.voters[j]) : $util.Long.fromBits(m.voters[j].low >>> 0, m.voters[j].high >>> 0, true).toBigInt();
                        else if (typeof m.voters[j] === "number")
                            d.voters[j] = o.longs === $String ? $String(m.voters[j]) : m.voters[j];
                        else
                            d.voters[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.voters[j]) : o.longs === $Number ? new $util.LongBits(m.voters[j].low >>> 0, m.voters[j].high >>> 0).toNumber(true) : m.voters[j];
                    }
                }
                if (m.learners && m.learners.length) {
                    d.learners = $Array(m.learners.length);
                    for (var j = 0; j < m.learners.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.learners[j] = typeof m.learners[j] === "number" ? $BigInt(m.learners[j]) : $util.Long.fromBits(m.learners[j].low >>> 0, m.learners[j].high >>> 0, true).toBigInt();
                        else if (typeof m.learners[j] === "number")
                            d.learners[j] = o.longs === $String ? $String(m.learners[j]) : m.learners[j];
                        else
                            d.learners[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.learners[j]) : o.longs === $Number ? new $util.LongBits(m.learners[j].low >>> 0, m.learners[j].high >>> 0).toNumber(true) : m.learners[j];
                    }
                }
                if (m.votersOutgoing && m.votersOutgoing.length) {
                    d.votersOutgoing = $Array(m.votersOutgoing.length);
                    for (var j = 0; j < m.votersOutgoing.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.votersOutgoing[j] = typeof m.votersOutgoing[j] === "number" ? $BigInt(m.votersOutgoing[j]) : $util.Long.fromBits(m.votersOutgoing[j].low >>> 0, m.votersOutgoing[j].high >>> 0, true).toBigInt();
                        else if (typeof m.votersOutgoing[j] === "number")
                            d.votersOutgoing[j] = o.longs === $String ? $String(m.votersOutgoing[j]) : m.votersOutgoing[j];
                        else
                            d.votersOutgoing[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.votersOutgoing[j]) : o.longs === $Number ? new $util.LongBits(m.votersOutgoing[j].low >>> 0, m.votersOutgoing[j].high >>> 0).toNumber(true) : m.votersOutgoing[j];
                    }
                }
                if (m.learnersNext && m.learnersNext.length) {
                    d.learnersNext = $Array(m.learnersNext.length);
                    for (var j = 0; j < m.learnersNext.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.learnersNext[j] = typeof m.learnersNext[j] === "number" ? $BigInt(m.learnersNext[j]) : $util.Long.fromBits(m.learnersNext[j].low >>> 0, m.learnersNext[j].high >>> 0, true).toBigInt();
                        else if (typeof m.learnersNext[j] === "number")
                            d.learnersNext[j] = o.longs === $String ? $String(m.learnersNext[j]) : m.learnersNext[j];
                        else
                            d.learnersNext[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.learnersNext[j]) : o.longs === $Number ? new $util.LongBits(m.learnersNext[j].low >>> 0, m.learnersNext[j].high >>> 0).toNumber(true) : m.learnersNext[j];
                    }
                }
                if (m.autoLeave != null && $Object.hasOwnProperty.call(m, "autoLeave")) {
                    d.autoLeave = m.autoLeave;
                }
                return d;
            };

            /**
             * Converts this ConfState to JSON.
             * @function toJSON
             * @memberof keel.raft.ConfState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfState.prototype.toJSON = function() {
                return ConfState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfState
             * @function getTypeUrl
             * @memberof keel.raft.ConfState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.ConfState";
            };

            return ConfState;
        })();

        raft.SnapshotMetadata = (function() {

            /**
             * Properties of a SnapshotMetadata.
             * @typedef {Object} keel.raft.SnapshotMetadata.$Properties
             * @property {keel.raft.ConfState.$Properties|null} [confState] SnapshotMetadata confState
             * @property {number|null} [index] SnapshotMetadata index
             * @property {number|null} [term] SnapshotMetadata term
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMetadata.
             * @memberof keel.raft
             * @interface ISnapshotMetadata
             * @augments keel.raft.SnapshotMetadata.$Properties
             * @deprecated Use keel.raft.SnapshotMetadata.$Properties instead.
             */

            /**
             * Shape of a SnapshotMetadata.
             * @typedef {keel.raft.SnapshotMetadata.$Properties} keel.raft.SnapshotMetadata.$Shape
             */

            /**
             * Constructs a new SnapshotMetadata.
             * @memberof keel.raft
             * @classdesc Represents a SnapshotMetadata.
             * @constructor
             * @param {keel.raft.SnapshotMetadata.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMetadata = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotMetadata confState.
             * @member {keel.raft.ConfState.$Properties|null|undefined} confState
             * @memberof keel.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.confState = null;

            /**
             * SnapshotMetadata index.
             * @member {number} index
             * @memberof keel.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMetadata term.
             * @member {number} term
             * @memberof keel.raft.SnapshotMetadata
             * @instance
             */
            SnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SnapshotMetadata instance using the specified properties.
             * @function create
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {keel.raft.SnapshotMetadata.$Properties=} [properties] Properties to set
             * @returns {keel.raft.SnapshotMetadata} SnapshotMetadata instance
             * @type {{
             *   (properties: keel.raft.SnapshotMetadata.$Shape): keel.raft.SnapshotMetadata & keel.raft.SnapshotMetadata.$Shape;
             *   (properties?: keel.raft.SnapshotMetadata.$Properties): keel.raft.SnapshotMetadata;
             * }}
             */
            SnapshotMetadata.create = function(properties) {
                return new SnapshotMetadata(properties);
            };

            /**
             * Encodes the specified SnapshotMetadata message. Does not implicitly {@link keel.raft.SnapshotMetadata.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {keel.raft.SnapshotMetadata.$Properties} m SnapshotMetadata message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMetadata.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.confState != null && $Object.hasOwnProperty.call(m, "confState"))
                    $root.keel.raft.ConfState.encode(m.confState, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.index);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.term);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SnapshotMetadata message, length delimited. Does not implicitly {@link keel.raft.SnapshotMetadata.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {keel.raft.SnapshotMetadata.$Properties} message SnapshotMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMetadata.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.SnapshotMetadata & keel.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMetadata.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.SnapshotMetadata();
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
                            m.confState = $root.keel.raft.ConfState.decode(r, r.size(), $undefined, q + 1, m.confState);
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
             * Decodes a SnapshotMetadata message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.SnapshotMetadata & keel.raft.SnapshotMetadata.$Shape} SnapshotMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMetadata.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotMetadata message.
             * @function verify
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotMetadata.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.confState != null && $Object.hasOwnProperty.call(m, "confState")) {
                    {
                        var e = $root.keel.raft.ConfState.verify(m.confState, q + 1);
                        if (e)
                            return "confState." + e;
                    }
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SnapshotMetadata message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.SnapshotMetadata} SnapshotMetadata
             */
            SnapshotMetadata.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.SnapshotMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.SnapshotMetadata: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.SnapshotMetadata();
                if (d.confState != null) {
                    if (!$util.isObject(d.confState))
                        throw $TypeError(".keel.raft.SnapshotMetadata.confState: object expected");
                    m.confState = $root.keel.raft.ConfState.fromObject(d.confState, q + 1);
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
                return m;
            };

            /**
             * Creates a plain object from a SnapshotMetadata message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {keel.raft.SnapshotMetadata} m SnapshotMetadata
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotMetadata.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.confState = null;
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
                }
                if (m.confState != null && $Object.hasOwnProperty.call(m, "confState")) {
                    d.confState = $root.keel.raft.ConfState.toObject(m.confState, o, q + 1);
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
                return d;
            };

            /**
             * Converts this SnapshotMetadata to JSON.
             * @function toJSON
             * @memberof keel.raft.SnapshotMetadata
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotMetadata.prototype.toJSON = function() {
                return SnapshotMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotMetadata
             * @function getTypeUrl
             * @memberof keel.raft.SnapshotMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.SnapshotMetadata";
            };

            return SnapshotMetadata;
        })();

        raft.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} keel.raft.Snapshot.$Properties
             * @property {Uint8Array|null} [data] Snapshot data
             * @property {keel.raft.SnapshotMetadata.$Properties|null} [metadata] Snapshot metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof keel.raft
             * @interface ISnapshot
             * @augments keel.raft.Snapshot.$Properties
             * @deprecated Use keel.raft.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {keel.raft.Snapshot.$Properties} keel.raft.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof keel.raft
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {keel.raft.Snapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Snapshot data.
             * @member {Uint8Array} data
             * @memberof keel.raft.Snapshot
             * @instance
             */
            Snapshot.prototype.data = $util.newBuffer([]);

            /**
             * Snapshot metadata.
             * @member {keel.raft.SnapshotMetadata.$Properties|null|undefined} metadata
             * @memberof keel.raft.Snapshot
             * @instance
             */
            Snapshot.prototype.metadata = null;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof keel.raft.Snapshot
             * @static
             * @param {keel.raft.Snapshot.$Properties=} [properties] Properties to set
             * @returns {keel.raft.Snapshot} Snapshot instance
             * @type {{
             *   (properties: keel.raft.Snapshot.$Shape): keel.raft.Snapshot & keel.raft.Snapshot.$Shape;
             *   (properties?: keel.raft.Snapshot.$Properties): keel.raft.Snapshot;
             * }}
             */
            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link keel.raft.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.Snapshot
             * @static
             * @param {keel.raft.Snapshot.$Properties} m Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.data);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.keel.raft.SnapshotMetadata.encode(m.metadata, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link keel.raft.Snapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.Snapshot
             * @static
             * @param {keel.raft.Snapshot.$Properties} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.Snapshot & keel.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.Snapshot();
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
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.keel.raft.SnapshotMetadata.decode(r, r.size(), $undefined, q + 1, m.metadata);
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
             * Decodes a Snapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.Snapshot & keel.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Snapshot message.
             * @function verify
             * @memberof keel.raft.Snapshot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Snapshot.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    {
                        var e = $root.keel.raft.SnapshotMetadata.verify(m.metadata, q + 1);
                        if (e)
                            return "metadata." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.Snapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.Snapshot} Snapshot
             */
            Snapshot.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.Snapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.Snapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.Snapshot();
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                if (d.metadata != null) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".keel.raft.Snapshot.metadata: object expected");
                    m.metadata = $root.keel.raft.SnapshotMetadata.fromObject(d.metadata, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.Snapshot
             * @static
             * @param {keel.raft.Snapshot} m Snapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Snapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    d.metadata = null;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = $root.keel.raft.SnapshotMetadata.toObject(m.metadata, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this Snapshot to JSON.
             * @function toJSON
             * @memberof keel.raft.Snapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Snapshot
             * @function getTypeUrl
             * @memberof keel.raft.Snapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.Snapshot";
            };

            return Snapshot;
        })();

        /**
         * ConfChangeType enum.
         * @name keel.raft.ConfChangeType
         * @enum {number}
         * @property {number} CONF_CHANGE_ADD_NODE=0 CONF_CHANGE_ADD_NODE value
         * @property {number} CONF_CHANGE_REMOVE_NODE=1 CONF_CHANGE_REMOVE_NODE value
         * @property {number} CONF_CHANGE_UPDATE_NODE=2 CONF_CHANGE_UPDATE_NODE value
         * @property {number} CONF_CHANGE_ADD_LEARNER_NODE=3 CONF_CHANGE_ADD_LEARNER_NODE value
         */
        raft.ConfChangeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONF_CHANGE_ADD_NODE"] = 0;
            values[valuesById[1] = "CONF_CHANGE_REMOVE_NODE"] = 1;
            values[valuesById[2] = "CONF_CHANGE_UPDATE_NODE"] = 2;
            values[valuesById[3] = "CONF_CHANGE_ADD_LEARNER_NODE"] = 3;
            return values;
        })();

        raft.ConfChange = (function() {

            /**
             * Properties of a ConfChange.
             * @typedef {Object} keel.raft.ConfChange.$Properties
             * @property {keel.raft.ConfChangeType|null} [type] ConfChange type
             * @property {number|null} [nodeId] ConfChange nodeId
             * @property {Uint8Array|null} [context] ConfChange context
             * @property {number|null} [id] ConfChange id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfChange.
             * @memberof keel.raft
             * @interface IConfChange
             * @augments keel.raft.ConfChange.$Properties
             * @deprecated Use keel.raft.ConfChange.$Properties instead.
             */

            /**
             * Shape of a ConfChange.
             * @typedef {keel.raft.ConfChange.$Properties} keel.raft.ConfChange.$Shape
             */

            /**
             * Constructs a new ConfChange.
             * @memberof keel.raft
             * @classdesc Represents a ConfChange.
             * @constructor
             * @param {keel.raft.ConfChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfChange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfChange type.
             * @member {keel.raft.ConfChangeType} type
             * @memberof keel.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.type = 0;

            /**
             * ConfChange nodeId.
             * @member {number} nodeId
             * @memberof keel.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConfChange context.
             * @member {Uint8Array} context
             * @memberof keel.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.context = $util.newBuffer([]);

            /**
             * ConfChange id.
             * @member {number} id
             * @memberof keel.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @function create
             * @memberof keel.raft.ConfChange
             * @static
             * @param {keel.raft.ConfChange.$Properties=} [properties] Properties to set
             * @returns {keel.raft.ConfChange} ConfChange instance
             * @type {{
             *   (properties: keel.raft.ConfChange.$Shape): keel.raft.ConfChange & keel.raft.ConfChange.$Shape;
             *   (properties?: keel.raft.ConfChange.$Properties): keel.raft.ConfChange;
             * }}
             */
            ConfChange.create = function(properties) {
                return new ConfChange(properties);
            };

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link keel.raft.ConfChange.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.ConfChange
             * @static
             * @param {keel.raft.ConfChange.$Properties} m ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && (typeof m.nodeId === "object" ? m.nodeId.low || m.nodeId.high : m.nodeId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.nodeId);
                if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.context);
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.id);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link keel.raft.ConfChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.ConfChange
             * @static
             * @param {keel.raft.ConfChange.$Properties} message ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.ConfChange & keel.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.ConfChange();
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
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.context = v;
                            else
                                delete m.context;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.id = v;
                            else
                                delete m.id;
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
             * Decodes a ConfChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.ConfChange & keel.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfChange message.
             * @function verify
             * @memberof keel.raft.ConfChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isInteger(m.nodeId) && !(m.nodeId && $util.isInteger(m.nodeId.low) && $util.isInteger(m.nodeId.high)))
                        return "nodeId: integer|Long expected";
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    if (!(m.context && typeof m.context.length === "number" || $util.isString(m.context)))
                        return "context: buffer expected";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id) && !(m.id && $util.isInteger(m.id.low) && $util.isInteger(m.id.high)))
                        return "id: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.ConfChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.ConfChange} ConfChange
             */
            ConfChange.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.ConfChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.ConfChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.ConfChange();
                if (d.type !== 0 && (typeof d.type !== "string" || $root.keel.raft.ConfChangeType[d.type] !== 0)) {
                    switch (d.type) {
                    case "CONF_CHANGE_ADD_NODE":
                    case 0:
                        m.type = 0;
                        break;
                    case "CONF_CHANGE_REMOVE_NODE":
                    case 1:
                        m.type = 1;
                        break;
                    case "CONF_CHANGE_UPDATE_NODE":
                    case 2:
                        m.type = 2;
                        break;
                    case "CONF_CHANGE_ADD_LEARNER_NODE":
                    case 3:
                        m.type = 3;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId === "object" ? d.nodeId.low || d.nodeId.high : $Number(d.nodeId) !== 0) {
                        if ($util.Long)
                            m.nodeId = $util.Long.fromValue(d.nodeId, true);
                        else if (typeof d.nodeId === "string")
                            m.nodeId = $parseInt(d.nodeId, 10);
                        else if (typeof d.nodeId === "number")
                            m.nodeId = d.nodeId;
                        else if (typeof d.nodeId === "object")
                            m.nodeId = new $util.LongBits(d.nodeId.low >>> 0, d.nodeId.high >>> 0).toNumber(true);
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
                return m;
            };

            /**
             * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.ConfChange
             * @static
             * @param {keel.raft.ConfChange} m ConfChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = o.enums === $String ? "CONF_CHANGE_ADD_NODE" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.nodeId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.nodeId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.context = "";
                    else {
                        d.context = [];
                        if (o.bytes !== $Array)
                            d.context = $util.newBuffer(d.context);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.keel.raft.ConfChangeType[m.type] === $undefined ? m.type : $root.keel.raft.ConfChangeType[m.type] : m.type;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nodeId = typeof m.nodeId === "number" ? $BigInt(m.nodeId) : $util.Long.fromBits(m.nodeId.low >>> 0, m.nodeId.high >>> 0, true).toBigInt();
                    else if (typeof m.nodeId === "number")
                        d.nodeId = o.longs === $String ? $String(m.nodeId) : m.nodeId;
                    else
                        d.nodeId = o.longs === $String ? $util.Long.prototype.toString.call(m.nodeId) : o.longs === $Number ? new $util.LongBits(m.nodeId.low >>> 0, m.nodeId.high >>> 0).toNumber(true) : m.nodeId;
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                return d;
            };

            /**
             * Converts this ConfChange to JSON.
             * @function toJSON
             * @memberof keel.raft.ConfChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfChange.prototype.toJSON = function() {
                return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfChange
             * @function getTypeUrl
             * @memberof keel.raft.ConfChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.ConfChange";
            };

            return ConfChange;
        })();

        raft.ConfChangeSingle = (function() {

            /**
             * Properties of a ConfChangeSingle.
             * @typedef {Object} keel.raft.ConfChangeSingle.$Properties
             * @property {keel.raft.ConfChangeType|null} [type] ConfChangeSingle type
             * @property {number|null} [nodeId] ConfChangeSingle nodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfChangeSingle.
             * @memberof keel.raft
             * @interface IConfChangeSingle
             * @augments keel.raft.ConfChangeSingle.$Properties
             * @deprecated Use keel.raft.ConfChangeSingle.$Properties instead.
             */

            /**
             * Shape of a ConfChangeSingle.
             * @typedef {keel.raft.ConfChangeSingle.$Properties} keel.raft.ConfChangeSingle.$Shape
             */

            /**
             * Constructs a new ConfChangeSingle.
             * @memberof keel.raft
             * @classdesc Represents a ConfChangeSingle.
             * @constructor
             * @param {keel.raft.ConfChangeSingle.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfChangeSingle = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfChangeSingle type.
             * @member {keel.raft.ConfChangeType} type
             * @memberof keel.raft.ConfChangeSingle
             * @instance
             */
            ConfChangeSingle.prototype.type = 0;

            /**
             * ConfChangeSingle nodeId.
             * @member {number} nodeId
             * @memberof keel.raft.ConfChangeSingle
             * @instance
             */
            ConfChangeSingle.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ConfChangeSingle instance using the specified properties.
             * @function create
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {keel.raft.ConfChangeSingle.$Properties=} [properties] Properties to set
             * @returns {keel.raft.ConfChangeSingle} ConfChangeSingle instance
             * @type {{
             *   (properties: keel.raft.ConfChangeSingle.$Shape): keel.raft.ConfChangeSingle & keel.raft.ConfChangeSingle.$Shape;
             *   (properties?: keel.raft.ConfChangeSingle.$Properties): keel.raft.ConfChangeSingle;
             * }}
             */
            ConfChangeSingle.create = function(properties) {
                return new ConfChangeSingle(properties);
            };

            /**
             * Encodes the specified ConfChangeSingle message. Does not implicitly {@link keel.raft.ConfChangeSingle.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {keel.raft.ConfChangeSingle.$Properties} m ConfChangeSingle message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChangeSingle.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && (typeof m.nodeId === "object" ? m.nodeId.low || m.nodeId.high : m.nodeId !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.nodeId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConfChangeSingle message, length delimited. Does not implicitly {@link keel.raft.ConfChangeSingle.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {keel.raft.ConfChangeSingle.$Properties} message ConfChangeSingle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChangeSingle.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfChangeSingle message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.ConfChangeSingle & keel.raft.ConfChangeSingle.$Shape} ConfChangeSingle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChangeSingle.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.ConfChangeSingle();
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
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
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
             * Decodes a ConfChangeSingle message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.ConfChangeSingle & keel.raft.ConfChangeSingle.$Shape} ConfChangeSingle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChangeSingle.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfChangeSingle message.
             * @function verify
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfChangeSingle.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (!$util.isInteger(m.nodeId) && !(m.nodeId && $util.isInteger(m.nodeId.low) && $util.isInteger(m.nodeId.high)))
                        return "nodeId: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ConfChangeSingle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.ConfChangeSingle} ConfChangeSingle
             */
            ConfChangeSingle.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.ConfChangeSingle)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.ConfChangeSingle: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.ConfChangeSingle();
                if (d.type !== 0 && (typeof d.type !== "string" || $root.keel.raft.ConfChangeType[d.type] !== 0)) {
                    switch (d.type) {
                    case "CONF_CHANGE_ADD_NODE":
                    case 0:
                        m.type = 0;
                        break;
                    case "CONF_CHANGE_REMOVE_NODE":
                    case 1:
                        m.type = 1;
                        break;
                    case "CONF_CHANGE_UPDATE_NODE":
                    case 2:
                        m.type = 2;
                        break;
                    case "CONF_CHANGE_ADD_LEARNER_NODE":
                    case 3:
                        m.type = 3;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId === "object" ? d.nodeId.low || d.nodeId.high : $Number(d.nodeId) !== 0) {
                        if ($util.Long)
                            m.nodeId = $util.Long.fromValue(d.nodeId, true);
                        else if (typeof d.nodeId === "string")
                            m.nodeId = $parseInt(d.nodeId, 10);
                        else if (typeof d.nodeId === "number")
                            m.nodeId = d.nodeId;
                        else if (typeof d.nodeId === "object")
                            m.nodeId = new $util.LongBits(d.nodeId.low >>> 0, d.nodeId.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConfChangeSingle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {keel.raft.ConfChangeSingle} m ConfChangeSingle
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfChangeSingle.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = o.enums === $String ? "CONF_CHANGE_ADD_NODE" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.nodeId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.nodeId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.keel.raft.ConfChangeType[m.type] === $undefined ? m.type : $root.keel.raft.ConfChangeType[m.type] : m.type;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nodeId = typeof m.nodeId === "number" ? $BigInt(m.nodeId) : $util.Long.fromBits(m.nodeId.low >>> 0, m.nodeId.high >>> 0, true).toBigInt();
                    else if (typeof m.nodeId === "number")
                        d.nodeId = o.longs === $String ? $String(m.nodeId) : m.nodeId;
                    else
                        d.nodeId = o.longs === $String ? $util.Long.prototype.toString.call(m.nodeId) : o.longs === $Number ? new $util.LongBits(m.nodeId.low >>> 0, m.nodeId.high >>> 0).toNumber(true) : m.nodeId;
                }
                return d;
            };

            /**
             * Converts this ConfChangeSingle to JSON.
             * @function toJSON
             * @memberof keel.raft.ConfChangeSingle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfChangeSingle.prototype.toJSON = function() {
                return ConfChangeSingle.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfChangeSingle
             * @function getTypeUrl
             * @memberof keel.raft.ConfChangeSingle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfChangeSingle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.ConfChangeSingle";
            };

            return ConfChangeSingle;
        })();

        /**
         * ConfChangeTransition enum.
         * @name keel.raft.ConfChangeTransition
         * @enum {number}
         * @property {number} CONF_CHANGE_TRANSITION_AUTO=0 CONF_CHANGE_TRANSITION_AUTO value
         * @property {number} CONF_CHANGE_TRANSITION_JOINT_IMPLICIT=1 CONF_CHANGE_TRANSITION_JOINT_IMPLICIT value
         * @property {number} CONF_CHANGE_TRANSITION_JOINT_EXPLICIT=2 CONF_CHANGE_TRANSITION_JOINT_EXPLICIT value
         */
        raft.ConfChangeTransition = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONF_CHANGE_TRANSITION_AUTO"] = 0;
            values[valuesById[1] = "CONF_CHANGE_TRANSITION_JOINT_IMPLICIT"] = 1;
            values[valuesById[2] = "CONF_CHANGE_TRANSITION_JOINT_EXPLICIT"] = 2;
            return values;
        })();

        raft.ConfChangeV2 = (function() {

            /**
             * Properties of a ConfChangeV2.
             * @typedef {Object} keel.raft.ConfChangeV2.$Properties
             * @property {keel.raft.ConfChangeTransition|null} [transition] ConfChangeV2 transition
             * @property {Array.<keel.raft.ConfChangeSingle.$Properties>|null} [changes] ConfChangeV2 changes
             * @property {Uint8Array|null} [context] ConfChangeV2 context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfChangeV2.
             * @memberof keel.raft
             * @interface IConfChangeV2
             * @augments keel.raft.ConfChangeV2.$Properties
             * @deprecated Use keel.raft.ConfChangeV2.$Properties instead.
             */

            /**
             * Shape of a ConfChangeV2.
             * @typedef {keel.raft.ConfChangeV2.$Properties} keel.raft.ConfChangeV2.$Shape
             */

            /**
             * Constructs a new ConfChangeV2.
             * @memberof keel.raft
             * @classdesc Represents a ConfChangeV2.
             * @constructor
             * @param {keel.raft.ConfChangeV2.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfChangeV2 = function (p) {
                this.changes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConfChangeV2 transition.
             * @member {keel.raft.ConfChangeTransition} transition
             * @memberof keel.raft.ConfChangeV2
             * @instance
             */
            ConfChangeV2.prototype.transition = 0;

            /**
             * ConfChangeV2 changes.
             * @member {Array.<keel.raft.ConfChangeSingle.$Properties>} changes
             * @memberof keel.raft.ConfChangeV2
             * @instance
             */
            ConfChangeV2.prototype.changes = $util.emptyArray;

            /**
             * ConfChangeV2 context.
             * @member {Uint8Array} context
             * @memberof keel.raft.ConfChangeV2
             * @instance
             */
            ConfChangeV2.prototype.context = $util.newBuffer([]);

            /**
             * Creates a new ConfChangeV2 instance using the specified properties.
             * @function create
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {keel.raft.ConfChangeV2.$Properties=} [properties] Properties to set
             * @returns {keel.raft.ConfChangeV2} ConfChangeV2 instance
             * @type {{
             *   (properties: keel.raft.ConfChangeV2.$Shape): keel.raft.ConfChangeV2 & keel.raft.ConfChangeV2.$Shape;
             *   (properties?: keel.raft.ConfChangeV2.$Properties): keel.raft.ConfChangeV2;
             * }}
             */
            ConfChangeV2.create = function(properties) {
                return new ConfChangeV2(properties);
            };

            /**
             * Encodes the specified ConfChangeV2 message. Does not implicitly {@link keel.raft.ConfChangeV2.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {keel.raft.ConfChangeV2.$Properties} m ConfChangeV2 message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChangeV2.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.transition != null && $Object.hasOwnProperty.call(m, "transition") && m.transition !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.transition);
                if (m.changes != null && m.changes.length) {
                    for (var i = 0; i < m.changes.length; ++i)
                        $root.keel.raft.ConfChangeSingle.encode(m.changes[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.context);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConfChangeV2 message, length delimited. Does not implicitly {@link keel.raft.ConfChangeV2.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {keel.raft.ConfChangeV2.$Properties} message ConfChangeV2 message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChangeV2.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfChangeV2 message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.ConfChangeV2 & keel.raft.ConfChangeV2.$Shape} ConfChangeV2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChangeV2.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.ConfChangeV2();
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
                                m.transition = v;
                            else
                                delete m.transition;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.changes && m.changes.length))
                                m.changes = [];
                            m.changes.push($root.keel.raft.ConfChangeSingle.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
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
             * Decodes a ConfChangeV2 message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.ConfChangeV2 & keel.raft.ConfChangeV2.$Shape} ConfChangeV2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChangeV2.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfChangeV2 message.
             * @function verify
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfChangeV2.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.transition != null && $Object.hasOwnProperty.call(m, "transition")) {
                    if (typeof m.transition !== "number" || (m.transition | 0) !== m.transition)
                        return "transition: enum value expected";
                }
                if (m.changes != null && $Object.hasOwnProperty.call(m, "changes")) {
                    if (!$Array.isArray(m.changes))
                        return "changes: array expected";
                    for (var i = 0; i < m.changes.length; ++i) {
                        {
                            var e = $root.keel.raft.ConfChangeSingle.verify(m.changes[i], q + 1);
                            if (e)
                                return "changes." + e;
                        }
                    }
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    if (!(m.context && typeof m.context.length === "number" || $util.isString(m.context)))
                        return "context: buffer expected";
                }
                return null;
            };

            /**
             * Creates a ConfChangeV2 message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.ConfChangeV2} ConfChangeV2
             */
            ConfChangeV2.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.ConfChangeV2)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.ConfChangeV2: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.ConfChangeV2();
                if (d.transition !== 0 && (typeof d.transition !== "string" || $root.keel.raft.ConfChangeTransition[d.transition] !== 0)) {
                    switch (d.transition) {
                    case "CONF_CHANGE_TRANSITION_AUTO":
                    case 0:
                        m.transition = 0;
                        break;
                    case "CONF_CHANGE_TRANSITION_JOINT_IMPLICIT":
                    case 1:
                        m.transition = 1;
                        break;
                    case "CONF_CHANGE_TRANSITION_JOINT_EXPLICIT":
                    case 2:
                        m.transition = 2;
                        break;
                    default:
                        if (typeof d.transition === "number" && (d.transition | 0) === d.transition)
                            m.transition = d.transition;
                    }
                }
                if (d.changes) {
                    if (!$Array.isArray(d.changes))
                        throw $TypeError(".keel.raft.ConfChangeV2.changes: array expected");
                    m.changes = $Array(d.changes.length);
                    for (var i = 0; i < d.changes.length; ++i) {
                        if (!$util.isObject(d.changes[i]))
                            throw $TypeError(".keel.raft.ConfChangeV2.changes: object expected");
                        m.changes[i] = $root.keel.raft.ConfChangeSingle.fromObject(d.changes[i], q + 1);
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
             * Creates a plain object from a ConfChangeV2 message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {keel.raft.ConfChangeV2} m ConfChangeV2
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfChangeV2.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.changes = [];
                }
                if (o.defaults) {
                    d.transition = o.enums === $String ? "CONF_CHANGE_TRANSITION_AUTO" : 0;
                    if (o.bytes === $String)
                        d.context = "";
                    else {
                        d.context = [];
                        if (o.bytes !== $Array)
                            d.context = $util.newBuffer(d.context);
                    }
                }
                if (m.transition != null && $Object.hasOwnProperty.call(m, "transition")) {
                    d.transition = o.enums === $String ? $root.keel.raft.ConfChangeTransition[m.transition] === $undefined ? m.transition : $root.keel.raft.ConfChangeTransition[m.transition] : m.transition;
                }
                if (m.changes && m.changes.length) {
                    d.changes = $Array(m.changes.length);
                    for (var j = 0; j < m.changes.length; ++j) {
                        d.changes[j] = $root.keel.raft.ConfChangeSingle.toObject(m.changes[j], o, q + 1);
                    }
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                }
                return d;
            };

            /**
             * Converts this ConfChangeV2 to JSON.
             * @function toJSON
             * @memberof keel.raft.ConfChangeV2
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfChangeV2.prototype.toJSON = function() {
                return ConfChangeV2.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfChangeV2
             * @function getTypeUrl
             * @memberof keel.raft.ConfChangeV2
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfChangeV2.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.ConfChangeV2";
            };

            return ConfChangeV2;
        })();

        /**
         * MessageType enum.
         * @name keel.raft.MessageType
         * @enum {number}
         * @property {number} MSG_HUP=0 MSG_HUP value
         * @property {number} MSG_BEAT=1 MSG_BEAT value
         * @property {number} MSG_PROP=2 MSG_PROP value
         * @property {number} MSG_APP=3 MSG_APP value
         * @property {number} MSG_APP_RESP=4 MSG_APP_RESP value
         * @property {number} MSG_VOTE=5 MSG_VOTE value
         * @property {number} MSG_VOTE_RESP=6 MSG_VOTE_RESP value
         * @property {number} MSG_SNAP=7 MSG_SNAP value
         * @property {number} MSG_HEARTBEAT=8 MSG_HEARTBEAT value
         * @property {number} MSG_HEARTBEAT_RESP=9 MSG_HEARTBEAT_RESP value
         * @property {number} MSG_UNREACHABLE=10 MSG_UNREACHABLE value
         * @property {number} MSG_SNAP_STATUS=11 MSG_SNAP_STATUS value
         * @property {number} MSG_CHECK_QUORUM=12 MSG_CHECK_QUORUM value
         * @property {number} MSG_TRANSFER_LEADER=13 MSG_TRANSFER_LEADER value
         * @property {number} MSG_TIMEOUT_NOW=14 MSG_TIMEOUT_NOW value
         * @property {number} MSG_READ_INDEX=15 MSG_READ_INDEX value
         * @property {number} MSG_READ_INDEX_RESP=16 MSG_READ_INDEX_RESP value
         * @property {number} MSG_PRE_VOTE=17 MSG_PRE_VOTE value
         * @property {number} MSG_PRE_VOTE_RESP=18 MSG_PRE_VOTE_RESP value
         * @property {number} MSG_FORGET_LEADER=19 MSG_FORGET_LEADER value
         */
        raft.MessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MSG_HUP"] = 0;
            values[valuesById[1] = "MSG_BEAT"] = 1;
            values[valuesById[2] = "MSG_PROP"] = 2;
            values[valuesById[3] = "MSG_APP"] = 3;
            values[valuesById[4] = "MSG_APP_RESP"] = 4;
            values[valuesById[5] = "MSG_VOTE"] = 5;
            values[valuesById[6] = "MSG_VOTE_RESP"] = 6;
            values[valuesById[7] = "MSG_SNAP"] = 7;
            values[valuesById[8] = "MSG_HEARTBEAT"] = 8;
            values[valuesById[9] = "MSG_HEARTBEAT_RESP"] = 9;
            values[valuesById[10] = "MSG_UNREACHABLE"] = 10;
            values[valuesById[11] = "MSG_SNAP_STATUS"] = 11;
            values[valuesById[12] = "MSG_CHECK_QUORUM"] = 12;
            values[valuesById[13] = "MSG_TRANSFER_LEADER"] = 13;
            values[valuesById[14] = "MSG_TIMEOUT_NOW"] = 14;
            values[valuesById[15] = "MSG_READ_INDEX"] = 15;
            values[valuesById[16] = "MSG_READ_INDEX_RESP"] = 16;
            values[valuesById[17] = "MSG_PRE_VOTE"] = 17;
            values[valuesById[18] = "MSG_PRE_VOTE_RESP"] = 18;
            values[valuesById[19] = "MSG_FORGET_LEADER"] = 19;
            return values;
        })();

        raft.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} keel.raft.Message.$Properties
             * @property {keel.raft.MessageType|null} [type] Message type
             * @property {number|null} [to] Message to
             * @property {number|null} [from] Message from
             * @property {number|null} [term] Message term
             * @property {number|null} [logTerm] Message logTerm
             * @property {number|null} [index] Message index
             * @property {Array.<keel.raft.Entry.$Properties>|null} [entries] Message entries
             * @property {number|null} [commit] Message commit
             * @property {keel.raft.Snapshot.$Properties|null} [snapshot] Message snapshot
             * @property {boolean|null} [reject] Message reject
             * @property {number|null} [rejectHint] Message rejectHint
             * @property {Uint8Array|null} [context] Message context
             * @property {boolean|null} [recovering] Message recovering
             * @property {boolean|null} [commitOnly] Message commitOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof keel.raft
             * @interface IMessage
             * @augments keel.raft.Message.$Properties
             * @deprecated Use keel.raft.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {keel.raft.Message.$Properties} keel.raft.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof keel.raft
             * @classdesc Represents a Message.
             * @constructor
             * @param {keel.raft.Message.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Message type.
             * @member {keel.raft.MessageType} type
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.type = 0;

            /**
             * Message to.
             * @member {number} to
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message from.
             * @member {number} from
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message term.
             * @member {number} term
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message logTerm.
             * @member {number} logTerm
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message index.
             * @member {number} index
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message entries.
             * @member {Array.<keel.raft.Entry.$Properties>} entries
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.entries = $util.emptyArray;

            /**
             * Message commit.
             * @member {number} commit
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message snapshot.
             * @member {keel.raft.Snapshot.$Properties|null|undefined} snapshot
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.snapshot = null;

            /**
             * Message reject.
             * @member {boolean} reject
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.reject = false;

            /**
             * Message rejectHint.
             * @member {number} rejectHint
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message context.
             * @member {Uint8Array} context
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.context = $util.newBuffer([]);

            /**
             * Message recovering.
             * @member {boolean} recovering
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.recovering = false;

            /**
             * Message commitOnly.
             * @member {boolean} commitOnly
             * @memberof keel.raft.Message
             * @instance
             */
            Message.prototype.commitOnly = false;

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof keel.raft.Message
             * @static
             * @param {keel.raft.Message.$Properties=} [properties] Properties to set
             * @returns {keel.raft.Message} Message instance
             * @type {{
             *   (properties: keel.raft.Message.$Shape): keel.raft.Message & keel.raft.Message.$Shape;
             *   (properties?: keel.raft.Message.$Properties): keel.raft.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link keel.raft.Message.verify|verify} messages.
             * @function encode
             * @memberof keel.raft.Message
             * @static
             * @param {keel.raft.Message.$Properties} m Message message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && (typeof m.to === "object" ? m.to.low || m.to.high : m.to !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.to);
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && (typeof m.from === "object" ? m.from.low || m.from.high : m.from !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.from);
                if (m.term != null && $Object.hasOwnProperty.call(m, "term") && (typeof m.term === "object" ? m.term.low || m.term.high : m.term !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.term);
                if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm") && (typeof m.logTerm === "object" ? m.logTerm.low || m.logTerm.high : m.logTerm !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.logTerm);
                if (m.index != null && $Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.index);
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.keel.raft.Entry.encode(m.entries[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && (typeof m.commit === "object" ? m.commit.low || m.commit.high : m.commit !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.commit);
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot"))
                    $root.keel.raft.Snapshot.encode(m.snapshot, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.reject != null && $Object.hasOwnProperty.call(m, "reject") && m.reject !== false)
                    w.uint32(/* id 10, wireType 0 =*/80).bool(m.reject);
                if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint") && (typeof m.rejectHint === "object" ? m.rejectHint.low || m.rejectHint.high : m.rejectHint !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).uint64(m.rejectHint);
                if (m.context != null && $Object.hasOwnProperty.call(m, "context") && m.context.length)
                    w.uint32(/* id 12, wireType 2 =*/98).bytes(m.context);
                if (m.recovering != null && $Object.hasOwnProperty.call(m, "recovering") && m.recovering !== false)
                    w.uint32(/* id 13, wireType 0 =*/104).bool(m.recovering);
                if (m.commitOnly != null && $Object.hasOwnProperty.call(m, "commitOnly") && m.commitOnly !== false)
                    w.uint32(/* id 14, wireType 0 =*/112).bool(m.commitOnly);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link keel.raft.Message.verify|verify} messages.
             * @function encodeDelimited
             * @memberof keel.raft.Message
             * @static
             * @param {keel.raft.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof keel.raft.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {keel.raft.Message & keel.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (r, l, z, q, g) {
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
                m = g || new $root.keel.raft.Message();
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
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.term = v;
                            else
                                delete m.term;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.logTerm = v;
                            else
                                delete m.logTerm;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.index = v;
                            else
                                delete m.index;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.keel.raft.Entry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commit = v;
                            else
                                delete m.commit;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.snapshot = $root.keel.raft.Snapshot.decode(r, r.size(), $undefined, q + 1, m.snapshot);
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.reject = v;
                            else
                                delete m.reject;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.rejectHint = v;
                            else
                                delete m.rejectHint;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.context = v;
                            else
                                delete m.context;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.recovering = v;
                            else
                                delete m.recovering;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.commitOnly = v;
                            else
                                delete m.commitOnly;
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
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof keel.raft.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {keel.raft.Message & keel.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Message message.
             * @function verify
             * @memberof keel.raft.Message
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Message.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (!$util.isInteger(m.to) && !(m.to && $util.isInteger(m.to.low) && $util.isInteger(m.to.high)))
                        return "to: integer|Long expected";
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    if (!$util.isInteger(m.from) && !(m.from && $util.isInteger(m.from.low) && $util.isInteger(m.from.high)))
                        return "from: integer|Long expected";
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (!$util.isInteger(m.term) && !(m.term && $util.isInteger(m.term.low) && $util.isInteger(m.term.high)))
                        return "term: integer|Long expected";
                }
                if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm")) {
                    if (!$util.isInteger(m.logTerm) && !(m.logTerm && $util.isInteger(m.logTerm.low) && $util.isInteger(m.logTerm.high)))
                        return "logTerm: integer|Long expected";
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (!$util.isInteger(m.index) && !(m.index && $util.isInteger(m.index.low) && $util.isInteger(m.index.high)))
                        return "index: integer|Long expected";
                }
                if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                    if (!$Array.isArray(m.entries))
                        return "entries: array expected";
                    for (var i = 0; i < m.entries.length; ++i) {
                        {
                            var e = $root.keel.raft.Entry.verify(m.entries[i], q + 1);
                            if (e)
                                return "entries." + e;
                        }
                    }
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (!$util.isInteger(m.commit) && !(m.commit && $util.isInteger(m.commit.low) && $util.isInteger(m.commit.high)))
                        return "commit: integer|Long expected";
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    {
                        var e = $root.keel.raft.Snapshot.verify(m.snapshot, q + 1);
                        if (e)
                            return "snapshot." + e;
                    }
                }
                if (m.reject != null && $Object.hasOwnProperty.call(m, "reject")) {
                    if (typeof m.reject !== "boolean")
                        return "reject: boolean expected";
                }
                if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint")) {
                    if (!$util.isInteger(m.rejectHint) && !(m.rejectHint && $util.isInteger(m.rejectHint.low) && $util.isInteger(m.rejectHint.high)))
                        return "rejectHint: integer|Long expected";
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    if (!(m.context && typeof m.context.length === "number" || $util.isString(m.context)))
                        return "context: buffer expected";
                }
                if (m.recovering != null && $Object.hasOwnProperty.call(m, "recovering")) {
                    if (typeof m.recovering !== "boolean")
                        return "recovering: boolean expected";
                }
                if (m.commitOnly != null && $Object.hasOwnProperty.call(m, "commitOnly")) {
                    if (typeof m.commitOnly !== "boolean")
                        return "commitOnly: boolean expected";
                }
                return null;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof keel.raft.Message
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {keel.raft.Message} Message
             */
            Message.fromObject = function (d, q) {
                if (d instanceof $root.keel.raft.Message)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".keel.raft.Message: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.keel.raft.Message();
                if (d.type !== 0 && (typeof d.type !== "string" || $root.keel.raft.MessageType[d.type] !== 0)) {
                    switch (d.type) {
                    case "MSG_HUP":
                    case 0:
                        m.type = 0;
                        break;
                    case "MSG_BEAT":
                    case 1:
                        m.type = 1;
                        break;
                    case "MSG_PROP":
                    case 2:
                        m.type = 2;
                        break;
                    case "MSG_APP":
                    case 3:
                        m.type = 3;
                        break;
                    case "MSG_APP_RESP":
                    case 4:
                        m.type = 4;
                        break;
                    case "MSG_VOTE":
                    case 5:
                        m.type = 5;
                        break;
                    case "MSG_VOTE_RESP":
                    case 6:
                        m.type = 6;
                        break;
                    case "MSG_SNAP":
                    case 7:
                        m.type = 7;
                        break;
                    case "MSG_HEARTBEAT":
                    case 8:
                        m.type = 8;
                        break;
                    case "MSG_HEARTBEAT_RESP":
                    case 9:
                        m.type = 9;
                        break;
                    case "MSG_UNREACHABLE":
                    case 10:
                        m.type = 10;
                        break;
                    case "MSG_SNAP_STATUS":
                    case 11:
                        m.type = 11;
                        break;
                    case "MSG_CHECK_QUORUM":
                    case 12:
                        m.type = 12;
                        break;
                    case "MSG_TRANSFER_LEADER":
                    case 13:
                        m.type = 13;
                        break;
                    case "MSG_TIMEOUT_NOW":
                    case 14:
                        m.type = 14;
                        break;
                    case "MSG_READ_INDEX":
                    case 15:
                        m.type = 15;
                        break;
                    case "MSG_READ_INDEX_RESP":
                    case 16:
                        m.type = 16;
                        break;
                    case "MSG_PRE_VOTE":
                    case 17:
                        m.type = 17;
                        break;
                    case "MSG_PRE_VOTE_RESP":
                    case 18:
                        m.type = 18;
                        break;
                    case "MSG_FORGET_LEADER":
                    case 19:
                        m.type = 19;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.to != null) {
                    if (typeof d.to === "object" ? d.to.low || d.to.high : $Number(d.to) !== 0) {
                        if ($util.Long)
                            m.to = $util.Long.fromValue(d.to, true);
                        else if (typeof d.to === "string")
                            m.to = $parseInt(d.to, 10);
                        else if (typeof d.to === "number")
                            m.to = d.to;
                        else if (typeof d.to === "object")
                            m.to = new $util.LongBits(d.to.low >>> 0, d.to.high >>> 0).toNumber(true);
                    }
                }
                if (d.from != null) {
                    if (typeof d.from === "object" ? d.from.low || d.from.high : $Number(d.from) !== 0) {
                        if ($util.Long)
                            m.from = $util.Long.fromValue(d.from, true);
                        else if (typeof d.from === "string")
                            m.from = $parseInt(d.from, 10);
                        else if (typeof d.from === "number")
                            m.from = d.from;
                        else if (typeof d.from === "object")
                            m.from = new $util.LongBits(d.from.low >>> 0, d.from.high >>> 0).toNumber(true);
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
                if (d.logTerm != null) {
                    if (typeof d.logTerm === "object" ? d.logTerm.low || d.logTerm.high : $Number(d.logTerm) !== 0) {
                        if ($util.Long)
                            m.logTerm = $util.Long.fromValue(d.logTerm, true);
                        else if (typeof d.logTerm === "string")
                            m.logTerm = $parseInt(d.logTerm, 10);
                        else if (typeof d.logTerm === "number")
                            m.logTerm = d.logTerm;
                        else if (typeof d.logTerm === "object")
                            m.logTerm = new $util.LongBits(d.logTerm.low >>> 0, d.logTerm.high >>> 0).toNumber(true);
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
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".keel.raft.Message.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".keel.raft.Message.entries: object expected");
                        m.entries[i] = $root.keel.raft.Entry.fromObject(d.entries[i], q + 1);
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
                if (d.snapshot != null) {
                    if (!$util.isObject(d.snapshot))
                        throw $TypeError(".keel.raft.Message.snapshot: object expected");
                    m.snapshot = $root.keel.raft.Snapshot.fromObject(d.snapshot, q + 1);
                }
                if (d.reject != null) {
                    if (d.reject) {
                        m.reject = $Boolean(d.reject);
                    }
                }
                if (d.rejectHint != null) {
                    if (typeof d.rejectHint === "object" ? d.rejectHint.low || d.rejectHint.high : $Number(d.rejectHint) !== 0) {
                        if ($util.Long)
                            m.rejectHint = $util.Long.fromValue(d.rejectHint, true);
                        else if (typeof d.rejectHint === "string")
                            m.rejectHint = $parseInt(d.rejectHint, 10);
                        else if (typeof d.rejectHint === "number")
                            m.rejectHint = d.rejectHint;
                        else if (typeof d.rejectHint === "object")
                            m.rejectHint = new $util.LongBits(d.rejectHint.low >>> 0, d.rejectHint.high >>> 0).toNumber(true);
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
                if (d.recovering != null) {
                    if (d.recovering) {
                        m.recovering = $Boolean(d.recovering);
                    }
                }
                if (d.commitOnly != null) {
                    if (d.commitOnly) {
                        m.commitOnly = $Boolean(d.commitOnly);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof keel.raft.Message
             * @static
             * @param {keel.raft.Message} m Message
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (o.defaults) {
                    d.type = o.enums === $String ? "MSG_HUP" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.to = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.to = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.from = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.from = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.term = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.term = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.logTerm = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.logTerm = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.index = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.index = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commit = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commit = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.snapshot = null;
                    d.reject = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.rejectHint = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rejectHint = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.context = "";
                    else {
                        d.context = [];
                        if (o.bytes !== $Array)
                            d.context = $util.newBuffer(d.context);
                    }
                    d.recovering = false;
                    d.commitOnly = false;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.keel.raft.MessageType[m.type] === $undefined ? m.type : $root.keel.raft.MessageType[m.type] : m.type;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.to = typeof m.to === "number" ? $BigInt(m.to) : $util.Long.fromBits(m.to.low >>> 0, m.to.high >>> 0, true).toBigInt();
                    else if (typeof m.to === "number")
                        d.to = o.longs === $String ? $String(m.to) : m.to;
                    else
                        d.to = o.longs === $String ? $util.Long.prototype.toString.call(m.to) : o.longs === $Number ? new $util.LongBits(m.to.low >>> 0, m.to.high >>> 0).toNumber(true) : m.to;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.from = typeof m.from === "number" ? $BigInt(m.from) : $util.Long.fromBits(m.from.low >>> 0, m.from.high >>> 0, true).toBigInt();
                    else if (typeof m.from === "number")
                        d.from = o.longs === $String ? $String(m.from) : m.from;
                    else
                        d.from = o.longs === $String ? $util.Long.prototype.toString.call(m.from) : o.longs === $Number ? new $util.LongBits(m.from.low >>> 0, m.from.high >>> 0).toNumber(true) : m.from;
                }
                if (m.term != null && $Object.hasOwnProperty.call(m, "term")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.term = typeof m.term === "number" ? $BigInt(m.term) : $util.Long.fromBits(m.term.low >>> 0, m.term.high >>> 0, true).toBigInt();
                    else if (typeof m.term === "number")
                        d.term = o.longs === $String ? $String(m.term) : m.term;
                    else
                        d.term = o.longs === $String ? $util.Long.prototype.toString.call(m.term) : o.longs === $Number ? new $util.LongBits(m.term.low >>> 0, m.term.high >>> 0).toNumber(true) : m.term;
                }
                if (m.logTerm != null && $Object.hasOwnProperty.call(m, "logTerm")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.logTerm = typeof m.logTerm === "number" ? $BigInt(m.logTerm) : $util.Long.fromBits(m.logTerm.low >>> 0, m.logTerm.high >>> 0, true).toBigInt();
                    else if (typeof m.logTerm === "number")
                        d.logTerm = o.longs === $String ? $String(m.logTerm) : m.logTerm;
                    else
                        d.logTerm = o.longs === $String ? $util.Long.prototype.toString.call(m.logTerm) : o.longs === $Number ? new $util.LongBits(m.logTerm.low >>> 0, m.logTerm.high >>> 0).toNumber(true) : m.logTerm;
                }
                if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.index = typeof m.index === "number" ? $BigInt(m.index) : $util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, true).toBigInt();
                    else if (typeof m.index === "number")
                        d.index = o.longs === $String ? $String(m.index) : m.index;
                    else
                        d.index = o.longs === $String ? $util.Long.prototype.toString.call(m.index) : o.longs === $Number ? new $util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber(true) : m.index;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.keel.raft.Entry.toObject(m.entries[j], o, q + 1);
                    }
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commit = typeof m.commit === "number" ? $BigInt(m.commit) : $util.Long.fromBits(m.commit.low >>> 0, m.commit.high >>> 0, true).toBigInt();
                    else if (typeof m.commit === "number")
                        d.commit = o.longs === $String ? $String(m.commit) : m.commit;
                    else
                        d.commit = o.longs === $String ? $util.Long.prototype.toString.call(m.commit) : o.longs === $Number ? new $util.LongBits(m.commit.low >>> 0, m.commit.high >>> 0).toNumber(true) : m.commit;
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = $root.keel.raft.Snapshot.toObject(m.snapshot, o, q + 1);
                }
                if (m.reject != null && $Object.hasOwnProperty.call(m, "reject")) {
                    d.reject = m.reject;
                }
                if (m.rejectHint != null && $Object.hasOwnProperty.call(m, "rejectHint")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rejectHint = typeof m.rejectHint === "number" ? $BigInt(m.rejectHint) : $util.Long.fromBits(m.rejectHint.low >>> 0, m.rejectHint.high >>> 0, true).toBigInt();
                    else if (typeof m.rejectHint === "number")
                        d.rejectHint = o.longs === $String ? $String(m.rejectHint) : m.rejectHint;
                    else
                        d.rejectHint = o.longs === $String ? $util.Long.prototype.toString.call(m.rejectHint) : o.longs === $Number ? new $util.LongBits(m.rejectHint.low >>> 0, m.rejectHint.high >>> 0).toNumber(true) : m.rejectHint;
                }
                if (m.context != null && $Object.hasOwnProperty.call(m, "context")) {
                    d.context = o.bytes === $String ? $util.base64.encode(m.context, 0, m.context.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.context) : m.context;
                }
                if (m.recovering != null && $Object.hasOwnProperty.call(m, "recovering")) {
                    d.recovering = m.recovering;
                }
                if (m.commitOnly != null && $Object.hasOwnProperty.call(m, "commitOnly")) {
                    d.commitOnly = m.commitOnly;
                }
                return d;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof keel.raft.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof keel.raft.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/keel.raft.Message";
            };

            return Message;
        })();

        return raft;
    })();

    return keel;
})();

export {
  $root as default
};
