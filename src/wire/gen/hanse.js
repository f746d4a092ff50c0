/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

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

            return SignedRevocationList;
        })();

        v1.MembershipHello = (function() {

            /**
             * Properties of a MembershipHello.
             * @typedef {Object} hanse.v1.MembershipHello.$Properties
             * @property {hanse.v1.SignedCredential.$Properties|null} [credential] MembershipHello credential
             * @property {boolean|null} [accepted] MembershipHello accepted
             * @property {string|null} [reason] MembershipHello reason
             * @property {string|null} [presentation] MembershipHello presentation
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
             * MembershipHello presentation.
             * @member {string} presentation
             * @memberof hanse.v1.MembershipHello
             * @instance
             */
            MembershipHello.prototype.presentation = "";

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
                if (message.presentation != null && $Object.hasOwnProperty.call(message, "presentation") && message.presentation !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.presentation);
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
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presentation = value;
                            else
                                delete message.presentation;
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
             * @property {string|null} [datasetId] ContractRequest datasetId
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
             *   datasetId?: string|null;
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
             * ContractRequest datasetId.
             * @member {string} datasetId
             * @memberof hanse.v1.ContractRequest
             * @instance
             */
            ContractRequest.prototype.datasetId = "";

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
                if (message.datasetId != null && $Object.hasOwnProperty.call(message, "datasetId") && message.datasetId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.datasetId);
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
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datasetId = value;
                            else
                                delete message.datasetId;
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
             * @property {string|null} [datasetId] ContractOffer datasetId
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
             *   datasetId?: string|null;
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
             * ContractOffer datasetId.
             * @member {string} datasetId
             * @memberof hanse.v1.ContractOffer
             * @instance
             */
            ContractOffer.prototype.datasetId = "";

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
                if (message.datasetId != null && $Object.hasOwnProperty.call(message, "datasetId") && message.datasetId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.datasetId);
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.datasetId = value;
                            else
                                delete message.datasetId;
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

            return Termination;
        })();

        v1.PeerExchange = (function() {

            /**
             * Properties of a PeerExchange.
             * @typedef {Object} hanse.v1.PeerExchange.$Properties
             * @property {Array.<Uint8Array>|null} [records] PeerExchange records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerExchange.
             * @memberof hanse.v1
             * @interface IPeerExchange
             * @augments hanse.v1.PeerExchange.$Properties
             * @deprecated Use hanse.v1.PeerExchange.$Properties instead.
             */

            /**
             * Shape of a PeerExchange.
             * @typedef {hanse.v1.PeerExchange.$Properties} hanse.v1.PeerExchange.$Shape
             */

            /**
             * Constructs a new PeerExchange.
             * @memberof hanse.v1
             * @classdesc Represents a PeerExchange.
             * @constructor
             * @param {hanse.v1.PeerExchange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerExchange = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerExchange records.
             * @member {Array.<Uint8Array>} records
             * @memberof hanse.v1.PeerExchange
             * @instance
             */
            PeerExchange.prototype.records = $util.emptyArray;

            /**
             * Encodes the specified PeerExchange message. Does not implicitly {@link hanse.v1.PeerExchange.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.PeerExchange
             * @static
             * @param {hanse.v1.PeerExchange.$Properties} message PeerExchange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerExchange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.records[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerExchange message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.PeerExchange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.PeerExchange & hanse.v1.PeerExchange.$Shape} PeerExchange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerExchange.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.hanse.v1.PeerExchange();
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
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push(reader.bytes());
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

            return PeerExchange;
        })();

        v1.TransferRequest = (function() {

            /**
             * Properties of a TransferRequest.
             * @typedef {Object} hanse.v1.TransferRequest.$Properties
             * @property {string|null} [agreementId] TransferRequest agreementId
             * @property {string|null} [transferId] TransferRequest transferId
             * @property {number|null} [resumeFromChunk] TransferRequest resumeFromChunk
             * @property {boolean|null} [acks] TransferRequest acks
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
             * TransferRequest acks.
             * @member {boolean} acks
             * @memberof hanse.v1.TransferRequest
             * @instance
             */
            TransferRequest.prototype.acks = false;

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
                if (message.acks != null && $Object.hasOwnProperty.call(message, "acks") && message.acks !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.acks);
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
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.acks = value;
                            else
                                delete message.acks;
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
             * @property {boolean|null} [acks] TransferStart acks
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
             * TransferStart acks.
             * @member {boolean} acks
             * @memberof hanse.v1.TransferStart
             * @instance
             */
            TransferStart.prototype.acks = false;

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
                if (message.acks != null && $Object.hasOwnProperty.call(message, "acks") && message.acks !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.acks);
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
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.acks = value;
                            else
                                delete message.acks;
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

            return TransferStart;
        })();

        v1.ChunkAck = (function() {

            /**
             * Properties of a ChunkAck.
             * @typedef {Object} hanse.v1.ChunkAck.$Properties
             * @property {number|null} [index] ChunkAck index
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChunkAck.
             * @memberof hanse.v1
             * @interface IChunkAck
             * @augments hanse.v1.ChunkAck.$Properties
             * @deprecated Use hanse.v1.ChunkAck.$Properties instead.
             */

            /**
             * Shape of a ChunkAck.
             * @typedef {hanse.v1.ChunkAck.$Properties} hanse.v1.ChunkAck.$Shape
             */

            /**
             * Constructs a new ChunkAck.
             * @memberof hanse.v1
             * @classdesc Represents a ChunkAck.
             * @constructor
             * @param {hanse.v1.ChunkAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChunkAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChunkAck index.
             * @member {number} index
             * @memberof hanse.v1.ChunkAck
             * @instance
             */
            ChunkAck.prototype.index = 0;

            /**
             * Encodes the specified ChunkAck message. Does not implicitly {@link hanse.v1.ChunkAck.verify|verify} messages.
             * @function encode
             * @memberof hanse.v1.ChunkAck
             * @static
             * @param {hanse.v1.ChunkAck.$Properties} message ChunkAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChunkAck message from the specified reader or buffer.
             * @function decode
             * @memberof hanse.v1.ChunkAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hanse.v1.ChunkAck & hanse.v1.ChunkAck.$Shape} ChunkAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.hanse.v1.ChunkAck();
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

            return ChunkAck;
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

            return Chunk;
        })();

        return v1;
    })();

    return hanse;
})();

export {
  $root as default
};
