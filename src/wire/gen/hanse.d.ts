import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace hanse. */
export namespace hanse {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a CatalogRequest.
         * @deprecated Use hanse.v1.CatalogRequest.$Properties instead.
         */
        interface ICatalogRequest extends hanse.v1.CatalogRequest.$Properties {
        }

        /** Represents a CatalogRequest. */
        class CatalogRequest {

            /**
             * Constructs a new CatalogRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.CatalogRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CatalogRequest requestId. */
            requestId: string;

            /** CatalogRequest query. */
            query: string;

            /** CatalogRequest pageSize. */
            pageSize: number;

            /** CatalogRequest pageToken. */
            pageToken: string;

            /**
             * Creates a new CatalogRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CatalogRequest instance
             */
            static create(properties: hanse.v1.CatalogRequest.$Shape): hanse.v1.CatalogRequest & hanse.v1.CatalogRequest.$Shape;
            static create(properties?: hanse.v1.CatalogRequest.$Properties): hanse.v1.CatalogRequest;

            /**
             * Encodes the specified CatalogRequest message. Does not implicitly {@link hanse.v1.CatalogRequest.verify|verify} messages.
             * @param message CatalogRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.CatalogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CatalogRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.CatalogRequest & hanse.v1.CatalogRequest.$Shape} CatalogRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.CatalogRequest & hanse.v1.CatalogRequest.$Shape;

            /**
             * Verifies a CatalogRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CatalogRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CatalogRequest
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.CatalogRequest;

            /**
             * Creates a plain object from a CatalogRequest message. Also converts values to other types if specified.
             * @param message CatalogRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.CatalogRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CatalogRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CatalogRequest {

            /** Properties of a CatalogRequest. */
            interface $Properties {

                /** CatalogRequest requestId */
                requestId?: (string|null);

                /** CatalogRequest query */
                query?: (string|null);

                /** CatalogRequest pageSize */
                pageSize?: (number|null);

                /** CatalogRequest pageToken */
                pageToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CatalogRequest. */
            type $Shape = hanse.v1.CatalogRequest.$Properties;
        }

        /**
         * Properties of a CatalogResponse.
         * @deprecated Use hanse.v1.CatalogResponse.$Properties instead.
         */
        interface ICatalogResponse extends hanse.v1.CatalogResponse.$Properties {
        }

        /** Represents a CatalogResponse. */
        class CatalogResponse {

            /**
             * Constructs a new CatalogResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.CatalogResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CatalogResponse requestId. */
            requestId: string;

            /** CatalogResponse page. */
            page?: (hanse.v1.CatalogPage.$Properties|null);

            /** CatalogResponse error. */
            error?: (hanse.v1.Error.$Properties|null);

            /** CatalogResponse result. */
            result?: ("page"|"error");

            /**
             * Creates a new CatalogResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CatalogResponse instance
             */
            static create(properties: hanse.v1.CatalogResponse.$Shape): hanse.v1.CatalogResponse & hanse.v1.CatalogResponse.$Shape;
            static create(properties?: hanse.v1.CatalogResponse.$Properties): hanse.v1.CatalogResponse;

            /**
             * Encodes the specified CatalogResponse message. Does not implicitly {@link hanse.v1.CatalogResponse.verify|verify} messages.
             * @param message CatalogResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.CatalogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CatalogResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.CatalogResponse & hanse.v1.CatalogResponse.$Shape} CatalogResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.CatalogResponse & hanse.v1.CatalogResponse.$Shape;

            /**
             * Verifies a CatalogResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CatalogResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CatalogResponse
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.CatalogResponse;

            /**
             * Creates a plain object from a CatalogResponse message. Also converts values to other types if specified.
             * @param message CatalogResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.CatalogResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CatalogResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CatalogResponse {

            /** Properties of a CatalogResponse. */
            interface $Properties {

                /** CatalogResponse requestId */
                requestId?: (string|null);

                /** CatalogResponse page */
                page?: (hanse.v1.CatalogPage.$Properties|null);

                /** CatalogResponse error */
                error?: (hanse.v1.Error.$Properties|null);

