/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const hanse = $root.hanse = (() => {

    /**
     * Namespace hanse.
     * @exports hanse
     * @namespace
     */
    const hanse = {};

    hanse.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof hanse
         * @namespace
         */
        const v1 = {};

        v1.CatalogRequest = (function() {

            /**
             * Properties of a CatalogRequest.
             * @typedef {Object} hanse.v1.CatalogRequest.$Properties
             * @property {string|null} [requestId] CatalogRequest requestId
             * @property {string|null} [query] CatalogRequest query
             * @property {number|null} [pageSize] CatalogRequest pageSize
             * @property {string|null} [pageToken] CatalogRequest pageToken
             * @property {string|null} [offerId] CatalogRequest offerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CatalogRequest.
             * @memberof hanse.v1
             * @interface ICatalogRequest
             * @augments hanse.v1.CatalogRequest.$Properties
             * @deprecated Use hanse.v1.CatalogRequest.$Properties instead.
             */

            /**
             * Shape of a CatalogRequest.
             * @typedef {hanse.v1.CatalogRequest.$Properties} hanse.v1.CatalogRequest.$Shape
             */

            /**
             * Constructs a new CatalogRequest.
             * @memberof hanse.v1
             * @classdesc Represents a CatalogRequest.
             * @constructor
             * @param {hanse.v1.CatalogRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CatalogRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CatalogRequest requestId.
             * @member {string} requestId
             * @memberof hanse.v1.CatalogRequest
             * @instance
             */
            CatalogRequest.prototype.requestId = "";

            /**
             * CatalogRequest query.
             * @member {string} query
             * @memberof hanse.v1.CatalogRequest
             * @instance
             */
            CatalogRequest.prototype.query = "";

            /**
             * CatalogRequest pageSize.
             * @member {number} pageSize
             * @memberof hanse.v1.CatalogRequest
             * @instance
             */
            CatalogRequest.prototype.pageSize = 0;

            /**
             * CatalogRequest pageToken.
             * @member {string} pageToken
             * @memberof hanse.v1.CatalogRequest
             * @instance
             */
            CatalogRequest.prototype.pageToken = "";

            /**
             * CatalogRequest offerId.
             * @member {string} offerId
             * @memberof hanse.v1.CatalogRequest
             * @instance
             */
            CatalogRequest.prototype.offerId = "";

            /**
             * Creates a new CatalogRequest instance using the specified properties.
             * @function create
             * @memberof hanse.v1.CatalogRequest
             * @static
             * @param {hanse.v1.CatalogRequest.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.CatalogRequest} CatalogRequest instance
             * @type {{
             *   (properties: hanse.v1.CatalogRequest.$Shape): hanse.v1.CatalogRequest & hanse.v1.CatalogRequest.$Shape;
             *   (properties?: hanse.v1.CatalogRequest.$Properties): hanse.v1.CatalogRequest;
             * }}
             */
            CatalogRequest.create = function(properties) {
                return new CatalogRequest(properties);
            };

            /**
             * Encodes the specified CatalogRequest message. Does not implicitly {@link hanse.v1.CatalogRequest.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.CatalogRequest
             * @static
             * @param {hanse.v1.CatalogRequest.$Properties} message CatalogRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CatalogRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.query);
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize") && message.pageSize !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pageSize);
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken") && message.pageToken !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.pageToken);
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId") && message.offerId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.offerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CatalogRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.CatalogRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.CatalogRequest & hanse.v1.CatalogRequest.$Shape} CatalogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CatalogRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.CatalogRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pageSize = value;
                            else
                                delete message.pageSize;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pageToken = value;
                            else
                                delete message.pageToken;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offerId = value;
                            else
                                delete message.offerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CatalogRequest message.
             * @function verify
             * @memberof hanse.v1.CatalogRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CatalogRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    if (!$util.isString(message.query))
                        return "query: string expected";
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    if (!$util.isInteger(message.pageSize))
                        return "pageSize: integer expected";
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken"))
                    if (!$util.isString(message.pageToken))
                        return "pageToken: string expected";
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    if (!$util.isString(message.offerId))
                        return "offerId: string expected";
                return null;
            };

            /**
             * Creates a CatalogRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.CatalogRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.CatalogRequest} CatalogRequest
             */
            CatalogRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.CatalogRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.CatalogRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.CatalogRequest();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.query != null)
                    if (typeof object.query !== "string" || object.query.length)
                        message.query = $String(object.query);
                if (object.pageSize != null)
                    if ($Number(object.pageSize) !== 0)
                        message.pageSize = object.pageSize >>> 0;
                if (object.pageToken != null)
                    if (typeof object.pageToken !== "string" || object.pageToken.length)
                        message.pageToken = $String(object.pageToken);
                if (object.offerId != null)
                    if (typeof object.offerId !== "string" || object.offerId.length)
                        message.offerId = $String(object.offerId);
                return message;
            };

            /**
             * Creates a plain object from a CatalogRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.CatalogRequest
             * @static
             * @param {hanse.v1.CatalogRequest} message CatalogRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CatalogRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.query = "";
                    object.pageSize = 0;
                    object.pageToken = "";
                    object.offerId = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = message.query;
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    object.pageSize = message.pageSize;
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken"))
                    object.pageToken = message.pageToken;
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    object.offerId = message.offerId;
                return object;
            };

            /**
             * Converts this CatalogRequest to JSON.
             * @function toJSON
             * @memberof hanse.v1.CatalogRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CatalogRequest.prototype.toJSON = function() {
                return CatalogRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CatalogRequest;
        })();

        v1.CatalogResponse = (function() {

            /**
             * Properties of a CatalogResponse.
             * @typedef {Object} hanse.v1.CatalogResponse.$Properties
             * @property {string|null} [requestId] CatalogResponse requestId
             * @property {hanse.v1.CatalogPage.$Properties|null} [page] CatalogResponse page
             * @property {hanse.v1.Error.$Properties|null} [error] CatalogResponse error
             * @property {"page"|"error"} [result] CatalogResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CatalogResponse.
             * @memberof hanse.v1
             * @interface ICatalogResponse
             * @augments hanse.v1.CatalogResponse.$Properties
             * @deprecated Use hanse.v1.CatalogResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a CatalogResponse.
             * @typedef {{
             *   requestId?: string|null;
             *   page?: hanse.v1.CatalogPage.$Shape|null;
             *   error?: hanse.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; page?: null; error?: null }|{ result?: "page"; page: hanse.v1.CatalogPage.$Shape; error?: null }|{ result?: "error"; page?: null; error: hanse.v1.Error.$Shape })
             * )} hanse.v1.CatalogResponse.$Shape
             */

            /**
             * Constructs a new CatalogResponse.
             * @memberof hanse.v1
             * @classdesc Represents a CatalogResponse.
             * @constructor
             * @param {hanse.v1.CatalogResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CatalogResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CatalogResponse requestId.
             * @member {string} requestId
             * @memberof hanse.v1.CatalogResponse
             * @instance
             */
            CatalogResponse.prototype.requestId = "";

            /**
             * CatalogResponse page.
             * @member {hanse.v1.CatalogPage.$Properties|null|undefined} page
             * @memberof hanse.v1.CatalogResponse
             * @instance
             */
            CatalogResponse.prototype.page = null;

            /**
             * CatalogResponse error.
             * @member {hanse.v1.Error.$Properties|null|undefined} error
             * @memberof hanse.v1.CatalogResponse
             * @instance
             */
            CatalogResponse.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CatalogResponse result.
             * @member {"page"|"error"|undefined} result
             * @memberof hanse.v1.CatalogResponse
             * @instance
             */
            $Object.defineProperty(CatalogResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["page", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CatalogResponse instance using the specified properties.
             * @function create
             * @memberof hanse.v1.CatalogResponse
             * @static
             * @param {hanse.v1.CatalogResponse.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.CatalogResponse} CatalogResponse instance
             * @type {{
             *   (properties: hanse.v1.CatalogResponse.$Shape): hanse.v1.CatalogResponse & hanse.v1.CatalogResponse.$Shape;
             *   (properties?: hanse.v1.CatalogResponse.$Properties): hanse.v1.CatalogResponse;
             * }}
             */
            CatalogResponse.create = function(properties) {
                return new CatalogResponse(properties);
            };

            /**
             * Encodes the specified CatalogResponse message. Does not implicitly {@link hanse.v1.CatalogResponse.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.CatalogResponse
             * @static
             * @param {hanse.v1.CatalogResponse.$Properties} message CatalogResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CatalogResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.page != null && $Object.hasOwnProperty.call(message, "page"))
                    $root.hanse.v1.CatalogPage.encode(message.page, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.hanse.v1.Error.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CatalogResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.CatalogResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.CatalogResponse & hanse.v1.CatalogResponse.$Shape} CatalogResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CatalogResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.CatalogResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.page = $root.hanse.v1.CatalogPage.decode(reader, reader.size(), $undefined, _depth + 1, message.page);
                            message.result = "page";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.hanse.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CatalogResponse message.
             * @function verify
             * @memberof hanse.v1.CatalogResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CatalogResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.page != null && $Object.hasOwnProperty.call(message, "page")) {
                    properties.result = 1;
                    {
                        let error = $root.hanse.v1.CatalogPage.verify(message.page, _depth + 1);
                        if (error)
                            return "page." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.hanse.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CatalogResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.CatalogResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.CatalogResponse} CatalogResponse
             */
            CatalogResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.CatalogResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.CatalogResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.CatalogResponse();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.page != null) {
                    if (!$util.isObject(object.page))
                        throw $TypeError(".hanse.v1.CatalogResponse.page: object expected");
                    message.page = $root.hanse.v1.CatalogPage.fromObject(object.page, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".hanse.v1.CatalogResponse.error: object expected");
                    message.error = $root.hanse.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CatalogResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.CatalogResponse
             * @static
             * @param {hanse.v1.CatalogResponse} message CatalogResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CatalogResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.page != null && $Object.hasOwnProperty.call(message, "page")) {
                    object.page = $root.hanse.v1.CatalogPage.toObject(message.page, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "page";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.hanse.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this CatalogResponse to JSON.
             * @function toJSON
             * @memberof hanse.v1.CatalogResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CatalogResponse.prototype.toJSON = function() {
                return CatalogResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CatalogResponse;
        })();

        v1.CatalogPage = (function() {

            /**
             * Properties of a CatalogPage.
             * @typedef {Object} hanse.v1.CatalogPage.$Properties
             * @property {Array.<hanse.v1.Offer.$Properties>|null} [offers] CatalogPage offers
             * @property {string|null} [nextPageToken] CatalogPage nextPageToken
             * @property {number|null} [total] CatalogPage total
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CatalogPage.
             * @memberof hanse.v1
             * @interface ICatalogPage
             * @augments hanse.v1.CatalogPage.$Properties
             * @deprecated Use hanse.v1.CatalogPage.$Properties instead.
             */

            /**
             * Shape of a CatalogPage.
             * @typedef {{
             *   offers?: Array.<hanse.v1.Offer.$Shape>|null;
             *   nextPageToken?: string|null;
             *   total?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.CatalogPage.$Shape
             */

            /**
             * Constructs a new CatalogPage.
             * @memberof hanse.v1
             * @classdesc Represents a CatalogPage.
             * @constructor
             * @param {hanse.v1.CatalogPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CatalogPage = function (properties) {
                this.offers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CatalogPage offers.
             * @member {Array.<hanse.v1.Offer.$Properties>} offers
             * @memberof hanse.v1.CatalogPage
             * @instance
             */
            CatalogPage.prototype.offers = $util.emptyArray;

            /**
             * CatalogPage nextPageToken.
             * @member {string} nextPageToken
             * @memberof hanse.v1.CatalogPage
             * @instance
             */
            CatalogPage.prototype.nextPageToken = "";

            /**
             * CatalogPage total.
             * @member {number} total
             * @memberof hanse.v1.CatalogPage
             * @instance
             */
            CatalogPage.prototype.total = 0;

            /**
             * Creates a new CatalogPage instance using the specified properties.
             * @function create
             * @memberof hanse.v1.CatalogPage
             * @static
             * @param {hanse.v1.CatalogPage.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.CatalogPage} CatalogPage instance
             * @type {{
             *   (properties: hanse.v1.CatalogPage.$Shape): hanse.v1.CatalogPage & hanse.v1.CatalogPage.$Shape;
             *   (properties?: hanse.v1.CatalogPage.$Properties): hanse.v1.CatalogPage;
             * }}
             */
            CatalogPage.create = function(properties) {
                return new CatalogPage(properties);
            };

            /**
             * Encodes the specified CatalogPage message. Does not implicitly {@link hanse.v1.CatalogPage.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.CatalogPage
             * @static
             * @param {hanse.v1.CatalogPage.$Properties} message CatalogPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CatalogPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offers != null && message.offers.length)
                    for (let i = 0; i < message.offers.length; ++i)
                        $root.hanse.v1.Offer.encode(message.offers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken") && message.nextPageToken !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextPageToken);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.total);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CatalogPage message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.CatalogPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.CatalogPage & hanse.v1.CatalogPage.$Shape} CatalogPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CatalogPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.CatalogPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offers && message.offers.length))
                                message.offers = [];
                            message.offers.push($root.hanse.v1.Offer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextPageToken = value;
                            else
                                delete message.nextPageToken;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CatalogPage message.
             * @function verify
             * @memberof hanse.v1.CatalogPage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CatalogPage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offers != null && $Object.hasOwnProperty.call(message, "offers")) {
                    if (!$Array.isArray(message.offers))
                        return "offers: array expected";
                    for (let i = 0; i < message.offers.length; ++i) {
                        let error = $root.hanse.v1.Offer.verify(message.offers[i], _depth + 1);
                        if (error)
                            return "offers." + error;
                    }
                }
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken"))
                    if (!$util.isString(message.nextPageToken))
                        return "nextPageToken: string expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total))
                        return "total: integer expected";
                return null;
            };

            /**
             * Creates a CatalogPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.CatalogPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.CatalogPage} CatalogPage
             */
            CatalogPage.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.CatalogPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.CatalogPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.CatalogPage();
                if (object.offers) {
                    if (!$Array.isArray(object.offers))
                        throw $TypeError(".hanse.v1.CatalogPage.offers: array expected");
                    message.offers = $Array(object.offers.length);
                    for (let i = 0; i < object.offers.length; ++i) {
                        if (!$util.isObject(object.offers[i]))
                            throw $TypeError(".hanse.v1.CatalogPage.offers: object expected");
                        message.offers[i] = $root.hanse.v1.Offer.fromObject(object.offers[i], _depth + 1);
                    }
                }
                if (object.nextPageToken != null)
                    if (typeof object.nextPageToken !== "string" || object.nextPageToken.length)
                        message.nextPageToken = $String(object.nextPageToken);
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a CatalogPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.CatalogPage
             * @static
             * @param {hanse.v1.CatalogPage} message CatalogPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CatalogPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.offers = [];
                if (options.defaults) {
                    object.nextPageToken = "";
                    object.total = 0;
                }
                if (message.offers && message.offers.length) {
                    object.offers = $Array(message.offers.length);
                    for (let j = 0; j < message.offers.length; ++j)
                        object.offers[j] = $root.hanse.v1.Offer.toObject(message.offers[j], options, _depth + 1);
                }
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken"))
                    object.nextPageToken = message.nextPageToken;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                return object;
            };

            /**
             * Converts this CatalogPage to JSON.
             * @function toJSON
             * @memberof hanse.v1.CatalogPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CatalogPage.prototype.toJSON = function() {
                return CatalogPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CatalogPage;
        })();

        v1.Dataset = (function() {

            /**
             * Properties of a Dataset.
             * @typedef {Object} hanse.v1.Dataset.$Properties
             * @property {string|null} [id] Dataset id
             * @property {string|null} [title] Dataset title
             * @property {string|null} [description] Dataset description
             * @property {Array.<string>|null} [keywords] Dataset keywords
             * @property {string|null} [license] Dataset license
             * @property {string|null} [mediaType] Dataset mediaType
             * @property {number|null} [byteSize] Dataset byteSize
             * @property {number|null} [fileCount] Dataset fileCount
             * @property {string|null} [sha256] Dataset sha256
             * @property {boolean|null} [directory] Dataset directory
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dataset.
             * @memberof hanse.v1
             * @interface IDataset
             * @augments hanse.v1.Dataset.$Properties
             * @deprecated Use hanse.v1.Dataset.$Properties instead.
             */

            /**
             * Shape of a Dataset.
             * @typedef {hanse.v1.Dataset.$Properties} hanse.v1.Dataset.$Shape
             */

            /**
             * Constructs a new Dataset.
             * @memberof hanse.v1
             * @classdesc Represents a Dataset.
             * @constructor
             * @param {hanse.v1.Dataset.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dataset = function (properties) {
                this.keywords = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dataset id.
             * @member {string} id
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.id = "";

            /**
             * Dataset title.
             * @member {string} title
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.title = "";

            /**
             * Dataset description.
             * @member {string} description
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.description = "";

            /**
             * Dataset keywords.
             * @member {Array.<string>} keywords
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.keywords = $util.emptyArray;

            /**
             * Dataset license.
             * @member {string} license
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.license = "";

            /**
             * Dataset mediaType.
             * @member {string} mediaType
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.mediaType = "";

            /**
             * Dataset byteSize.
             * @member {number} byteSize
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.byteSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Dataset fileCount.
             * @member {number} fileCount
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.fileCount = 0;

            /**
             * Dataset sha256.
             * @member {string} sha256
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.sha256 = "";

            /**
             * Dataset directory.
             * @member {boolean} directory
             * @memberof hanse.v1.Dataset
             * @instance
             */
            Dataset.prototype.directory = false;

            /**
             * Creates a new Dataset instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Dataset
             * @static
             * @param {hanse.v1.Dataset.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Dataset} Dataset instance
             * @type {{
             *   (properties: hanse.v1.Dataset.$Shape): hanse.v1.Dataset & hanse.v1.Dataset.$Shape;
             *   (properties?: hanse.v1.Dataset.$Properties): hanse.v1.Dataset;
             * }}
             */
            Dataset.create = function(properties) {
                return new Dataset(properties);
            };

            /**
             * Encodes the specified Dataset message. Does not implicitly {@link hanse.v1.Dataset.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Dataset
             * @static
             * @param {hanse.v1.Dataset.$Properties} message Dataset message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dataset.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.keywords != null && message.keywords.length)
                    for (let i = 0; i < message.keywords.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.keywords[i]);
                if (message.license != null && $Object.hasOwnProperty.call(message, "license") && message.license !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.license);
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType") && message.mediaType !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.mediaType);
                if (message.byteSize != null && $Object.hasOwnProperty.call(message, "byteSize") && (typeof message.byteSize === "object" ? message.byteSize.low || message.byteSize.high : message.byteSize !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.byteSize);
                if (message.fileCount != null && $Object.hasOwnProperty.call(message, "fileCount") && message.fileCount !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.fileCount);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.sha256);
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory") && message.directory !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.directory);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dataset message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Dataset
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Dataset & hanse.v1.Dataset.$Shape} Dataset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dataset.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Dataset();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keywords && message.keywords.length))
                                message.keywords = [];
                            message.keywords.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.license = value;
                            else
                                delete message.license;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mediaType = value;
                            else
                                delete message.mediaType;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteSize = value;
                            else
                                delete message.byteSize;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fileCount = value;
                            else
                                delete message.fileCount;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.directory = value;
                            else
                                delete message.directory;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Dataset message.
             * @function verify
             * @memberof hanse.v1.Dataset
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Dataset.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    if (!$util.isString(message.title))
                        return "title: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.keywords != null && $Object.hasOwnProperty.call(message, "keywords")) {
                    if (!$Array.isArray(message.keywords))
                        return "keywords: array expected";
                    for (let i = 0; i < message.keywords.length; ++i)
                        if (!$util.isString(message.keywords[i]))
                            return "keywords: string[] expected";
                }
                if (message.license != null && $Object.hasOwnProperty.call(message, "license"))
                    if (!$util.isString(message.license))
                        return "license: string expected";
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType"))
                    if (!$util.isString(message.mediaType))
                        return "mediaType: string expected";
                if (message.byteSize != null && $Object.hasOwnProperty.call(message, "byteSize"))
                    if (!$util.isInteger(message.byteSize) && !(message.byteSize && $util.isInteger(message.byteSize.low) && $util.isInteger(message.byteSize.high)))
                        return "byteSize: integer|Long expected";
                if (message.fileCount != null && $Object.hasOwnProperty.call(message, "fileCount"))
                    if (!$util.isInteger(message.fileCount))
                        return "fileCount: integer expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    if (typeof message.directory !== "boolean")
                        return "directory: boolean expected";
                return null;
            };

            /**
             * Creates a Dataset message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Dataset
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Dataset} Dataset
             */
            Dataset.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Dataset)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Dataset: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Dataset();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.title != null)
                    if (typeof object.title !== "string" || object.title.length)
                        message.title = $String(object.title);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.keywords) {
                    if (!$Array.isArray(object.keywords))
                        throw $TypeError(".hanse.v1.Dataset.keywords: array expected");
                    message.keywords = $Array(object.keywords.length);
                    for (let i = 0; i < object.keywords.length; ++i)
                        message.keywords[i] = $String(object.keywords[i]);
                }
                if (object.license != null)
                    if (typeof object.license !== "string" || object.license.length)
                        message.license = $String(object.license);
                if (object.mediaType != null)
                    if (typeof object.mediaType !== "string" || object.mediaType.length)
                        message.mediaType = $String(object.mediaType);
                if (object.byteSize != null)
                    if (typeof object.byteSize === "object" ? object.byteSize.low || object.byteSize.high : $Number(object.byteSize) !== 0)
                        if ($util.Long)
                            message.byteSize = $util.Long.fromValue(object.byteSize, true);
                        else if (typeof object.byteSize === "string")
                            message.byteSize = $parseInt(object.byteSize, 10);
                        else if (typeof object.byteSize === "number")
                            message.byteSize = object.byteSize;
                        else if (typeof object.byteSize === "object")
                            message.byteSize = new $util.LongBits(object.byteSize.low >>> 0, object.byteSize.high >>> 0).toNumber(true);
                if (object.fileCount != null)
                    if ($Number(object.fileCount) !== 0)
                        message.fileCount = object.fileCount >>> 0;
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.directory != null)
                    if (object.directory)
                        message.directory = $Boolean(object.directory);
                return message;
            };

            /**
             * Creates a plain object from a Dataset message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Dataset
             * @static
             * @param {hanse.v1.Dataset} message Dataset
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dataset.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keywords = [];
                if (options.defaults) {
                    object.id = "";
                    object.title = "";
                    object.description = "";
                    object.license = "";
                    object.mediaType = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.fileCount = 0;
                    object.sha256 = "";
                    object.directory = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.keywords && message.keywords.length) {
                    object.keywords = $Array(message.keywords.length);
                    for (let j = 0; j < message.keywords.length; ++j)
                        object.keywords[j] = message.keywords[j];
                }
                if (message.license != null && $Object.hasOwnProperty.call(message, "license"))
                    object.license = message.license;
                if (message.mediaType != null && $Object.hasOwnProperty.call(message, "mediaType"))
                    object.mediaType = message.mediaType;
                if (message.byteSize != null && $Object.hasOwnProperty.call(message, "byteSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteSize = typeof message.byteSize === "number" ? $BigInt(message.byteSize) : $util.Long.fromBits(message.byteSize.low >>> 0, message.byteSize.high >>> 0, true).toBigInt();
                    else if (typeof message.byteSize === "number")
                        object.byteSize = options.longs === $String ? $String(message.byteSize) : message.byteSize;
                    else
                        object.byteSize = options.longs === $String ? $util.Long.prototype.toString.call(message.byteSize) : options.longs === $Number ? new $util.LongBits(message.byteSize.low >>> 0, message.byteSize.high >>> 0).toNumber(true) : message.byteSize;
                if (message.fileCount != null && $Object.hasOwnProperty.call(message, "fileCount"))
                    object.fileCount = message.fileCount;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    object.directory = message.directory;
                return object;
            };

            /**
             * Converts this Dataset to JSON.
             * @function toJSON
             * @memberof hanse.v1.Dataset
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dataset.prototype.toJSON = function() {
                return Dataset.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Dataset;
        })();

        v1.Offer = (function() {

            /**
             * Properties of an Offer.
             * @typedef {Object} hanse.v1.Offer.$Properties
             * @property {string|null} [offerId] Offer offerId
             * @property {hanse.v1.Dataset.$Properties|null} [dataset] Offer dataset
             * @property {hanse.v1.Policy.$Properties|null} [policy] Offer policy
             * @property {boolean|null} [manualApproval] Offer manualApproval
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Offer.
             * @memberof hanse.v1
             * @interface IOffer
             * @augments hanse.v1.Offer.$Properties
             * @deprecated Use hanse.v1.Offer.$Properties instead.
             */

            /**
             * Shape of an Offer.
             * @typedef {{
             *   offerId?: string|null;
             *   dataset?: hanse.v1.Dataset.$Shape|null;
             *   policy?: hanse.v1.Policy.$Shape|null;
             *   manualApproval?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.Offer.$Shape
             */

            /**
             * Constructs a new Offer.
             * @memberof hanse.v1
             * @classdesc Represents an Offer.
             * @constructor
             * @param {hanse.v1.Offer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Offer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Offer offerId.
             * @member {string} offerId
             * @memberof hanse.v1.Offer
             * @instance
             */
            Offer.prototype.offerId = "";

            /**
             * Offer dataset.
             * @member {hanse.v1.Dataset.$Properties|null|undefined} dataset
             * @memberof hanse.v1.Offer
             * @instance
             */
            Offer.prototype.dataset = null;

            /**
             * Offer policy.
             * @member {hanse.v1.Policy.$Properties|null|undefined} policy
             * @memberof hanse.v1.Offer
             * @instance
             */
            Offer.prototype.policy = null;

            /**
             * Offer manualApproval.
             * @member {boolean} manualApproval
             * @memberof hanse.v1.Offer
             * @instance
             */
            Offer.prototype.manualApproval = false;

            /**
             * Creates a new Offer instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Offer
             * @static
             * @param {hanse.v1.Offer.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Offer} Offer instance
             * @type {{
             *   (properties: hanse.v1.Offer.$Shape): hanse.v1.Offer & hanse.v1.Offer.$Shape;
             *   (properties?: hanse.v1.Offer.$Properties): hanse.v1.Offer;
             * }}
             */
            Offer.create = function(properties) {
                return new Offer(properties);
            };

            /**
             * Encodes the specified Offer message. Does not implicitly {@link hanse.v1.Offer.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Offer
             * @static
             * @param {hanse.v1.Offer.$Properties} message Offer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Offer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId") && message.offerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.offerId);
                if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                    $root.hanse.v1.Dataset.encode(message.dataset, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.hanse.v1.Policy.encode(message.policy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.manualApproval != null && $Object.hasOwnProperty.call(message, "manualApproval") && message.manualApproval !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.manualApproval);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Offer message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Offer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Offer & hanse.v1.Offer.$Shape} Offer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Offer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Offer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offerId = value;
                            else
                                delete message.offerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dataset = $root.hanse.v1.Dataset.decode(reader, reader.size(), $undefined, _depth + 1, message.dataset);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.hanse.v1.Policy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.manualApproval = value;
                            else
                                delete message.manualApproval;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Offer message.
             * @function verify
             * @memberof hanse.v1.Offer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Offer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    if (!$util.isString(message.offerId))
                        return "offerId: string expected";
                if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset")) {
                    let error = $root.hanse.v1.Dataset.verify(message.dataset, _depth + 1);
                    if (error)
                        return "dataset." + error;
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    let error = $root.hanse.v1.Policy.verify(message.policy, _depth + 1);
                    if (error)
                        return "policy." + error;
                }
                if (message.manualApproval != null && $Object.hasOwnProperty.call(message, "manualApproval"))
                    if (typeof message.manualApproval !== "boolean")
                        return "manualApproval: boolean expected";
                return null;
            };

            /**
             * Creates an Offer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Offer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Offer} Offer
             */
            Offer.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Offer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Offer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Offer();
                if (object.offerId != null)
                    if (typeof object.offerId !== "string" || object.offerId.length)
                        message.offerId = $String(object.offerId);
                if (object.dataset != null) {
                    if (!$util.isObject(object.dataset))
                        throw $TypeError(".hanse.v1.Offer.dataset: object expected");
                    message.dataset = $root.hanse.v1.Dataset.fromObject(object.dataset, _depth + 1);
                }
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".hanse.v1.Offer.policy: object expected");
                    message.policy = $root.hanse.v1.Policy.fromObject(object.policy, _depth + 1);
                }
                if (object.manualApproval != null)
                    if (object.manualApproval)
                        message.manualApproval = $Boolean(object.manualApproval);
                return message;
            };

            /**
             * Creates a plain object from an Offer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Offer
             * @static
             * @param {hanse.v1.Offer} message Offer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Offer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.offerId = "";
                    object.dataset = null;
                    object.policy = null;
                    object.manualApproval = false;
                }
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    object.offerId = message.offerId;
                if (message.dataset != null && $Object.hasOwnProperty.call(message, "dataset"))
                    object.dataset = $root.hanse.v1.Dataset.toObject(message.dataset, options, _depth + 1);
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    object.policy = $root.hanse.v1.Policy.toObject(message.policy, options, _depth + 1);
                if (message.manualApproval != null && $Object.hasOwnProperty.call(message, "manualApproval"))
                    object.manualApproval = message.manualApproval;
                return object;
            };

            /**
             * Converts this Offer to JSON.
             * @function toJSON
             * @memberof hanse.v1.Offer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Offer.prototype.toJSON = function() {
                return Offer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Offer;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} hanse.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof hanse.v1
             * @interface IError
             * @augments hanse.v1.Error.$Properties
             * @deprecated Use hanse.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {hanse.v1.Error.$Properties} hanse.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof hanse.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {hanse.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof hanse.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof hanse.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Error
             * @static
             * @param {hanse.v1.Error.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Error} Error instance
             * @type {{
             *   (properties: hanse.v1.Error.$Shape): hanse.v1.Error & hanse.v1.Error.$Shape;
             *   (properties?: hanse.v1.Error.$Properties): hanse.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link hanse.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Error
             * @static
             * @param {hanse.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Error & hanse.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof hanse.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Error
             * @static
             * @param {hanse.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof hanse.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.Constraint = (function() {

            /**
             * Properties of a Constraint.
             * @typedef {Object} hanse.v1.Constraint.$Properties
             * @property {hanse.v1.AtomicConstraint.$Properties|null} [atomic] Constraint atomic
             * @property {hanse.v1.LogicalConstraint.$Properties|null} [logical] Constraint logical
             * @property {"atomic"|"logical"} [kind] Constraint kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Constraint.
             * @memberof hanse.v1
             * @interface IConstraint
             * @augments hanse.v1.Constraint.$Properties
             * @deprecated Use hanse.v1.Constraint.$Properties instead.
             */

            /**
             * Narrowed shape of a Constraint.
             * @typedef {{
             *   atomic?: hanse.v1.AtomicConstraint.$Shape|null;
             *   logical?: hanse.v1.LogicalConstraint.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; atomic?: null; logical?: null }|{ kind?: "atomic"; atomic: hanse.v1.AtomicConstraint.$Shape; logical?: null }|{ kind?: "logical"; atomic?: null; logical: hanse.v1.LogicalConstraint.$Shape })
             * )} hanse.v1.Constraint.$Shape
             */

            /**
             * Constructs a new Constraint.
             * @memberof hanse.v1
             * @classdesc Represents a Constraint.
             * @constructor
             * @param {hanse.v1.Constraint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Constraint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Constraint atomic.
             * @member {hanse.v1.AtomicConstraint.$Properties|null|undefined} atomic
             * @memberof hanse.v1.Constraint
             * @instance
             */
            Constraint.prototype.atomic = null;

            /**
             * Constraint logical.
             * @member {hanse.v1.LogicalConstraint.$Properties|null|undefined} logical
             * @memberof hanse.v1.Constraint
             * @instance
             */
            Constraint.prototype.logical = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Constraint kind.
             * @member {"atomic"|"logical"|undefined} kind
             * @memberof hanse.v1.Constraint
             * @instance
             */
            $Object.defineProperty(Constraint.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["atomic", "logical"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Constraint instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Constraint
             * @static
             * @param {hanse.v1.Constraint.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Constraint} Constraint instance
             * @type {{
             *   (properties: hanse.v1.Constraint.$Shape): hanse.v1.Constraint & hanse.v1.Constraint.$Shape;
             *   (properties?: hanse.v1.Constraint.$Properties): hanse.v1.Constraint;
             * }}
             */
            Constraint.create = function(properties) {
                return new Constraint(properties);
            };

            /**
             * Encodes the specified Constraint message. Does not implicitly {@link hanse.v1.Constraint.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Constraint
             * @static
             * @param {hanse.v1.Constraint.$Properties} message Constraint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Constraint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atomic != null && $Object.hasOwnProperty.call(message, "atomic"))
                    $root.hanse.v1.AtomicConstraint.encode(message.atomic, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.logical != null && $Object.hasOwnProperty.call(message, "logical"))
                    $root.hanse.v1.LogicalConstraint.encode(message.logical, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Constraint message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Constraint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Constraint & hanse.v1.Constraint.$Shape} Constraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Constraint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Constraint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.atomic = $root.hanse.v1.AtomicConstraint.decode(reader, reader.size(), $undefined, _depth + 1, message.atomic);
                            message.kind = "atomic";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.logical = $root.hanse.v1.LogicalConstraint.decode(reader, reader.size(), $undefined, _depth + 1, message.logical);
                            message.kind = "logical";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Constraint message.
             * @function verify
             * @memberof hanse.v1.Constraint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Constraint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.atomic != null && $Object.hasOwnProperty.call(message, "atomic")) {
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.AtomicConstraint.verify(message.atomic, _depth + 1);
                        if (error)
                            return "atomic." + error;
                    }
                }
                if (message.logical != null && $Object.hasOwnProperty.call(message, "logical")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.LogicalConstraint.verify(message.logical, _depth + 1);
                        if (error)
                            return "logical." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Constraint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Constraint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Constraint} Constraint
             */
            Constraint.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Constraint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Constraint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Constraint();
                if (object.atomic != null) {
                    if (!$util.isObject(object.atomic))
                        throw $TypeError(".hanse.v1.Constraint.atomic: object expected");
                    message.atomic = $root.hanse.v1.AtomicConstraint.fromObject(object.atomic, _depth + 1);
                }
                if (object.logical != null) {
                    if (!$util.isObject(object.logical))
                        throw $TypeError(".hanse.v1.Constraint.logical: object expected");
                    message.logical = $root.hanse.v1.LogicalConstraint.fromObject(object.logical, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Constraint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Constraint
             * @static
             * @param {hanse.v1.Constraint} message Constraint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Constraint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.atomic != null && $Object.hasOwnProperty.call(message, "atomic")) {
                    object.atomic = $root.hanse.v1.AtomicConstraint.toObject(message.atomic, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "atomic";
                }
                if (message.logical != null && $Object.hasOwnProperty.call(message, "logical")) {
                    object.logical = $root.hanse.v1.LogicalConstraint.toObject(message.logical, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "logical";
                }
                return object;
            };

            /**
             * Converts this Constraint to JSON.
             * @function toJSON
             * @memberof hanse.v1.Constraint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Constraint.prototype.toJSON = function() {
                return Constraint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Constraint;
        })();

        v1.AtomicConstraint = (function() {

            /**
             * Properties of an AtomicConstraint.
             * @typedef {Object} hanse.v1.AtomicConstraint.$Properties
             * @property {string|null} [leftOperand] AtomicConstraint leftOperand
             * @property {string|null} [operator] AtomicConstraint operator
             * @property {Array.<string>|null} [rightOperand] AtomicConstraint rightOperand
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AtomicConstraint.
             * @memberof hanse.v1
             * @interface IAtomicConstraint
             * @augments hanse.v1.AtomicConstraint.$Properties
             * @deprecated Use hanse.v1.AtomicConstraint.$Properties instead.
             */

            /**
             * Shape of an AtomicConstraint.
             * @typedef {hanse.v1.AtomicConstraint.$Properties} hanse.v1.AtomicConstraint.$Shape
             */

            /**
             * Constructs a new AtomicConstraint.
             * @memberof hanse.v1
             * @classdesc Represents an AtomicConstraint.
             * @constructor
             * @param {hanse.v1.AtomicConstraint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AtomicConstraint = function (properties) {
                this.rightOperand = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AtomicConstraint leftOperand.
             * @member {string} leftOperand
             * @memberof hanse.v1.AtomicConstraint
             * @instance
             */
            AtomicConstraint.prototype.leftOperand = "";

            /**
             * AtomicConstraint operator.
             * @member {string} operator
             * @memberof hanse.v1.AtomicConstraint
             * @instance
             */
            AtomicConstraint.prototype.operator = "";

            /**
             * AtomicConstraint rightOperand.
             * @member {Array.<string>} rightOperand
             * @memberof hanse.v1.AtomicConstraint
             * @instance
             */
            AtomicConstraint.prototype.rightOperand = $util.emptyArray;

            /**
             * Creates a new AtomicConstraint instance using the specified properties.
             * @function create
             * @memberof hanse.v1.AtomicConstraint
             * @static
             * @param {hanse.v1.AtomicConstraint.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.AtomicConstraint} AtomicConstraint instance
             * @type {{
             *   (properties: hanse.v1.AtomicConstraint.$Shape): hanse.v1.AtomicConstraint & hanse.v1.AtomicConstraint.$Shape;
             *   (properties?: hanse.v1.AtomicConstraint.$Properties): hanse.v1.AtomicConstraint;
             * }}
             */
            AtomicConstraint.create = function(properties) {
                return new AtomicConstraint(properties);
            };

            /**
             * Encodes the specified AtomicConstraint message. Does not implicitly {@link hanse.v1.AtomicConstraint.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.AtomicConstraint
             * @static
             * @param {hanse.v1.AtomicConstraint.$Properties} message AtomicConstraint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AtomicConstraint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leftOperand != null && $Object.hasOwnProperty.call(message, "leftOperand") && message.leftOperand !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.leftOperand);
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.operator);
                if (message.rightOperand != null && message.rightOperand.length)
                    for (let i = 0; i < message.rightOperand.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rightOperand[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AtomicConstraint message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.AtomicConstraint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.AtomicConstraint & hanse.v1.AtomicConstraint.$Shape} AtomicConstraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AtomicConstraint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.AtomicConstraint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leftOperand = value;
                            else
                                delete message.leftOperand;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rightOperand && message.rightOperand.length))
                                message.rightOperand = [];
                            message.rightOperand.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AtomicConstraint message.
             * @function verify
             * @memberof hanse.v1.AtomicConstraint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AtomicConstraint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.leftOperand != null && $Object.hasOwnProperty.call(message, "leftOperand"))
                    if (!$util.isString(message.leftOperand))
                        return "leftOperand: string expected";
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    if (!$util.isString(message.operator))
                        return "operator: string expected";
                if (message.rightOperand != null && $Object.hasOwnProperty.call(message, "rightOperand")) {
                    if (!$Array.isArray(message.rightOperand))
                        return "rightOperand: array expected";
                    for (let i = 0; i < message.rightOperand.length; ++i)
                        if (!$util.isString(message.rightOperand[i]))
                            return "rightOperand: string[] expected";
                }
                return null;
            };

            /**
             * Creates an AtomicConstraint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.AtomicConstraint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.AtomicConstraint} AtomicConstraint
             */
            AtomicConstraint.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.AtomicConstraint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.AtomicConstraint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.AtomicConstraint();
                if (object.leftOperand != null)
                    if (typeof object.leftOperand !== "string" || object.leftOperand.length)
                        message.leftOperand = $String(object.leftOperand);
                if (object.operator != null)
                    if (typeof object.operator !== "string" || object.operator.length)
                        message.operator = $String(object.operator);
                if (object.rightOperand) {
                    if (!$Array.isArray(object.rightOperand))
                        throw $TypeError(".hanse.v1.AtomicConstraint.rightOperand: array expected");
                    message.rightOperand = $Array(object.rightOperand.length);
                    for (let i = 0; i < object.rightOperand.length; ++i)
                        message.rightOperand[i] = $String(object.rightOperand[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an AtomicConstraint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.AtomicConstraint
             * @static
             * @param {hanse.v1.AtomicConstraint} message AtomicConstraint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AtomicConstraint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rightOperand = [];
                if (options.defaults) {
                    object.leftOperand = "";
                    object.operator = "";
                }
                if (message.leftOperand != null && $Object.hasOwnProperty.call(message, "leftOperand"))
                    object.leftOperand = message.leftOperand;
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    object.operator = message.operator;
                if (message.rightOperand && message.rightOperand.length) {
                    object.rightOperand = $Array(message.rightOperand.length);
                    for (let j = 0; j < message.rightOperand.length; ++j)
                        object.rightOperand[j] = message.rightOperand[j];
                }
                return object;
            };

            /**
             * Converts this AtomicConstraint to JSON.
             * @function toJSON
             * @memberof hanse.v1.AtomicConstraint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AtomicConstraint.prototype.toJSON = function() {
                return AtomicConstraint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AtomicConstraint;
        })();

        v1.LogicalConstraint = (function() {

            /**
             * Properties of a LogicalConstraint.
             * @typedef {Object} hanse.v1.LogicalConstraint.$Properties
             * @property {hanse.v1.LogicalConstraint.Operator|null} [operator] LogicalConstraint operator
             * @property {Array.<hanse.v1.Constraint.$Properties>|null} [constraints] LogicalConstraint constraints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogicalConstraint.
             * @memberof hanse.v1
             * @interface ILogicalConstraint
             * @augments hanse.v1.LogicalConstraint.$Properties
             * @deprecated Use hanse.v1.LogicalConstraint.$Properties instead.
             */

            /**
             * Shape of a LogicalConstraint.
             * @typedef {{
             *   operator?: hanse.v1.LogicalConstraint.Operator|null;
             *   constraints?: Array.<hanse.v1.Constraint.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.LogicalConstraint.$Shape
             */

            /**
             * Constructs a new LogicalConstraint.
             * @memberof hanse.v1
             * @classdesc Represents a LogicalConstraint.
             * @constructor
             * @param {hanse.v1.LogicalConstraint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogicalConstraint = function (properties) {
                this.constraints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogicalConstraint operator.
             * @member {hanse.v1.LogicalConstraint.Operator} operator
             * @memberof hanse.v1.LogicalConstraint
             * @instance
             */
            LogicalConstraint.prototype.operator = 0;

            /**
             * LogicalConstraint constraints.
             * @member {Array.<hanse.v1.Constraint.$Properties>} constraints
             * @memberof hanse.v1.LogicalConstraint
             * @instance
             */
            LogicalConstraint.prototype.constraints = $util.emptyArray;

            /**
             * Creates a new LogicalConstraint instance using the specified properties.
             * @function create
             * @memberof hanse.v1.LogicalConstraint
             * @static
             * @param {hanse.v1.LogicalConstraint.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.LogicalConstraint} LogicalConstraint instance
             * @type {{
             *   (properties: hanse.v1.LogicalConstraint.$Shape): hanse.v1.LogicalConstraint & hanse.v1.LogicalConstraint.$Shape;
             *   (properties?: hanse.v1.LogicalConstraint.$Properties): hanse.v1.LogicalConstraint;
             * }}
             */
            LogicalConstraint.create = function(properties) {
                return new LogicalConstraint(properties);
            };

            /**
             * Encodes the specified LogicalConstraint message. Does not implicitly {@link hanse.v1.LogicalConstraint.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.LogicalConstraint
             * @static
             * @param {hanse.v1.LogicalConstraint.$Properties} message LogicalConstraint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogicalConstraint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.operator);
                if (message.constraints != null && message.constraints.length)
                    for (let i = 0; i < message.constraints.length; ++i)
                        $root.hanse.v1.Constraint.encode(message.constraints[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogicalConstraint message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.LogicalConstraint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.LogicalConstraint & hanse.v1.LogicalConstraint.$Shape} LogicalConstraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogicalConstraint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.LogicalConstraint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.constraints && message.constraints.length))
                                message.constraints = [];
                            message.constraints.push($root.hanse.v1.Constraint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LogicalConstraint message.
             * @function verify
             * @memberof hanse.v1.LogicalConstraint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LogicalConstraint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    if (typeof message.operator !== "number" || (message.operator | 0) !== message.operator)
                        return "operator: enum value expected";
                if (message.constraints != null && $Object.hasOwnProperty.call(message, "constraints")) {
                    if (!$Array.isArray(message.constraints))
                        return "constraints: array expected";
                    for (let i = 0; i < message.constraints.length; ++i) {
                        let error = $root.hanse.v1.Constraint.verify(message.constraints[i], _depth + 1);
                        if (error)
                            return "constraints." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a LogicalConstraint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.LogicalConstraint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.LogicalConstraint} LogicalConstraint
             */
            LogicalConstraint.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.LogicalConstraint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.LogicalConstraint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.LogicalConstraint();
                if (object.operator !== 0 && (typeof object.operator !== "string" || $root.hanse.v1.LogicalConstraint.Operator[object.operator] !== 0))
                    switch (object.operator) {
                    case "AND":
                    case 0:
                        message.operator = 0;
                        break;
                    case "OR":
                    case 1:
                        message.operator = 1;
                        break;
                    case "XONE":
                    case 2:
                        message.operator = 2;
                        break;
                    default:
                        if (typeof object.operator === "number" && (object.operator | 0) === object.operator)
                            message.operator = object.operator;
                    }
                if (object.constraints) {
                    if (!$Array.isArray(object.constraints))
                        throw $TypeError(".hanse.v1.LogicalConstraint.constraints: array expected");
                    message.constraints = $Array(object.constraints.length);
                    for (let i = 0; i < object.constraints.length; ++i) {
                        if (!$util.isObject(object.constraints[i]))
                            throw $TypeError(".hanse.v1.LogicalConstraint.constraints: object expected");
                        message.constraints[i] = $root.hanse.v1.Constraint.fromObject(object.constraints[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a LogicalConstraint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.LogicalConstraint
             * @static
             * @param {hanse.v1.LogicalConstraint} message LogicalConstraint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogicalConstraint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.constraints = [];
                if (options.defaults)
                    object.operator = options.enums === $String ? "AND" : 0;
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    object.operator = options.enums === $String ? $root.hanse.v1.LogicalConstraint.Operator[message.operator] === $undefined ? message.operator : $root.hanse.v1.LogicalConstraint.Operator[message.operator] : message.operator;
                if (message.constraints && message.constraints.length) {
                    object.constraints = $Array(message.constraints.length);
                    for (let j = 0; j < message.constraints.length; ++j)
                        object.constraints[j] = $root.hanse.v1.Constraint.toObject(message.constraints[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this LogicalConstraint to JSON.
             * @function toJSON
             * @memberof hanse.v1.LogicalConstraint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogicalConstraint.prototype.toJSON = function() {
                return LogicalConstraint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Operator enum.
             * @name hanse.v1.LogicalConstraint.Operator
             * @enum {number}
             * @property {number} AND=0 AND value
             * @property {number} OR=1 OR value
             * @property {number} XONE=2 XONE value
             */
            LogicalConstraint.Operator = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "AND"] = 0;
                values[valuesById[1] = "OR"] = 1;
                values[valuesById[2] = "XONE"] = 2;
                return values;
            })();

            return LogicalConstraint;
        })();

        v1.Rule = (function() {

            /**
             * Properties of a Rule.
             * @typedef {Object} hanse.v1.Rule.$Properties
             * @property {string|null} [action] Rule action
             * @property {Array.<hanse.v1.Constraint.$Properties>|null} [constraints] Rule constraints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rule.
             * @memberof hanse.v1
             * @interface IRule
             * @augments hanse.v1.Rule.$Properties
             * @deprecated Use hanse.v1.Rule.$Properties instead.
             */

            /**
             * Shape of a Rule.
             * @typedef {{
             *   action?: string|null;
             *   constraints?: Array.<hanse.v1.Constraint.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.Rule.$Shape
             */

            /**
             * Constructs a new Rule.
             * @memberof hanse.v1
             * @classdesc Represents a Rule.
             * @constructor
             * @param {hanse.v1.Rule.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rule = function (properties) {
                this.constraints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Rule action.
             * @member {string} action
             * @memberof hanse.v1.Rule
             * @instance
             */
            Rule.prototype.action = "";

            /**
             * Rule constraints.
             * @member {Array.<hanse.v1.Constraint.$Properties>} constraints
             * @memberof hanse.v1.Rule
             * @instance
             */
            Rule.prototype.constraints = $util.emptyArray;

            /**
             * Creates a new Rule instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Rule
             * @static
             * @param {hanse.v1.Rule.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Rule} Rule instance
             * @type {{
             *   (properties: hanse.v1.Rule.$Shape): hanse.v1.Rule & hanse.v1.Rule.$Shape;
             *   (properties?: hanse.v1.Rule.$Properties): hanse.v1.Rule;
             * }}
             */
            Rule.create = function(properties) {
                return new Rule(properties);
            };

            /**
             * Encodes the specified Rule message. Does not implicitly {@link hanse.v1.Rule.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Rule
             * @static
             * @param {hanse.v1.Rule.$Properties} message Rule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rule.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.action);
                if (message.constraints != null && message.constraints.length)
                    for (let i = 0; i < message.constraints.length; ++i)
                        $root.hanse.v1.Constraint.encode(message.constraints[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Rule message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Rule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Rule & hanse.v1.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rule.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Rule();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.constraints && message.constraints.length))
                                message.constraints = [];
                            message.constraints.push($root.hanse.v1.Constraint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Rule message.
             * @function verify
             * @memberof hanse.v1.Rule
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Rule.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (!$util.isString(message.action))
                        return "action: string expected";
                if (message.constraints != null && $Object.hasOwnProperty.call(message, "constraints")) {
                    if (!$Array.isArray(message.constraints))
                        return "constraints: array expected";
                    for (let i = 0; i < message.constraints.length; ++i) {
                        let error = $root.hanse.v1.Constraint.verify(message.constraints[i], _depth + 1);
                        if (error)
                            return "constraints." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Rule message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Rule
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Rule} Rule
             */
            Rule.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Rule)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Rule: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Rule();
                if (object.action != null)
                    if (typeof object.action !== "string" || object.action.length)
                        message.action = $String(object.action);
                if (object.constraints) {
                    if (!$Array.isArray(object.constraints))
                        throw $TypeError(".hanse.v1.Rule.constraints: array expected");
                    message.constraints = $Array(object.constraints.length);
                    for (let i = 0; i < object.constraints.length; ++i) {
                        if (!$util.isObject(object.constraints[i]))
                            throw $TypeError(".hanse.v1.Rule.constraints: object expected");
                        message.constraints[i] = $root.hanse.v1.Constraint.fromObject(object.constraints[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Rule message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Rule
             * @static
             * @param {hanse.v1.Rule} message Rule
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rule.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.constraints = [];
                if (options.defaults)
                    object.action = "";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                if (message.constraints && message.constraints.length) {
                    object.constraints = $Array(message.constraints.length);
                    for (let j = 0; j < message.constraints.length; ++j)
                        object.constraints[j] = $root.hanse.v1.Constraint.toObject(message.constraints[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Rule to JSON.
             * @function toJSON
             * @memberof hanse.v1.Rule
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rule.prototype.toJSON = function() {
                return Rule.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Rule;
        })();

        v1.Policy = (function() {

            /**
             * Properties of a Policy.
             * @typedef {Object} hanse.v1.Policy.$Properties
             * @property {string|null} [uid] Policy uid
             * @property {Array.<hanse.v1.Rule.$Properties>|null} [permissions] Policy permissions
             * @property {Array.<hanse.v1.Rule.$Properties>|null} [prohibitions] Policy prohibitions
             * @property {Array.<hanse.v1.Rule.$Properties>|null} [duties] Policy duties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Policy.
             * @memberof hanse.v1
             * @interface IPolicy
             * @augments hanse.v1.Policy.$Properties
             * @deprecated Use hanse.v1.Policy.$Properties instead.
             */

            /**
             * Shape of a Policy.
             * @typedef {{
             *   uid?: string|null;
             *   permissions?: Array.<hanse.v1.Rule.$Shape>|null;
             *   prohibitions?: Array.<hanse.v1.Rule.$Shape>|null;
             *   duties?: Array.<hanse.v1.Rule.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.Policy.$Shape
             */

            /**
             * Constructs a new Policy.
             * @memberof hanse.v1
             * @classdesc Represents a Policy.
             * @constructor
             * @param {hanse.v1.Policy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Policy = function (properties) {
                this.permissions = [];
                this.prohibitions = [];
                this.duties = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Policy uid.
             * @member {string} uid
             * @memberof hanse.v1.Policy
             * @instance
             */
            Policy.prototype.uid = "";

            /**
             * Policy permissions.
             * @member {Array.<hanse.v1.Rule.$Properties>} permissions
             * @memberof hanse.v1.Policy
             * @instance
             */
            Policy.prototype.permissions = $util.emptyArray;

            /**
             * Policy prohibitions.
             * @member {Array.<hanse.v1.Rule.$Properties>} prohibitions
             * @memberof hanse.v1.Policy
             * @instance
             */
            Policy.prototype.prohibitions = $util.emptyArray;

            /**
             * Policy duties.
             * @member {Array.<hanse.v1.Rule.$Properties>} duties
             * @memberof hanse.v1.Policy
             * @instance
             */
            Policy.prototype.duties = $util.emptyArray;

            /**
             * Creates a new Policy instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Policy
             * @static
             * @param {hanse.v1.Policy.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Policy} Policy instance
             * @type {{
             *   (properties: hanse.v1.Policy.$Shape): hanse.v1.Policy & hanse.v1.Policy.$Shape;
             *   (properties?: hanse.v1.Policy.$Properties): hanse.v1.Policy;
             * }}
             */
            Policy.create = function(properties) {
                return new Policy(properties);
            };

            /**
             * Encodes the specified Policy message. Does not implicitly {@link hanse.v1.Policy.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Policy
             * @static
             * @param {hanse.v1.Policy.$Properties} message Policy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Policy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
                if (message.permissions != null && message.permissions.length)
                    for (let i = 0; i < message.permissions.length; ++i)
                        $root.hanse.v1.Rule.encode(message.permissions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.prohibitions != null && message.prohibitions.length)
                    for (let i = 0; i < message.prohibitions.length; ++i)
                        $root.hanse.v1.Rule.encode(message.prohibitions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.duties != null && message.duties.length)
                    for (let i = 0; i < message.duties.length; ++i)
                        $root.hanse.v1.Rule.encode(message.duties[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Policy message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Policy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Policy & hanse.v1.Policy.$Shape} Policy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Policy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Policy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.permissions && message.permissions.length))
                                message.permissions = [];
                            message.permissions.push($root.hanse.v1.Rule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.prohibitions && message.prohibitions.length))
                                message.prohibitions = [];
                            message.prohibitions.push($root.hanse.v1.Rule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.duties && message.duties.length))
                                message.duties = [];
                            message.duties.push($root.hanse.v1.Rule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Policy message.
             * @function verify
             * @memberof hanse.v1.Policy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Policy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.permissions != null && $Object.hasOwnProperty.call(message, "permissions")) {
                    if (!$Array.isArray(message.permissions))
                        return "permissions: array expected";
                    for (let i = 0; i < message.permissions.length; ++i) {
                        let error = $root.hanse.v1.Rule.verify(message.permissions[i], _depth + 1);
                        if (error)
                            return "permissions." + error;
                    }
                }
                if (message.prohibitions != null && $Object.hasOwnProperty.call(message, "prohibitions")) {
                    if (!$Array.isArray(message.prohibitions))
                        return "prohibitions: array expected";
                    for (let i = 0; i < message.prohibitions.length; ++i) {
                        let error = $root.hanse.v1.Rule.verify(message.prohibitions[i], _depth + 1);
                        if (error)
                            return "prohibitions." + error;
                    }
                }
                if (message.duties != null && $Object.hasOwnProperty.call(message, "duties")) {
                    if (!$Array.isArray(message.duties))
                        return "duties: array expected";
                    for (let i = 0; i < message.duties.length; ++i) {
                        let error = $root.hanse.v1.Rule.verify(message.duties[i], _depth + 1);
                        if (error)
                            return "duties." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Policy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Policy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Policy} Policy
             */
            Policy.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Policy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Policy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Policy();
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.permissions) {
                    if (!$Array.isArray(object.permissions))
                        throw $TypeError(".hanse.v1.Policy.permissions: array expected");
                    message.permissions = $Array(object.permissions.length);
                    for (let i = 0; i < object.permissions.length; ++i) {
                        if (!$util.isObject(object.permissions[i]))
                            throw $TypeError(".hanse.v1.Policy.permissions: object expected");
                        message.permissions[i] = $root.hanse.v1.Rule.fromObject(object.permissions[i], _depth + 1);
                    }
                }
                if (object.prohibitions) {
                    if (!$Array.isArray(object.prohibitions))
                        throw $TypeError(".hanse.v1.Policy.prohibitions: array expected");
                    message.prohibitions = $Array(object.prohibitions.length);
                    for (let i = 0; i < object.prohibitions.length; ++i) {
                        if (!$util.isObject(object.prohibitions[i]))
                            throw $TypeError(".hanse.v1.Policy.prohibitions: object expected");
                        message.prohibitions[i] = $root.hanse.v1.Rule.fromObject(object.prohibitions[i], _depth + 1);
                    }
                }
                if (object.duties) {
                    if (!$Array.isArray(object.duties))
                        throw $TypeError(".hanse.v1.Policy.duties: array expected");
                    message.duties = $Array(object.duties.length);
                    for (let i = 0; i < object.duties.length; ++i) {
                        if (!$util.isObject(object.duties[i]))
                            throw $TypeError(".hanse.v1.Policy.duties: object expected");
                        message.duties[i] = $root.hanse.v1.Rule.fromObject(object.duties[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Policy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Policy
             * @static
             * @param {hanse.v1.Policy} message Policy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Policy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.permissions = [];
                    object.prohibitions = [];
                    object.duties = [];
                }
                if (options.defaults)
                    object.uid = "";
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.permissions && message.permissions.length) {
                    object.permissions = $Array(message.permissions.length);
                    for (let j = 0; j < message.permissions.length; ++j)
                        object.permissions[j] = $root.hanse.v1.Rule.toObject(message.permissions[j], options, _depth + 1);
                }
                if (message.prohibitions && message.prohibitions.length) {
                    object.prohibitions = $Array(message.prohibitions.length);
                    for (let j = 0; j < message.prohibitions.length; ++j)
                        object.prohibitions[j] = $root.hanse.v1.Rule.toObject(message.prohibitions[j], options, _depth + 1);
                }
                if (message.duties && message.duties.length) {
                    object.duties = $Array(message.duties.length);
                    for (let j = 0; j < message.duties.length; ++j)
                        object.duties[j] = $root.hanse.v1.Rule.toObject(message.duties[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Policy to JSON.
             * @function toJSON
             * @memberof hanse.v1.Policy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Policy.prototype.toJSON = function() {
                return Policy.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Policy;
        })();

        v1.LedgerEntry = (function() {

            /**
             * Properties of a LedgerEntry.
             * @typedef {Object} hanse.v1.LedgerEntry.$Properties
             * @property {number|null} [seq] LedgerEntry seq
             * @property {number|null} [time] LedgerEntry time
             * @property {string|null} [type] LedgerEntry type
             * @property {string|null} [peer] LedgerEntry peer
             * @property {string|null} [agreementId] LedgerEntry agreementId
             * @property {string|null} [transferId] LedgerEntry transferId
             * @property {Uint8Array|null} [payload] LedgerEntry payload
             * @property {Uint8Array|null} [prevHash] LedgerEntry prevHash
             * @property {Uint8Array|null} [hash] LedgerEntry hash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LedgerEntry.
             * @memberof hanse.v1
             * @interface ILedgerEntry
             * @augments hanse.v1.LedgerEntry.$Properties
             * @deprecated Use hanse.v1.LedgerEntry.$Properties instead.
             */

            /**
             * Shape of a LedgerEntry.
             * @typedef {hanse.v1.LedgerEntry.$Properties} hanse.v1.LedgerEntry.$Shape
             */

            /**
             * Constructs a new LedgerEntry.
             * @memberof hanse.v1
             * @classdesc Represents a LedgerEntry.
             * @constructor
             * @param {hanse.v1.LedgerEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LedgerEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LedgerEntry seq.
             * @member {number} seq
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LedgerEntry time.
             * @member {number} time
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LedgerEntry type.
             * @member {string} type
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.type = "";

            /**
             * LedgerEntry peer.
             * @member {string} peer
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.peer = "";

            /**
             * LedgerEntry agreementId.
             * @member {string} agreementId
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.agreementId = "";

            /**
             * LedgerEntry transferId.
             * @member {string} transferId
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.transferId = "";

            /**
             * LedgerEntry payload.
             * @member {Uint8Array} payload
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.payload = $util.newBuffer([]);

            /**
             * LedgerEntry prevHash.
             * @member {Uint8Array} prevHash
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.prevHash = $util.newBuffer([]);

            /**
             * LedgerEntry hash.
             * @member {Uint8Array} hash
             * @memberof hanse.v1.LedgerEntry
             * @instance
             */
            LedgerEntry.prototype.hash = $util.newBuffer([]);

            /**
             * Creates a new LedgerEntry instance using the specified properties.
             * @function create
             * @memberof hanse.v1.LedgerEntry
             * @static
             * @param {hanse.v1.LedgerEntry.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.LedgerEntry} LedgerEntry instance
             * @type {{
             *   (properties: hanse.v1.LedgerEntry.$Shape): hanse.v1.LedgerEntry & hanse.v1.LedgerEntry.$Shape;
             *   (properties?: hanse.v1.LedgerEntry.$Properties): hanse.v1.LedgerEntry;
             * }}
             */
            LedgerEntry.create = function(properties) {
                return new LedgerEntry(properties);
            };

            /**
             * Encodes the specified LedgerEntry message. Does not implicitly {@link hanse.v1.LedgerEntry.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.LedgerEntry
             * @static
             * @param {hanse.v1.LedgerEntry.$Properties} message LedgerEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LedgerEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.time);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer") && message.peer !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.peer);
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.agreementId);
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.transferId);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.payload);
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash") && message.prevHash.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.prevHash);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.hash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LedgerEntry message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.LedgerEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.LedgerEntry & hanse.v1.LedgerEntry.$Shape} LedgerEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LedgerEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.LedgerEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peer = value;
                            else
                                delete message.peer;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agreementId = value;
                            else
                                delete message.agreementId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.prevHash = value;
                            else
                                delete message.prevHash;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LedgerEntry message.
             * @function verify
             * @memberof hanse.v1.LedgerEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LedgerEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                        return "time: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
                    if (!$util.isString(message.peer))
                        return "peer: string expected";
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    if (!$util.isString(message.agreementId))
                        return "agreementId: string expected";
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    if (!$util.isString(message.transferId))
                        return "transferId: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash"))
                    if (!(message.prevHash && typeof message.prevHash.length === "number" || $util.isString(message.prevHash)))
                        return "prevHash: buffer expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!(message.hash && typeof message.hash.length === "number" || $util.isString(message.hash)))
                        return "hash: buffer expected";
                return null;
            };

            /**
             * Creates a LedgerEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.LedgerEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.LedgerEntry} LedgerEntry
             */
            LedgerEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.LedgerEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.LedgerEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.LedgerEntry();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.time != null)
                    if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                        if ($util.Long)
                            message.time = $util.Long.fromValue(object.time, false);
                        else if (typeof object.time === "string")
                            message.time = $parseInt(object.time, 10);
                        else if (typeof object.time === "number")
                            message.time = object.time;
                        else if (typeof object.time === "object")
                            message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.peer != null)
                    if (typeof object.peer !== "string" || object.peer.length)
                        message.peer = $String(object.peer);
                if (object.agreementId != null)
                    if (typeof object.agreementId !== "string" || object.agreementId.length)
                        message.agreementId = $String(object.agreementId);
                if (object.transferId != null)
                    if (typeof object.transferId !== "string" || object.transferId.length)
                        message.transferId = $String(object.transferId);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.prevHash != null)
                    if (object.prevHash.length)
                        if (typeof object.prevHash === "string")
                            $util.base64.decode(object.prevHash, message.prevHash = $util.newBuffer($util.base64.length(object.prevHash)), 0);
                        else if (object.prevHash.length >= 0)
                            message.prevHash = object.prevHash;
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                return message;
            };

            /**
             * Creates a plain object from a LedgerEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.LedgerEntry
             * @static
             * @param {hanse.v1.LedgerEntry} message LedgerEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LedgerEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = "";
                    object.peer = "";
                    object.agreementId = "";
                    object.transferId = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.prevHash = "";
                    else {
                        object.prevHash = [];
                        if (options.bytes !== $Array)
                            object.prevHash = $util.newBuffer(object.prevHash);
                    }
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                    else if (typeof message.time === "number")
                        object.time = options.longs === $String ? $String(message.time) : message.time;
                    else
                        object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
                    object.peer = message.peer;
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    object.agreementId = message.agreementId;
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    object.transferId = message.transferId;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash"))
                    object.prevHash = options.bytes === $String ? $util.base64.encode(message.prevHash, 0, message.prevHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prevHash) : message.prevHash;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                return object;
            };

            /**
             * Converts this LedgerEntry to JSON.
             * @function toJSON
             * @memberof hanse.v1.LedgerEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LedgerEntry.prototype.toJSON = function() {
                return LedgerEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LedgerEntry;
        })();

        v1.Checkpoint = (function() {

            /**
             * Properties of a Checkpoint.
             * @typedef {Object} hanse.v1.Checkpoint.$Properties
             * @property {string|null} [node] Checkpoint node
             * @property {number|null} [size] Checkpoint size
             * @property {Uint8Array|null} [root] Checkpoint root
             * @property {number|null} [time] Checkpoint time
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Checkpoint.
             * @memberof hanse.v1
             * @interface ICheckpoint
             * @augments hanse.v1.Checkpoint.$Properties
             * @deprecated Use hanse.v1.Checkpoint.$Properties instead.
             */

            /**
             * Shape of a Checkpoint.
             * @typedef {hanse.v1.Checkpoint.$Properties} hanse.v1.Checkpoint.$Shape
             */

            /**
             * Constructs a new Checkpoint.
             * @memberof hanse.v1
             * @classdesc Represents a Checkpoint.
             * @constructor
             * @param {hanse.v1.Checkpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Checkpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Checkpoint node.
             * @member {string} node
             * @memberof hanse.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.node = "";

            /**
             * Checkpoint size.
             * @member {number} size
             * @memberof hanse.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Checkpoint root.
             * @member {Uint8Array} root
             * @memberof hanse.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.root = $util.newBuffer([]);

            /**
             * Checkpoint time.
             * @member {number} time
             * @memberof hanse.v1.Checkpoint
             * @instance
             */
            Checkpoint.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Checkpoint instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Checkpoint
             * @static
             * @param {hanse.v1.Checkpoint.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Checkpoint} Checkpoint instance
             * @type {{
             *   (properties: hanse.v1.Checkpoint.$Shape): hanse.v1.Checkpoint & hanse.v1.Checkpoint.$Shape;
             *   (properties?: hanse.v1.Checkpoint.$Properties): hanse.v1.Checkpoint;
             * }}
             */
            Checkpoint.create = function(properties) {
                return new Checkpoint(properties);
            };

            /**
             * Encodes the specified Checkpoint message. Does not implicitly {@link hanse.v1.Checkpoint.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Checkpoint
             * @static
             * @param {hanse.v1.Checkpoint.$Properties} message Checkpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Checkpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.root != null && $Object.hasOwnProperty.call(message, "root") && message.root.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.root);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Checkpoint message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Checkpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Checkpoint & hanse.v1.Checkpoint.$Shape} Checkpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Checkpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Checkpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.root = value;
                            else
                                delete message.root;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Checkpoint message.
             * @function verify
             * @memberof hanse.v1.Checkpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Checkpoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    if (!(message.root && typeof message.root.length === "number" || $util.isString(message.root)))
                        return "root: buffer expected";
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                        return "time: integer|Long expected";
                return null;
            };

            /**
             * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Checkpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Checkpoint} Checkpoint
             */
            Checkpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Checkpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Checkpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Checkpoint();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.root != null)
                    if (object.root.length)
                        if (typeof object.root === "string")
                            $util.base64.decode(object.root, message.root = $util.newBuffer($util.base64.length(object.root)), 0);
                        else if (object.root.length >= 0)
                            message.root = object.root;
                if (object.time != null)
                    if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                        if ($util.Long)
                            message.time = $util.Long.fromValue(object.time, false);
                        else if (typeof object.time === "string")
                            message.time = $parseInt(object.time, 10);
                        else if (typeof object.time === "number")
                            message.time = object.time;
                        else if (typeof object.time === "object")
                            message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Checkpoint
             * @static
             * @param {hanse.v1.Checkpoint} message Checkpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Checkpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.root = "";
                    else {
                        object.root = [];
                        if (options.bytes !== $Array)
                            object.root = $util.newBuffer(object.root);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.root != null && $Object.hasOwnProperty.call(message, "root"))
                    object.root = options.bytes === $String ? $util.base64.encode(message.root, 0, message.root.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.root) : message.root;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                    else if (typeof message.time === "number")
                        object.time = options.longs === $String ? $String(message.time) : message.time;
                    else
                        object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
                return object;
            };

            /**
             * Converts this Checkpoint to JSON.
             * @function toJSON
             * @memberof hanse.v1.Checkpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Checkpoint.prototype.toJSON = function() {
                return Checkpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Checkpoint;
        })();

        v1.SignedCheckpoint = (function() {

            /**
             * Properties of a SignedCheckpoint.
             * @typedef {Object} hanse.v1.SignedCheckpoint.$Properties
             * @property {Uint8Array|null} [body] SignedCheckpoint body
             * @property {Uint8Array|null} [signature] SignedCheckpoint signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedCheckpoint.
             * @memberof hanse.v1
             * @interface ISignedCheckpoint
             * @augments hanse.v1.SignedCheckpoint.$Properties
             * @deprecated Use hanse.v1.SignedCheckpoint.$Properties instead.
             */

            /**
             * Shape of a SignedCheckpoint.
             * @typedef {hanse.v1.SignedCheckpoint.$Properties} hanse.v1.SignedCheckpoint.$Shape
             */

            /**
             * Constructs a new SignedCheckpoint.
             * @memberof hanse.v1
             * @classdesc Represents a SignedCheckpoint.
             * @constructor
             * @param {hanse.v1.SignedCheckpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedCheckpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedCheckpoint body.
             * @member {Uint8Array} body
             * @memberof hanse.v1.SignedCheckpoint
             * @instance
             */
            SignedCheckpoint.prototype.body = $util.newBuffer([]);

            /**
             * SignedCheckpoint signature.
             * @member {Uint8Array} signature
             * @memberof hanse.v1.SignedCheckpoint
             * @instance
             */
            SignedCheckpoint.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedCheckpoint instance using the specified properties.
             * @function create
             * @memberof hanse.v1.SignedCheckpoint
             * @static
             * @param {hanse.v1.SignedCheckpoint.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.SignedCheckpoint} SignedCheckpoint instance
             * @type {{
             *   (properties: hanse.v1.SignedCheckpoint.$Shape): hanse.v1.SignedCheckpoint & hanse.v1.SignedCheckpoint.$Shape;
             *   (properties?: hanse.v1.SignedCheckpoint.$Properties): hanse.v1.SignedCheckpoint;
             * }}
             */
            SignedCheckpoint.create = function(properties) {
                return new SignedCheckpoint(properties);
            };

            /**
             * Encodes the specified SignedCheckpoint message. Does not implicitly {@link hanse.v1.SignedCheckpoint.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.SignedCheckpoint
             * @static
             * @param {hanse.v1.SignedCheckpoint.$Properties} message SignedCheckpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedCheckpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedCheckpoint message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.SignedCheckpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.SignedCheckpoint & hanse.v1.SignedCheckpoint.$Shape} SignedCheckpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedCheckpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.SignedCheckpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SignedCheckpoint message.
             * @function verify
             * @memberof hanse.v1.SignedCheckpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedCheckpoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedCheckpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.SignedCheckpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.SignedCheckpoint} SignedCheckpoint
             */
            SignedCheckpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.SignedCheckpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.SignedCheckpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.SignedCheckpoint();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedCheckpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.SignedCheckpoint
             * @static
             * @param {hanse.v1.SignedCheckpoint} message SignedCheckpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedCheckpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedCheckpoint to JSON.
             * @function toJSON
             * @memberof hanse.v1.SignedCheckpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedCheckpoint.prototype.toJSON = function() {
                return SignedCheckpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedCheckpoint;
        })();

        v1.LedgerRequest = (function() {

            /**
             * Properties of a LedgerRequest.
             * @typedef {Object} hanse.v1.LedgerRequest.$Properties
             * @property {hanse.v1.CheckpointExchange.$Properties|null} [exchange] LedgerRequest exchange
             * @property {hanse.v1.AuditRequest.$Properties|null} [audit] LedgerRequest audit
             * @property {"exchange"|"audit"} [kind] LedgerRequest kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LedgerRequest.
             * @memberof hanse.v1
             * @interface ILedgerRequest
             * @augments hanse.v1.LedgerRequest.$Properties
             * @deprecated Use hanse.v1.LedgerRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a LedgerRequest.
             * @typedef {{
             *   exchange?: hanse.v1.CheckpointExchange.$Shape|null;
             *   audit?: hanse.v1.AuditRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; exchange?: null; audit?: null }|{ kind?: "exchange"; exchange: hanse.v1.CheckpointExchange.$Shape; audit?: null }|{ kind?: "audit"; exchange?: null; audit: hanse.v1.AuditRequest.$Shape })
             * )} hanse.v1.LedgerRequest.$Shape
             */

            /**
             * Constructs a new LedgerRequest.
             * @memberof hanse.v1
             * @classdesc Represents a LedgerRequest.
             * @constructor
             * @param {hanse.v1.LedgerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LedgerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LedgerRequest exchange.
             * @member {hanse.v1.CheckpointExchange.$Properties|null|undefined} exchange
             * @memberof hanse.v1.LedgerRequest
             * @instance
             */
            LedgerRequest.prototype.exchange = null;

            /**
             * LedgerRequest audit.
             * @member {hanse.v1.AuditRequest.$Properties|null|undefined} audit
             * @memberof hanse.v1.LedgerRequest
             * @instance
             */
            LedgerRequest.prototype.audit = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LedgerRequest kind.
             * @member {"exchange"|"audit"|undefined} kind
             * @memberof hanse.v1.LedgerRequest
             * @instance
             */
            $Object.defineProperty(LedgerRequest.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["exchange", "audit"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LedgerRequest instance using the specified properties.
             * @function create
             * @memberof hanse.v1.LedgerRequest
             * @static
             * @param {hanse.v1.LedgerRequest.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.LedgerRequest} LedgerRequest instance
             * @type {{
             *   (properties: hanse.v1.LedgerRequest.$Shape): hanse.v1.LedgerRequest & hanse.v1.LedgerRequest.$Shape;
             *   (properties?: hanse.v1.LedgerRequest.$Properties): hanse.v1.LedgerRequest;
             * }}
             */
            LedgerRequest.create = function(properties) {
                return new LedgerRequest(properties);
            };

            /**
             * Encodes the specified LedgerRequest message. Does not implicitly {@link hanse.v1.LedgerRequest.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.LedgerRequest
             * @static
             * @param {hanse.v1.LedgerRequest.$Properties} message LedgerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LedgerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exchange != null && $Object.hasOwnProperty.call(message, "exchange"))
                    $root.hanse.v1.CheckpointExchange.encode(message.exchange, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit"))
                    $root.hanse.v1.AuditRequest.encode(message.audit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LedgerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.LedgerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.LedgerRequest & hanse.v1.LedgerRequest.$Shape} LedgerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LedgerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.LedgerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.exchange = $root.hanse.v1.CheckpointExchange.decode(reader, reader.size(), $undefined, _depth + 1, message.exchange);
                            message.kind = "exchange";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.audit = $root.hanse.v1.AuditRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.audit);
                            message.kind = "audit";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LedgerRequest message.
             * @function verify
             * @memberof hanse.v1.LedgerRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LedgerRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.exchange != null && $Object.hasOwnProperty.call(message, "exchange")) {
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.CheckpointExchange.verify(message.exchange, _depth + 1);
                        if (error)
                            return "exchange." + error;
                    }
                }
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.AuditRequest.verify(message.audit, _depth + 1);
                        if (error)
                            return "audit." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a LedgerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.LedgerRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.LedgerRequest} LedgerRequest
             */
            LedgerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.LedgerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.LedgerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.LedgerRequest();
                if (object.exchange != null) {
                    if (!$util.isObject(object.exchange))
                        throw $TypeError(".hanse.v1.LedgerRequest.exchange: object expected");
                    message.exchange = $root.hanse.v1.CheckpointExchange.fromObject(object.exchange, _depth + 1);
                }
                if (object.audit != null) {
                    if (!$util.isObject(object.audit))
                        throw $TypeError(".hanse.v1.LedgerRequest.audit: object expected");
                    message.audit = $root.hanse.v1.AuditRequest.fromObject(object.audit, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LedgerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.LedgerRequest
             * @static
             * @param {hanse.v1.LedgerRequest} message LedgerRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LedgerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.exchange != null && $Object.hasOwnProperty.call(message, "exchange")) {
                    object.exchange = $root.hanse.v1.CheckpointExchange.toObject(message.exchange, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "exchange";
                }
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit")) {
                    object.audit = $root.hanse.v1.AuditRequest.toObject(message.audit, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "audit";
                }
                return object;
            };

            /**
             * Converts this LedgerRequest to JSON.
             * @function toJSON
             * @memberof hanse.v1.LedgerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LedgerRequest.prototype.toJSON = function() {
                return LedgerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LedgerRequest;
        })();

        v1.CheckpointExchange = (function() {

            /**
             * Properties of a CheckpointExchange.
             * @typedef {Object} hanse.v1.CheckpointExchange.$Properties
             * @property {hanse.v1.SignedCheckpoint.$Properties|null} [checkpoint] CheckpointExchange checkpoint
             * @property {string|null} [agreementId] CheckpointExchange agreementId
             * @property {string|null} [transferId] CheckpointExchange transferId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CheckpointExchange.
             * @memberof hanse.v1
             * @interface ICheckpointExchange
             * @augments hanse.v1.CheckpointExchange.$Properties
             * @deprecated Use hanse.v1.CheckpointExchange.$Properties instead.
             */

            /**
             * Shape of a CheckpointExchange.
             * @typedef {hanse.v1.CheckpointExchange.$Properties} hanse.v1.CheckpointExchange.$Shape
             */

            /**
             * Constructs a new CheckpointExchange.
             * @memberof hanse.v1
             * @classdesc Represents a CheckpointExchange.
             * @constructor
             * @param {hanse.v1.CheckpointExchange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CheckpointExchange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CheckpointExchange checkpoint.
             * @member {hanse.v1.SignedCheckpoint.$Properties|null|undefined} checkpoint
             * @memberof hanse.v1.CheckpointExchange
             * @instance
             */
            CheckpointExchange.prototype.checkpoint = null;

            /**
             * CheckpointExchange agreementId.
             * @member {string} agreementId
             * @memberof hanse.v1.CheckpointExchange
             * @instance
             */
            CheckpointExchange.prototype.agreementId = "";

            /**
             * CheckpointExchange transferId.
             * @member {string} transferId
             * @memberof hanse.v1.CheckpointExchange
             * @instance
             */
            CheckpointExchange.prototype.transferId = "";

            /**
             * Creates a new CheckpointExchange instance using the specified properties.
             * @function create
             * @memberof hanse.v1.CheckpointExchange
             * @static
             * @param {hanse.v1.CheckpointExchange.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.CheckpointExchange} CheckpointExchange instance
             * @type {{
             *   (properties: hanse.v1.CheckpointExchange.$Shape): hanse.v1.CheckpointExchange & hanse.v1.CheckpointExchange.$Shape;
             *   (properties?: hanse.v1.CheckpointExchange.$Properties): hanse.v1.CheckpointExchange;
             * }}
             */
            CheckpointExchange.create = function(properties) {
                return new CheckpointExchange(properties);
            };

            /**
             * Encodes the specified CheckpointExchange message. Does not implicitly {@link hanse.v1.CheckpointExchange.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.CheckpointExchange
             * @static
             * @param {hanse.v1.CheckpointExchange.$Properties} message CheckpointExchange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CheckpointExchange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    $root.hanse.v1.SignedCheckpoint.encode(message.checkpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agreementId);
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.transferId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CheckpointExchange message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.CheckpointExchange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.CheckpointExchange & hanse.v1.CheckpointExchange.$Shape} CheckpointExchange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CheckpointExchange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.CheckpointExchange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.checkpoint = $root.hanse.v1.SignedCheckpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.checkpoint);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agreementId = value;
                            else
                                delete message.agreementId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CheckpointExchange message.
             * @function verify
             * @memberof hanse.v1.CheckpointExchange
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CheckpointExchange.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint")) {
                    let error = $root.hanse.v1.SignedCheckpoint.verify(message.checkpoint, _depth + 1);
                    if (error)
                        return "checkpoint." + error;
                }
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    if (!$util.isString(message.agreementId))
                        return "agreementId: string expected";
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    if (!$util.isString(message.transferId))
                        return "transferId: string expected";
                return null;
            };

            /**
             * Creates a CheckpointExchange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.CheckpointExchange
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.CheckpointExchange} CheckpointExchange
             */
            CheckpointExchange.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.CheckpointExchange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.CheckpointExchange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.CheckpointExchange();
                if (object.checkpoint != null) {
                    if (!$util.isObject(object.checkpoint))
                        throw $TypeError(".hanse.v1.CheckpointExchange.checkpoint: object expected");
                    message.checkpoint = $root.hanse.v1.SignedCheckpoint.fromObject(object.checkpoint, _depth + 1);
                }
                if (object.agreementId != null)
                    if (typeof object.agreementId !== "string" || object.agreementId.length)
                        message.agreementId = $String(object.agreementId);
                if (object.transferId != null)
                    if (typeof object.transferId !== "string" || object.transferId.length)
                        message.transferId = $String(object.transferId);
                return message;
            };

            /**
             * Creates a plain object from a CheckpointExchange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.CheckpointExchange
             * @static
             * @param {hanse.v1.CheckpointExchange} message CheckpointExchange
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CheckpointExchange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.checkpoint = null;
                    object.agreementId = "";
                    object.transferId = "";
                }
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    object.checkpoint = $root.hanse.v1.SignedCheckpoint.toObject(message.checkpoint, options, _depth + 1);
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    object.agreementId = message.agreementId;
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    object.transferId = message.transferId;
                return object;
            };

            /**
             * Converts this CheckpointExchange to JSON.
             * @function toJSON
             * @memberof hanse.v1.CheckpointExchange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CheckpointExchange.prototype.toJSON = function() {
                return CheckpointExchange.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CheckpointExchange;
        })();

        v1.AuditRequest = (function() {

            /**
             * Properties of an AuditRequest.
             * @typedef {Object} hanse.v1.AuditRequest.$Properties
             * @property {Array.<number>|null} [fromSizes] AuditRequest fromSizes
             * @property {Array.<string>|null} [agreementIds] AuditRequest agreementIds
             * @property {number|null} [afterSeq] AuditRequest afterSeq
             * @property {number|null} [limit] AuditRequest limit
             * @property {number|null} [atSize] AuditRequest atSize
             * @property {boolean|null} [allShared] AuditRequest allShared
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditRequest.
             * @memberof hanse.v1
             * @interface IAuditRequest
             * @augments hanse.v1.AuditRequest.$Properties
             * @deprecated Use hanse.v1.AuditRequest.$Properties instead.
             */

            /**
             * Shape of an AuditRequest.
             * @typedef {hanse.v1.AuditRequest.$Properties} hanse.v1.AuditRequest.$Shape
             */

            /**
             * Constructs a new AuditRequest.
             * @memberof hanse.v1
             * @classdesc Represents an AuditRequest.
             * @constructor
             * @param {hanse.v1.AuditRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditRequest = function (properties) {
                this.fromSizes = [];
                this.agreementIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditRequest fromSizes.
             * @member {Array.<number>} fromSizes
             * @memberof hanse.v1.AuditRequest
             * @instance
             */
            AuditRequest.prototype.fromSizes = $util.emptyArray;

            /**
             * AuditRequest agreementIds.
             * @member {Array.<string>} agreementIds
             * @memberof hanse.v1.AuditRequest
             * @instance
             */
            AuditRequest.prototype.agreementIds = $util.emptyArray;

            /**
             * AuditRequest afterSeq.
             * @member {number} afterSeq
             * @memberof hanse.v1.AuditRequest
             * @instance
             */
            AuditRequest.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditRequest limit.
             * @member {number} limit
             * @memberof hanse.v1.AuditRequest
             * @instance
             */
            AuditRequest.prototype.limit = 0;

            /**
             * AuditRequest atSize.
             * @member {number} atSize
             * @memberof hanse.v1.AuditRequest
             * @instance
             */
            AuditRequest.prototype.atSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AuditRequest allShared.
             * @member {boolean} allShared
             * @memberof hanse.v1.AuditRequest
             * @instance
             */
            AuditRequest.prototype.allShared = false;

            /**
             * Creates a new AuditRequest instance using the specified properties.
             * @function create
             * @memberof hanse.v1.AuditRequest
             * @static
             * @param {hanse.v1.AuditRequest.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.AuditRequest} AuditRequest instance
             * @type {{
             *   (properties: hanse.v1.AuditRequest.$Shape): hanse.v1.AuditRequest & hanse.v1.AuditRequest.$Shape;
             *   (properties?: hanse.v1.AuditRequest.$Properties): hanse.v1.AuditRequest;
             * }}
             */
            AuditRequest.create = function(properties) {
                return new AuditRequest(properties);
            };

            /**
             * Encodes the specified AuditRequest message. Does not implicitly {@link hanse.v1.AuditRequest.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.AuditRequest
             * @static
             * @param {hanse.v1.AuditRequest.$Properties} message AuditRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromSizes != null && message.fromSizes.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.fromSizes);
                if (message.agreementIds != null && message.agreementIds.length)
                    for (let i = 0; i < message.agreementIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.agreementIds[i]);
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq") && (typeof message.afterSeq === "object" ? message.afterSeq.low || message.afterSeq.high : message.afterSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.afterSeq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                if (message.atSize != null && $Object.hasOwnProperty.call(message, "atSize") && (typeof message.atSize === "object" ? message.atSize.low || message.atSize.high : message.atSize !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.atSize);
                if (message.allShared != null && $Object.hasOwnProperty.call(message, "allShared") && message.allShared !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.allShared);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.AuditRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.AuditRequest & hanse.v1.AuditRequest.$Shape} AuditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.AuditRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.fromSizes && message.fromSizes.length))
                                    message.fromSizes = [];
                                reader.uint64s(message.fromSizes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.fromSizes && message.fromSizes.length))
                                message.fromSizes = [];
                            message.fromSizes.push(reader.uint64());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agreementIds && message.agreementIds.length))
                                message.agreementIds = [];
                            message.agreementIds.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.afterSeq = value;
                            else
                                delete message.afterSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atSize = value;
                            else
                                delete message.atSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allShared = value;
                            else
                                delete message.allShared;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AuditRequest message.
             * @function verify
             * @memberof hanse.v1.AuditRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuditRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fromSizes != null && $Object.hasOwnProperty.call(message, "fromSizes")) {
                    if (!$Array.isArray(message.fromSizes))
                        return "fromSizes: array expected";
                    for (let i = 0; i < message.fromSizes.length; ++i)
                        if (!$util.isInteger(message.fromSizes[i]) && !(message.fromSizes[i] && $util.isInteger(message.fromSizes[i].low) && $util.isInteger(message.fromSizes[i].high)))
                            return "fromSizes: integer|Long[] expected";
                }
                if (message.agreementIds != null && $Object.hasOwnProperty.call(message, "agreementIds")) {
                    if (!$Array.isArray(message.agreementIds))
                        return "agreementIds: array expected";
                    for (let i = 0; i < message.agreementIds.length; ++i)
                        if (!$util.isString(message.agreementIds[i]))
                            return "agreementIds: string[] expected";
                }
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    if (!$util.isInteger(message.afterSeq) && !(message.afterSeq && $util.isInteger(message.afterSeq.low) && $util.isInteger(message.afterSeq.high)))
                        return "afterSeq: integer|Long expected";
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                if (message.atSize != null && $Object.hasOwnProperty.call(message, "atSize"))
                    if (!$util.isInteger(message.atSize) && !(message.atSize && $util.isInteger(message.atSize.low) && $util.isInteger(message.atSize.high)))
                        return "atSize: integer|Long expected";
                if (message.allShared != null && $Object.hasOwnProperty.call(message, "allShared"))
                    if (typeof message.allShared !== "boolean")
                        return "allShared: boolean expected";
                return null;
            };

            /**
             * Creates an AuditRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.AuditRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.AuditRequest} AuditRequest
             */
            AuditRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.AuditRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.AuditRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.AuditRequest();
                if (object.fromSizes) {
                    if (!$Array.isArray(object.fromSizes))
                        throw $TypeError(".hanse.v1.AuditRequest.fromSizes: array expected");
                    message.fromSizes = $Array(object.fromSizes.length);
                    for (let i = 0; i < object.fromSizes.length; ++i)
                        if ($util.Long)
                            message.fromSizes[i] = $util.Long.fromValue(object.fromSizes[i], true);
                        else if (typeof object.fromSizes[i] === "string")
                            message.fromSizes[i] = $parseInt(object.fromSizes[i], 10);
                        else if (typeof object.fromSizes[i] === "number")
                            message.fromSizes[i] = object.fromSizes[i];
                        else if (typeof object.fromSizes[i] === "object")
                            message.fromSizes[i] = new $util.LongBits(object.fromSizes[i].low >>> 0, object.fromSizes[i].high >>> 0).toNumber(true);
                }
                if (object.agreementIds) {
                    if (!$Array.isArray(object.agreementIds))
                        throw $TypeError(".hanse.v1.AuditRequest.agreementIds: array expected");
                    message.agreementIds = $Array(object.agreementIds.length);
                    for (let i = 0; i < object.agreementIds.length; ++i)
                        message.agreementIds[i] = $String(object.agreementIds[i]);
                }
                if (object.afterSeq != null)
                    if (typeof object.afterSeq === "object" ? object.afterSeq.low || object.afterSeq.high : $Number(object.afterSeq) !== 0)
                        if ($util.Long)
                            message.afterSeq = $util.Long.fromValue(object.afterSeq, false);
                        else if (typeof object.afterSeq === "string")
                            message.afterSeq = $parseInt(object.afterSeq, 10);
                        else if (typeof object.afterSeq === "number")
                            message.afterSeq = object.afterSeq;
                        else if (typeof object.afterSeq === "object")
                            message.afterSeq = new $util.LongBits(object.afterSeq.low >>> 0, object.afterSeq.high >>> 0).toNumber();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.atSize != null)
                    if (typeof object.atSize === "object" ? object.atSize.low || object.atSize.high : $Number(object.atSize) !== 0)
                        if ($util.Long)
                            message.atSize = $util.Long.fromValue(object.atSize, true);
                        else if (typeof object.atSize === "string")
                            message.atSize = $parseInt(object.atSize, 10);
                        else if (typeof object.atSize === "number")
                            message.atSize = object.atSize;
                        else if (typeof object.atSize === "object")
                            message.atSize = new $util.LongBits(object.atSize.low >>> 0, object.atSize.high >>> 0).toNumber(true);
                if (object.allShared != null)
                    if (object.allShared)
                        message.allShared = $Boolean(object.allShared);
                return message;
            };

            /**
             * Creates a plain object from an AuditRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.AuditRequest
             * @static
             * @param {hanse.v1.AuditRequest} message AuditRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuditRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.fromSizes = [];
                    object.agreementIds = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.afterSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.afterSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limit = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.allShared = false;
                }
                if (message.fromSizes && message.fromSizes.length) {
                    object.fromSizes = $Array(message.fromSizes.length);
                    for (let j = 0; j < message.fromSizes.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.fromSizes[j] = typeof message.fromSizes[j] === "number" ? $BigInt(message.fromSizes[j]) : $util.Long.fromBits(message.fromSizes[j].low >>> 0, message.fromSizes[j].high >>> 0, true).toBigInt();
                        else if (typeof message.fromSizes[j] === "number")
                            object.fromSizes[j] = options.longs === $String ? $String(message.fromSizes[j]) : message.fromSizes[j];
                        else
                            object.fromSizes[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.fromSizes[j]) : options.longs === $Number ? new $util.LongBits(message.fromSizes[j].low >>> 0, message.fromSizes[j].high >>> 0).toNumber(true) : message.fromSizes[j];
                }
                if (message.agreementIds && message.agreementIds.length) {
                    object.agreementIds = $Array(message.agreementIds.length);
                    for (let j = 0; j < message.agreementIds.length; ++j)
                        object.agreementIds[j] = message.agreementIds[j];
                }
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.afterSeq = typeof message.afterSeq === "number" ? $BigInt(message.afterSeq) : $util.Long.fromBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.afterSeq === "number")
                        object.afterSeq = options.longs === $String ? $String(message.afterSeq) : message.afterSeq;
                    else
                        object.afterSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.afterSeq) : options.longs === $Number ? new $util.LongBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0).toNumber() : message.afterSeq;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.atSize != null && $Object.hasOwnProperty.call(message, "atSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atSize = typeof message.atSize === "number" ? $BigInt(message.atSize) : $util.Long.fromBits(message.atSize.low >>> 0, message.atSize.high >>> 0, true).toBigInt();
                    else if (typeof message.atSize === "number")
                        object.atSize = options.longs === $String ? $String(message.atSize) : message.atSize;
                    else
                        object.atSize = options.longs === $String ? $util.Long.prototype.toString.call(message.atSize) : options.longs === $Number ? new $util.LongBits(message.atSize.low >>> 0, message.atSize.high >>> 0).toNumber(true) : message.atSize;
                if (message.allShared != null && $Object.hasOwnProperty.call(message, "allShared"))
                    object.allShared = message.allShared;
                return object;
            };

            /**
             * Converts this AuditRequest to JSON.
             * @function toJSON
             * @memberof hanse.v1.AuditRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuditRequest.prototype.toJSON = function() {
                return AuditRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AuditRequest;
        })();

        v1.AuditProofEntry = (function() {

            /**
             * Properties of an AuditProofEntry.
             * @typedef {Object} hanse.v1.AuditProofEntry.$Properties
             * @property {hanse.v1.LedgerEntry.$Properties|null} [entry] AuditProofEntry entry
             * @property {Array.<Uint8Array>|null} [inclusion] AuditProofEntry inclusion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditProofEntry.
             * @memberof hanse.v1
             * @interface IAuditProofEntry
             * @augments hanse.v1.AuditProofEntry.$Properties
             * @deprecated Use hanse.v1.AuditProofEntry.$Properties instead.
             */

            /**
             * Shape of an AuditProofEntry.
             * @typedef {hanse.v1.AuditProofEntry.$Properties} hanse.v1.AuditProofEntry.$Shape
             */

            /**
             * Constructs a new AuditProofEntry.
             * @memberof hanse.v1
             * @classdesc Represents an AuditProofEntry.
             * @constructor
             * @param {hanse.v1.AuditProofEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditProofEntry = function (properties) {
                this.inclusion = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditProofEntry entry.
             * @member {hanse.v1.LedgerEntry.$Properties|null|undefined} entry
             * @memberof hanse.v1.AuditProofEntry
             * @instance
             */
            AuditProofEntry.prototype.entry = null;

            /**
             * AuditProofEntry inclusion.
             * @member {Array.<Uint8Array>} inclusion
             * @memberof hanse.v1.AuditProofEntry
             * @instance
             */
            AuditProofEntry.prototype.inclusion = $util.emptyArray;

            /**
             * Creates a new AuditProofEntry instance using the specified properties.
             * @function create
             * @memberof hanse.v1.AuditProofEntry
             * @static
             * @param {hanse.v1.AuditProofEntry.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.AuditProofEntry} AuditProofEntry instance
             * @type {{
             *   (properties: hanse.v1.AuditProofEntry.$Shape): hanse.v1.AuditProofEntry & hanse.v1.AuditProofEntry.$Shape;
             *   (properties?: hanse.v1.AuditProofEntry.$Properties): hanse.v1.AuditProofEntry;
             * }}
             */
            AuditProofEntry.create = function(properties) {
                return new AuditProofEntry(properties);
            };

            /**
             * Encodes the specified AuditProofEntry message. Does not implicitly {@link hanse.v1.AuditProofEntry.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.AuditProofEntry
             * @static
             * @param {hanse.v1.AuditProofEntry.$Properties} message AuditProofEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditProofEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    $root.hanse.v1.LedgerEntry.encode(message.entry, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.inclusion != null && message.inclusion.length)
                    for (let i = 0; i < message.inclusion.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.inclusion[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditProofEntry message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.AuditProofEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.AuditProofEntry & hanse.v1.AuditProofEntry.$Shape} AuditProofEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditProofEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.AuditProofEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.entry = $root.hanse.v1.LedgerEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.entry);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inclusion && message.inclusion.length))
                                message.inclusion = [];
                            message.inclusion.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AuditProofEntry message.
             * @function verify
             * @memberof hanse.v1.AuditProofEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuditProofEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry")) {
                    let error = $root.hanse.v1.LedgerEntry.verify(message.entry, _depth + 1);
                    if (error)
                        return "entry." + error;
                }
                if (message.inclusion != null && $Object.hasOwnProperty.call(message, "inclusion")) {
                    if (!$Array.isArray(message.inclusion))
                        return "inclusion: array expected";
                    for (let i = 0; i < message.inclusion.length; ++i)
                        if (!(message.inclusion[i] && typeof message.inclusion[i].length === "number" || $util.isString(message.inclusion[i])))
                            return "inclusion: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates an AuditProofEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.AuditProofEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.AuditProofEntry} AuditProofEntry
             */
            AuditProofEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.AuditProofEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.AuditProofEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.AuditProofEntry();
                if (object.entry != null) {
                    if (!$util.isObject(object.entry))
                        throw $TypeError(".hanse.v1.AuditProofEntry.entry: object expected");
                    message.entry = $root.hanse.v1.LedgerEntry.fromObject(object.entry, _depth + 1);
                }
                if (object.inclusion) {
                    if (!$Array.isArray(object.inclusion))
                        throw $TypeError(".hanse.v1.AuditProofEntry.inclusion: array expected");
                    message.inclusion = $Array(object.inclusion.length);
                    for (let i = 0; i < object.inclusion.length; ++i)
                        if (typeof object.inclusion[i] === "string")
                            $util.base64.decode(object.inclusion[i], message.inclusion[i] = $util.newBuffer($util.base64.length(object.inclusion[i])), 0);
                        else if (object.inclusion[i].length >= 0)
                            message.inclusion[i] = object.inclusion[i];
                }
                return message;
            };

            /**
             * Creates a plain object from an AuditProofEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.AuditProofEntry
             * @static
             * @param {hanse.v1.AuditProofEntry} message AuditProofEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuditProofEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.inclusion = [];
                if (options.defaults)
                    object.entry = null;
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    object.entry = $root.hanse.v1.LedgerEntry.toObject(message.entry, options, _depth + 1);
                if (message.inclusion && message.inclusion.length) {
                    object.inclusion = $Array(message.inclusion.length);
                    for (let j = 0; j < message.inclusion.length; ++j)
                        object.inclusion[j] = options.bytes === $String ? $util.base64.encode(message.inclusion[j], 0, message.inclusion[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.inclusion[j]) : message.inclusion[j];
                }
                return object;
            };

            /**
             * Converts this AuditProofEntry to JSON.
             * @function toJSON
             * @memberof hanse.v1.AuditProofEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuditProofEntry.prototype.toJSON = function() {
                return AuditProofEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AuditProofEntry;
        })();

        v1.LedgerResponse = (function() {

            /**
             * Properties of a LedgerResponse.
             * @typedef {Object} hanse.v1.LedgerResponse.$Properties
             * @property {hanse.v1.CheckpointExchange.$Properties|null} [exchange] LedgerResponse exchange
             * @property {hanse.v1.AuditResponse.$Properties|null} [audit] LedgerResponse audit
             * @property {hanse.v1.Error.$Properties|null} [error] LedgerResponse error
             * @property {"exchange"|"audit"|"error"} [kind] LedgerResponse kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LedgerResponse.
             * @memberof hanse.v1
             * @interface ILedgerResponse
             * @augments hanse.v1.LedgerResponse.$Properties
             * @deprecated Use hanse.v1.LedgerResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a LedgerResponse.
             * @typedef {{
             *   exchange?: hanse.v1.CheckpointExchange.$Shape|null;
             *   audit?: hanse.v1.AuditResponse.$Shape|null;
             *   error?: hanse.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; exchange?: null; audit?: null; error?: null }|{ kind?: "exchange"; exchange: hanse.v1.CheckpointExchange.$Shape; audit?: null; error?: null }|{ kind?: "audit"; exchange?: null; audit: hanse.v1.AuditResponse.$Shape; error?: null }|{ kind?: "error"; exchange?: null; audit?: null; error: hanse.v1.Error.$Shape })
             * )} hanse.v1.LedgerResponse.$Shape
             */

            /**
             * Constructs a new LedgerResponse.
             * @memberof hanse.v1
             * @classdesc Represents a LedgerResponse.
             * @constructor
             * @param {hanse.v1.LedgerResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LedgerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LedgerResponse exchange.
             * @member {hanse.v1.CheckpointExchange.$Properties|null|undefined} exchange
             * @memberof hanse.v1.LedgerResponse
             * @instance
             */
            LedgerResponse.prototype.exchange = null;

            /**
             * LedgerResponse audit.
             * @member {hanse.v1.AuditResponse.$Properties|null|undefined} audit
             * @memberof hanse.v1.LedgerResponse
             * @instance
             */
            LedgerResponse.prototype.audit = null;

            /**
             * LedgerResponse error.
             * @member {hanse.v1.Error.$Properties|null|undefined} error
             * @memberof hanse.v1.LedgerResponse
             * @instance
             */
            LedgerResponse.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LedgerResponse kind.
             * @member {"exchange"|"audit"|"error"|undefined} kind
             * @memberof hanse.v1.LedgerResponse
             * @instance
             */
            $Object.defineProperty(LedgerResponse.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["exchange", "audit", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LedgerResponse instance using the specified properties.
             * @function create
             * @memberof hanse.v1.LedgerResponse
             * @static
             * @param {hanse.v1.LedgerResponse.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.LedgerResponse} LedgerResponse instance
             * @type {{
             *   (properties: hanse.v1.LedgerResponse.$Shape): hanse.v1.LedgerResponse & hanse.v1.LedgerResponse.$Shape;
             *   (properties?: hanse.v1.LedgerResponse.$Properties): hanse.v1.LedgerResponse;
             * }}
             */
            LedgerResponse.create = function(properties) {
                return new LedgerResponse(properties);
            };

            /**
             * Encodes the specified LedgerResponse message. Does not implicitly {@link hanse.v1.LedgerResponse.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.LedgerResponse
             * @static
             * @param {hanse.v1.LedgerResponse.$Properties} message LedgerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LedgerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exchange != null && $Object.hasOwnProperty.call(message, "exchange"))
                    $root.hanse.v1.CheckpointExchange.encode(message.exchange, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit"))
                    $root.hanse.v1.AuditResponse.encode(message.audit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.hanse.v1.Error.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LedgerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.LedgerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.LedgerResponse & hanse.v1.LedgerResponse.$Shape} LedgerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LedgerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.LedgerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.exchange = $root.hanse.v1.CheckpointExchange.decode(reader, reader.size(), $undefined, _depth + 1, message.exchange);
                            message.kind = "exchange";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.audit = $root.hanse.v1.AuditResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.audit);
                            message.kind = "audit";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.hanse.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.kind = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LedgerResponse message.
             * @function verify
             * @memberof hanse.v1.LedgerResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LedgerResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.exchange != null && $Object.hasOwnProperty.call(message, "exchange")) {
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.CheckpointExchange.verify(message.exchange, _depth + 1);
                        if (error)
                            return "exchange." + error;
                    }
                }
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.AuditResponse.verify(message.audit, _depth + 1);
                        if (error)
                            return "audit." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hanse.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a LedgerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.LedgerResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.LedgerResponse} LedgerResponse
             */
            LedgerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.LedgerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.LedgerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.LedgerResponse();
                if (object.exchange != null) {
                    if (!$util.isObject(object.exchange))
                        throw $TypeError(".hanse.v1.LedgerResponse.exchange: object expected");
                    message.exchange = $root.hanse.v1.CheckpointExchange.fromObject(object.exchange, _depth + 1);
                }
                if (object.audit != null) {
                    if (!$util.isObject(object.audit))
                        throw $TypeError(".hanse.v1.LedgerResponse.audit: object expected");
                    message.audit = $root.hanse.v1.AuditResponse.fromObject(object.audit, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".hanse.v1.LedgerResponse.error: object expected");
                    message.error = $root.hanse.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LedgerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.LedgerResponse
             * @static
             * @param {hanse.v1.LedgerResponse} message LedgerResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LedgerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.exchange != null && $Object.hasOwnProperty.call(message, "exchange")) {
                    object.exchange = $root.hanse.v1.CheckpointExchange.toObject(message.exchange, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "exchange";
                }
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit")) {
                    object.audit = $root.hanse.v1.AuditResponse.toObject(message.audit, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "audit";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.hanse.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "error";
                }
                return object;
            };

            /**
             * Converts this LedgerResponse to JSON.
             * @function toJSON
             * @memberof hanse.v1.LedgerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LedgerResponse.prototype.toJSON = function() {
                return LedgerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LedgerResponse;
        })();

        v1.ConsistencyProof = (function() {

            /**
             * Properties of a ConsistencyProof.
             * @typedef {Object} hanse.v1.ConsistencyProof.$Properties
             * @property {number|null} [fromSize] ConsistencyProof fromSize
             * @property {Array.<Uint8Array>|null} [hashes] ConsistencyProof hashes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsistencyProof.
             * @memberof hanse.v1
             * @interface IConsistencyProof
             * @augments hanse.v1.ConsistencyProof.$Properties
             * @deprecated Use hanse.v1.ConsistencyProof.$Properties instead.
             */

            /**
             * Shape of a ConsistencyProof.
             * @typedef {hanse.v1.ConsistencyProof.$Properties} hanse.v1.ConsistencyProof.$Shape
             */

            /**
             * Constructs a new ConsistencyProof.
             * @memberof hanse.v1
             * @classdesc Represents a ConsistencyProof.
             * @constructor
             * @param {hanse.v1.ConsistencyProof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsistencyProof = function (properties) {
                this.hashes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsistencyProof fromSize.
             * @member {number} fromSize
             * @memberof hanse.v1.ConsistencyProof
             * @instance
             */
            ConsistencyProof.prototype.fromSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConsistencyProof hashes.
             * @member {Array.<Uint8Array>} hashes
             * @memberof hanse.v1.ConsistencyProof
             * @instance
             */
            ConsistencyProof.prototype.hashes = $util.emptyArray;

            /**
             * Creates a new ConsistencyProof instance using the specified properties.
             * @function create
             * @memberof hanse.v1.ConsistencyProof
             * @static
             * @param {hanse.v1.ConsistencyProof.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.ConsistencyProof} ConsistencyProof instance
             * @type {{
             *   (properties: hanse.v1.ConsistencyProof.$Shape): hanse.v1.ConsistencyProof & hanse.v1.ConsistencyProof.$Shape;
             *   (properties?: hanse.v1.ConsistencyProof.$Properties): hanse.v1.ConsistencyProof;
             * }}
             */
            ConsistencyProof.create = function(properties) {
                return new ConsistencyProof(properties);
            };

            /**
             * Encodes the specified ConsistencyProof message. Does not implicitly {@link hanse.v1.ConsistencyProof.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ConsistencyProof
             * @static
             * @param {hanse.v1.ConsistencyProof.$Properties} message ConsistencyProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsistencyProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromSize != null && $Object.hasOwnProperty.call(message, "fromSize") && (typeof message.fromSize === "object" ? message.fromSize.low || message.fromSize.high : message.fromSize !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromSize);
                if (message.hashes != null && message.hashes.length)
                    for (let i = 0; i < message.hashes.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.hashes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsistencyProof message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ConsistencyProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ConsistencyProof & hanse.v1.ConsistencyProof.$Shape} ConsistencyProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsistencyProof.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.ConsistencyProof();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromSize = value;
                            else
                                delete message.fromSize;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hashes && message.hashes.length))
                                message.hashes = [];
                            message.hashes.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ConsistencyProof message.
             * @function verify
             * @memberof hanse.v1.ConsistencyProof
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConsistencyProof.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fromSize != null && $Object.hasOwnProperty.call(message, "fromSize"))
                    if (!$util.isInteger(message.fromSize) && !(message.fromSize && $util.isInteger(message.fromSize.low) && $util.isInteger(message.fromSize.high)))
                        return "fromSize: integer|Long expected";
                if (message.hashes != null && $Object.hasOwnProperty.call(message, "hashes")) {
                    if (!$Array.isArray(message.hashes))
                        return "hashes: array expected";
                    for (let i = 0; i < message.hashes.length; ++i)
                        if (!(message.hashes[i] && typeof message.hashes[i].length === "number" || $util.isString(message.hashes[i])))
                            return "hashes: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a ConsistencyProof message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.ConsistencyProof
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.ConsistencyProof} ConsistencyProof
             */
            ConsistencyProof.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.ConsistencyProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.ConsistencyProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.ConsistencyProof();
                if (object.fromSize != null)
                    if (typeof object.fromSize === "object" ? object.fromSize.low || object.fromSize.high : $Number(object.fromSize) !== 0)
                        if ($util.Long)
                            message.fromSize = $util.Long.fromValue(object.fromSize, true);
                        else if (typeof object.fromSize === "string")
                            message.fromSize = $parseInt(object.fromSize, 10);
                        else if (typeof object.fromSize === "number")
                            message.fromSize = object.fromSize;
                        else if (typeof object.fromSize === "object")
                            message.fromSize = new $util.LongBits(object.fromSize.low >>> 0, object.fromSize.high >>> 0).toNumber(true);
                if (object.hashes) {
                    if (!$Array.isArray(object.hashes))
                        throw $TypeError(".hanse.v1.ConsistencyProof.hashes: array expected");
                    message.hashes = $Array(object.hashes.length);
                    for (let i = 0; i < object.hashes.length; ++i)
                        if (typeof object.hashes[i] === "string")
                            $util.base64.decode(object.hashes[i], message.hashes[i] = $util.newBuffer($util.base64.length(object.hashes[i])), 0);
                        else if (object.hashes[i].length >= 0)
                            message.hashes[i] = object.hashes[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a ConsistencyProof message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.ConsistencyProof
             * @static
             * @param {hanse.v1.ConsistencyProof} message ConsistencyProof
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsistencyProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hashes = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.fromSize != null && $Object.hasOwnProperty.call(message, "fromSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromSize = typeof message.fromSize === "number" ? $BigInt(message.fromSize) : $util.Long.fromBits(message.fromSize.low >>> 0, message.fromSize.high >>> 0, true).toBigInt();
                    else if (typeof message.fromSize === "number")
                        object.fromSize = options.longs === $String ? $String(message.fromSize) : message.fromSize;
                    else
                        object.fromSize = options.longs === $String ? $util.Long.prototype.toString.call(message.fromSize) : options.longs === $Number ? new $util.LongBits(message.fromSize.low >>> 0, message.fromSize.high >>> 0).toNumber(true) : message.fromSize;
                if (message.hashes && message.hashes.length) {
                    object.hashes = $Array(message.hashes.length);
                    for (let j = 0; j < message.hashes.length; ++j)
                        object.hashes[j] = options.bytes === $String ? $util.base64.encode(message.hashes[j], 0, message.hashes[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hashes[j]) : message.hashes[j];
                }
                return object;
            };

            /**
             * Converts this ConsistencyProof to JSON.
             * @function toJSON
             * @memberof hanse.v1.ConsistencyProof
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsistencyProof.prototype.toJSON = function() {
                return ConsistencyProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConsistencyProof;
        })();

        v1.AuditResponse = (function() {

            /**
             * Properties of an AuditResponse.
             * @typedef {Object} hanse.v1.AuditResponse.$Properties
             * @property {hanse.v1.SignedCheckpoint.$Properties|null} [checkpoint] AuditResponse checkpoint
             * @property {Array.<hanse.v1.ConsistencyProof.$Properties>|null} [consistency] AuditResponse consistency
             * @property {Array.<hanse.v1.AuditProofEntry.$Properties>|null} [entries] AuditResponse entries
             * @property {boolean|null} [more] AuditResponse more
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditResponse.
             * @memberof hanse.v1
             * @interface IAuditResponse
             * @augments hanse.v1.AuditResponse.$Properties
             * @deprecated Use hanse.v1.AuditResponse.$Properties instead.
             */

            /**
             * Shape of an AuditResponse.
             * @typedef {hanse.v1.AuditResponse.$Properties} hanse.v1.AuditResponse.$Shape
             */

            /**
             * Constructs a new AuditResponse.
             * @memberof hanse.v1
             * @classdesc Represents an AuditResponse.
             * @constructor
             * @param {hanse.v1.AuditResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditResponse = function (properties) {
                this.consistency = [];
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditResponse checkpoint.
             * @member {hanse.v1.SignedCheckpoint.$Properties|null|undefined} checkpoint
             * @memberof hanse.v1.AuditResponse
             * @instance
             */
            AuditResponse.prototype.checkpoint = null;

            /**
             * AuditResponse consistency.
             * @member {Array.<hanse.v1.ConsistencyProof.$Properties>} consistency
             * @memberof hanse.v1.AuditResponse
             * @instance
             */
            AuditResponse.prototype.consistency = $util.emptyArray;

            /**
             * AuditResponse entries.
             * @member {Array.<hanse.v1.AuditProofEntry.$Properties>} entries
             * @memberof hanse.v1.AuditResponse
             * @instance
             */
            AuditResponse.prototype.entries = $util.emptyArray;

            /**
             * AuditResponse more.
             * @member {boolean} more
             * @memberof hanse.v1.AuditResponse
             * @instance
             */
            AuditResponse.prototype.more = false;

            /**
             * Creates a new AuditResponse instance using the specified properties.
             * @function create
             * @memberof hanse.v1.AuditResponse
             * @static
             * @param {hanse.v1.AuditResponse.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.AuditResponse} AuditResponse instance
             * @type {{
             *   (properties: hanse.v1.AuditResponse.$Shape): hanse.v1.AuditResponse & hanse.v1.AuditResponse.$Shape;
             *   (properties?: hanse.v1.AuditResponse.$Properties): hanse.v1.AuditResponse;
             * }}
             */
            AuditResponse.create = function(properties) {
                return new AuditResponse(properties);
            };

            /**
             * Encodes the specified AuditResponse message. Does not implicitly {@link hanse.v1.AuditResponse.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.AuditResponse
             * @static
             * @param {hanse.v1.AuditResponse.$Properties} message AuditResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    $root.hanse.v1.SignedCheckpoint.encode(message.checkpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.consistency != null && message.consistency.length)
                    for (let i = 0; i < message.consistency.length; ++i)
                        $root.hanse.v1.ConsistencyProof.encode(message.consistency[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.hanse.v1.AuditProofEntry.encode(message.entries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.more);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.AuditResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.AuditResponse & hanse.v1.AuditResponse.$Shape} AuditResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.AuditResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.checkpoint = $root.hanse.v1.SignedCheckpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.checkpoint);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consistency && message.consistency.length))
                                message.consistency = [];
                            message.consistency.push($root.hanse.v1.ConsistencyProof.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.hanse.v1.AuditProofEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AuditResponse message.
             * @function verify
             * @memberof hanse.v1.AuditResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuditResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint")) {
                    let error = $root.hanse.v1.SignedCheckpoint.verify(message.checkpoint, _depth + 1);
                    if (error)
                        return "checkpoint." + error;
                }
                if (message.consistency != null && $Object.hasOwnProperty.call(message, "consistency")) {
                    if (!$Array.isArray(message.consistency))
                        return "consistency: array expected";
                    for (let i = 0; i < message.consistency.length; ++i) {
                        let error = $root.hanse.v1.ConsistencyProof.verify(message.consistency[i], _depth + 1);
                        if (error)
                            return "consistency." + error;
                    }
                }
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.hanse.v1.AuditProofEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    if (typeof message.more !== "boolean")
                        return "more: boolean expected";
                return null;
            };

            /**
             * Creates an AuditResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.AuditResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.AuditResponse} AuditResponse
             */
            AuditResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.AuditResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.AuditResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.AuditResponse();
                if (object.checkpoint != null) {
                    if (!$util.isObject(object.checkpoint))
                        throw $TypeError(".hanse.v1.AuditResponse.checkpoint: object expected");
                    message.checkpoint = $root.hanse.v1.SignedCheckpoint.fromObject(object.checkpoint, _depth + 1);
                }
                if (object.consistency) {
                    if (!$Array.isArray(object.consistency))
                        throw $TypeError(".hanse.v1.AuditResponse.consistency: array expected");
                    message.consistency = $Array(object.consistency.length);
                    for (let i = 0; i < object.consistency.length; ++i) {
                        if (!$util.isObject(object.consistency[i]))
                            throw $TypeError(".hanse.v1.AuditResponse.consistency: object expected");
                        message.consistency[i] = $root.hanse.v1.ConsistencyProof.fromObject(object.consistency[i], _depth + 1);
                    }
                }
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".hanse.v1.AuditResponse.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".hanse.v1.AuditResponse.entries: object expected");
                        message.entries[i] = $root.hanse.v1.AuditProofEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.more != null)
                    if (object.more)
                        message.more = $Boolean(object.more);
                return message;
            };

            /**
             * Creates a plain object from an AuditResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.AuditResponse
             * @static
             * @param {hanse.v1.AuditResponse} message AuditResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuditResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.consistency = [];
                    object.entries = [];
                }
                if (options.defaults) {
                    object.checkpoint = null;
                    object.more = false;
                }
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                    object.checkpoint = $root.hanse.v1.SignedCheckpoint.toObject(message.checkpoint, options, _depth + 1);
                if (message.consistency && message.consistency.length) {
                    object.consistency = $Array(message.consistency.length);
                    for (let j = 0; j < message.consistency.length; ++j)
                        object.consistency[j] = $root.hanse.v1.ConsistencyProof.toObject(message.consistency[j], options, _depth + 1);
                }
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.hanse.v1.AuditProofEntry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    object.more = message.more;
                return object;
            };

            /**
             * Converts this AuditResponse to JSON.
             * @function toJSON
             * @memberof hanse.v1.AuditResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuditResponse.prototype.toJSON = function() {
                return AuditResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AuditResponse;
        })();

        v1.Attribute = (function() {

            /**
             * Properties of an Attribute.
             * @typedef {Object} hanse.v1.Attribute.$Properties
             * @property {string|null} [key] Attribute key
             * @property {string|null} [value] Attribute value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Attribute.
             * @memberof hanse.v1
             * @interface IAttribute
             * @augments hanse.v1.Attribute.$Properties
             * @deprecated Use hanse.v1.Attribute.$Properties instead.
             */

            /**
             * Shape of an Attribute.
             * @typedef {hanse.v1.Attribute.$Properties} hanse.v1.Attribute.$Shape
             */

            /**
             * Constructs a new Attribute.
             * @memberof hanse.v1
             * @classdesc Represents an Attribute.
             * @constructor
             * @param {hanse.v1.Attribute.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Attribute = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Attribute key.
             * @member {string} key
             * @memberof hanse.v1.Attribute
             * @instance
             */
            Attribute.prototype.key = "";

            /**
             * Attribute value.
             * @member {string} value
             * @memberof hanse.v1.Attribute
             * @instance
             */
            Attribute.prototype.value = "";

            /**
             * Creates a new Attribute instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Attribute
             * @static
             * @param {hanse.v1.Attribute.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Attribute} Attribute instance
             * @type {{
             *   (properties: hanse.v1.Attribute.$Shape): hanse.v1.Attribute & hanse.v1.Attribute.$Shape;
             *   (properties?: hanse.v1.Attribute.$Properties): hanse.v1.Attribute;
             * }}
             */
            Attribute.create = function(properties) {
                return new Attribute(properties);
            };

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link hanse.v1.Attribute.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Attribute
             * @static
             * @param {hanse.v1.Attribute.$Properties} message Attribute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Attribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Attribute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Attribute & hanse.v1.Attribute.$Shape} Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Attribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Attribute();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Attribute message.
             * @function verify
             * @memberof hanse.v1.Attribute
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Attribute.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!$util.isString(message.key))
                        return "key: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates an Attribute message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Attribute
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Attribute} Attribute
             */
            Attribute.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Attribute)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Attribute: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Attribute();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from an Attribute message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Attribute
             * @static
             * @param {hanse.v1.Attribute} message Attribute
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Attribute.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Attribute to JSON.
             * @function toJSON
             * @memberof hanse.v1.Attribute
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Attribute.prototype.toJSON = function() {
                return Attribute.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Attribute;
        })();

        v1.MembershipCredential = (function() {

            /**
             * Properties of a MembershipCredential.
             * @typedef {Object} hanse.v1.MembershipCredential.$Properties
             * @property {string|null} [credentialId] MembershipCredential credentialId
             * @property {string|null} [peerId] MembershipCredential peerId
             * @property {string|null} [orgName] MembershipCredential orgName
             * @property {string|null} [orgId] MembershipCredential orgId
             * @property {string|null} [country] MembershipCredential country
             * @property {Array.<hanse.v1.Attribute.$Properties>|null} [attributes] MembershipCredential attributes
             * @property {number|null} [issuedAt] MembershipCredential issuedAt
             * @property {number|null} [expiresAt] MembershipCredential expiresAt
             * @property {string|null} [authorityId] MembershipCredential authorityId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembershipCredential.
             * @memberof hanse.v1
             * @interface IMembershipCredential
             * @augments hanse.v1.MembershipCredential.$Properties
             * @deprecated Use hanse.v1.MembershipCredential.$Properties instead.
             */

            /**
             * Shape of a MembershipCredential.
             * @typedef {hanse.v1.MembershipCredential.$Properties} hanse.v1.MembershipCredential.$Shape
             */

            /**
             * Constructs a new MembershipCredential.
             * @memberof hanse.v1
             * @classdesc Represents a MembershipCredential.
             * @constructor
             * @param {hanse.v1.MembershipCredential.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembershipCredential = function (properties) {
                this.attributes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembershipCredential credentialId.
             * @member {string} credentialId
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.credentialId = "";

            /**
             * MembershipCredential peerId.
             * @member {string} peerId
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.peerId = "";

            /**
             * MembershipCredential orgName.
             * @member {string} orgName
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.orgName = "";

            /**
             * MembershipCredential orgId.
             * @member {string} orgId
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.orgId = "";

            /**
             * MembershipCredential country.
             * @member {string} country
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.country = "";

            /**
             * MembershipCredential attributes.
             * @member {Array.<hanse.v1.Attribute.$Properties>} attributes
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.attributes = $util.emptyArray;

            /**
             * MembershipCredential issuedAt.
             * @member {number} issuedAt
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.issuedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MembershipCredential expiresAt.
             * @member {number} expiresAt
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MembershipCredential authorityId.
             * @member {string} authorityId
             * @memberof hanse.v1.MembershipCredential
             * @instance
             */
            MembershipCredential.prototype.authorityId = "";

            /**
             * Creates a new MembershipCredential instance using the specified properties.
             * @function create
             * @memberof hanse.v1.MembershipCredential
             * @static
             * @param {hanse.v1.MembershipCredential.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.MembershipCredential} MembershipCredential instance
             * @type {{
             *   (properties: hanse.v1.MembershipCredential.$Shape): hanse.v1.MembershipCredential & hanse.v1.MembershipCredential.$Shape;
             *   (properties?: hanse.v1.MembershipCredential.$Properties): hanse.v1.MembershipCredential;
             * }}
             */
            MembershipCredential.create = function(properties) {
                return new MembershipCredential(properties);
            };

            /**
             * Encodes the specified MembershipCredential message. Does not implicitly {@link hanse.v1.MembershipCredential.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.MembershipCredential
             * @static
             * @param {hanse.v1.MembershipCredential.$Properties} message MembershipCredential message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipCredential.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.credentialId != null && $Object.hasOwnProperty.call(message, "credentialId") && message.credentialId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.credentialId);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerId);
                if (message.orgName != null && $Object.hasOwnProperty.call(message, "orgName") && message.orgName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.orgName);
                if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId") && message.orgId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.orgId);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.country);
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.hanse.v1.Attribute.encode(message.attributes[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && (typeof message.issuedAt === "object" ? message.issuedAt.low || message.issuedAt.high : message.issuedAt !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.issuedAt);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.expiresAt);
                if (message.authorityId != null && $Object.hasOwnProperty.call(message, "authorityId") && message.authorityId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.authorityId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MembershipCredential message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.MembershipCredential
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.MembershipCredential & hanse.v1.MembershipCredential.$Shape} MembershipCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipCredential.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.MembershipCredential();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.credentialId = value;
                            else
                                delete message.credentialId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orgName = value;
                            else
                                delete message.orgName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.orgId = value;
                            else
                                delete message.orgId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.country = value;
                            else
                                delete message.country;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.hanse.v1.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAt = value;
                            else
                                delete message.expiresAt;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authorityId = value;
                            else
                                delete message.authorityId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MembershipCredential message.
             * @function verify
             * @memberof hanse.v1.MembershipCredential
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MembershipCredential.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.credentialId != null && $Object.hasOwnProperty.call(message, "credentialId"))
                    if (!$util.isString(message.credentialId))
                        return "credentialId: string expected";
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    if (!$util.isString(message.peerId))
                        return "peerId: string expected";
                if (message.orgName != null && $Object.hasOwnProperty.call(message, "orgName"))
                    if (!$util.isString(message.orgName))
                        return "orgName: string expected";
                if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId"))
                    if (!$util.isString(message.orgId))
                        return "orgId: string expected";
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    if (!$util.isString(message.country))
                        return "country: string expected";
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    if (!$Array.isArray(message.attributes))
                        return "attributes: array expected";
                    for (let i = 0; i < message.attributes.length; ++i) {
                        let error = $root.hanse.v1.Attribute.verify(message.attributes[i], _depth + 1);
                        if (error)
                            return "attributes." + error;
                    }
                }
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt"))
                    if (!$util.isInteger(message.issuedAt) && !(message.issuedAt && $util.isInteger(message.issuedAt.low) && $util.isInteger(message.issuedAt.high)))
                        return "issuedAt: integer|Long expected";
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (!$util.isInteger(message.expiresAt) && !(message.expiresAt && $util.isInteger(message.expiresAt.low) && $util.isInteger(message.expiresAt.high)))
                        return "expiresAt: integer|Long expected";
                if (message.authorityId != null && $Object.hasOwnProperty.call(message, "authorityId"))
                    if (!$util.isString(message.authorityId))
                        return "authorityId: string expected";
                return null;
            };

            /**
             * Creates a MembershipCredential message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.MembershipCredential
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.MembershipCredential} MembershipCredential
             */
            MembershipCredential.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.MembershipCredential)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.MembershipCredential: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.MembershipCredential();
                if (object.credentialId != null)
                    if (typeof object.credentialId !== "string" || object.credentialId.length)
                        message.credentialId = $String(object.credentialId);
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.orgName != null)
                    if (typeof object.orgName !== "string" || object.orgName.length)
                        message.orgName = $String(object.orgName);
                if (object.orgId != null)
                    if (typeof object.orgId !== "string" || object.orgId.length)
                        message.orgId = $String(object.orgId);
                if (object.country != null)
                    if (typeof object.country !== "string" || object.country.length)
                        message.country = $String(object.country);
                if (object.attributes) {
                    if (!$Array.isArray(object.attributes))
                        throw $TypeError(".hanse.v1.MembershipCredential.attributes: array expected");
                    message.attributes = $Array(object.attributes.length);
                    for (let i = 0; i < object.attributes.length; ++i) {
                        if (!$util.isObject(object.attributes[i]))
                            throw $TypeError(".hanse.v1.MembershipCredential.attributes: object expected");
                        message.attributes[i] = $root.hanse.v1.Attribute.fromObject(object.attributes[i], _depth + 1);
                    }
                }
                if (object.issuedAt != null)
                    if (typeof object.issuedAt === "object" ? object.issuedAt.low || object.issuedAt.high : $Number(object.issuedAt) !== 0)
                        if ($util.Long)
                            message.issuedAt = $util.Long.fromValue(object.issuedAt, false);
                        else if (typeof object.issuedAt === "string")
                            message.issuedAt = $parseInt(object.issuedAt, 10);
                        else if (typeof object.issuedAt === "number")
                            message.issuedAt = object.issuedAt;
                        else if (typeof object.issuedAt === "object")
                            message.issuedAt = new $util.LongBits(object.issuedAt.low >>> 0, object.issuedAt.high >>> 0).toNumber();
                if (object.expiresAt != null)
                    if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                        if ($util.Long)
                            message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                        else if (typeof object.expiresAt === "string")
                            message.expiresAt = $parseInt(object.expiresAt, 10);
                        else if (typeof object.expiresAt === "number")
                            message.expiresAt = object.expiresAt;
                        else if (typeof object.expiresAt === "object")
                            message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
                if (object.authorityId != null)
                    if (typeof object.authorityId !== "string" || object.authorityId.length)
                        message.authorityId = $String(object.authorityId);
                return message;
            };

            /**
             * Creates a plain object from a MembershipCredential message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.MembershipCredential
             * @static
             * @param {hanse.v1.MembershipCredential} message MembershipCredential
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MembershipCredential.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.attributes = [];
                if (options.defaults) {
                    object.credentialId = "";
                    object.peerId = "";
                    object.orgName = "";
                    object.orgId = "";
                    object.country = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.authorityId = "";
                }
                if (message.credentialId != null && $Object.hasOwnProperty.call(message, "credentialId"))
                    object.credentialId = message.credentialId;
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.orgName != null && $Object.hasOwnProperty.call(message, "orgName"))
                    object.orgName = message.orgName;
                if (message.orgId != null && $Object.hasOwnProperty.call(message, "orgId"))
                    object.orgId = message.orgId;
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = message.country;
                if (message.attributes && message.attributes.length) {
                    object.attributes = $Array(message.attributes.length);
                    for (let j = 0; j < message.attributes.length; ++j)
                        object.attributes[j] = $root.hanse.v1.Attribute.toObject(message.attributes[j], options, _depth + 1);
                }
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAt = typeof message.issuedAt === "number" ? $BigInt(message.issuedAt) : $util.Long.fromBits(message.issuedAt.low >>> 0, message.issuedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAt === "number")
                        object.issuedAt = options.longs === $String ? $String(message.issuedAt) : message.issuedAt;
                    else
                        object.issuedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAt) : options.longs === $Number ? new $util.LongBits(message.issuedAt.low >>> 0, message.issuedAt.high >>> 0).toNumber() : message.issuedAt;
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAt === "number")
                        object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                    else
                        object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
                if (message.authorityId != null && $Object.hasOwnProperty.call(message, "authorityId"))
                    object.authorityId = message.authorityId;
                return object;
            };

            /**
             * Converts this MembershipCredential to JSON.
             * @function toJSON
             * @memberof hanse.v1.MembershipCredential
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MembershipCredential.prototype.toJSON = function() {
                return MembershipCredential.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MembershipCredential;
        })();

        v1.SignedCredential = (function() {

            /**
             * Properties of a SignedCredential.
             * @typedef {Object} hanse.v1.SignedCredential.$Properties
             * @property {Uint8Array|null} [body] SignedCredential body
             * @property {Uint8Array|null} [signature] SignedCredential signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedCredential.
             * @memberof hanse.v1
             * @interface ISignedCredential
             * @augments hanse.v1.SignedCredential.$Properties
             * @deprecated Use hanse.v1.SignedCredential.$Properties instead.
             */

            /**
             * Shape of a SignedCredential.
             * @typedef {hanse.v1.SignedCredential.$Properties} hanse.v1.SignedCredential.$Shape
             */

            /**
             * Constructs a new SignedCredential.
             * @memberof hanse.v1
             * @classdesc Represents a SignedCredential.
             * @constructor
             * @param {hanse.v1.SignedCredential.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedCredential = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedCredential body.
             * @member {Uint8Array} body
             * @memberof hanse.v1.SignedCredential
             * @instance
             */
            SignedCredential.prototype.body = $util.newBuffer([]);

            /**
             * SignedCredential signature.
             * @member {Uint8Array} signature
             * @memberof hanse.v1.SignedCredential
             * @instance
             */
            SignedCredential.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedCredential instance using the specified properties.
             * @function create
             * @memberof hanse.v1.SignedCredential
             * @static
             * @param {hanse.v1.SignedCredential.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.SignedCredential} SignedCredential instance
             * @type {{
             *   (properties: hanse.v1.SignedCredential.$Shape): hanse.v1.SignedCredential & hanse.v1.SignedCredential.$Shape;
             *   (properties?: hanse.v1.SignedCredential.$Properties): hanse.v1.SignedCredential;
             * }}
             */
            SignedCredential.create = function(properties) {
                return new SignedCredential(properties);
            };

            /**
             * Encodes the specified SignedCredential message. Does not implicitly {@link hanse.v1.SignedCredential.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.SignedCredential
             * @static
             * @param {hanse.v1.SignedCredential.$Properties} message SignedCredential message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedCredential.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedCredential message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.SignedCredential
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.SignedCredential & hanse.v1.SignedCredential.$Shape} SignedCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedCredential.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.SignedCredential();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SignedCredential message.
             * @function verify
             * @memberof hanse.v1.SignedCredential
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedCredential.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedCredential message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.SignedCredential
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.SignedCredential} SignedCredential
             */
            SignedCredential.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.SignedCredential)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.SignedCredential: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.SignedCredential();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedCredential message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.SignedCredential
             * @static
             * @param {hanse.v1.SignedCredential} message SignedCredential
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedCredential.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedCredential to JSON.
             * @function toJSON
             * @memberof hanse.v1.SignedCredential
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedCredential.prototype.toJSON = function() {
                return SignedCredential.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedCredential;
        })();

        v1.Revocation = (function() {

            /**
             * Properties of a Revocation.
             * @typedef {Object} hanse.v1.Revocation.$Properties
             * @property {string|null} [peerId] Revocation peerId
             * @property {number|null} [revokedAt] Revocation revokedAt
             * @property {string|null} [reason] Revocation reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Revocation.
             * @memberof hanse.v1
             * @interface IRevocation
             * @augments hanse.v1.Revocation.$Properties
             * @deprecated Use hanse.v1.Revocation.$Properties instead.
             */

            /**
             * Shape of a Revocation.
             * @typedef {hanse.v1.Revocation.$Properties} hanse.v1.Revocation.$Shape
             */

            /**
             * Constructs a new Revocation.
             * @memberof hanse.v1
             * @classdesc Represents a Revocation.
             * @constructor
             * @param {hanse.v1.Revocation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Revocation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Revocation peerId.
             * @member {string} peerId
             * @memberof hanse.v1.Revocation
             * @instance
             */
            Revocation.prototype.peerId = "";

            /**
             * Revocation revokedAt.
             * @member {number} revokedAt
             * @memberof hanse.v1.Revocation
             * @instance
             */
            Revocation.prototype.revokedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Revocation reason.
             * @member {string} reason
             * @memberof hanse.v1.Revocation
             * @instance
             */
            Revocation.prototype.reason = "";

            /**
             * Creates a new Revocation instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Revocation
             * @static
             * @param {hanse.v1.Revocation.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Revocation} Revocation instance
             * @type {{
             *   (properties: hanse.v1.Revocation.$Shape): hanse.v1.Revocation & hanse.v1.Revocation.$Shape;
             *   (properties?: hanse.v1.Revocation.$Properties): hanse.v1.Revocation;
             * }}
             */
            Revocation.create = function(properties) {
                return new Revocation(properties);
            };

            /**
             * Encodes the specified Revocation message. Does not implicitly {@link hanse.v1.Revocation.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Revocation
             * @static
             * @param {hanse.v1.Revocation.$Properties} message Revocation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Revocation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt") && (typeof message.revokedAt === "object" ? message.revokedAt.low || message.revokedAt.high : message.revokedAt !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.revokedAt);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Revocation message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Revocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Revocation & hanse.v1.Revocation.$Shape} Revocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Revocation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Revocation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.revokedAt = value;
                            else
                                delete message.revokedAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Revocation message.
             * @function verify
             * @memberof hanse.v1.Revocation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Revocation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    if (!$util.isString(message.peerId))
                        return "peerId: string expected";
                if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt"))
                    if (!$util.isInteger(message.revokedAt) && !(message.revokedAt && $util.isInteger(message.revokedAt.low) && $util.isInteger(message.revokedAt.high)))
                        return "revokedAt: integer|Long expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Revocation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Revocation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Revocation} Revocation
             */
            Revocation.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Revocation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Revocation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Revocation();
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.revokedAt != null)
                    if (typeof object.revokedAt === "object" ? object.revokedAt.low || object.revokedAt.high : $Number(object.revokedAt) !== 0)
                        if ($util.Long)
                            message.revokedAt = $util.Long.fromValue(object.revokedAt, false);
                        else if (typeof object.revokedAt === "string")
                            message.revokedAt = $parseInt(object.revokedAt, 10);
                        else if (typeof object.revokedAt === "number")
                            message.revokedAt = object.revokedAt;
                        else if (typeof object.revokedAt === "object")
                            message.revokedAt = new $util.LongBits(object.revokedAt.low >>> 0, object.revokedAt.high >>> 0).toNumber();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Revocation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Revocation
             * @static
             * @param {hanse.v1.Revocation} message Revocation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Revocation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.peerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.revokedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revokedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                }
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.revokedAt != null && $Object.hasOwnProperty.call(message, "revokedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revokedAt = typeof message.revokedAt === "number" ? $BigInt(message.revokedAt) : $util.Long.fromBits(message.revokedAt.low >>> 0, message.revokedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.revokedAt === "number")
                        object.revokedAt = options.longs === $String ? $String(message.revokedAt) : message.revokedAt;
                    else
                        object.revokedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.revokedAt) : options.longs === $Number ? new $util.LongBits(message.revokedAt.low >>> 0, message.revokedAt.high >>> 0).toNumber() : message.revokedAt;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Revocation to JSON.
             * @function toJSON
             * @memberof hanse.v1.Revocation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Revocation.prototype.toJSON = function() {
                return Revocation.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Revocation;
        })();

        v1.RevocationList = (function() {

            /**
             * Properties of a RevocationList.
             * @typedef {Object} hanse.v1.RevocationList.$Properties
             * @property {string|null} [authorityId] RevocationList authorityId
             * @property {number|null} [serial] RevocationList serial
             * @property {number|null} [issuedAt] RevocationList issuedAt
             * @property {Array.<hanse.v1.Revocation.$Properties>|null} [revoked] RevocationList revoked
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RevocationList.
             * @memberof hanse.v1
             * @interface IRevocationList
             * @augments hanse.v1.RevocationList.$Properties
             * @deprecated Use hanse.v1.RevocationList.$Properties instead.
             */

            /**
             * Shape of a RevocationList.
             * @typedef {hanse.v1.RevocationList.$Properties} hanse.v1.RevocationList.$Shape
             */

            /**
             * Constructs a new RevocationList.
             * @memberof hanse.v1
             * @classdesc Represents a RevocationList.
             * @constructor
             * @param {hanse.v1.RevocationList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RevocationList = function (properties) {
                this.revoked = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RevocationList authorityId.
             * @member {string} authorityId
             * @memberof hanse.v1.RevocationList
             * @instance
             */
            RevocationList.prototype.authorityId = "";

            /**
             * RevocationList serial.
             * @member {number} serial
             * @memberof hanse.v1.RevocationList
             * @instance
             */
            RevocationList.prototype.serial = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RevocationList issuedAt.
             * @member {number} issuedAt
             * @memberof hanse.v1.RevocationList
             * @instance
             */
            RevocationList.prototype.issuedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RevocationList revoked.
             * @member {Array.<hanse.v1.Revocation.$Properties>} revoked
             * @memberof hanse.v1.RevocationList
             * @instance
             */
            RevocationList.prototype.revoked = $util.emptyArray;

            /**
             * Creates a new RevocationList instance using the specified properties.
             * @function create
             * @memberof hanse.v1.RevocationList
             * @static
             * @param {hanse.v1.RevocationList.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.RevocationList} RevocationList instance
             * @type {{
             *   (properties: hanse.v1.RevocationList.$Shape): hanse.v1.RevocationList & hanse.v1.RevocationList.$Shape;
             *   (properties?: hanse.v1.RevocationList.$Properties): hanse.v1.RevocationList;
             * }}
             */
            RevocationList.create = function(properties) {
                return new RevocationList(properties);
            };

            /**
             * Encodes the specified RevocationList message. Does not implicitly {@link hanse.v1.RevocationList.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.RevocationList
             * @static
             * @param {hanse.v1.RevocationList.$Properties} message RevocationList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RevocationList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.authorityId != null && $Object.hasOwnProperty.call(message, "authorityId") && message.authorityId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.authorityId);
                if (message.serial != null && $Object.hasOwnProperty.call(message, "serial") && (typeof message.serial === "object" ? message.serial.low || message.serial.high : message.serial !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.serial);
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt") && (typeof message.issuedAt === "object" ? message.issuedAt.low || message.issuedAt.high : message.issuedAt !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.issuedAt);
                if (message.revoked != null && message.revoked.length)
                    for (let i = 0; i < message.revoked.length; ++i)
                        $root.hanse.v1.Revocation.encode(message.revoked[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RevocationList message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.RevocationList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.RevocationList & hanse.v1.RevocationList.$Shape} RevocationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RevocationList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.RevocationList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authorityId = value;
                            else
                                delete message.authorityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.serial = value;
                            else
                                delete message.serial;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAt = value;
                            else
                                delete message.issuedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.revoked && message.revoked.length))
                                message.revoked = [];
                            message.revoked.push($root.hanse.v1.Revocation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RevocationList message.
             * @function verify
             * @memberof hanse.v1.RevocationList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RevocationList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.authorityId != null && $Object.hasOwnProperty.call(message, "authorityId"))
                    if (!$util.isString(message.authorityId))
                        return "authorityId: string expected";
                if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                    if (!$util.isInteger(message.serial) && !(message.serial && $util.isInteger(message.serial.low) && $util.isInteger(message.serial.high)))
                        return "serial: integer|Long expected";
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt"))
                    if (!$util.isInteger(message.issuedAt) && !(message.issuedAt && $util.isInteger(message.issuedAt.low) && $util.isInteger(message.issuedAt.high)))
                        return "issuedAt: integer|Long expected";
                if (message.revoked != null && $Object.hasOwnProperty.call(message, "revoked")) {
                    if (!$Array.isArray(message.revoked))
                        return "revoked: array expected";
                    for (let i = 0; i < message.revoked.length; ++i) {
                        let error = $root.hanse.v1.Revocation.verify(message.revoked[i], _depth + 1);
                        if (error)
                            return "revoked." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RevocationList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.RevocationList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.RevocationList} RevocationList
             */
            RevocationList.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.RevocationList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.RevocationList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.RevocationList();
                if (object.authorityId != null)
                    if (typeof object.authorityId !== "string" || object.authorityId.length)
                        message.authorityId = $String(object.authorityId);
                if (object.serial != null)
                    if (typeof object.serial === "object" ? object.serial.low || object.serial.high : $Number(object.serial) !== 0)
                        if ($util.Long)
                            message.serial = $util.Long.fromValue(object.serial, true);
                        else if (typeof object.serial === "string")
                            message.serial = $parseInt(object.serial, 10);
                        else if (typeof object.serial === "number")
                            message.serial = object.serial;
                        else if (typeof object.serial === "object")
                            message.serial = new $util.LongBits(object.serial.low >>> 0, object.serial.high >>> 0).toNumber(true);
                if (object.issuedAt != null)
                    if (typeof object.issuedAt === "object" ? object.issuedAt.low || object.issuedAt.high : $Number(object.issuedAt) !== 0)
                        if ($util.Long)
                            message.issuedAt = $util.Long.fromValue(object.issuedAt, false);
                        else if (typeof object.issuedAt === "string")
                            message.issuedAt = $parseInt(object.issuedAt, 10);
                        else if (typeof object.issuedAt === "number")
                            message.issuedAt = object.issuedAt;
                        else if (typeof object.issuedAt === "object")
                            message.issuedAt = new $util.LongBits(object.issuedAt.low >>> 0, object.issuedAt.high >>> 0).toNumber();
                if (object.revoked) {
                    if (!$Array.isArray(object.revoked))
                        throw $TypeError(".hanse.v1.RevocationList.revoked: array expected");
                    message.revoked = $Array(object.revoked.length);
                    for (let i = 0; i < object.revoked.length; ++i) {
                        if (!$util.isObject(object.revoked[i]))
                            throw $TypeError(".hanse.v1.RevocationList.revoked: object expected");
                        message.revoked[i] = $root.hanse.v1.Revocation.fromObject(object.revoked[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RevocationList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.RevocationList
             * @static
             * @param {hanse.v1.RevocationList} message RevocationList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RevocationList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.revoked = [];
                if (options.defaults) {
                    object.authorityId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.serial = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serial = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.authorityId != null && $Object.hasOwnProperty.call(message, "authorityId"))
                    object.authorityId = message.authorityId;
                if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serial = typeof message.serial === "number" ? $BigInt(message.serial) : $util.Long.fromBits(message.serial.low >>> 0, message.serial.high >>> 0, true).toBigInt();
                    else if (typeof message.serial === "number")
                        object.serial = options.longs === $String ? $String(message.serial) : message.serial;
                    else
                        object.serial = options.longs === $String ? $util.Long.prototype.toString.call(message.serial) : options.longs === $Number ? new $util.LongBits(message.serial.low >>> 0, message.serial.high >>> 0).toNumber(true) : message.serial;
                if (message.issuedAt != null && $Object.hasOwnProperty.call(message, "issuedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAt = typeof message.issuedAt === "number" ? $BigInt(message.issuedAt) : $util.Long.fromBits(message.issuedAt.low >>> 0, message.issuedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAt === "number")
                        object.issuedAt = options.longs === $String ? $String(message.issuedAt) : message.issuedAt;
                    else
                        object.issuedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAt) : options.longs === $Number ? new $util.LongBits(message.issuedAt.low >>> 0, message.issuedAt.high >>> 0).toNumber() : message.issuedAt;
                if (message.revoked && message.revoked.length) {
                    object.revoked = $Array(message.revoked.length);
                    for (let j = 0; j < message.revoked.length; ++j)
                        object.revoked[j] = $root.hanse.v1.Revocation.toObject(message.revoked[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RevocationList to JSON.
             * @function toJSON
             * @memberof hanse.v1.RevocationList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RevocationList.prototype.toJSON = function() {
                return RevocationList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RevocationList;
        })();

        v1.SignedRevocationList = (function() {

            /**
             * Properties of a SignedRevocationList.
             * @typedef {Object} hanse.v1.SignedRevocationList.$Properties
             * @property {Uint8Array|null} [body] SignedRevocationList body
             * @property {Uint8Array|null} [signature] SignedRevocationList signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedRevocationList.
             * @memberof hanse.v1
             * @interface ISignedRevocationList
             * @augments hanse.v1.SignedRevocationList.$Properties
             * @deprecated Use hanse.v1.SignedRevocationList.$Properties instead.
             */

            /**
             * Shape of a SignedRevocationList.
             * @typedef {hanse.v1.SignedRevocationList.$Properties} hanse.v1.SignedRevocationList.$Shape
             */

            /**
             * Constructs a new SignedRevocationList.
             * @memberof hanse.v1
             * @classdesc Represents a SignedRevocationList.
             * @constructor
             * @param {hanse.v1.SignedRevocationList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedRevocationList = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedRevocationList body.
             * @member {Uint8Array} body
             * @memberof hanse.v1.SignedRevocationList
             * @instance
             */
            SignedRevocationList.prototype.body = $util.newBuffer([]);

            /**
             * SignedRevocationList signature.
             * @member {Uint8Array} signature
             * @memberof hanse.v1.SignedRevocationList
             * @instance
             */
            SignedRevocationList.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedRevocationList instance using the specified properties.
             * @function create
             * @memberof hanse.v1.SignedRevocationList
             * @static
             * @param {hanse.v1.SignedRevocationList.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.SignedRevocationList} SignedRevocationList instance
             * @type {{
             *   (properties: hanse.v1.SignedRevocationList.$Shape): hanse.v1.SignedRevocationList & hanse.v1.SignedRevocationList.$Shape;
             *   (properties?: hanse.v1.SignedRevocationList.$Properties): hanse.v1.SignedRevocationList;
             * }}
             */
            SignedRevocationList.create = function(properties) {
                return new SignedRevocationList(properties);
            };

            /**
             * Encodes the specified SignedRevocationList message. Does not implicitly {@link hanse.v1.SignedRevocationList.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.SignedRevocationList
             * @static
             * @param {hanse.v1.SignedRevocationList.$Properties} message SignedRevocationList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedRevocationList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedRevocationList message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.SignedRevocationList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.SignedRevocationList & hanse.v1.SignedRevocationList.$Shape} SignedRevocationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedRevocationList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.SignedRevocationList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SignedRevocationList message.
             * @function verify
             * @memberof hanse.v1.SignedRevocationList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedRevocationList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedRevocationList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.SignedRevocationList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.SignedRevocationList} SignedRevocationList
             */
            SignedRevocationList.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.SignedRevocationList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.SignedRevocationList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.SignedRevocationList();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedRevocationList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.SignedRevocationList
             * @static
             * @param {hanse.v1.SignedRevocationList} message SignedRevocationList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedRevocationList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedRevocationList to JSON.
             * @function toJSON
             * @memberof hanse.v1.SignedRevocationList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedRevocationList.prototype.toJSON = function() {
                return SignedRevocationList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedRevocationList;
        })();

        v1.MembershipHello = (function() {

            /**
             * Properties of a MembershipHello.
             * @typedef {Object} hanse.v1.MembershipHello.$Properties
             * @property {hanse.v1.SignedCredential.$Properties|null} [credential] MembershipHello credential
             * @property {boolean|null} [accepted] MembershipHello accepted
             * @property {string|null} [reason] MembershipHello reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembershipHello.
             * @memberof hanse.v1
             * @interface IMembershipHello
             * @augments hanse.v1.MembershipHello.$Properties
             * @deprecated Use hanse.v1.MembershipHello.$Properties instead.
             */

            /**
             * Shape of a MembershipHello.
             * @typedef {hanse.v1.MembershipHello.$Properties} hanse.v1.MembershipHello.$Shape
             */

            /**
             * Constructs a new MembershipHello.
             * @memberof hanse.v1
             * @classdesc Represents a MembershipHello.
             * @constructor
             * @param {hanse.v1.MembershipHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembershipHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembershipHello credential.
             * @member {hanse.v1.SignedCredential.$Properties|null|undefined} credential
             * @memberof hanse.v1.MembershipHello
             * @instance
             */
            MembershipHello.prototype.credential = null;

            /**
             * MembershipHello accepted.
             * @member {boolean} accepted
             * @memberof hanse.v1.MembershipHello
             * @instance
             */
            MembershipHello.prototype.accepted = false;

            /**
             * MembershipHello reason.
             * @member {string} reason
             * @memberof hanse.v1.MembershipHello
             * @instance
             */
            MembershipHello.prototype.reason = "";

            /**
             * Creates a new MembershipHello instance using the specified properties.
             * @function create
             * @memberof hanse.v1.MembershipHello
             * @static
             * @param {hanse.v1.MembershipHello.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.MembershipHello} MembershipHello instance
             * @type {{
             *   (properties: hanse.v1.MembershipHello.$Shape): hanse.v1.MembershipHello & hanse.v1.MembershipHello.$Shape;
             *   (properties?: hanse.v1.MembershipHello.$Properties): hanse.v1.MembershipHello;
             * }}
             */
            MembershipHello.create = function(properties) {
                return new MembershipHello(properties);
            };

            /**
             * Encodes the specified MembershipHello message. Does not implicitly {@link hanse.v1.MembershipHello.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.MembershipHello
             * @static
             * @param {hanse.v1.MembershipHello.$Properties} message MembershipHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    $root.hanse.v1.SignedCredential.encode(message.credential, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accepted);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MembershipHello message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.MembershipHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.MembershipHello & hanse.v1.MembershipHello.$Shape} MembershipHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipHello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.MembershipHello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.credential = $root.hanse.v1.SignedCredential.decode(reader, reader.size(), $undefined, _depth + 1, message.credential);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MembershipHello message.
             * @function verify
             * @memberof hanse.v1.MembershipHello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MembershipHello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential")) {
                    let error = $root.hanse.v1.SignedCredential.verify(message.credential, _depth + 1);
                    if (error)
                        return "credential." + error;
                }
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    if (typeof message.accepted !== "boolean")
                        return "accepted: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a MembershipHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.MembershipHello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.MembershipHello} MembershipHello
             */
            MembershipHello.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.MembershipHello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.MembershipHello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.MembershipHello();
                if (object.credential != null) {
                    if (!$util.isObject(object.credential))
                        throw $TypeError(".hanse.v1.MembershipHello.credential: object expected");
                    message.credential = $root.hanse.v1.SignedCredential.fromObject(object.credential, _depth + 1);
                }
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a MembershipHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.MembershipHello
             * @static
             * @param {hanse.v1.MembershipHello} message MembershipHello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MembershipHello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.credential = null;
                    object.accepted = false;
                    object.reason = "";
                }
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    object.credential = $root.hanse.v1.SignedCredential.toObject(message.credential, options, _depth + 1);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this MembershipHello to JSON.
             * @function toJSON
             * @memberof hanse.v1.MembershipHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MembershipHello.prototype.toJSON = function() {
                return MembershipHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MembershipHello;
        })();

        /**
         * NegotiationState enum.
         * @name hanse.v1.NegotiationState
         * @enum {number}
         * @property {number} NEGOTIATION_STATE_UNSPECIFIED=0 NEGOTIATION_STATE_UNSPECIFIED value
         * @property {number} REQUESTED=1 REQUESTED value
         * @property {number} OFFERED=2 OFFERED value
         * @property {number} ACCEPTED=3 ACCEPTED value
         * @property {number} AGREED=4 AGREED value
         * @property {number} VERIFIED=5 VERIFIED value
         * @property {number} FINALIZED=6 FINALIZED value
         * @property {number} TERMINATED=7 TERMINATED value
         */
        v1.NegotiationState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NEGOTIATION_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REQUESTED"] = 1;
            values[valuesById[2] = "OFFERED"] = 2;
            values[valuesById[3] = "ACCEPTED"] = 3;
            values[valuesById[4] = "AGREED"] = 4;
            values[valuesById[5] = "VERIFIED"] = 5;
            values[valuesById[6] = "FINALIZED"] = 6;
            values[valuesById[7] = "TERMINATED"] = 7;
            return values;
        })();

        v1.NegotiationMessage = (function() {

            /**
             * Properties of a NegotiationMessage.
             * @typedef {Object} hanse.v1.NegotiationMessage.$Properties
             * @property {string|null} [messageId] NegotiationMessage messageId
             * @property {hanse.v1.ContractRequest.$Properties|null} [contractRequest] NegotiationMessage contractRequest
             * @property {hanse.v1.ContractOffer.$Properties|null} [contractOffer] NegotiationMessage contractOffer
             * @property {hanse.v1.NegotiationEvent.$Properties|null} [event] NegotiationMessage event
             * @property {hanse.v1.ContractAgreement.$Properties|null} [contractAgreement] NegotiationMessage contractAgreement
             * @property {hanse.v1.AgreementVerification.$Properties|null} [verification] NegotiationMessage verification
             * @property {hanse.v1.Termination.$Properties|null} [termination] NegotiationMessage termination
             * @property {"contractRequest"|"contractOffer"|"event"|"contractAgreement"|"verification"|"termination"} [body] NegotiationMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NegotiationMessage.
             * @memberof hanse.v1
             * @interface INegotiationMessage
             * @augments hanse.v1.NegotiationMessage.$Properties
             * @deprecated Use hanse.v1.NegotiationMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a NegotiationMessage.
             * @typedef {{
             *   messageId?: string|null;
             *   contractRequest?: hanse.v1.ContractRequest.$Shape|null;
             *   contractOffer?: hanse.v1.ContractOffer.$Shape|null;
             *   event?: hanse.v1.NegotiationEvent.$Shape|null;
             *   contractAgreement?: hanse.v1.ContractAgreement.$Shape|null;
             *   verification?: hanse.v1.AgreementVerification.$Shape|null;
             *   termination?: hanse.v1.Termination.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "contractRequest"; contractRequest: hanse.v1.ContractRequest.$Shape; contractOffer?: null; event?: null; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "contractOffer"; contractRequest?: null; contractOffer: hanse.v1.ContractOffer.$Shape; event?: null; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "event"; contractRequest?: null; contractOffer?: null; event: hanse.v1.NegotiationEvent.$Shape; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "contractAgreement"; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement: hanse.v1.ContractAgreement.$Shape; verification?: null; termination?: null }|{ body?: "verification"; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement?: null; verification: hanse.v1.AgreementVerification.$Shape; termination?: null }|{ body?: "termination"; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement?: null; verification?: null; termination: hanse.v1.Termination.$Shape })
             * )} hanse.v1.NegotiationMessage.$Shape
             */

            /**
             * Constructs a new NegotiationMessage.
             * @memberof hanse.v1
             * @classdesc Represents a NegotiationMessage.
             * @constructor
             * @param {hanse.v1.NegotiationMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NegotiationMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NegotiationMessage messageId.
             * @member {string} messageId
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.messageId = "";

            /**
             * NegotiationMessage contractRequest.
             * @member {hanse.v1.ContractRequest.$Properties|null|undefined} contractRequest
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.contractRequest = null;

            /**
             * NegotiationMessage contractOffer.
             * @member {hanse.v1.ContractOffer.$Properties|null|undefined} contractOffer
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.contractOffer = null;

            /**
             * NegotiationMessage event.
             * @member {hanse.v1.NegotiationEvent.$Properties|null|undefined} event
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.event = null;

            /**
             * NegotiationMessage contractAgreement.
             * @member {hanse.v1.ContractAgreement.$Properties|null|undefined} contractAgreement
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.contractAgreement = null;

            /**
             * NegotiationMessage verification.
             * @member {hanse.v1.AgreementVerification.$Properties|null|undefined} verification
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.verification = null;

            /**
             * NegotiationMessage termination.
             * @member {hanse.v1.Termination.$Properties|null|undefined} termination
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            NegotiationMessage.prototype.termination = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NegotiationMessage body.
             * @member {"contractRequest"|"contractOffer"|"event"|"contractAgreement"|"verification"|"termination"|undefined} body
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             */
            $Object.defineProperty(NegotiationMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["contractRequest", "contractOffer", "event", "contractAgreement", "verification", "termination"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NegotiationMessage instance using the specified properties.
             * @function create
             * @memberof hanse.v1.NegotiationMessage
             * @static
             * @param {hanse.v1.NegotiationMessage.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.NegotiationMessage} NegotiationMessage instance
             * @type {{
             *   (properties: hanse.v1.NegotiationMessage.$Shape): hanse.v1.NegotiationMessage & hanse.v1.NegotiationMessage.$Shape;
             *   (properties?: hanse.v1.NegotiationMessage.$Properties): hanse.v1.NegotiationMessage;
             * }}
             */
            NegotiationMessage.create = function(properties) {
                return new NegotiationMessage(properties);
            };

            /**
             * Encodes the specified NegotiationMessage message. Does not implicitly {@link hanse.v1.NegotiationMessage.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.NegotiationMessage
             * @static
             * @param {hanse.v1.NegotiationMessage.$Properties} message NegotiationMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NegotiationMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.contractRequest != null && $Object.hasOwnProperty.call(message, "contractRequest"))
                    $root.hanse.v1.ContractRequest.encode(message.contractRequest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.contractOffer != null && $Object.hasOwnProperty.call(message, "contractOffer"))
                    $root.hanse.v1.ContractOffer.encode(message.contractOffer, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.hanse.v1.NegotiationEvent.encode(message.event, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.contractAgreement != null && $Object.hasOwnProperty.call(message, "contractAgreement"))
                    $root.hanse.v1.ContractAgreement.encode(message.contractAgreement, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification"))
                    $root.hanse.v1.AgreementVerification.encode(message.verification, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.termination != null && $Object.hasOwnProperty.call(message, "termination"))
                    $root.hanse.v1.Termination.encode(message.termination, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NegotiationMessage message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.NegotiationMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationMessage & hanse.v1.NegotiationMessage.$Shape} NegotiationMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NegotiationMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.NegotiationMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.contractRequest = $root.hanse.v1.ContractRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.contractRequest);
                            message.body = "contractRequest";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.contractOffer = $root.hanse.v1.ContractOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.contractOffer);
                            message.body = "contractOffer";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.hanse.v1.NegotiationEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.body = "event";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.contractAgreement = $root.hanse.v1.ContractAgreement.decode(reader, reader.size(), $undefined, _depth + 1, message.contractAgreement);
                            message.body = "contractAgreement";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.verification = $root.hanse.v1.AgreementVerification.decode(reader, reader.size(), $undefined, _depth + 1, message.verification);
                            message.body = "verification";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.termination = $root.hanse.v1.Termination.decode(reader, reader.size(), $undefined, _depth + 1, message.termination);
                            message.body = "termination";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NegotiationMessage message.
             * @function verify
             * @memberof hanse.v1.NegotiationMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NegotiationMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.contractRequest != null && $Object.hasOwnProperty.call(message, "contractRequest")) {
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.ContractRequest.verify(message.contractRequest, _depth + 1);
                        if (error)
                            return "contractRequest." + error;
                    }
                }
                if (message.contractOffer != null && $Object.hasOwnProperty.call(message, "contractOffer")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.ContractOffer.verify(message.contractOffer, _depth + 1);
                        if (error)
                            return "contractOffer." + error;
                    }
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.NegotiationEvent.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                }
                if (message.contractAgreement != null && $Object.hasOwnProperty.call(message, "contractAgreement")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.ContractAgreement.verify(message.contractAgreement, _depth + 1);
                        if (error)
                            return "contractAgreement." + error;
                    }
                }
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.AgreementVerification.verify(message.verification, _depth + 1);
                        if (error)
                            return "verification." + error;
                    }
                }
                if (message.termination != null && $Object.hasOwnProperty.call(message, "termination")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.Termination.verify(message.termination, _depth + 1);
                        if (error)
                            return "termination." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a NegotiationMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.NegotiationMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.NegotiationMessage} NegotiationMessage
             */
            NegotiationMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.NegotiationMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.NegotiationMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.NegotiationMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.contractRequest != null) {
                    if (!$util.isObject(object.contractRequest))
                        throw $TypeError(".hanse.v1.NegotiationMessage.contractRequest: object expected");
                    message.contractRequest = $root.hanse.v1.ContractRequest.fromObject(object.contractRequest, _depth + 1);
                }
                if (object.contractOffer != null) {
                    if (!$util.isObject(object.contractOffer))
                        throw $TypeError(".hanse.v1.NegotiationMessage.contractOffer: object expected");
                    message.contractOffer = $root.hanse.v1.ContractOffer.fromObject(object.contractOffer, _depth + 1);
                }
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".hanse.v1.NegotiationMessage.event: object expected");
                    message.event = $root.hanse.v1.NegotiationEvent.fromObject(object.event, _depth + 1);
                }
                if (object.contractAgreement != null) {
                    if (!$util.isObject(object.contractAgreement))
                        throw $TypeError(".hanse.v1.NegotiationMessage.contractAgreement: object expected");
                    message.contractAgreement = $root.hanse.v1.ContractAgreement.fromObject(object.contractAgreement, _depth + 1);
                }
                if (object.verification != null) {
                    if (!$util.isObject(object.verification))
                        throw $TypeError(".hanse.v1.NegotiationMessage.verification: object expected");
                    message.verification = $root.hanse.v1.AgreementVerification.fromObject(object.verification, _depth + 1);
                }
                if (object.termination != null) {
                    if (!$util.isObject(object.termination))
                        throw $TypeError(".hanse.v1.NegotiationMessage.termination: object expected");
                    message.termination = $root.hanse.v1.Termination.fromObject(object.termination, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NegotiationMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.NegotiationMessage
             * @static
             * @param {hanse.v1.NegotiationMessage} message NegotiationMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NegotiationMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.contractRequest != null && $Object.hasOwnProperty.call(message, "contractRequest")) {
                    object.contractRequest = $root.hanse.v1.ContractRequest.toObject(message.contractRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "contractRequest";
                }
                if (message.contractOffer != null && $Object.hasOwnProperty.call(message, "contractOffer")) {
                    object.contractOffer = $root.hanse.v1.ContractOffer.toObject(message.contractOffer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "contractOffer";
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.hanse.v1.NegotiationEvent.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "event";
                }
                if (message.contractAgreement != null && $Object.hasOwnProperty.call(message, "contractAgreement")) {
                    object.contractAgreement = $root.hanse.v1.ContractAgreement.toObject(message.contractAgreement, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "contractAgreement";
                }
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification")) {
                    object.verification = $root.hanse.v1.AgreementVerification.toObject(message.verification, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "verification";
                }
                if (message.termination != null && $Object.hasOwnProperty.call(message, "termination")) {
                    object.termination = $root.hanse.v1.Termination.toObject(message.termination, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "termination";
                }
                return object;
            };

            /**
             * Converts this NegotiationMessage to JSON.
             * @function toJSON
             * @memberof hanse.v1.NegotiationMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NegotiationMessage.prototype.toJSON = function() {
                return NegotiationMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NegotiationMessage;
        })();

        v1.NegotiationReply = (function() {

            /**
             * Properties of a NegotiationReply.
             * @typedef {Object} hanse.v1.NegotiationReply.$Properties
             * @property {string|null} [messageId] NegotiationReply messageId
             * @property {hanse.v1.NegotiationAck.$Properties|null} [ack] NegotiationReply ack
             * @property {hanse.v1.Error.$Properties|null} [error] NegotiationReply error
             * @property {"ack"|"error"} [result] NegotiationReply result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NegotiationReply.
             * @memberof hanse.v1
             * @interface INegotiationReply
             * @augments hanse.v1.NegotiationReply.$Properties
             * @deprecated Use hanse.v1.NegotiationReply.$Properties instead.
             */

            /**
             * Narrowed shape of a NegotiationReply.
             * @typedef {{
             *   messageId?: string|null;
             *   ack?: hanse.v1.NegotiationAck.$Shape|null;
             *   error?: hanse.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; ack?: null; error?: null }|{ result?: "ack"; ack: hanse.v1.NegotiationAck.$Shape; error?: null }|{ result?: "error"; ack?: null; error: hanse.v1.Error.$Shape })
             * )} hanse.v1.NegotiationReply.$Shape
             */

            /**
             * Constructs a new NegotiationReply.
             * @memberof hanse.v1
             * @classdesc Represents a NegotiationReply.
             * @constructor
             * @param {hanse.v1.NegotiationReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NegotiationReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NegotiationReply messageId.
             * @member {string} messageId
             * @memberof hanse.v1.NegotiationReply
             * @instance
             */
            NegotiationReply.prototype.messageId = "";

            /**
             * NegotiationReply ack.
             * @member {hanse.v1.NegotiationAck.$Properties|null|undefined} ack
             * @memberof hanse.v1.NegotiationReply
             * @instance
             */
            NegotiationReply.prototype.ack = null;

            /**
             * NegotiationReply error.
             * @member {hanse.v1.Error.$Properties|null|undefined} error
             * @memberof hanse.v1.NegotiationReply
             * @instance
             */
            NegotiationReply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * NegotiationReply result.
             * @member {"ack"|"error"|undefined} result
             * @memberof hanse.v1.NegotiationReply
             * @instance
             */
            $Object.defineProperty(NegotiationReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["ack", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NegotiationReply instance using the specified properties.
             * @function create
             * @memberof hanse.v1.NegotiationReply
             * @static
             * @param {hanse.v1.NegotiationReply.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.NegotiationReply} NegotiationReply instance
             * @type {{
             *   (properties: hanse.v1.NegotiationReply.$Shape): hanse.v1.NegotiationReply & hanse.v1.NegotiationReply.$Shape;
             *   (properties?: hanse.v1.NegotiationReply.$Properties): hanse.v1.NegotiationReply;
             * }}
             */
            NegotiationReply.create = function(properties) {
                return new NegotiationReply(properties);
            };

            /**
             * Encodes the specified NegotiationReply message. Does not implicitly {@link hanse.v1.NegotiationReply.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.NegotiationReply
             * @static
             * @param {hanse.v1.NegotiationReply.$Properties} message NegotiationReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NegotiationReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.hanse.v1.NegotiationAck.encode(message.ack, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.hanse.v1.Error.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NegotiationReply message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.NegotiationReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationReply & hanse.v1.NegotiationReply.$Shape} NegotiationReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NegotiationReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.NegotiationReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.hanse.v1.NegotiationAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.result = "ack";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.hanse.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NegotiationReply message.
             * @function verify
             * @memberof hanse.v1.NegotiationReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NegotiationReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    properties.result = 1;
                    {
                        let error = $root.hanse.v1.NegotiationAck.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.hanse.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a NegotiationReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.NegotiationReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.NegotiationReply} NegotiationReply
             */
            NegotiationReply.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.NegotiationReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.NegotiationReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.NegotiationReply();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".hanse.v1.NegotiationReply.ack: object expected");
                    message.ack = $root.hanse.v1.NegotiationAck.fromObject(object.ack, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".hanse.v1.NegotiationReply.error: object expected");
                    message.error = $root.hanse.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NegotiationReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.NegotiationReply
             * @static
             * @param {hanse.v1.NegotiationReply} message NegotiationReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NegotiationReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.messageId = "";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.hanse.v1.NegotiationAck.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "ack";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.hanse.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this NegotiationReply to JSON.
             * @function toJSON
             * @memberof hanse.v1.NegotiationReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NegotiationReply.prototype.toJSON = function() {
                return NegotiationReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NegotiationReply;
        })();

        v1.NegotiationAck = (function() {

            /**
             * Properties of a NegotiationAck.
             * @typedef {Object} hanse.v1.NegotiationAck.$Properties
             * @property {string|null} [consumerPid] NegotiationAck consumerPid
             * @property {string|null} [providerPid] NegotiationAck providerPid
             * @property {hanse.v1.NegotiationState|null} [state] NegotiationAck state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NegotiationAck.
             * @memberof hanse.v1
             * @interface INegotiationAck
             * @augments hanse.v1.NegotiationAck.$Properties
             * @deprecated Use hanse.v1.NegotiationAck.$Properties instead.
             */

            /**
             * Shape of a NegotiationAck.
             * @typedef {hanse.v1.NegotiationAck.$Properties} hanse.v1.NegotiationAck.$Shape
             */

            /**
             * Constructs a new NegotiationAck.
             * @memberof hanse.v1
             * @classdesc Represents a NegotiationAck.
             * @constructor
             * @param {hanse.v1.NegotiationAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NegotiationAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NegotiationAck consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.NegotiationAck
             * @instance
             */
            NegotiationAck.prototype.consumerPid = "";

            /**
             * NegotiationAck providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.NegotiationAck
             * @instance
             */
            NegotiationAck.prototype.providerPid = "";

            /**
             * NegotiationAck state.
             * @member {hanse.v1.NegotiationState} state
             * @memberof hanse.v1.NegotiationAck
             * @instance
             */
            NegotiationAck.prototype.state = 0;

            /**
             * Creates a new NegotiationAck instance using the specified properties.
             * @function create
             * @memberof hanse.v1.NegotiationAck
             * @static
             * @param {hanse.v1.NegotiationAck.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.NegotiationAck} NegotiationAck instance
             * @type {{
             *   (properties: hanse.v1.NegotiationAck.$Shape): hanse.v1.NegotiationAck & hanse.v1.NegotiationAck.$Shape;
             *   (properties?: hanse.v1.NegotiationAck.$Properties): hanse.v1.NegotiationAck;
             * }}
             */
            NegotiationAck.create = function(properties) {
                return new NegotiationAck(properties);
            };

            /**
             * Encodes the specified NegotiationAck message. Does not implicitly {@link hanse.v1.NegotiationAck.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.NegotiationAck
             * @static
             * @param {hanse.v1.NegotiationAck.$Properties} message NegotiationAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NegotiationAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerPid);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NegotiationAck message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.NegotiationAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationAck & hanse.v1.NegotiationAck.$Shape} NegotiationAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NegotiationAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.NegotiationAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NegotiationAck message.
             * @function verify
             * @memberof hanse.v1.NegotiationAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NegotiationAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                return null;
            };

            /**
             * Creates a NegotiationAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.NegotiationAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.NegotiationAck} NegotiationAck
             */
            NegotiationAck.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.NegotiationAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.NegotiationAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.NegotiationAck();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.hanse.v1.NegotiationState[object.state] !== 0))
                    switch (object.state) {
                    case "NEGOTIATION_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "REQUESTED":
                    case 1:
                        message.state = 1;
                        break;
                    case "OFFERED":
                    case 2:
                        message.state = 2;
                        break;
                    case "ACCEPTED":
                    case 3:
                        message.state = 3;
                        break;
                    case "AGREED":
                    case 4:
                        message.state = 4;
                        break;
                    case "VERIFIED":
                    case 5:
                        message.state = 5;
                        break;
                    case "FINALIZED":
                    case 6:
                        message.state = 6;
                        break;
                    case "TERMINATED":
                    case 7:
                        message.state = 7;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                return message;
            };

            /**
             * Creates a plain object from a NegotiationAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.NegotiationAck
             * @static
             * @param {hanse.v1.NegotiationAck} message NegotiationAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NegotiationAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.consumerPid = "";
                    object.providerPid = "";
                    object.state = options.enums === $String ? "NEGOTIATION_STATE_UNSPECIFIED" : 0;
                }
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.hanse.v1.NegotiationState[message.state] === $undefined ? message.state : $root.hanse.v1.NegotiationState[message.state] : message.state;
                return object;
            };

            /**
             * Converts this NegotiationAck to JSON.
             * @function toJSON
             * @memberof hanse.v1.NegotiationAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NegotiationAck.prototype.toJSON = function() {
                return NegotiationAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NegotiationAck;
        })();

        v1.ContractRequest = (function() {

            /**
             * Properties of a ContractRequest.
             * @typedef {Object} hanse.v1.ContractRequest.$Properties
             * @property {string|null} [consumerPid] ContractRequest consumerPid
             * @property {string|null} [providerPid] ContractRequest providerPid
             * @property {string|null} [offerId] ContractRequest offerId
             * @property {hanse.v1.Policy.$Properties|null} [terms] ContractRequest terms
             * @property {Array.<string>|null} [purposes] ContractRequest purposes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContractRequest.
             * @memberof hanse.v1
             * @interface IContractRequest
             * @augments hanse.v1.ContractRequest.$Properties
             * @deprecated Use hanse.v1.ContractRequest.$Properties instead.
             */

            /**
             * Shape of a ContractRequest.
             * @typedef {{
             *   consumerPid?: string|null;
             *   providerPid?: string|null;
             *   offerId?: string|null;
             *   terms?: hanse.v1.Policy.$Shape|null;
             *   purposes?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.ContractRequest.$Shape
             */

            /**
             * Constructs a new ContractRequest.
             * @memberof hanse.v1
             * @classdesc Represents a ContractRequest.
             * @constructor
             * @param {hanse.v1.ContractRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContractRequest = function (properties) {
                this.purposes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContractRequest consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.ContractRequest
             * @instance
             */
            ContractRequest.prototype.consumerPid = "";

            /**
             * ContractRequest providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.ContractRequest
             * @instance
             */
            ContractRequest.prototype.providerPid = "";

            /**
             * ContractRequest offerId.
             * @member {string} offerId
             * @memberof hanse.v1.ContractRequest
             * @instance
             */
            ContractRequest.prototype.offerId = "";

            /**
             * ContractRequest terms.
             * @member {hanse.v1.Policy.$Properties|null|undefined} terms
             * @memberof hanse.v1.ContractRequest
             * @instance
             */
            ContractRequest.prototype.terms = null;

            /**
             * ContractRequest purposes.
             * @member {Array.<string>} purposes
             * @memberof hanse.v1.ContractRequest
             * @instance
             */
            ContractRequest.prototype.purposes = $util.emptyArray;

            /**
             * Creates a new ContractRequest instance using the specified properties.
             * @function create
             * @memberof hanse.v1.ContractRequest
             * @static
             * @param {hanse.v1.ContractRequest.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.ContractRequest} ContractRequest instance
             * @type {{
             *   (properties: hanse.v1.ContractRequest.$Shape): hanse.v1.ContractRequest & hanse.v1.ContractRequest.$Shape;
             *   (properties?: hanse.v1.ContractRequest.$Properties): hanse.v1.ContractRequest;
             * }}
             */
            ContractRequest.create = function(properties) {
                return new ContractRequest(properties);
            };

            /**
             * Encodes the specified ContractRequest message. Does not implicitly {@link hanse.v1.ContractRequest.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ContractRequest
             * @static
             * @param {hanse.v1.ContractRequest.$Properties} message ContractRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContractRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerPid);
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId") && message.offerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.offerId);
                if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                    $root.hanse.v1.Policy.encode(message.terms, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.purposes != null && message.purposes.length)
                    for (let i = 0; i < message.purposes.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.purposes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContractRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ContractRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ContractRequest & hanse.v1.ContractRequest.$Shape} ContractRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContractRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.ContractRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offerId = value;
                            else
                                delete message.offerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.terms = $root.hanse.v1.Policy.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.purposes && message.purposes.length))
                                message.purposes = [];
                            message.purposes.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContractRequest message.
             * @function verify
             * @memberof hanse.v1.ContractRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContractRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    if (!$util.isString(message.offerId))
                        return "offerId: string expected";
                if (message.terms != null && $Object.hasOwnProperty.call(message, "terms")) {
                    let error = $root.hanse.v1.Policy.verify(message.terms, _depth + 1);
                    if (error)
                        return "terms." + error;
                }
                if (message.purposes != null && $Object.hasOwnProperty.call(message, "purposes")) {
                    if (!$Array.isArray(message.purposes))
                        return "purposes: array expected";
                    for (let i = 0; i < message.purposes.length; ++i)
                        if (!$util.isString(message.purposes[i]))
                            return "purposes: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ContractRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.ContractRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.ContractRequest} ContractRequest
             */
            ContractRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.ContractRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.ContractRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.ContractRequest();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.offerId != null)
                    if (typeof object.offerId !== "string" || object.offerId.length)
                        message.offerId = $String(object.offerId);
                if (object.terms != null) {
                    if (!$util.isObject(object.terms))
                        throw $TypeError(".hanse.v1.ContractRequest.terms: object expected");
                    message.terms = $root.hanse.v1.Policy.fromObject(object.terms, _depth + 1);
                }
                if (object.purposes) {
                    if (!$Array.isArray(object.purposes))
                        throw $TypeError(".hanse.v1.ContractRequest.purposes: array expected");
                    message.purposes = $Array(object.purposes.length);
                    for (let i = 0; i < object.purposes.length; ++i)
                        message.purposes[i] = $String(object.purposes[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ContractRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.ContractRequest
             * @static
             * @param {hanse.v1.ContractRequest} message ContractRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContractRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.purposes = [];
                if (options.defaults) {
                    object.consumerPid = "";
                    object.providerPid = "";
                    object.offerId = "";
                    object.terms = null;
                }
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    object.offerId = message.offerId;
                if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                    object.terms = $root.hanse.v1.Policy.toObject(message.terms, options, _depth + 1);
                if (message.purposes && message.purposes.length) {
                    object.purposes = $Array(message.purposes.length);
                    for (let j = 0; j < message.purposes.length; ++j)
                        object.purposes[j] = message.purposes[j];
                }
                return object;
            };

            /**
             * Converts this ContractRequest to JSON.
             * @function toJSON
             * @memberof hanse.v1.ContractRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContractRequest.prototype.toJSON = function() {
                return ContractRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContractRequest;
        })();

        v1.ContractOffer = (function() {

            /**
             * Properties of a ContractOffer.
             * @typedef {Object} hanse.v1.ContractOffer.$Properties
             * @property {string|null} [providerPid] ContractOffer providerPid
             * @property {string|null} [consumerPid] ContractOffer consumerPid
             * @property {string|null} [offerId] ContractOffer offerId
             * @property {hanse.v1.Policy.$Properties|null} [terms] ContractOffer terms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContractOffer.
             * @memberof hanse.v1
             * @interface IContractOffer
             * @augments hanse.v1.ContractOffer.$Properties
             * @deprecated Use hanse.v1.ContractOffer.$Properties instead.
             */

            /**
             * Shape of a ContractOffer.
             * @typedef {{
             *   providerPid?: string|null;
             *   consumerPid?: string|null;
             *   offerId?: string|null;
             *   terms?: hanse.v1.Policy.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.ContractOffer.$Shape
             */

            /**
             * Constructs a new ContractOffer.
             * @memberof hanse.v1
             * @classdesc Represents a ContractOffer.
             * @constructor
             * @param {hanse.v1.ContractOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContractOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContractOffer providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.ContractOffer
             * @instance
             */
            ContractOffer.prototype.providerPid = "";

            /**
             * ContractOffer consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.ContractOffer
             * @instance
             */
            ContractOffer.prototype.consumerPid = "";

            /**
             * ContractOffer offerId.
             * @member {string} offerId
             * @memberof hanse.v1.ContractOffer
             * @instance
             */
            ContractOffer.prototype.offerId = "";

            /**
             * ContractOffer terms.
             * @member {hanse.v1.Policy.$Properties|null|undefined} terms
             * @memberof hanse.v1.ContractOffer
             * @instance
             */
            ContractOffer.prototype.terms = null;

            /**
             * Creates a new ContractOffer instance using the specified properties.
             * @function create
             * @memberof hanse.v1.ContractOffer
             * @static
             * @param {hanse.v1.ContractOffer.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.ContractOffer} ContractOffer instance
             * @type {{
             *   (properties: hanse.v1.ContractOffer.$Shape): hanse.v1.ContractOffer & hanse.v1.ContractOffer.$Shape;
             *   (properties?: hanse.v1.ContractOffer.$Properties): hanse.v1.ContractOffer;
             * }}
             */
            ContractOffer.create = function(properties) {
                return new ContractOffer(properties);
            };

            /**
             * Encodes the specified ContractOffer message. Does not implicitly {@link hanse.v1.ContractOffer.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ContractOffer
             * @static
             * @param {hanse.v1.ContractOffer.$Properties} message ContractOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContractOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.providerPid);
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumerPid);
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId") && message.offerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.offerId);
                if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                    $root.hanse.v1.Policy.encode(message.terms, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContractOffer message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ContractOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ContractOffer & hanse.v1.ContractOffer.$Shape} ContractOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContractOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.ContractOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offerId = value;
                            else
                                delete message.offerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.terms = $root.hanse.v1.Policy.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContractOffer message.
             * @function verify
             * @memberof hanse.v1.ContractOffer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContractOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    if (!$util.isString(message.offerId))
                        return "offerId: string expected";
                if (message.terms != null && $Object.hasOwnProperty.call(message, "terms")) {
                    let error = $root.hanse.v1.Policy.verify(message.terms, _depth + 1);
                    if (error)
                        return "terms." + error;
                }
                return null;
            };

            /**
             * Creates a ContractOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.ContractOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.ContractOffer} ContractOffer
             */
            ContractOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.ContractOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.ContractOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.ContractOffer();
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.offerId != null)
                    if (typeof object.offerId !== "string" || object.offerId.length)
                        message.offerId = $String(object.offerId);
                if (object.terms != null) {
                    if (!$util.isObject(object.terms))
                        throw $TypeError(".hanse.v1.ContractOffer.terms: object expected");
                    message.terms = $root.hanse.v1.Policy.fromObject(object.terms, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ContractOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.ContractOffer
             * @static
             * @param {hanse.v1.ContractOffer} message ContractOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContractOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.providerPid = "";
                    object.consumerPid = "";
                    object.offerId = "";
                    object.terms = null;
                }
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    object.offerId = message.offerId;
                if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                    object.terms = $root.hanse.v1.Policy.toObject(message.terms, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ContractOffer to JSON.
             * @function toJSON
             * @memberof hanse.v1.ContractOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContractOffer.prototype.toJSON = function() {
                return ContractOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContractOffer;
        })();

        v1.NegotiationEvent = (function() {

            /**
             * Properties of a NegotiationEvent.
             * @typedef {Object} hanse.v1.NegotiationEvent.$Properties
             * @property {string|null} [consumerPid] NegotiationEvent consumerPid
             * @property {string|null} [providerPid] NegotiationEvent providerPid
             * @property {hanse.v1.NegotiationEvent.Type|null} [type] NegotiationEvent type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NegotiationEvent.
             * @memberof hanse.v1
             * @interface INegotiationEvent
             * @augments hanse.v1.NegotiationEvent.$Properties
             * @deprecated Use hanse.v1.NegotiationEvent.$Properties instead.
             */

            /**
             * Shape of a NegotiationEvent.
             * @typedef {hanse.v1.NegotiationEvent.$Properties} hanse.v1.NegotiationEvent.$Shape
             */

            /**
             * Constructs a new NegotiationEvent.
             * @memberof hanse.v1
             * @classdesc Represents a NegotiationEvent.
             * @constructor
             * @param {hanse.v1.NegotiationEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NegotiationEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NegotiationEvent consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.NegotiationEvent
             * @instance
             */
            NegotiationEvent.prototype.consumerPid = "";

            /**
             * NegotiationEvent providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.NegotiationEvent
             * @instance
             */
            NegotiationEvent.prototype.providerPid = "";

            /**
             * NegotiationEvent type.
             * @member {hanse.v1.NegotiationEvent.Type} type
             * @memberof hanse.v1.NegotiationEvent
             * @instance
             */
            NegotiationEvent.prototype.type = 0;

            /**
             * Creates a new NegotiationEvent instance using the specified properties.
             * @function create
             * @memberof hanse.v1.NegotiationEvent
             * @static
             * @param {hanse.v1.NegotiationEvent.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.NegotiationEvent} NegotiationEvent instance
             * @type {{
             *   (properties: hanse.v1.NegotiationEvent.$Shape): hanse.v1.NegotiationEvent & hanse.v1.NegotiationEvent.$Shape;
             *   (properties?: hanse.v1.NegotiationEvent.$Properties): hanse.v1.NegotiationEvent;
             * }}
             */
            NegotiationEvent.create = function(properties) {
                return new NegotiationEvent(properties);
            };

            /**
             * Encodes the specified NegotiationEvent message. Does not implicitly {@link hanse.v1.NegotiationEvent.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.NegotiationEvent
             * @static
             * @param {hanse.v1.NegotiationEvent.$Properties} message NegotiationEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NegotiationEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerPid);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NegotiationEvent message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.NegotiationEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationEvent & hanse.v1.NegotiationEvent.$Shape} NegotiationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NegotiationEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.NegotiationEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NegotiationEvent message.
             * @function verify
             * @memberof hanse.v1.NegotiationEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NegotiationEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                return null;
            };

            /**
             * Creates a NegotiationEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.NegotiationEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.NegotiationEvent} NegotiationEvent
             */
            NegotiationEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.NegotiationEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.NegotiationEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.NegotiationEvent();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.hanse.v1.NegotiationEvent.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "ACCEPTED":
                    case 1:
                        message.type = 1;
                        break;
                    case "FINALIZED":
                    case 2:
                        message.type = 2;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                return message;
            };

            /**
             * Creates a plain object from a NegotiationEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.NegotiationEvent
             * @static
             * @param {hanse.v1.NegotiationEvent} message NegotiationEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NegotiationEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.consumerPid = "";
                    object.providerPid = "";
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                }
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.hanse.v1.NegotiationEvent.Type[message.type] === $undefined ? message.type : $root.hanse.v1.NegotiationEvent.Type[message.type] : message.type;
                return object;
            };

            /**
             * Converts this NegotiationEvent to JSON.
             * @function toJSON
             * @memberof hanse.v1.NegotiationEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NegotiationEvent.prototype.toJSON = function() {
                return NegotiationEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Type enum.
             * @name hanse.v1.NegotiationEvent.Type
             * @enum {number}
             * @property {number} TYPE_UNSPECIFIED=0 TYPE_UNSPECIFIED value
             * @property {number} ACCEPTED=1 ACCEPTED value
             * @property {number} FINALIZED=2 FINALIZED value
             */
            NegotiationEvent.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ACCEPTED"] = 1;
                values[valuesById[2] = "FINALIZED"] = 2;
                return values;
            })();

            return NegotiationEvent;
        })();

        v1.Agreement = (function() {

            /**
             * Properties of an Agreement.
             * @typedef {Object} hanse.v1.Agreement.$Properties
             * @property {string|null} [agreementId] Agreement agreementId
             * @property {string|null} [offerId] Agreement offerId
             * @property {string|null} [datasetId] Agreement datasetId
             * @property {string|null} [datasetSha256] Agreement datasetSha256
             * @property {hanse.v1.Policy.$Properties|null} [policy] Agreement policy
             * @property {string|null} [assigner] Agreement assigner
             * @property {string|null} [assignee] Agreement assignee
             * @property {Array.<string>|null} [purposes] Agreement purposes
             * @property {number|null} [timestamp] Agreement timestamp
             * @property {number|null} [validUntil] Agreement validUntil
             * @property {string|null} [consumerPid] Agreement consumerPid
             * @property {string|null} [providerPid] Agreement providerPid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Agreement.
             * @memberof hanse.v1
             * @interface IAgreement
             * @augments hanse.v1.Agreement.$Properties
             * @deprecated Use hanse.v1.Agreement.$Properties instead.
             */

            /**
             * Shape of an Agreement.
             * @typedef {{
             *   agreementId?: string|null;
             *   offerId?: string|null;
             *   datasetId?: string|null;
             *   datasetSha256?: string|null;
             *   policy?: hanse.v1.Policy.$Shape|null;
             *   assigner?: string|null;
             *   assignee?: string|null;
             *   purposes?: Array.<string>|null;
             *   timestamp?: number|null;
             *   validUntil?: number|null;
             *   consumerPid?: string|null;
             *   providerPid?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hanse.v1.Agreement.$Shape
             */

            /**
             * Constructs a new Agreement.
             * @memberof hanse.v1
             * @classdesc Represents an Agreement.
             * @constructor
             * @param {hanse.v1.Agreement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Agreement = function (properties) {
                this.purposes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Agreement agreementId.
             * @member {string} agreementId
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.agreementId = "";

            /**
             * Agreement offerId.
             * @member {string} offerId
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.offerId = "";

            /**
             * Agreement datasetId.
             * @member {string} datasetId
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.datasetId = "";

            /**
             * Agreement datasetSha256.
             * @member {string} datasetSha256
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.datasetSha256 = "";

            /**
             * Agreement policy.
             * @member {hanse.v1.Policy.$Properties|null|undefined} policy
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.policy = null;

            /**
             * Agreement assigner.
             * @member {string} assigner
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.assigner = "";

            /**
             * Agreement assignee.
             * @member {string} assignee
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.assignee = "";

            /**
             * Agreement purposes.
             * @member {Array.<string>} purposes
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.purposes = $util.emptyArray;

            /**
             * Agreement timestamp.
             * @member {number} timestamp
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Agreement validUntil.
             * @member {number} validUntil
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.validUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Agreement consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.consumerPid = "";

            /**
             * Agreement providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.Agreement
             * @instance
             */
            Agreement.prototype.providerPid = "";

            /**
             * Creates a new Agreement instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Agreement
             * @static
             * @param {hanse.v1.Agreement.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Agreement} Agreement instance
             * @type {{
             *   (properties: hanse.v1.Agreement.$Shape): hanse.v1.Agreement & hanse.v1.Agreement.$Shape;
             *   (properties?: hanse.v1.Agreement.$Properties): hanse.v1.Agreement;
             * }}
             */
            Agreement.create = function(properties) {
                return new Agreement(properties);
            };

            /**
             * Encodes the specified Agreement message. Does not implicitly {@link hanse.v1.Agreement.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Agreement
             * @static
             * @param {hanse.v1.Agreement.$Properties} message Agreement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Agreement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agreementId);
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId") && message.offerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.offerId);
                if (message.datasetId != null && $Object.hasOwnProperty.call(message, "datasetId") && message.datasetId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.datasetId);
                if (message.datasetSha256 != null && $Object.hasOwnProperty.call(message, "datasetSha256") && message.datasetSha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.datasetSha256);
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.hanse.v1.Policy.encode(message.policy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.assigner != null && $Object.hasOwnProperty.call(message, "assigner") && message.assigner !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.assigner);
                if (message.assignee != null && $Object.hasOwnProperty.call(message, "assignee") && message.assignee !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.assignee);
                if (message.purposes != null && message.purposes.length)
                    for (let i = 0; i < message.purposes.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.purposes[i]);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.timestamp);
                if (message.validUntil != null && $Object.hasOwnProperty.call(message, "validUntil") && (typeof message.validUntil === "object" ? message.validUntil.low || message.validUntil.high : message.validUntil !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.validUntil);
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.providerPid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Agreement message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Agreement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Agreement & hanse.v1.Agreement.$Shape} Agreement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Agreement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Agreement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agreementId = value;
                            else
                                delete message.agreementId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offerId = value;
                            else
                                delete message.offerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datasetId = value;
                            else
                                delete message.datasetId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datasetSha256 = value;
                            else
                                delete message.datasetSha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.hanse.v1.Policy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assigner = value;
                            else
                                delete message.assigner;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assignee = value;
                            else
                                delete message.assignee;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.purposes && message.purposes.length))
                                message.purposes = [];
                            message.purposes.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.validUntil = value;
                            else
                                delete message.validUntil;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Agreement message.
             * @function verify
             * @memberof hanse.v1.Agreement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Agreement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    if (!$util.isString(message.agreementId))
                        return "agreementId: string expected";
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    if (!$util.isString(message.offerId))
                        return "offerId: string expected";
                if (message.datasetId != null && $Object.hasOwnProperty.call(message, "datasetId"))
                    if (!$util.isString(message.datasetId))
                        return "datasetId: string expected";
                if (message.datasetSha256 != null && $Object.hasOwnProperty.call(message, "datasetSha256"))
                    if (!$util.isString(message.datasetSha256))
                        return "datasetSha256: string expected";
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    let error = $root.hanse.v1.Policy.verify(message.policy, _depth + 1);
                    if (error)
                        return "policy." + error;
                }
                if (message.assigner != null && $Object.hasOwnProperty.call(message, "assigner"))
                    if (!$util.isString(message.assigner))
                        return "assigner: string expected";
                if (message.assignee != null && $Object.hasOwnProperty.call(message, "assignee"))
                    if (!$util.isString(message.assignee))
                        return "assignee: string expected";
                if (message.purposes != null && $Object.hasOwnProperty.call(message, "purposes")) {
                    if (!$Array.isArray(message.purposes))
                        return "purposes: array expected";
                    for (let i = 0; i < message.purposes.length; ++i)
                        if (!$util.isString(message.purposes[i]))
                            return "purposes: string[] expected";
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                        return "timestamp: integer|Long expected";
                if (message.validUntil != null && $Object.hasOwnProperty.call(message, "validUntil"))
                    if (!$util.isInteger(message.validUntil) && !(message.validUntil && $util.isInteger(message.validUntil.low) && $util.isInteger(message.validUntil.high)))
                        return "validUntil: integer|Long expected";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                return null;
            };

            /**
             * Creates an Agreement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Agreement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Agreement} Agreement
             */
            Agreement.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Agreement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Agreement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Agreement();
                if (object.agreementId != null)
                    if (typeof object.agreementId !== "string" || object.agreementId.length)
                        message.agreementId = $String(object.agreementId);
                if (object.offerId != null)
                    if (typeof object.offerId !== "string" || object.offerId.length)
                        message.offerId = $String(object.offerId);
                if (object.datasetId != null)
                    if (typeof object.datasetId !== "string" || object.datasetId.length)
                        message.datasetId = $String(object.datasetId);
                if (object.datasetSha256 != null)
                    if (typeof object.datasetSha256 !== "string" || object.datasetSha256.length)
                        message.datasetSha256 = $String(object.datasetSha256);
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".hanse.v1.Agreement.policy: object expected");
                    message.policy = $root.hanse.v1.Policy.fromObject(object.policy, _depth + 1);
                }
                if (object.assigner != null)
                    if (typeof object.assigner !== "string" || object.assigner.length)
                        message.assigner = $String(object.assigner);
                if (object.assignee != null)
                    if (typeof object.assignee !== "string" || object.assignee.length)
                        message.assignee = $String(object.assignee);
                if (object.purposes) {
                    if (!$Array.isArray(object.purposes))
                        throw $TypeError(".hanse.v1.Agreement.purposes: array expected");
                    message.purposes = $Array(object.purposes.length);
                    for (let i = 0; i < object.purposes.length; ++i)
                        message.purposes[i] = $String(object.purposes[i]);
                }
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.validUntil != null)
                    if (typeof object.validUntil === "object" ? object.validUntil.low || object.validUntil.high : $Number(object.validUntil) !== 0)
                        if ($util.Long)
                            message.validUntil = $util.Long.fromValue(object.validUntil, false);
                        else if (typeof object.validUntil === "string")
                            message.validUntil = $parseInt(object.validUntil, 10);
                        else if (typeof object.validUntil === "number")
                            message.validUntil = object.validUntil;
                        else if (typeof object.validUntil === "object")
                            message.validUntil = new $util.LongBits(object.validUntil.low >>> 0, object.validUntil.high >>> 0).toNumber();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                return message;
            };

            /**
             * Creates a plain object from an Agreement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Agreement
             * @static
             * @param {hanse.v1.Agreement} message Agreement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Agreement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.purposes = [];
                if (options.defaults) {
                    object.agreementId = "";
                    object.offerId = "";
                    object.datasetId = "";
                    object.datasetSha256 = "";
                    object.policy = null;
                    object.assigner = "";
                    object.assignee = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.validUntil = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validUntil = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.consumerPid = "";
                    object.providerPid = "";
                }
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    object.agreementId = message.agreementId;
                if (message.offerId != null && $Object.hasOwnProperty.call(message, "offerId"))
                    object.offerId = message.offerId;
                if (message.datasetId != null && $Object.hasOwnProperty.call(message, "datasetId"))
                    object.datasetId = message.datasetId;
                if (message.datasetSha256 != null && $Object.hasOwnProperty.call(message, "datasetSha256"))
                    object.datasetSha256 = message.datasetSha256;
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    object.policy = $root.hanse.v1.Policy.toObject(message.policy, options, _depth + 1);
                if (message.assigner != null && $Object.hasOwnProperty.call(message, "assigner"))
                    object.assigner = message.assigner;
                if (message.assignee != null && $Object.hasOwnProperty.call(message, "assignee"))
                    object.assignee = message.assignee;
                if (message.purposes && message.purposes.length) {
                    object.purposes = $Array(message.purposes.length);
                    for (let j = 0; j < message.purposes.length; ++j)
                        object.purposes[j] = message.purposes[j];
                }
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.validUntil != null && $Object.hasOwnProperty.call(message, "validUntil"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validUntil = typeof message.validUntil === "number" ? $BigInt(message.validUntil) : $util.Long.fromBits(message.validUntil.low >>> 0, message.validUntil.high >>> 0, false).toBigInt();
                    else if (typeof message.validUntil === "number")
                        object.validUntil = options.longs === $String ? $String(message.validUntil) : message.validUntil;
                    else
                        object.validUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.validUntil) : options.longs === $Number ? new $util.LongBits(message.validUntil.low >>> 0, message.validUntil.high >>> 0).toNumber() : message.validUntil;
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                return object;
            };

            /**
             * Converts this Agreement to JSON.
             * @function toJSON
             * @memberof hanse.v1.Agreement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Agreement.prototype.toJSON = function() {
                return Agreement.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Agreement;
        })();

        v1.ContractAgreement = (function() {

            /**
             * Properties of a ContractAgreement.
             * @typedef {Object} hanse.v1.ContractAgreement.$Properties
             * @property {string|null} [consumerPid] ContractAgreement consumerPid
             * @property {string|null} [providerPid] ContractAgreement providerPid
             * @property {Uint8Array|null} [agreement] ContractAgreement agreement
             * @property {Uint8Array|null} [providerSignature] ContractAgreement providerSignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContractAgreement.
             * @memberof hanse.v1
             * @interface IContractAgreement
             * @augments hanse.v1.ContractAgreement.$Properties
             * @deprecated Use hanse.v1.ContractAgreement.$Properties instead.
             */

            /**
             * Shape of a ContractAgreement.
             * @typedef {hanse.v1.ContractAgreement.$Properties} hanse.v1.ContractAgreement.$Shape
             */

            /**
             * Constructs a new ContractAgreement.
             * @memberof hanse.v1
             * @classdesc Represents a ContractAgreement.
             * @constructor
             * @param {hanse.v1.ContractAgreement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContractAgreement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContractAgreement consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.ContractAgreement
             * @instance
             */
            ContractAgreement.prototype.consumerPid = "";

            /**
             * ContractAgreement providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.ContractAgreement
             * @instance
             */
            ContractAgreement.prototype.providerPid = "";

            /**
             * ContractAgreement agreement.
             * @member {Uint8Array} agreement
             * @memberof hanse.v1.ContractAgreement
             * @instance
             */
            ContractAgreement.prototype.agreement = $util.newBuffer([]);

            /**
             * ContractAgreement providerSignature.
             * @member {Uint8Array} providerSignature
             * @memberof hanse.v1.ContractAgreement
             * @instance
             */
            ContractAgreement.prototype.providerSignature = $util.newBuffer([]);

            /**
             * Creates a new ContractAgreement instance using the specified properties.
             * @function create
             * @memberof hanse.v1.ContractAgreement
             * @static
             * @param {hanse.v1.ContractAgreement.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.ContractAgreement} ContractAgreement instance
             * @type {{
             *   (properties: hanse.v1.ContractAgreement.$Shape): hanse.v1.ContractAgreement & hanse.v1.ContractAgreement.$Shape;
             *   (properties?: hanse.v1.ContractAgreement.$Properties): hanse.v1.ContractAgreement;
             * }}
             */
            ContractAgreement.create = function(properties) {
                return new ContractAgreement(properties);
            };

            /**
             * Encodes the specified ContractAgreement message. Does not implicitly {@link hanse.v1.ContractAgreement.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ContractAgreement
             * @static
             * @param {hanse.v1.ContractAgreement.$Properties} message ContractAgreement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContractAgreement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerPid);
                if (message.agreement != null && $Object.hasOwnProperty.call(message, "agreement") && message.agreement.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.agreement);
                if (message.providerSignature != null && $Object.hasOwnProperty.call(message, "providerSignature") && message.providerSignature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.providerSignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContractAgreement message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ContractAgreement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ContractAgreement & hanse.v1.ContractAgreement.$Shape} ContractAgreement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContractAgreement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.ContractAgreement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.agreement = value;
                            else
                                delete message.agreement;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.providerSignature = value;
                            else
                                delete message.providerSignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContractAgreement message.
             * @function verify
             * @memberof hanse.v1.ContractAgreement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContractAgreement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.agreement != null && $Object.hasOwnProperty.call(message, "agreement"))
                    if (!(message.agreement && typeof message.agreement.length === "number" || $util.isString(message.agreement)))
                        return "agreement: buffer expected";
                if (message.providerSignature != null && $Object.hasOwnProperty.call(message, "providerSignature"))
                    if (!(message.providerSignature && typeof message.providerSignature.length === "number" || $util.isString(message.providerSignature)))
                        return "providerSignature: buffer expected";
                return null;
            };

            /**
             * Creates a ContractAgreement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.ContractAgreement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.ContractAgreement} ContractAgreement
             */
            ContractAgreement.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.ContractAgreement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.ContractAgreement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.ContractAgreement();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.agreement != null)
                    if (object.agreement.length)
                        if (typeof object.agreement === "string")
                            $util.base64.decode(object.agreement, message.agreement = $util.newBuffer($util.base64.length(object.agreement)), 0);
                        else if (object.agreement.length >= 0)
                            message.agreement = object.agreement;
                if (object.providerSignature != null)
                    if (object.providerSignature.length)
                        if (typeof object.providerSignature === "string")
                            $util.base64.decode(object.providerSignature, message.providerSignature = $util.newBuffer($util.base64.length(object.providerSignature)), 0);
                        else if (object.providerSignature.length >= 0)
                            message.providerSignature = object.providerSignature;
                return message;
            };

            /**
             * Creates a plain object from a ContractAgreement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.ContractAgreement
             * @static
             * @param {hanse.v1.ContractAgreement} message ContractAgreement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContractAgreement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.consumerPid = "";
                    object.providerPid = "";
                    if (options.bytes === $String)
                        object.agreement = "";
                    else {
                        object.agreement = [];
                        if (options.bytes !== $Array)
                            object.agreement = $util.newBuffer(object.agreement);
                    }
                    if (options.bytes === $String)
                        object.providerSignature = "";
                    else {
                        object.providerSignature = [];
                        if (options.bytes !== $Array)
                            object.providerSignature = $util.newBuffer(object.providerSignature);
                    }
                }
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.agreement != null && $Object.hasOwnProperty.call(message, "agreement"))
                    object.agreement = options.bytes === $String ? $util.base64.encode(message.agreement, 0, message.agreement.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.agreement) : message.agreement;
                if (message.providerSignature != null && $Object.hasOwnProperty.call(message, "providerSignature"))
                    object.providerSignature = options.bytes === $String ? $util.base64.encode(message.providerSignature, 0, message.providerSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.providerSignature) : message.providerSignature;
                return object;
            };

            /**
             * Converts this ContractAgreement to JSON.
             * @function toJSON
             * @memberof hanse.v1.ContractAgreement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContractAgreement.prototype.toJSON = function() {
                return ContractAgreement.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContractAgreement;
        })();

        v1.AgreementVerification = (function() {

            /**
             * Properties of an AgreementVerification.
             * @typedef {Object} hanse.v1.AgreementVerification.$Properties
             * @property {string|null} [consumerPid] AgreementVerification consumerPid
             * @property {string|null} [providerPid] AgreementVerification providerPid
             * @property {Uint8Array|null} [consumerSignature] AgreementVerification consumerSignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgreementVerification.
             * @memberof hanse.v1
             * @interface IAgreementVerification
             * @augments hanse.v1.AgreementVerification.$Properties
             * @deprecated Use hanse.v1.AgreementVerification.$Properties instead.
             */

            /**
             * Shape of an AgreementVerification.
             * @typedef {hanse.v1.AgreementVerification.$Properties} hanse.v1.AgreementVerification.$Shape
             */

            /**
             * Constructs a new AgreementVerification.
             * @memberof hanse.v1
             * @classdesc Represents an AgreementVerification.
             * @constructor
             * @param {hanse.v1.AgreementVerification.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgreementVerification = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgreementVerification consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.AgreementVerification
             * @instance
             */
            AgreementVerification.prototype.consumerPid = "";

            /**
             * AgreementVerification providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.AgreementVerification
             * @instance
             */
            AgreementVerification.prototype.providerPid = "";

            /**
             * AgreementVerification consumerSignature.
             * @member {Uint8Array} consumerSignature
             * @memberof hanse.v1.AgreementVerification
             * @instance
             */
            AgreementVerification.prototype.consumerSignature = $util.newBuffer([]);

            /**
             * Creates a new AgreementVerification instance using the specified properties.
             * @function create
             * @memberof hanse.v1.AgreementVerification
             * @static
             * @param {hanse.v1.AgreementVerification.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.AgreementVerification} AgreementVerification instance
             * @type {{
             *   (properties: hanse.v1.AgreementVerification.$Shape): hanse.v1.AgreementVerification & hanse.v1.AgreementVerification.$Shape;
             *   (properties?: hanse.v1.AgreementVerification.$Properties): hanse.v1.AgreementVerification;
             * }}
             */
            AgreementVerification.create = function(properties) {
                return new AgreementVerification(properties);
            };

            /**
             * Encodes the specified AgreementVerification message. Does not implicitly {@link hanse.v1.AgreementVerification.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.AgreementVerification
             * @static
             * @param {hanse.v1.AgreementVerification.$Properties} message AgreementVerification message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgreementVerification.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerPid);
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature") && message.consumerSignature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.consumerSignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgreementVerification message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.AgreementVerification
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.AgreementVerification & hanse.v1.AgreementVerification.$Shape} AgreementVerification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgreementVerification.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.AgreementVerification();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consumerSignature = value;
                            else
                                delete message.consumerSignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AgreementVerification message.
             * @function verify
             * @memberof hanse.v1.AgreementVerification
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgreementVerification.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature"))
                    if (!(message.consumerSignature && typeof message.consumerSignature.length === "number" || $util.isString(message.consumerSignature)))
                        return "consumerSignature: buffer expected";
                return null;
            };

            /**
             * Creates an AgreementVerification message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.AgreementVerification
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.AgreementVerification} AgreementVerification
             */
            AgreementVerification.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.AgreementVerification)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.AgreementVerification: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.AgreementVerification();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.consumerSignature != null)
                    if (object.consumerSignature.length)
                        if (typeof object.consumerSignature === "string")
                            $util.base64.decode(object.consumerSignature, message.consumerSignature = $util.newBuffer($util.base64.length(object.consumerSignature)), 0);
                        else if (object.consumerSignature.length >= 0)
                            message.consumerSignature = object.consumerSignature;
                return message;
            };

            /**
             * Creates a plain object from an AgreementVerification message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.AgreementVerification
             * @static
             * @param {hanse.v1.AgreementVerification} message AgreementVerification
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgreementVerification.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.consumerPid = "";
                    object.providerPid = "";
                    if (options.bytes === $String)
                        object.consumerSignature = "";
                    else {
                        object.consumerSignature = [];
                        if (options.bytes !== $Array)
                            object.consumerSignature = $util.newBuffer(object.consumerSignature);
                    }
                }
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature"))
                    object.consumerSignature = options.bytes === $String ? $util.base64.encode(message.consumerSignature, 0, message.consumerSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consumerSignature) : message.consumerSignature;
                return object;
            };

            /**
             * Converts this AgreementVerification to JSON.
             * @function toJSON
             * @memberof hanse.v1.AgreementVerification
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgreementVerification.prototype.toJSON = function() {
                return AgreementVerification.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgreementVerification;
        })();

        v1.Termination = (function() {

            /**
             * Properties of a Termination.
             * @typedef {Object} hanse.v1.Termination.$Properties
             * @property {string|null} [consumerPid] Termination consumerPid
             * @property {string|null} [providerPid] Termination providerPid
             * @property {string|null} [code] Termination code
             * @property {string|null} [reason] Termination reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Termination.
             * @memberof hanse.v1
             * @interface ITermination
             * @augments hanse.v1.Termination.$Properties
             * @deprecated Use hanse.v1.Termination.$Properties instead.
             */

            /**
             * Shape of a Termination.
             * @typedef {hanse.v1.Termination.$Properties} hanse.v1.Termination.$Shape
             */

            /**
             * Constructs a new Termination.
             * @memberof hanse.v1
             * @classdesc Represents a Termination.
             * @constructor
             * @param {hanse.v1.Termination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Termination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Termination consumerPid.
             * @member {string} consumerPid
             * @memberof hanse.v1.Termination
             * @instance
             */
            Termination.prototype.consumerPid = "";

            /**
             * Termination providerPid.
             * @member {string} providerPid
             * @memberof hanse.v1.Termination
             * @instance
             */
            Termination.prototype.providerPid = "";

            /**
             * Termination code.
             * @member {string} code
             * @memberof hanse.v1.Termination
             * @instance
             */
            Termination.prototype.code = "";

            /**
             * Termination reason.
             * @member {string} reason
             * @memberof hanse.v1.Termination
             * @instance
             */
            Termination.prototype.reason = "";

            /**
             * Creates a new Termination instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Termination
             * @static
             * @param {hanse.v1.Termination.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Termination} Termination instance
             * @type {{
             *   (properties: hanse.v1.Termination.$Shape): hanse.v1.Termination & hanse.v1.Termination.$Shape;
             *   (properties?: hanse.v1.Termination.$Properties): hanse.v1.Termination;
             * }}
             */
            Termination.create = function(properties) {
                return new Termination(properties);
            };

            /**
             * Encodes the specified Termination message. Does not implicitly {@link hanse.v1.Termination.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Termination
             * @static
             * @param {hanse.v1.Termination.$Properties} message Termination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Termination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid") && message.consumerPid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerPid);
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid") && message.providerPid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerPid);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Termination message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Termination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Termination & hanse.v1.Termination.$Shape} Termination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Termination.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Termination();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPid = value;
                            else
                                delete message.consumerPid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.providerPid = value;
                            else
                                delete message.providerPid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Termination message.
             * @function verify
             * @memberof hanse.v1.Termination
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Termination.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    if (!$util.isString(message.consumerPid))
                        return "consumerPid: string expected";
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    if (!$util.isString(message.providerPid))
                        return "providerPid: string expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Termination message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Termination
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Termination} Termination
             */
            Termination.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Termination)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Termination: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Termination();
                if (object.consumerPid != null)
                    if (typeof object.consumerPid !== "string" || object.consumerPid.length)
                        message.consumerPid = $String(object.consumerPid);
                if (object.providerPid != null)
                    if (typeof object.providerPid !== "string" || object.providerPid.length)
                        message.providerPid = $String(object.providerPid);
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Termination message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Termination
             * @static
             * @param {hanse.v1.Termination} message Termination
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Termination.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.consumerPid = "";
                    object.providerPid = "";
                    object.code = "";
                    object.reason = "";
                }
                if (message.consumerPid != null && $Object.hasOwnProperty.call(message, "consumerPid"))
                    object.consumerPid = message.consumerPid;
                if (message.providerPid != null && $Object.hasOwnProperty.call(message, "providerPid"))
                    object.providerPid = message.providerPid;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Termination to JSON.
             * @function toJSON
             * @memberof hanse.v1.Termination
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Termination.prototype.toJSON = function() {
                return Termination.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Termination;
        })();

        v1.TransferRequest = (function() {

            /**
             * Properties of a TransferRequest.
             * @typedef {Object} hanse.v1.TransferRequest.$Properties
             * @property {string|null} [agreementId] TransferRequest agreementId
             * @property {string|null} [transferId] TransferRequest transferId
             * @property {number|null} [resumeFromChunk] TransferRequest resumeFromChunk
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferRequest.
             * @memberof hanse.v1
             * @interface ITransferRequest
             * @augments hanse.v1.TransferRequest.$Properties
             * @deprecated Use hanse.v1.TransferRequest.$Properties instead.
             */

            /**
             * Shape of a TransferRequest.
             * @typedef {hanse.v1.TransferRequest.$Properties} hanse.v1.TransferRequest.$Shape
             */

            /**
             * Constructs a new TransferRequest.
             * @memberof hanse.v1
             * @classdesc Represents a TransferRequest.
             * @constructor
             * @param {hanse.v1.TransferRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferRequest agreementId.
             * @member {string} agreementId
             * @memberof hanse.v1.TransferRequest
             * @instance
             */
            TransferRequest.prototype.agreementId = "";

            /**
             * TransferRequest transferId.
             * @member {string} transferId
             * @memberof hanse.v1.TransferRequest
             * @instance
             */
            TransferRequest.prototype.transferId = "";

            /**
             * TransferRequest resumeFromChunk.
             * @member {number} resumeFromChunk
             * @memberof hanse.v1.TransferRequest
             * @instance
             */
            TransferRequest.prototype.resumeFromChunk = 0;

            /**
             * Creates a new TransferRequest instance using the specified properties.
             * @function create
             * @memberof hanse.v1.TransferRequest
             * @static
             * @param {hanse.v1.TransferRequest.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.TransferRequest} TransferRequest instance
             * @type {{
             *   (properties: hanse.v1.TransferRequest.$Shape): hanse.v1.TransferRequest & hanse.v1.TransferRequest.$Shape;
             *   (properties?: hanse.v1.TransferRequest.$Properties): hanse.v1.TransferRequest;
             * }}
             */
            TransferRequest.create = function(properties) {
                return new TransferRequest(properties);
            };

            /**
             * Encodes the specified TransferRequest message. Does not implicitly {@link hanse.v1.TransferRequest.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.TransferRequest
             * @static
             * @param {hanse.v1.TransferRequest.$Properties} message TransferRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agreementId);
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.transferId);
                if (message.resumeFromChunk != null && $Object.hasOwnProperty.call(message, "resumeFromChunk") && message.resumeFromChunk !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.resumeFromChunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.TransferRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.TransferRequest & hanse.v1.TransferRequest.$Shape} TransferRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.TransferRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agreementId = value;
                            else
                                delete message.agreementId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.resumeFromChunk = value;
                            else
                                delete message.resumeFromChunk;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TransferRequest message.
             * @function verify
             * @memberof hanse.v1.TransferRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    if (!$util.isString(message.agreementId))
                        return "agreementId: string expected";
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    if (!$util.isString(message.transferId))
                        return "transferId: string expected";
                if (message.resumeFromChunk != null && $Object.hasOwnProperty.call(message, "resumeFromChunk"))
                    if (!$util.isInteger(message.resumeFromChunk))
                        return "resumeFromChunk: integer expected";
                return null;
            };

            /**
             * Creates a TransferRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.TransferRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.TransferRequest} TransferRequest
             */
            TransferRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.TransferRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.TransferRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.TransferRequest();
                if (object.agreementId != null)
                    if (typeof object.agreementId !== "string" || object.agreementId.length)
                        message.agreementId = $String(object.agreementId);
                if (object.transferId != null)
                    if (typeof object.transferId !== "string" || object.transferId.length)
                        message.transferId = $String(object.transferId);
                if (object.resumeFromChunk != null)
                    if ($Number(object.resumeFromChunk) !== 0)
                        message.resumeFromChunk = object.resumeFromChunk >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TransferRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.TransferRequest
             * @static
             * @param {hanse.v1.TransferRequest} message TransferRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agreementId = "";
                    object.transferId = "";
                    object.resumeFromChunk = 0;
                }
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    object.agreementId = message.agreementId;
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    object.transferId = message.transferId;
                if (message.resumeFromChunk != null && $Object.hasOwnProperty.call(message, "resumeFromChunk"))
                    object.resumeFromChunk = message.resumeFromChunk;
                return object;
            };

            /**
             * Converts this TransferRequest to JSON.
             * @function toJSON
             * @memberof hanse.v1.TransferRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferRequest.prototype.toJSON = function() {
                return TransferRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransferRequest;
        })();

        v1.FileEntry = (function() {

            /**
             * Properties of a FileEntry.
             * @typedef {Object} hanse.v1.FileEntry.$Properties
             * @property {string|null} [path] FileEntry path
             * @property {number|null} [size] FileEntry size
             * @property {string|null} [sha256] FileEntry sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileEntry.
             * @memberof hanse.v1
             * @interface IFileEntry
             * @augments hanse.v1.FileEntry.$Properties
             * @deprecated Use hanse.v1.FileEntry.$Properties instead.
             */

            /**
             * Shape of a FileEntry.
             * @typedef {hanse.v1.FileEntry.$Properties} hanse.v1.FileEntry.$Shape
             */

            /**
             * Constructs a new FileEntry.
             * @memberof hanse.v1
             * @classdesc Represents a FileEntry.
             * @constructor
             * @param {hanse.v1.FileEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileEntry path.
             * @member {string} path
             * @memberof hanse.v1.FileEntry
             * @instance
             */
            FileEntry.prototype.path = "";

            /**
             * FileEntry size.
             * @member {number} size
             * @memberof hanse.v1.FileEntry
             * @instance
             */
            FileEntry.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileEntry sha256.
             * @member {string} sha256
             * @memberof hanse.v1.FileEntry
             * @instance
             */
            FileEntry.prototype.sha256 = "";

            /**
             * Creates a new FileEntry instance using the specified properties.
             * @function create
             * @memberof hanse.v1.FileEntry
             * @static
             * @param {hanse.v1.FileEntry.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.FileEntry} FileEntry instance
             * @type {{
             *   (properties: hanse.v1.FileEntry.$Shape): hanse.v1.FileEntry & hanse.v1.FileEntry.$Shape;
             *   (properties?: hanse.v1.FileEntry.$Properties): hanse.v1.FileEntry;
             * }}
             */
            FileEntry.create = function(properties) {
                return new FileEntry(properties);
            };

            /**
             * Encodes the specified FileEntry message. Does not implicitly {@link hanse.v1.FileEntry.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.FileEntry
             * @static
             * @param {hanse.v1.FileEntry.$Properties} message FileEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileEntry message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.FileEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.FileEntry & hanse.v1.FileEntry.$Shape} FileEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.FileEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FileEntry message.
             * @function verify
             * @memberof hanse.v1.FileEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FileEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                return null;
            };

            /**
             * Creates a FileEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.FileEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.FileEntry} FileEntry
             */
            FileEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.FileEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.FileEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.FileEntry();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from a FileEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.FileEntry
             * @static
             * @param {hanse.v1.FileEntry} message FileEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256 = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this FileEntry to JSON.
             * @function toJSON
             * @memberof hanse.v1.FileEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileEntry.prototype.toJSON = function() {
                return FileEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FileEntry;
        })();

        v1.TransferStart = (function() {

            /**
             * Properties of a TransferStart.
             * @typedef {Object} hanse.v1.TransferStart.$Properties
             * @property {string|null} [transferId] TransferStart transferId
             * @property {number|null} [size] TransferStart size
             * @property {string|null} [sha256] TransferStart sha256
             * @property {number|null} [chunkSize] TransferStart chunkSize
             * @property {Array.<Uint8Array>|null} [chunkHashes] TransferStart chunkHashes
             * @property {number|null} [firstChunk] TransferStart firstChunk
             * @property {boolean|null} [directory] TransferStart directory
             * @property {Array.<hanse.v1.FileEntry.$Properties>|null} [files] TransferStart files
             * @property {number|null} [totalChunks] TransferStart totalChunks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferStart.
             * @memberof hanse.v1
             * @interface ITransferStart
             * @augments hanse.v1.TransferStart.$Properties
             * @deprecated Use hanse.v1.TransferStart.$Properties instead.
             */

            /**
             * Shape of a TransferStart.
             * @typedef {hanse.v1.TransferStart.$Properties} hanse.v1.TransferStart.$Shape
             */

            /**
             * Constructs a new TransferStart.
             * @memberof hanse.v1
             * @classdesc Represents a TransferStart.
             * @constructor
             * @param {hanse.v1.TransferStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferStart = function (properties) {
                this.chunkHashes = [];
                this.files = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferStart transferId.
             * @member {string} transferId
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.transferId = "";

            /**
             * TransferStart size.
             * @member {number} size
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TransferStart sha256.
             * @member {string} sha256
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.sha256 = "";

            /**
             * TransferStart chunkSize.
             * @member {number} chunkSize
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.chunkSize = 0;

            /**
             * TransferStart chunkHashes.
             * @member {Array.<Uint8Array>} chunkHashes
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.chunkHashes = $util.emptyArray;

            /**
             * TransferStart firstChunk.
             * @member {number} firstChunk
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.firstChunk = 0;

            /**
             * TransferStart directory.
             * @member {boolean} directory
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.directory = false;

            /**
             * TransferStart files.
             * @member {Array.<hanse.v1.FileEntry.$Properties>} files
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.files = $util.emptyArray;

            /**
             * TransferStart totalChunks.
             * @member {number} totalChunks
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.totalChunks = 0;

            /**
             * Creates a new TransferStart instance using the specified properties.
             * @function create
             * @memberof hanse.v1.TransferStart
             * @static
             * @param {hanse.v1.TransferStart.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.TransferStart} TransferStart instance
             * @type {{
             *   (properties: hanse.v1.TransferStart.$Shape): hanse.v1.TransferStart & hanse.v1.TransferStart.$Shape;
             *   (properties?: hanse.v1.TransferStart.$Properties): hanse.v1.TransferStart;
             * }}
             */
            TransferStart.create = function(properties) {
                return new TransferStart(properties);
            };

            /**
             * Encodes the specified TransferStart message. Does not implicitly {@link hanse.v1.TransferStart.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.TransferStart
             * @static
             * @param {hanse.v1.TransferStart.$Properties} message TransferStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sha256);
                if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize") && message.chunkSize !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.chunkSize);
                if (message.chunkHashes != null && message.chunkHashes.length)
                    for (let i = 0; i < message.chunkHashes.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.chunkHashes[i]);
                if (message.firstChunk != null && $Object.hasOwnProperty.call(message, "firstChunk") && message.firstChunk !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.firstChunk);
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory") && message.directory !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.directory);
                if (message.files != null && message.files.length)
                    for (let i = 0; i < message.files.length; ++i)
                        $root.hanse.v1.FileEntry.encode(message.files[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.totalChunks != null && $Object.hasOwnProperty.call(message, "totalChunks") && message.totalChunks !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.totalChunks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferStart message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.TransferStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.TransferStart & hanse.v1.TransferStart.$Shape} TransferStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.TransferStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkSize = value;
                            else
                                delete message.chunkSize;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.chunkHashes && message.chunkHashes.length))
                                message.chunkHashes = [];
                            message.chunkHashes.push(reader.bytes());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.firstChunk = value;
                            else
                                delete message.firstChunk;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.directory = value;
                            else
                                delete message.directory;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.files && message.files.length))
                                message.files = [];
                            message.files.push($root.hanse.v1.FileEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalChunks = value;
                            else
                                delete message.totalChunks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TransferStart message.
             * @function verify
             * @memberof hanse.v1.TransferStart
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferStart.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    if (!$util.isString(message.transferId))
                        return "transferId: string expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize"))
                    if (!$util.isInteger(message.chunkSize))
                        return "chunkSize: integer expected";
                if (message.chunkHashes != null && $Object.hasOwnProperty.call(message, "chunkHashes")) {
                    if (!$Array.isArray(message.chunkHashes))
                        return "chunkHashes: array expected";
                    for (let i = 0; i < message.chunkHashes.length; ++i)
                        if (!(message.chunkHashes[i] && typeof message.chunkHashes[i].length === "number" || $util.isString(message.chunkHashes[i])))
                            return "chunkHashes: buffer[] expected";
                }
                if (message.firstChunk != null && $Object.hasOwnProperty.call(message, "firstChunk"))
                    if (!$util.isInteger(message.firstChunk))
                        return "firstChunk: integer expected";
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    if (typeof message.directory !== "boolean")
                        return "directory: boolean expected";
                if (message.files != null && $Object.hasOwnProperty.call(message, "files")) {
                    if (!$Array.isArray(message.files))
                        return "files: array expected";
                    for (let i = 0; i < message.files.length; ++i) {
                        let error = $root.hanse.v1.FileEntry.verify(message.files[i], _depth + 1);
                        if (error)
                            return "files." + error;
                    }
                }
                if (message.totalChunks != null && $Object.hasOwnProperty.call(message, "totalChunks"))
                    if (!$util.isInteger(message.totalChunks))
                        return "totalChunks: integer expected";
                return null;
            };

            /**
             * Creates a TransferStart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.TransferStart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.TransferStart} TransferStart
             */
            TransferStart.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.TransferStart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.TransferStart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.TransferStart();
                if (object.transferId != null)
                    if (typeof object.transferId !== "string" || object.transferId.length)
                        message.transferId = $String(object.transferId);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.chunkSize != null)
                    if ($Number(object.chunkSize) !== 0)
                        message.chunkSize = object.chunkSize >>> 0;
                if (object.chunkHashes) {
                    if (!$Array.isArray(object.chunkHashes))
                        throw $TypeError(".hanse.v1.TransferStart.chunkHashes: array expected");
                    message.chunkHashes = $Array(object.chunkHashes.length);
                    for (let i = 0; i < object.chunkHashes.length; ++i)
                        if (typeof object.chunkHashes[i] === "string")
                            $util.base64.decode(object.chunkHashes[i], message.chunkHashes[i] = $util.newBuffer($util.base64.length(object.chunkHashes[i])), 0);
                        else if (object.chunkHashes[i].length >= 0)
                            message.chunkHashes[i] = object.chunkHashes[i];
                }
                if (object.firstChunk != null)
                    if ($Number(object.firstChunk) !== 0)
                        message.firstChunk = object.firstChunk >>> 0;
                if (object.directory != null)
                    if (object.directory)
                        message.directory = $Boolean(object.directory);
                if (object.files) {
                    if (!$Array.isArray(object.files))
                        throw $TypeError(".hanse.v1.TransferStart.files: array expected");
                    message.files = $Array(object.files.length);
                    for (let i = 0; i < object.files.length; ++i) {
                        if (!$util.isObject(object.files[i]))
                            throw $TypeError(".hanse.v1.TransferStart.files: object expected");
                        message.files[i] = $root.hanse.v1.FileEntry.fromObject(object.files[i], _depth + 1);
                    }
                }
                if (object.totalChunks != null)
                    if ($Number(object.totalChunks) !== 0)
                        message.totalChunks = object.totalChunks >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TransferStart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.TransferStart
             * @static
             * @param {hanse.v1.TransferStart} message TransferStart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferStart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.chunkHashes = [];
                    object.files = [];
                }
                if (options.defaults) {
                    object.transferId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256 = "";
                    object.chunkSize = 0;
                    object.firstChunk = 0;
                    object.directory = false;
                    object.totalChunks = 0;
                }
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    object.transferId = message.transferId;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.chunkSize != null && $Object.hasOwnProperty.call(message, "chunkSize"))
                    object.chunkSize = message.chunkSize;
                if (message.chunkHashes && message.chunkHashes.length) {
                    object.chunkHashes = $Array(message.chunkHashes.length);
                    for (let j = 0; j < message.chunkHashes.length; ++j)
                        object.chunkHashes[j] = options.bytes === $String ? $util.base64.encode(message.chunkHashes[j], 0, message.chunkHashes[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunkHashes[j]) : message.chunkHashes[j];
                }
                if (message.firstChunk != null && $Object.hasOwnProperty.call(message, "firstChunk"))
                    object.firstChunk = message.firstChunk;
                if (message.directory != null && $Object.hasOwnProperty.call(message, "directory"))
                    object.directory = message.directory;
                if (message.files && message.files.length) {
                    object.files = $Array(message.files.length);
                    for (let j = 0; j < message.files.length; ++j)
                        object.files[j] = $root.hanse.v1.FileEntry.toObject(message.files[j], options, _depth + 1);
                }
                if (message.totalChunks != null && $Object.hasOwnProperty.call(message, "totalChunks"))
                    object.totalChunks = message.totalChunks;
                return object;
            };

            /**
             * Converts this TransferStart to JSON.
             * @function toJSON
             * @memberof hanse.v1.TransferStart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferStart.prototype.toJSON = function() {
                return TransferStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransferStart;
        })();

        v1.ChunkHashes = (function() {

            /**
             * Properties of a ChunkHashes.
             * @typedef {Object} hanse.v1.ChunkHashes.$Properties
             * @property {number|null} [from] ChunkHashes from
             * @property {Array.<Uint8Array>|null} [hashes] ChunkHashes hashes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChunkHashes.
             * @memberof hanse.v1
             * @interface IChunkHashes
             * @augments hanse.v1.ChunkHashes.$Properties
             * @deprecated Use hanse.v1.ChunkHashes.$Properties instead.
             */

            /**
             * Shape of a ChunkHashes.
             * @typedef {hanse.v1.ChunkHashes.$Properties} hanse.v1.ChunkHashes.$Shape
             */

            /**
             * Constructs a new ChunkHashes.
             * @memberof hanse.v1
             * @classdesc Represents a ChunkHashes.
             * @constructor
             * @param {hanse.v1.ChunkHashes.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChunkHashes = function (properties) {
                this.hashes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChunkHashes from.
             * @member {number} from
             * @memberof hanse.v1.ChunkHashes
             * @instance
             */
            ChunkHashes.prototype.from = 0;

            /**
             * ChunkHashes hashes.
             * @member {Array.<Uint8Array>} hashes
             * @memberof hanse.v1.ChunkHashes
             * @instance
             */
            ChunkHashes.prototype.hashes = $util.emptyArray;

            /**
             * Creates a new ChunkHashes instance using the specified properties.
             * @function create
             * @memberof hanse.v1.ChunkHashes
             * @static
             * @param {hanse.v1.ChunkHashes.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.ChunkHashes} ChunkHashes instance
             * @type {{
             *   (properties: hanse.v1.ChunkHashes.$Shape): hanse.v1.ChunkHashes & hanse.v1.ChunkHashes.$Shape;
             *   (properties?: hanse.v1.ChunkHashes.$Properties): hanse.v1.ChunkHashes;
             * }}
             */
            ChunkHashes.create = function(properties) {
                return new ChunkHashes(properties);
            };

            /**
             * Encodes the specified ChunkHashes message. Does not implicitly {@link hanse.v1.ChunkHashes.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ChunkHashes
             * @static
             * @param {hanse.v1.ChunkHashes.$Properties} message ChunkHashes message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkHashes.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.from);
                if (message.hashes != null && message.hashes.length)
                    for (let i = 0; i < message.hashes.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.hashes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChunkHashes message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ChunkHashes
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ChunkHashes & hanse.v1.ChunkHashes.$Shape} ChunkHashes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkHashes.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.ChunkHashes();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hashes && message.hashes.length))
                                message.hashes = [];
                            message.hashes.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ChunkHashes message.
             * @function verify
             * @memberof hanse.v1.ChunkHashes
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChunkHashes.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isInteger(message.from))
                        return "from: integer expected";
                if (message.hashes != null && $Object.hasOwnProperty.call(message, "hashes")) {
                    if (!$Array.isArray(message.hashes))
                        return "hashes: array expected";
                    for (let i = 0; i < message.hashes.length; ++i)
                        if (!(message.hashes[i] && typeof message.hashes[i].length === "number" || $util.isString(message.hashes[i])))
                            return "hashes: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a ChunkHashes message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.ChunkHashes
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.ChunkHashes} ChunkHashes
             */
            ChunkHashes.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.ChunkHashes)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.ChunkHashes: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.ChunkHashes();
                if (object.from != null)
                    if ($Number(object.from) !== 0)
                        message.from = object.from >>> 0;
                if (object.hashes) {
                    if (!$Array.isArray(object.hashes))
                        throw $TypeError(".hanse.v1.ChunkHashes.hashes: array expected");
                    message.hashes = $Array(object.hashes.length);
                    for (let i = 0; i < object.hashes.length; ++i)
                        if (typeof object.hashes[i] === "string")
                            $util.base64.decode(object.hashes[i], message.hashes[i] = $util.newBuffer($util.base64.length(object.hashes[i])), 0);
                        else if (object.hashes[i].length >= 0)
                            message.hashes[i] = object.hashes[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a ChunkHashes message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.ChunkHashes
             * @static
             * @param {hanse.v1.ChunkHashes} message ChunkHashes
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChunkHashes.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hashes = [];
                if (options.defaults)
                    object.from = 0;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.hashes && message.hashes.length) {
                    object.hashes = $Array(message.hashes.length);
                    for (let j = 0; j < message.hashes.length; ++j)
                        object.hashes[j] = options.bytes === $String ? $util.base64.encode(message.hashes[j], 0, message.hashes[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hashes[j]) : message.hashes[j];
                }
                return object;
            };

            /**
             * Converts this ChunkHashes to JSON.
             * @function toJSON
             * @memberof hanse.v1.ChunkHashes
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChunkHashes.prototype.toJSON = function() {
                return ChunkHashes.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChunkHashes;
        })();

        v1.TransferCompletion = (function() {

            /**
             * Properties of a TransferCompletion.
             * @typedef {Object} hanse.v1.TransferCompletion.$Properties
             * @property {number|null} [bytesSent] TransferCompletion bytesSent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferCompletion.
             * @memberof hanse.v1
             * @interface ITransferCompletion
             * @augments hanse.v1.TransferCompletion.$Properties
             * @deprecated Use hanse.v1.TransferCompletion.$Properties instead.
             */

            /**
             * Shape of a TransferCompletion.
             * @typedef {hanse.v1.TransferCompletion.$Properties} hanse.v1.TransferCompletion.$Shape
             */

            /**
             * Constructs a new TransferCompletion.
             * @memberof hanse.v1
             * @classdesc Represents a TransferCompletion.
             * @constructor
             * @param {hanse.v1.TransferCompletion.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferCompletion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferCompletion bytesSent.
             * @member {number} bytesSent
             * @memberof hanse.v1.TransferCompletion
             * @instance
             */
            TransferCompletion.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TransferCompletion instance using the specified properties.
             * @function create
             * @memberof hanse.v1.TransferCompletion
             * @static
             * @param {hanse.v1.TransferCompletion.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.TransferCompletion} TransferCompletion instance
             * @type {{
             *   (properties: hanse.v1.TransferCompletion.$Shape): hanse.v1.TransferCompletion & hanse.v1.TransferCompletion.$Shape;
             *   (properties?: hanse.v1.TransferCompletion.$Properties): hanse.v1.TransferCompletion;
             * }}
             */
            TransferCompletion.create = function(properties) {
                return new TransferCompletion(properties);
            };

            /**
             * Encodes the specified TransferCompletion message. Does not implicitly {@link hanse.v1.TransferCompletion.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.TransferCompletion
             * @static
             * @param {hanse.v1.TransferCompletion.$Properties} message TransferCompletion message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferCompletion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && (typeof message.bytesSent === "object" ? message.bytesSent.low || message.bytesSent.high : message.bytesSent !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bytesSent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferCompletion message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.TransferCompletion
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.TransferCompletion & hanse.v1.TransferCompletion.$Shape} TransferCompletion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferCompletion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.TransferCompletion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesSent = value;
                            else
                                delete message.bytesSent;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TransferCompletion message.
             * @function verify
             * @memberof hanse.v1.TransferCompletion
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferCompletion.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (!$util.isInteger(message.bytesSent) && !(message.bytesSent && $util.isInteger(message.bytesSent.low) && $util.isInteger(message.bytesSent.high)))
                        return "bytesSent: integer|Long expected";
                return null;
            };

            /**
             * Creates a TransferCompletion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.TransferCompletion
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.TransferCompletion} TransferCompletion
             */
            TransferCompletion.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.TransferCompletion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.TransferCompletion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.TransferCompletion();
                if (object.bytesSent != null)
                    if (typeof object.bytesSent === "object" ? object.bytesSent.low || object.bytesSent.high : $Number(object.bytesSent) !== 0)
                        if ($util.Long)
                            message.bytesSent = $util.Long.fromValue(object.bytesSent, true);
                        else if (typeof object.bytesSent === "string")
                            message.bytesSent = $parseInt(object.bytesSent, 10);
                        else if (typeof object.bytesSent === "number")
                            message.bytesSent = object.bytesSent;
                        else if (typeof object.bytesSent === "object")
                            message.bytesSent = new $util.LongBits(object.bytesSent.low >>> 0, object.bytesSent.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TransferCompletion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.TransferCompletion
             * @static
             * @param {hanse.v1.TransferCompletion} message TransferCompletion
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferCompletion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSent = typeof message.bytesSent === "number" ? $BigInt(message.bytesSent) : $util.Long.fromBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSent === "number")
                        object.bytesSent = options.longs === $String ? $String(message.bytesSent) : message.bytesSent;
                    else
                        object.bytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSent) : options.longs === $Number ? new $util.LongBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0).toNumber(true) : message.bytesSent;
                return object;
            };

            /**
             * Converts this TransferCompletion to JSON.
             * @function toJSON
             * @memberof hanse.v1.TransferCompletion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferCompletion.prototype.toJSON = function() {
                return TransferCompletion.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransferCompletion;
        })();

        v1.TransferTermination = (function() {

            /**
             * Properties of a TransferTermination.
             * @typedef {Object} hanse.v1.TransferTermination.$Properties
             * @property {string|null} [code] TransferTermination code
             * @property {string|null} [reason] TransferTermination reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferTermination.
             * @memberof hanse.v1
             * @interface ITransferTermination
             * @augments hanse.v1.TransferTermination.$Properties
             * @deprecated Use hanse.v1.TransferTermination.$Properties instead.
             */

            /**
             * Shape of a TransferTermination.
             * @typedef {hanse.v1.TransferTermination.$Properties} hanse.v1.TransferTermination.$Shape
             */

            /**
             * Constructs a new TransferTermination.
             * @memberof hanse.v1
             * @classdesc Represents a TransferTermination.
             * @constructor
             * @param {hanse.v1.TransferTermination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferTermination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferTermination code.
             * @member {string} code
             * @memberof hanse.v1.TransferTermination
             * @instance
             */
            TransferTermination.prototype.code = "";

            /**
             * TransferTermination reason.
             * @member {string} reason
             * @memberof hanse.v1.TransferTermination
             * @instance
             */
            TransferTermination.prototype.reason = "";

            /**
             * Creates a new TransferTermination instance using the specified properties.
             * @function create
             * @memberof hanse.v1.TransferTermination
             * @static
             * @param {hanse.v1.TransferTermination.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.TransferTermination} TransferTermination instance
             * @type {{
             *   (properties: hanse.v1.TransferTermination.$Shape): hanse.v1.TransferTermination & hanse.v1.TransferTermination.$Shape;
             *   (properties?: hanse.v1.TransferTermination.$Properties): hanse.v1.TransferTermination;
             * }}
             */
            TransferTermination.create = function(properties) {
                return new TransferTermination(properties);
            };

            /**
             * Encodes the specified TransferTermination message. Does not implicitly {@link hanse.v1.TransferTermination.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.TransferTermination
             * @static
             * @param {hanse.v1.TransferTermination.$Properties} message TransferTermination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferTermination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferTermination message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.TransferTermination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.TransferTermination & hanse.v1.TransferTermination.$Shape} TransferTermination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferTermination.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.TransferTermination();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TransferTermination message.
             * @function verify
             * @memberof hanse.v1.TransferTermination
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferTermination.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a TransferTermination message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.TransferTermination
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.TransferTermination} TransferTermination
             */
            TransferTermination.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.TransferTermination)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.TransferTermination: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.TransferTermination();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a TransferTermination message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.TransferTermination
             * @static
             * @param {hanse.v1.TransferTermination} message TransferTermination
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferTermination.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.reason = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this TransferTermination to JSON.
             * @function toJSON
             * @memberof hanse.v1.TransferTermination
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferTermination.prototype.toJSON = function() {
                return TransferTermination.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransferTermination;
        })();

        v1.TransferFrame = (function() {

            /**
             * Properties of a TransferFrame.
             * @typedef {Object} hanse.v1.TransferFrame.$Properties
             * @property {hanse.v1.TransferStart.$Properties|null} [start] TransferFrame start
             * @property {hanse.v1.Chunk.$Properties|null} [chunk] TransferFrame chunk
             * @property {hanse.v1.TransferCompletion.$Properties|null} [completion] TransferFrame completion
             * @property {hanse.v1.TransferTermination.$Properties|null} [termination] TransferFrame termination
             * @property {hanse.v1.DeliveryRecord.$Properties|null} [delivery] TransferFrame delivery
             * @property {hanse.v1.ChunkHashes.$Properties|null} [hashes] TransferFrame hashes
             * @property {"start"|"chunk"|"completion"|"termination"|"delivery"|"hashes"} [body] TransferFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransferFrame.
             * @memberof hanse.v1
             * @interface ITransferFrame
             * @augments hanse.v1.TransferFrame.$Properties
             * @deprecated Use hanse.v1.TransferFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a TransferFrame.
             * @typedef {{
             *   start?: hanse.v1.TransferStart.$Shape|null;
             *   chunk?: hanse.v1.Chunk.$Shape|null;
             *   completion?: hanse.v1.TransferCompletion.$Shape|null;
             *   termination?: hanse.v1.TransferTermination.$Shape|null;
             *   delivery?: hanse.v1.DeliveryRecord.$Shape|null;
             *   hashes?: hanse.v1.ChunkHashes.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; start?: null; chunk?: null; completion?: null; termination?: null; delivery?: null; hashes?: null }|{ body?: "start"; start: hanse.v1.TransferStart.$Shape; chunk?: null; completion?: null; termination?: null; delivery?: null; hashes?: null }|{ body?: "chunk"; start?: null; chunk: hanse.v1.Chunk.$Shape; completion?: null; termination?: null; delivery?: null; hashes?: null }|{ body?: "completion"; start?: null; chunk?: null; completion: hanse.v1.TransferCompletion.$Shape; termination?: null; delivery?: null; hashes?: null }|{ body?: "termination"; start?: null; chunk?: null; completion?: null; termination: hanse.v1.TransferTermination.$Shape; delivery?: null; hashes?: null }|{ body?: "delivery"; start?: null; chunk?: null; completion?: null; termination?: null; delivery: hanse.v1.DeliveryRecord.$Shape; hashes?: null }|{ body?: "hashes"; start?: null; chunk?: null; completion?: null; termination?: null; delivery?: null; hashes: hanse.v1.ChunkHashes.$Shape })
             * )} hanse.v1.TransferFrame.$Shape
             */

            /**
             * Constructs a new TransferFrame.
             * @memberof hanse.v1
             * @classdesc Represents a TransferFrame.
             * @constructor
             * @param {hanse.v1.TransferFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransferFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransferFrame start.
             * @member {hanse.v1.TransferStart.$Properties|null|undefined} start
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            TransferFrame.prototype.start = null;

            /**
             * TransferFrame chunk.
             * @member {hanse.v1.Chunk.$Properties|null|undefined} chunk
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            TransferFrame.prototype.chunk = null;

            /**
             * TransferFrame completion.
             * @member {hanse.v1.TransferCompletion.$Properties|null|undefined} completion
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            TransferFrame.prototype.completion = null;

            /**
             * TransferFrame termination.
             * @member {hanse.v1.TransferTermination.$Properties|null|undefined} termination
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            TransferFrame.prototype.termination = null;

            /**
             * TransferFrame delivery.
             * @member {hanse.v1.DeliveryRecord.$Properties|null|undefined} delivery
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            TransferFrame.prototype.delivery = null;

            /**
             * TransferFrame hashes.
             * @member {hanse.v1.ChunkHashes.$Properties|null|undefined} hashes
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            TransferFrame.prototype.hashes = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * TransferFrame body.
             * @member {"start"|"chunk"|"completion"|"termination"|"delivery"|"hashes"|undefined} body
             * @memberof hanse.v1.TransferFrame
             * @instance
             */
            $Object.defineProperty(TransferFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["start", "chunk", "completion", "termination", "delivery", "hashes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new TransferFrame instance using the specified properties.
             * @function create
             * @memberof hanse.v1.TransferFrame
             * @static
             * @param {hanse.v1.TransferFrame.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.TransferFrame} TransferFrame instance
             * @type {{
             *   (properties: hanse.v1.TransferFrame.$Shape): hanse.v1.TransferFrame & hanse.v1.TransferFrame.$Shape;
             *   (properties?: hanse.v1.TransferFrame.$Properties): hanse.v1.TransferFrame;
             * }}
             */
            TransferFrame.create = function(properties) {
                return new TransferFrame(properties);
            };

            /**
             * Encodes the specified TransferFrame message. Does not implicitly {@link hanse.v1.TransferFrame.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.TransferFrame
             * @static
             * @param {hanse.v1.TransferFrame.$Properties} message TransferFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransferFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.hanse.v1.TransferStart.encode(message.start, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.hanse.v1.Chunk.encode(message.chunk, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.completion != null && $Object.hasOwnProperty.call(message, "completion"))
                    $root.hanse.v1.TransferCompletion.encode(message.completion, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.termination != null && $Object.hasOwnProperty.call(message, "termination"))
                    $root.hanse.v1.TransferTermination.encode(message.termination, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    $root.hanse.v1.DeliveryRecord.encode(message.delivery, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.hashes != null && $Object.hasOwnProperty.call(message, "hashes"))
                    $root.hanse.v1.ChunkHashes.encode(message.hashes, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransferFrame message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.TransferFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.TransferFrame & hanse.v1.TransferFrame.$Shape} TransferFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransferFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.TransferFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.hanse.v1.TransferStart.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            message.body = "start";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.hanse.v1.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.body = "chunk";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.completion = $root.hanse.v1.TransferCompletion.decode(reader, reader.size(), $undefined, _depth + 1, message.completion);
                            message.body = "completion";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.termination = $root.hanse.v1.TransferTermination.decode(reader, reader.size(), $undefined, _depth + 1, message.termination);
                            message.body = "termination";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.delivery = $root.hanse.v1.DeliveryRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.delivery);
                            message.body = "delivery";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.hashes = $root.hanse.v1.ChunkHashes.decode(reader, reader.size(), $undefined, _depth + 1, message.hashes);
                            message.body = "hashes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TransferFrame message.
             * @function verify
             * @memberof hanse.v1.TransferFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransferFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.TransferStart.verify(message.start, _depth + 1);
                        if (error)
                            return "start." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.Chunk.verify(message.chunk, _depth + 1);
                        if (error)
                            return "chunk." + error;
                    }
                }
                if (message.completion != null && $Object.hasOwnProperty.call(message, "completion")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.TransferCompletion.verify(message.completion, _depth + 1);
                        if (error)
                            return "completion." + error;
                    }
                }
                if (message.termination != null && $Object.hasOwnProperty.call(message, "termination")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.TransferTermination.verify(message.termination, _depth + 1);
                        if (error)
                            return "termination." + error;
                    }
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.DeliveryRecord.verify(message.delivery, _depth + 1);
                        if (error)
                            return "delivery." + error;
                    }
                }
                if (message.hashes != null && $Object.hasOwnProperty.call(message, "hashes")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.hanse.v1.ChunkHashes.verify(message.hashes, _depth + 1);
                        if (error)
                            return "hashes." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TransferFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.TransferFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.TransferFrame} TransferFrame
             */
            TransferFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.TransferFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.TransferFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.TransferFrame();
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".hanse.v1.TransferFrame.start: object expected");
                    message.start = $root.hanse.v1.TransferStart.fromObject(object.start, _depth + 1);
                }
                if (object.chunk != null) {
                    if (!$util.isObject(object.chunk))
                        throw $TypeError(".hanse.v1.TransferFrame.chunk: object expected");
                    message.chunk = $root.hanse.v1.Chunk.fromObject(object.chunk, _depth + 1);
                }
                if (object.completion != null) {
                    if (!$util.isObject(object.completion))
                        throw $TypeError(".hanse.v1.TransferFrame.completion: object expected");
                    message.completion = $root.hanse.v1.TransferCompletion.fromObject(object.completion, _depth + 1);
                }
                if (object.termination != null) {
                    if (!$util.isObject(object.termination))
                        throw $TypeError(".hanse.v1.TransferFrame.termination: object expected");
                    message.termination = $root.hanse.v1.TransferTermination.fromObject(object.termination, _depth + 1);
                }
                if (object.delivery != null) {
                    if (!$util.isObject(object.delivery))
                        throw $TypeError(".hanse.v1.TransferFrame.delivery: object expected");
                    message.delivery = $root.hanse.v1.DeliveryRecord.fromObject(object.delivery, _depth + 1);
                }
                if (object.hashes != null) {
                    if (!$util.isObject(object.hashes))
                        throw $TypeError(".hanse.v1.TransferFrame.hashes: object expected");
                    message.hashes = $root.hanse.v1.ChunkHashes.fromObject(object.hashes, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TransferFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.TransferFrame
             * @static
             * @param {hanse.v1.TransferFrame} message TransferFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransferFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    object.start = $root.hanse.v1.TransferStart.toObject(message.start, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "start";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = $root.hanse.v1.Chunk.toObject(message.chunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chunk";
                }
                if (message.completion != null && $Object.hasOwnProperty.call(message, "completion")) {
                    object.completion = $root.hanse.v1.TransferCompletion.toObject(message.completion, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "completion";
                }
                if (message.termination != null && $Object.hasOwnProperty.call(message, "termination")) {
                    object.termination = $root.hanse.v1.TransferTermination.toObject(message.termination, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "termination";
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery")) {
                    object.delivery = $root.hanse.v1.DeliveryRecord.toObject(message.delivery, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "delivery";
                }
                if (message.hashes != null && $Object.hasOwnProperty.call(message, "hashes")) {
                    object.hashes = $root.hanse.v1.ChunkHashes.toObject(message.hashes, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hashes";
                }
                return object;
            };

            /**
             * Converts this TransferFrame to JSON.
             * @function toJSON
             * @memberof hanse.v1.TransferFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransferFrame.prototype.toJSON = function() {
                return TransferFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransferFrame;
        })();

        v1.ReceiptBody = (function() {

            /**
             * Properties of a ReceiptBody.
             * @typedef {Object} hanse.v1.ReceiptBody.$Properties
             * @property {string|null} [transferId] ReceiptBody transferId
             * @property {string|null} [agreementId] ReceiptBody agreementId
             * @property {string|null} [consumer] ReceiptBody consumer
             * @property {string|null} [provider] ReceiptBody provider
             * @property {number|null} [bytes] ReceiptBody bytes
             * @property {string|null} [sha256] ReceiptBody sha256
             * @property {number|null} [time] ReceiptBody time
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptBody.
             * @memberof hanse.v1
             * @interface IReceiptBody
             * @augments hanse.v1.ReceiptBody.$Properties
             * @deprecated Use hanse.v1.ReceiptBody.$Properties instead.
             */

            /**
             * Shape of a ReceiptBody.
             * @typedef {hanse.v1.ReceiptBody.$Properties} hanse.v1.ReceiptBody.$Shape
             */

            /**
             * Constructs a new ReceiptBody.
             * @memberof hanse.v1
             * @classdesc Represents a ReceiptBody.
             * @constructor
             * @param {hanse.v1.ReceiptBody.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptBody = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptBody transferId.
             * @member {string} transferId
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.transferId = "";

            /**
             * ReceiptBody agreementId.
             * @member {string} agreementId
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.agreementId = "";

            /**
             * ReceiptBody consumer.
             * @member {string} consumer
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.consumer = "";

            /**
             * ReceiptBody provider.
             * @member {string} provider
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.provider = "";

            /**
             * ReceiptBody bytes.
             * @member {number} bytes
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReceiptBody sha256.
             * @member {string} sha256
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.sha256 = "";

            /**
             * ReceiptBody time.
             * @member {number} time
             * @memberof hanse.v1.ReceiptBody
             * @instance
             */
            ReceiptBody.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReceiptBody instance using the specified properties.
             * @function create
             * @memberof hanse.v1.ReceiptBody
             * @static
             * @param {hanse.v1.ReceiptBody.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.ReceiptBody} ReceiptBody instance
             * @type {{
             *   (properties: hanse.v1.ReceiptBody.$Shape): hanse.v1.ReceiptBody & hanse.v1.ReceiptBody.$Shape;
             *   (properties?: hanse.v1.ReceiptBody.$Properties): hanse.v1.ReceiptBody;
             * }}
             */
            ReceiptBody.create = function(properties) {
                return new ReceiptBody(properties);
            };

            /**
             * Encodes the specified ReceiptBody message. Does not implicitly {@link hanse.v1.ReceiptBody.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ReceiptBody
             * @static
             * @param {hanse.v1.ReceiptBody.$Properties} message ReceiptBody message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptBody.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId") && message.agreementId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agreementId);
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.consumer);
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.provider);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bytes);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.sha256);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptBody message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ReceiptBody
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ReceiptBody & hanse.v1.ReceiptBody.$Shape} ReceiptBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptBody.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.ReceiptBody();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agreementId = value;
                            else
                                delete message.agreementId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumer = value;
                            else
                                delete message.consumer;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReceiptBody message.
             * @function verify
             * @memberof hanse.v1.ReceiptBody
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReceiptBody.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    if (!$util.isString(message.transferId))
                        return "transferId: string expected";
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    if (!$util.isString(message.agreementId))
                        return "agreementId: string expected";
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    if (!$util.isString(message.consumer))
                        return "consumer: string expected";
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                    if (!$util.isString(message.provider))
                        return "provider: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                        return "time: integer|Long expected";
                return null;
            };

            /**
             * Creates a ReceiptBody message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.ReceiptBody
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.ReceiptBody} ReceiptBody
             */
            ReceiptBody.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.ReceiptBody)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.ReceiptBody: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.ReceiptBody();
                if (object.transferId != null)
                    if (typeof object.transferId !== "string" || object.transferId.length)
                        message.transferId = $String(object.transferId);
                if (object.agreementId != null)
                    if (typeof object.agreementId !== "string" || object.agreementId.length)
                        message.agreementId = $String(object.agreementId);
                if (object.consumer != null)
                    if (typeof object.consumer !== "string" || object.consumer.length)
                        message.consumer = $String(object.consumer);
                if (object.provider != null)
                    if (typeof object.provider !== "string" || object.provider.length)
                        message.provider = $String(object.provider);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.time != null)
                    if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                        if ($util.Long)
                            message.time = $util.Long.fromValue(object.time, false);
                        else if (typeof object.time === "string")
                            message.time = $parseInt(object.time, 10);
                        else if (typeof object.time === "number")
                            message.time = object.time;
                        else if (typeof object.time === "object")
                            message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ReceiptBody message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.ReceiptBody
             * @static
             * @param {hanse.v1.ReceiptBody} message ReceiptBody
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReceiptBody.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transferId = "";
                    object.agreementId = "";
                    object.consumer = "";
                    object.provider = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    object.transferId = message.transferId;
                if (message.agreementId != null && $Object.hasOwnProperty.call(message, "agreementId"))
                    object.agreementId = message.agreementId;
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    object.consumer = message.consumer;
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                    object.provider = message.provider;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                    else if (typeof message.time === "number")
                        object.time = options.longs === $String ? $String(message.time) : message.time;
                    else
                        object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
                return object;
            };

            /**
             * Converts this ReceiptBody to JSON.
             * @function toJSON
             * @memberof hanse.v1.ReceiptBody
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReceiptBody.prototype.toJSON = function() {
                return ReceiptBody.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReceiptBody;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} hanse.v1.Receipt.$Properties
             * @property {Uint8Array|null} [body] Receipt body
             * @property {Uint8Array|null} [consumerSignature] Receipt consumerSignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof hanse.v1
             * @interface IReceipt
             * @augments hanse.v1.Receipt.$Properties
             * @deprecated Use hanse.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {hanse.v1.Receipt.$Properties} hanse.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof hanse.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {hanse.v1.Receipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Receipt body.
             * @member {Uint8Array} body
             * @memberof hanse.v1.Receipt
             * @instance
             */
            Receipt.prototype.body = $util.newBuffer([]);

            /**
             * Receipt consumerSignature.
             * @member {Uint8Array} consumerSignature
             * @memberof hanse.v1.Receipt
             * @instance
             */
            Receipt.prototype.consumerSignature = $util.newBuffer([]);

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Receipt
             * @static
             * @param {hanse.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: hanse.v1.Receipt.$Shape): hanse.v1.Receipt & hanse.v1.Receipt.$Shape;
             *   (properties?: hanse.v1.Receipt.$Properties): hanse.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link hanse.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Receipt
             * @static
             * @param {hanse.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature") && message.consumerSignature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.consumerSignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Receipt & hanse.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Receipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consumerSignature = value;
                            else
                                delete message.consumerSignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Receipt message.
             * @function verify
             * @memberof hanse.v1.Receipt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Receipt.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature"))
                    if (!(message.consumerSignature && typeof message.consumerSignature.length === "number" || $util.isString(message.consumerSignature)))
                        return "consumerSignature: buffer expected";
                return null;
            };

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Receipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Receipt} Receipt
             */
            Receipt.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Receipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Receipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Receipt();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.consumerSignature != null)
                    if (object.consumerSignature.length)
                        if (typeof object.consumerSignature === "string")
                            $util.base64.decode(object.consumerSignature, message.consumerSignature = $util.newBuffer($util.base64.length(object.consumerSignature)), 0);
                        else if (object.consumerSignature.length >= 0)
                            message.consumerSignature = object.consumerSignature;
                return message;
            };

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Receipt
             * @static
             * @param {hanse.v1.Receipt} message Receipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Receipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.consumerSignature = "";
                    else {
                        object.consumerSignature = [];
                        if (options.bytes !== $Array)
                            object.consumerSignature = $util.newBuffer(object.consumerSignature);
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature"))
                    object.consumerSignature = options.bytes === $String ? $util.base64.encode(message.consumerSignature, 0, message.consumerSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consumerSignature) : message.consumerSignature;
                return object;
            };

            /**
             * Converts this Receipt to JSON.
             * @function toJSON
             * @memberof hanse.v1.Receipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Receipt;
        })();

        v1.DeliveryRecord = (function() {

            /**
             * Properties of a DeliveryRecord.
             * @typedef {Object} hanse.v1.DeliveryRecord.$Properties
             * @property {Uint8Array|null} [body] DeliveryRecord body
             * @property {Uint8Array|null} [consumerSignature] DeliveryRecord consumerSignature
             * @property {Uint8Array|null} [providerSignature] DeliveryRecord providerSignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeliveryRecord.
             * @memberof hanse.v1
             * @interface IDeliveryRecord
             * @augments hanse.v1.DeliveryRecord.$Properties
             * @deprecated Use hanse.v1.DeliveryRecord.$Properties instead.
             */

            /**
             * Shape of a DeliveryRecord.
             * @typedef {hanse.v1.DeliveryRecord.$Properties} hanse.v1.DeliveryRecord.$Shape
             */

            /**
             * Constructs a new DeliveryRecord.
             * @memberof hanse.v1
             * @classdesc Represents a DeliveryRecord.
             * @constructor
             * @param {hanse.v1.DeliveryRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeliveryRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeliveryRecord body.
             * @member {Uint8Array} body
             * @memberof hanse.v1.DeliveryRecord
             * @instance
             */
            DeliveryRecord.prototype.body = $util.newBuffer([]);

            /**
             * DeliveryRecord consumerSignature.
             * @member {Uint8Array} consumerSignature
             * @memberof hanse.v1.DeliveryRecord
             * @instance
             */
            DeliveryRecord.prototype.consumerSignature = $util.newBuffer([]);

            /**
             * DeliveryRecord providerSignature.
             * @member {Uint8Array} providerSignature
             * @memberof hanse.v1.DeliveryRecord
             * @instance
             */
            DeliveryRecord.prototype.providerSignature = $util.newBuffer([]);

            /**
             * Creates a new DeliveryRecord instance using the specified properties.
             * @function create
             * @memberof hanse.v1.DeliveryRecord
             * @static
             * @param {hanse.v1.DeliveryRecord.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.DeliveryRecord} DeliveryRecord instance
             * @type {{
             *   (properties: hanse.v1.DeliveryRecord.$Shape): hanse.v1.DeliveryRecord & hanse.v1.DeliveryRecord.$Shape;
             *   (properties?: hanse.v1.DeliveryRecord.$Properties): hanse.v1.DeliveryRecord;
             * }}
             */
            DeliveryRecord.create = function(properties) {
                return new DeliveryRecord(properties);
            };

            /**
             * Encodes the specified DeliveryRecord message. Does not implicitly {@link hanse.v1.DeliveryRecord.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.DeliveryRecord
             * @static
             * @param {hanse.v1.DeliveryRecord.$Properties} message DeliveryRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature") && message.consumerSignature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.consumerSignature);
                if (message.providerSignature != null && $Object.hasOwnProperty.call(message, "providerSignature") && message.providerSignature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.providerSignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeliveryRecord message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.DeliveryRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.DeliveryRecord & hanse.v1.DeliveryRecord.$Shape} DeliveryRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.DeliveryRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consumerSignature = value;
                            else
                                delete message.consumerSignature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.providerSignature = value;
                            else
                                delete message.providerSignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeliveryRecord message.
             * @function verify
             * @memberof hanse.v1.DeliveryRecord
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeliveryRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature"))
                    if (!(message.consumerSignature && typeof message.consumerSignature.length === "number" || $util.isString(message.consumerSignature)))
                        return "consumerSignature: buffer expected";
                if (message.providerSignature != null && $Object.hasOwnProperty.call(message, "providerSignature"))
                    if (!(message.providerSignature && typeof message.providerSignature.length === "number" || $util.isString(message.providerSignature)))
                        return "providerSignature: buffer expected";
                return null;
            };

            /**
             * Creates a DeliveryRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.DeliveryRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.DeliveryRecord} DeliveryRecord
             */
            DeliveryRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.DeliveryRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.DeliveryRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.DeliveryRecord();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.consumerSignature != null)
                    if (object.consumerSignature.length)
                        if (typeof object.consumerSignature === "string")
                            $util.base64.decode(object.consumerSignature, message.consumerSignature = $util.newBuffer($util.base64.length(object.consumerSignature)), 0);
                        else if (object.consumerSignature.length >= 0)
                            message.consumerSignature = object.consumerSignature;
                if (object.providerSignature != null)
                    if (object.providerSignature.length)
                        if (typeof object.providerSignature === "string")
                            $util.base64.decode(object.providerSignature, message.providerSignature = $util.newBuffer($util.base64.length(object.providerSignature)), 0);
                        else if (object.providerSignature.length >= 0)
                            message.providerSignature = object.providerSignature;
                return message;
            };

            /**
             * Creates a plain object from a DeliveryRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.DeliveryRecord
             * @static
             * @param {hanse.v1.DeliveryRecord} message DeliveryRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeliveryRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.consumerSignature = "";
                    else {
                        object.consumerSignature = [];
                        if (options.bytes !== $Array)
                            object.consumerSignature = $util.newBuffer(object.consumerSignature);
                    }
                    if (options.bytes === $String)
                        object.providerSignature = "";
                    else {
                        object.providerSignature = [];
                        if (options.bytes !== $Array)
                            object.providerSignature = $util.newBuffer(object.providerSignature);
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.consumerSignature != null && $Object.hasOwnProperty.call(message, "consumerSignature"))
                    object.consumerSignature = options.bytes === $String ? $util.base64.encode(message.consumerSignature, 0, message.consumerSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consumerSignature) : message.consumerSignature;
                if (message.providerSignature != null && $Object.hasOwnProperty.call(message, "providerSignature"))
                    object.providerSignature = options.bytes === $String ? $util.base64.encode(message.providerSignature, 0, message.providerSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.providerSignature) : message.providerSignature;
                return object;
            };

            /**
             * Converts this DeliveryRecord to JSON.
             * @function toJSON
             * @memberof hanse.v1.DeliveryRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeliveryRecord.prototype.toJSON = function() {
                return DeliveryRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeliveryRecord;
        })();

        v1.Chunk = (function() {

            /**
             * Properties of a Chunk.
             * @typedef {Object} hanse.v1.Chunk.$Properties
             * @property {number|null} [index] Chunk index
             * @property {Uint8Array|null} [data] Chunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Chunk.
             * @memberof hanse.v1
             * @interface IChunk
             * @augments hanse.v1.Chunk.$Properties
             * @deprecated Use hanse.v1.Chunk.$Properties instead.
             */

            /**
             * Shape of a Chunk.
             * @typedef {hanse.v1.Chunk.$Properties} hanse.v1.Chunk.$Shape
             */

            /**
             * Constructs a new Chunk.
             * @memberof hanse.v1
             * @classdesc Represents a Chunk.
             * @constructor
             * @param {hanse.v1.Chunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Chunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Chunk index.
             * @member {number} index
             * @memberof hanse.v1.Chunk
             * @instance
             */
            Chunk.prototype.index = 0;

            /**
             * Chunk data.
             * @member {Uint8Array} data
             * @memberof hanse.v1.Chunk
             * @instance
             */
            Chunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Chunk instance using the specified properties.
             * @function create
             * @memberof hanse.v1.Chunk
             * @static
             * @param {hanse.v1.Chunk.$Properties=} [properties] Properties to set
             * @returns {hanse.v1.Chunk} Chunk instance
             * @type {{
             *   (properties: hanse.v1.Chunk.$Shape): hanse.v1.Chunk & hanse.v1.Chunk.$Shape;
             *   (properties?: hanse.v1.Chunk.$Properties): hanse.v1.Chunk;
             * }}
             */
            Chunk.create = function(properties) {
                return new Chunk(properties);
            };

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link hanse.v1.Chunk.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.Chunk
             * @static
             * @param {hanse.v1.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.Chunk & hanse.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hanse.v1.Chunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Chunk message.
             * @function verify
             * @memberof hanse.v1.Chunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Chunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hanse.v1.Chunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hanse.v1.Chunk} Chunk
             */
            Chunk.fromObject = function (object, _depth) {
                if (object instanceof $root.hanse.v1.Chunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hanse.v1.Chunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hanse.v1.Chunk();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a Chunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hanse.v1.Chunk
             * @static
             * @param {hanse.v1.Chunk} message Chunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Chunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.index = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this Chunk to JSON.
             * @function toJSON
             * @memberof hanse.v1.Chunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Chunk.prototype.toJSON = function() {
                return Chunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Chunk;
        })();

        return v1;
    })();

    return hanse;
})();

export {
  $root as default
};
