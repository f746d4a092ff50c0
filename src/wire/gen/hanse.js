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
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = message.query;
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    object.pageSize = message.pageSize;
                if (message.pageToken != null && $Object.hasOwnProperty.call(message, "pageToken"))
                    object.pageToken = message.pageToken;
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

        return v1;
    })();

    return hanse;
})();

export {
  $root as default
};