                /** CatalogResponse result */
                result?: ("page"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CatalogResponse. */
            type $Shape = {
              requestId?: string|null;
              page?: hanse.v1.CatalogPage.$Shape|null;
              error?: hanse.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; page?: null; error?: null }|{ result?: "page"; page: hanse.v1.CatalogPage.$Shape; error?: null }|{ result?: "error"; page?: null; error: hanse.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a CatalogPage.
         * @deprecated Use hanse.v1.CatalogPage.$Properties instead.
         */
        interface ICatalogPage extends hanse.v1.CatalogPage.$Properties {
        }

        /** Represents a CatalogPage. */
        class CatalogPage {

            /**
             * Constructs a new CatalogPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.CatalogPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CatalogPage offers. */
            offers: hanse.v1.Offer.$Properties[];

            /** CatalogPage nextPageToken. */
            nextPageToken: string;

            /** CatalogPage total. */
            total: number;

            /**
             * Creates a new CatalogPage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CatalogPage instance
             */
            static create(properties: hanse.v1.CatalogPage.$Shape): hanse.v1.CatalogPage & hanse.v1.CatalogPage.$Shape;
            static create(properties?: hanse.v1.CatalogPage.$Properties): hanse.v1.CatalogPage;

            /**
             * Encodes the specified CatalogPage message. Does not implicitly {@link hanse.v1.CatalogPage.verify|verify} messages.
             * @param message CatalogPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.CatalogPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CatalogPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.CatalogPage & hanse.v1.CatalogPage.$Shape} CatalogPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.CatalogPage & hanse.v1.CatalogPage.$Shape;

            /**
             * Verifies a CatalogPage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CatalogPage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CatalogPage
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.CatalogPage;

            /**
             * Creates a plain object from a CatalogPage message. Also converts values to other types if specified.
             * @param message CatalogPage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.CatalogPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CatalogPage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CatalogPage {

            /** Properties of a CatalogPage. */
            interface $Properties {

                /** CatalogPage offers */
                offers?: (hanse.v1.Offer.$Properties[]|null);

                /** CatalogPage nextPageToken */
                nextPageToken?: (string|null);

                /** CatalogPage total */
                total?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CatalogPage. */
            type $Shape = {
              offers?: hanse.v1.Offer.$Shape[]|null;
              nextPageToken?: string|null;
              total?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Dataset.
         * @deprecated Use hanse.v1.Dataset.$Properties instead.
         */
        interface IDataset extends hanse.v1.Dataset.$Properties {
        }

        /** Represents a Dataset. */
        class Dataset {

            /**
             * Constructs a new Dataset.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Dataset.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dataset id. */
            id: string;

            /** Dataset title. */
            title: string;

            /** Dataset description. */
            description: string;

            /** Dataset keywords. */
            keywords: string[];

            /** Dataset license. */
            license: string;

            /** Dataset mediaType. */
            mediaType: string;

            /** Dataset byteSize. */
            byteSize: number;

            /** Dataset fileCount. */
            fileCount: number;

            /** Dataset sha256. */
            sha256: string;

            /** Dataset directory. */
            directory: boolean;

            /**
             * Creates a new Dataset instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dataset instance
             */
            static create(properties: hanse.v1.Dataset.$Shape): hanse.v1.Dataset & hanse.v1.Dataset.$Shape;
            static create(properties?: hanse.v1.Dataset.$Properties): hanse.v1.Dataset;

            /**
             * Encodes the specified Dataset message. Does not implicitly {@link hanse.v1.Dataset.verify|verify} messages.
             * @param message Dataset message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Dataset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dataset message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Dataset & hanse.v1.Dataset.$Shape} Dataset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Dataset & hanse.v1.Dataset.$Shape;

            /**
             * Verifies a Dataset message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Dataset message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Dataset
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.Dataset;

            /**
             * Creates a plain object from a Dataset message. Also converts values to other types if specified.
             * @param message Dataset
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.Dataset, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Dataset to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Dataset {

            /** Properties of a Dataset. */
            interface $Properties {

                /** Dataset id */
                id?: (string|null);

                /** Dataset title */
                title?: (string|null);

                /** Dataset description */
                description?: (string|null);

                /** Dataset keywords */
                keywords?: (string[]|null);

                /** Dataset license */
                license?: (string|null);

                /** Dataset mediaType */
                mediaType?: (string|null);

                /** Dataset byteSize */
                byteSize?: (number|null);

                /** Dataset fileCount */
                fileCount?: (number|null);

                /** Dataset sha256 */
                sha256?: (string|null);

                /** Dataset directory */
                directory?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dataset. */
            type $Shape = hanse.v1.Dataset.$Properties;
        }

        /**
         * Properties of an Offer.
         * @deprecated Use hanse.v1.Offer.$Properties instead.
         */
        interface IOffer extends hanse.v1.Offer.$Properties {
        }

        /** Represents an Offer. */
        class Offer {

            /**
             * Constructs a new Offer.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Offer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Offer offerId. */
            offerId: string;

            /** Offer dataset. */
            dataset?: (hanse.v1.Dataset.$Properties|null);

            /** Offer policy. */
            policy?: (hanse.v1.Policy.$Properties|null);

            /** Offer manualApproval. */
            manualApproval: boolean;

            /**
             * Creates a new Offer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Offer instance
             */
            static create(properties: hanse.v1.Offer.$Shape): hanse.v1.Offer & hanse.v1.Offer.$Shape;
            static create(properties?: hanse.v1.Offer.$Properties): hanse.v1.Offer;

            /**
             * Encodes the specified Offer message. Does not implicitly {@link hanse.v1.Offer.verify|verify} messages.
             * @param message Offer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Offer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Offer & hanse.v1.Offer.$Shape} Offer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Offer & hanse.v1.Offer.$Shape;

            /**
             * Verifies an Offer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Offer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Offer
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.Offer;

            /**
             * Creates a plain object from an Offer message. Also converts values to other types if specified.
             * @param message Offer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.Offer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Offer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Offer {

            /** Properties of an Offer. */
            interface $Properties {

                /** Offer offerId */
                offerId?: (string|null);

                /** Offer dataset */
                dataset?: (hanse.v1.Dataset.$Properties|null);

                /** Offer policy */
                policy?: (hanse.v1.Policy.$Properties|null);

                /** Offer manualApproval */
                manualApproval?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Offer. */
            type $Shape = {
              offerId?: string|null;
              dataset?: hanse.v1.Dataset.$Shape|null;
              policy?: hanse.v1.Policy.$Shape|null;
              manualApproval?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Error.
         * @deprecated Use hanse.v1.Error.$Properties instead.
         */
        interface IError extends hanse.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: hanse.v1.Error.$Shape): hanse.v1.Error & hanse.v1.Error.$Shape;
            static create(properties?: hanse.v1.Error.$Properties): hanse.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link hanse.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Error & hanse.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Error & hanse.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = hanse.v1.Error.$Properties;
        }

        /**
         * Properties of a Constraint.
         * @deprecated Use hanse.v1.Constraint.$Properties instead.
         */
        interface IConstraint extends hanse.v1.Constraint.$Properties {
        }

        /** Represents a Constraint. */
        class Constraint {

            /**
             * Constructs a new Constraint.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Constraint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Constraint atomic. */
            atomic?: (hanse.v1.AtomicConstraint.$Properties|null);

            /** Constraint logical. */
            logical?: (hanse.v1.LogicalConstraint.$Properties|null);

            /** Constraint kind. */
            kind?: ("atomic"|"logical");

            /**
             * Creates a new Constraint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Constraint instance
             */
            static create(properties: hanse.v1.Constraint.$Shape): hanse.v1.Constraint & hanse.v1.Constraint.$Shape;
            static create(properties?: hanse.v1.Constraint.$Properties): hanse.v1.Constraint;

            /**
             * Encodes the specified Constraint message. Does not implicitly {@link hanse.v1.Constraint.verify|verify} messages.
             * @param message Constraint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Constraint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Constraint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Constraint & hanse.v1.Constraint.$Shape} Constraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Constraint & hanse.v1.Constraint.$Shape;

            /**
             * Verifies a Constraint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Constraint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Constraint
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.Constraint;

            /**
             * Creates a plain object from a Constraint message. Also converts values to other types if specified.
             * @param message Constraint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.Constraint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Constraint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Constraint {

            /** Properties of a Constraint. */
            interface $Properties {

                /** Constraint atomic */
                atomic?: (hanse.v1.AtomicConstraint.$Properties|null);

                /** Constraint logical */
                logical?: (hanse.v1.LogicalConstraint.$Properties|null);

                /** Constraint kind */
                kind?: ("atomic"|"logical");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Constraint. */
            type $Shape = {
              atomic?: hanse.v1.AtomicConstraint.$Shape|null;
              logical?: hanse.v1.LogicalConstraint.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; atomic?: null; logical?: null }|{ kind?: "atomic"; atomic: hanse.v1.AtomicConstraint.$Shape; logical?: null }|{ kind?: "logical"; atomic?: null; logical: hanse.v1.LogicalConstraint.$Shape })
            );
        }

        /**
         * Properties of an AtomicConstraint.
         * @deprecated Use hanse.v1.AtomicConstraint.$Properties instead.
         */
        interface IAtomicConstraint extends hanse.v1.AtomicConstraint.$Properties {
        }

        /** Represents an AtomicConstraint. */
        class AtomicConstraint {

            /**
             * Constructs a new AtomicConstraint.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.AtomicConstraint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AtomicConstraint leftOperand. */
            leftOperand: string;

            /** AtomicConstraint operator. */
            operator: string;

            /** AtomicConstraint rightOperand. */
            rightOperand: string[];

            /**
             * Creates a new AtomicConstraint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AtomicConstraint instance
             */
            static create(properties: hanse.v1.AtomicConstraint.$Shape): hanse.v1.AtomicConstraint & hanse.v1.AtomicConstraint.$Shape;
            static create(properties?: hanse.v1.AtomicConstraint.$Properties): hanse.v1.AtomicConstraint;

            /**
             * Encodes the specified AtomicConstraint message. Does not implicitly {@link hanse.v1.AtomicConstraint.verify|verify} messages.
             * @param message AtomicConstraint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.AtomicConstraint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AtomicConstraint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.AtomicConstraint & hanse.v1.AtomicConstraint.$Shape} AtomicConstraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.AtomicConstraint & hanse.v1.AtomicConstraint.$Shape;

            /**
             * Verifies an AtomicConstraint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AtomicConstraint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AtomicConstraint
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.AtomicConstraint;

            /**
             * Creates a plain object from an AtomicConstraint message. Also converts values to other types if specified.
             * @param message AtomicConstraint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.AtomicConstraint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AtomicConstraint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AtomicConstraint {

            /** Properties of an AtomicConstraint. */
            interface $Properties {

                /** AtomicConstraint leftOperand */
                leftOperand?: (string|null);

                /** AtomicConstraint operator */
                operator?: (string|null);

                /** AtomicConstraint rightOperand */
                rightOperand?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AtomicConstraint. */
            type $Shape = hanse.v1.AtomicConstraint.$Properties;
        }

        /**
         * Properties of a LogicalConstraint.
         * @deprecated Use hanse.v1.LogicalConstraint.$Properties instead.
         */
        interface ILogicalConstraint extends hanse.v1.LogicalConstraint.$Properties {
        }

        /** Represents a LogicalConstraint. */
        class LogicalConstraint {

            /**
             * Constructs a new LogicalConstraint.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.LogicalConstraint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogicalConstraint operator. */
            operator: hanse.v1.LogicalConstraint.Operator;

            /** LogicalConstraint constraints. */
            constraints: hanse.v1.Constraint.$Properties[];

            /**
             * Creates a new LogicalConstraint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogicalConstraint instance
             */
            static create(properties: hanse.v1.LogicalConstraint.$Shape): hanse.v1.LogicalConstraint & hanse.v1.LogicalConstraint.$Shape;
            static create(properties?: hanse.v1.LogicalConstraint.$Properties): hanse.v1.LogicalConstraint;

            /**
             * Encodes the specified LogicalConstraint message. Does not implicitly {@link hanse.v1.LogicalConstraint.verify|verify} messages.
             * @param message LogicalConstraint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.LogicalConstraint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogicalConstraint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.LogicalConstraint & hanse.v1.LogicalConstraint.$Shape} LogicalConstraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.LogicalConstraint & hanse.v1.LogicalConstraint.$Shape;

            /**
             * Verifies a LogicalConstraint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LogicalConstraint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogicalConstraint
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.LogicalConstraint;

            /**
             * Creates a plain object from a LogicalConstraint message. Also converts values to other types if specified.
             * @param message LogicalConstraint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.LogicalConstraint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogicalConstraint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LogicalConstraint {

            /** Properties of a LogicalConstraint. */
            interface $Properties {

                /** LogicalConstraint operator */
                operator?: (hanse.v1.LogicalConstraint.Operator|null);

                /** LogicalConstraint constraints */
                constraints?: (hanse.v1.Constraint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogicalConstraint. */
            type $Shape = {
              operator?: hanse.v1.LogicalConstraint.Operator|null;
              constraints?: hanse.v1.Constraint.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };

            /** Operator enum. */
            enum Operator {

                /** AND value */
                AND = 0,

                /** OR value */
                OR = 1,

                /** XONE value */
                XONE = 2
            }
        }

        /**
         * Properties of a Rule.
         * @deprecated Use hanse.v1.Rule.$Properties instead.
         */
        interface IRule extends hanse.v1.Rule.$Properties {
        }

        /** Represents a Rule. */
        class Rule {

            /**
             * Constructs a new Rule.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Rule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rule action. */
            action: string;

            /** Rule constraints. */
            constraints: hanse.v1.Constraint.$Properties[];

            /**
             * Creates a new Rule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rule instance
             */
            static create(properties: hanse.v1.Rule.$Shape): hanse.v1.Rule & hanse.v1.Rule.$Shape;
            static create(properties?: hanse.v1.Rule.$Properties): hanse.v1.Rule;

            /**
             * Encodes the specified Rule message. Does not implicitly {@link hanse.v1.Rule.verify|verify} messages.
             * @param message Rule message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Rule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rule message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Rule & hanse.v1.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Rule & hanse.v1.Rule.$Shape;

            /**
             * Verifies a Rule message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Rule message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Rule
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.Rule;

            /**
             * Creates a plain object from a Rule message. Also converts values to other types if specified.
             * @param message Rule
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.Rule, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Rule to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Rule {

            /** Properties of a Rule. */
            interface $Properties {

                /** Rule action */
                action?: (string|null);

                /** Rule constraints */
                constraints?: (hanse.v1.Constraint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rule. */
            type $Shape = {
              action?: string|null;
              constraints?: hanse.v1.Constraint.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Policy.
         * @deprecated Use hanse.v1.Policy.$Properties instead.
         */
        interface IPolicy extends hanse.v1.Policy.$Properties {
        }

        /** Represents a Policy. */
        class Policy {

            /**
             * Constructs a new Policy.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Policy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Policy uid. */
            uid: string;

            /** Policy permissions. */
            permissions: hanse.v1.Rule.$Properties[];

            /** Policy prohibitions. */
            prohibitions: hanse.v1.Rule.$Properties[];

            /** Policy duties. */
            duties: hanse.v1.Rule.$Properties[];

            /**
             * Creates a new Policy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Policy instance
             */
            static create(properties: hanse.v1.Policy.$Shape): hanse.v1.Policy & hanse.v1.Policy.$Shape;
            static create(properties?: hanse.v1.Policy.$Properties): hanse.v1.Policy;

            /**
             * Encodes the specified Policy message. Does not implicitly {@link hanse.v1.Policy.verify|verify} messages.
             * @param message Policy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Policy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Policy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Policy & hanse.v1.Policy.$Shape} Policy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Policy & hanse.v1.Policy.$Shape;

            /**
             * Verifies a Policy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Policy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Policy
             */
            static fromObject(object: { [k: string]: any }): hanse.v1.Policy;

            /**
             * Creates a plain object from a Policy message. Also converts values to other types if specified.
             * @param message Policy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hanse.v1.Policy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Policy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Policy {

            /** Properties of a Policy. */
            interface $Properties {

                /** Policy uid */
                uid?: (string|null);

                /** Policy permissions */
                permissions?: (hanse.v1.Rule.$Properties[]|null);

                /** Policy prohibitions */
                prohibitions?: (hanse.v1.Rule.$Properties[]|null);

                /** Policy duties */
                duties?: (hanse.v1.Rule.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Policy. */
            type $Shape = {
              uid?: string|null;
              permissions?: hanse.v1.Rule.$Shape[]|null;
              prohibitions?: hanse.v1.Rule.$Shape[]|null;
              duties?: hanse.v1.Rule.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
