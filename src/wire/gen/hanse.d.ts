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

            /** CatalogRequest offerId. */
            offerId: string;

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

                /** CatalogRequest offerId */
                offerId?: (string|null);

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

        /**
         * Properties of a LedgerEntry.
         * @deprecated Use hanse.v1.LedgerEntry.$Properties instead.
         */
        interface ILedgerEntry extends hanse.v1.LedgerEntry.$Properties {
        }

        /** Represents a LedgerEntry. */
        class LedgerEntry {

            /**
             * Constructs a new LedgerEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.LedgerEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LedgerEntry seq. */
            seq: number;

            /** LedgerEntry time. */
            time: number;

            /** LedgerEntry type. */
            type: string;

            /** LedgerEntry peer. */
            peer: string;

            /** LedgerEntry agreementId. */
            agreementId: string;

            /** LedgerEntry transferId. */
            transferId: string;

            /** LedgerEntry payload. */
            payload: Uint8Array;

            /** LedgerEntry prevHash. */
            prevHash: Uint8Array;

            /** LedgerEntry hash. */
            hash: Uint8Array;

            /**
             * Encodes the specified LedgerEntry message. Does not implicitly {@link hanse.v1.LedgerEntry.verify|verify} messages.
             * @param message LedgerEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.LedgerEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LedgerEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.LedgerEntry & hanse.v1.LedgerEntry.$Shape} LedgerEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.LedgerEntry & hanse.v1.LedgerEntry.$Shape;
        }

        namespace LedgerEntry {

            /** Properties of a LedgerEntry. */
            interface $Properties {

                /** LedgerEntry seq */
                seq?: (number|null);

                /** LedgerEntry time */
                time?: (number|null);

                /** LedgerEntry type */
                type?: (string|null);

                /** LedgerEntry peer */
                peer?: (string|null);

                /** LedgerEntry agreementId */
                agreementId?: (string|null);

                /** LedgerEntry transferId */
                transferId?: (string|null);

                /** LedgerEntry payload */
                payload?: (Uint8Array|null);

                /** LedgerEntry prevHash */
                prevHash?: (Uint8Array|null);

                /** LedgerEntry hash */
                hash?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LedgerEntry. */
            type $Shape = hanse.v1.LedgerEntry.$Properties;
        }

        /**
         * Properties of a Checkpoint.
         * @deprecated Use hanse.v1.Checkpoint.$Properties instead.
         */
        interface ICheckpoint extends hanse.v1.Checkpoint.$Properties {
        }

        /** Represents a Checkpoint. */
        class Checkpoint {

            /**
             * Constructs a new Checkpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Checkpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Checkpoint node. */
            node: string;

            /** Checkpoint size. */
            size: number;

            /** Checkpoint root. */
            root: Uint8Array;

            /** Checkpoint time. */
            time: number;

            /**
             * Encodes the specified Checkpoint message. Does not implicitly {@link hanse.v1.Checkpoint.verify|verify} messages.
             * @param message Checkpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Checkpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Checkpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Checkpoint & hanse.v1.Checkpoint.$Shape} Checkpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Checkpoint & hanse.v1.Checkpoint.$Shape;
        }

        namespace Checkpoint {

            /** Properties of a Checkpoint. */
            interface $Properties {

                /** Checkpoint node */
                node?: (string|null);

                /** Checkpoint size */
                size?: (number|null);

                /** Checkpoint root */
                root?: (Uint8Array|null);

                /** Checkpoint time */
                time?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Checkpoint. */
            type $Shape = hanse.v1.Checkpoint.$Properties;
        }

        /**
         * Properties of a SignedCheckpoint.
         * @deprecated Use hanse.v1.SignedCheckpoint.$Properties instead.
         */
        interface ISignedCheckpoint extends hanse.v1.SignedCheckpoint.$Properties {
        }

        /** Represents a SignedCheckpoint. */
        class SignedCheckpoint {

            /**
             * Constructs a new SignedCheckpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.SignedCheckpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedCheckpoint body. */
            body: Uint8Array;

            /** SignedCheckpoint signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified SignedCheckpoint message. Does not implicitly {@link hanse.v1.SignedCheckpoint.verify|verify} messages.
             * @param message SignedCheckpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.SignedCheckpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedCheckpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.SignedCheckpoint & hanse.v1.SignedCheckpoint.$Shape} SignedCheckpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.SignedCheckpoint & hanse.v1.SignedCheckpoint.$Shape;
        }

        namespace SignedCheckpoint {

            /** Properties of a SignedCheckpoint. */
            interface $Properties {

                /** SignedCheckpoint body */
                body?: (Uint8Array|null);

                /** SignedCheckpoint signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedCheckpoint. */
            type $Shape = hanse.v1.SignedCheckpoint.$Properties;
        }

        /**
         * Properties of a LedgerRequest.
         * @deprecated Use hanse.v1.LedgerRequest.$Properties instead.
         */
        interface ILedgerRequest extends hanse.v1.LedgerRequest.$Properties {
        }

        /** Represents a LedgerRequest. */
        class LedgerRequest {

            /**
             * Constructs a new LedgerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.LedgerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LedgerRequest exchange. */
            exchange?: (hanse.v1.CheckpointExchange.$Properties|null);

            /** LedgerRequest audit. */
            audit?: (hanse.v1.AuditRequest.$Properties|null);

            /** LedgerRequest kind. */
            kind?: ("exchange"|"audit");

            /**
             * Encodes the specified LedgerRequest message. Does not implicitly {@link hanse.v1.LedgerRequest.verify|verify} messages.
             * @param message LedgerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.LedgerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LedgerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.LedgerRequest & hanse.v1.LedgerRequest.$Shape} LedgerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.LedgerRequest & hanse.v1.LedgerRequest.$Shape;
        }

        namespace LedgerRequest {

            /** Properties of a LedgerRequest. */
            interface $Properties {

                /** LedgerRequest exchange */
                exchange?: (hanse.v1.CheckpointExchange.$Properties|null);

                /** LedgerRequest audit */
                audit?: (hanse.v1.AuditRequest.$Properties|null);

                /** LedgerRequest kind */
                kind?: ("exchange"|"audit");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LedgerRequest. */
            type $Shape = {
              exchange?: hanse.v1.CheckpointExchange.$Shape|null;
              audit?: hanse.v1.AuditRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; exchange?: null; audit?: null }|{ kind?: "exchange"; exchange: hanse.v1.CheckpointExchange.$Shape; audit?: null }|{ kind?: "audit"; exchange?: null; audit: hanse.v1.AuditRequest.$Shape })
            );
        }

        /**
         * Properties of a CheckpointExchange.
         * @deprecated Use hanse.v1.CheckpointExchange.$Properties instead.
         */
        interface ICheckpointExchange extends hanse.v1.CheckpointExchange.$Properties {
        }

        /** Represents a CheckpointExchange. */
        class CheckpointExchange {

            /**
             * Constructs a new CheckpointExchange.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.CheckpointExchange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CheckpointExchange checkpoint. */
            checkpoint?: (hanse.v1.SignedCheckpoint.$Properties|null);

            /** CheckpointExchange agreementId. */
            agreementId: string;

            /** CheckpointExchange transferId. */
            transferId: string;

            /**
             * Encodes the specified CheckpointExchange message. Does not implicitly {@link hanse.v1.CheckpointExchange.verify|verify} messages.
             * @param message CheckpointExchange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.CheckpointExchange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CheckpointExchange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.CheckpointExchange & hanse.v1.CheckpointExchange.$Shape} CheckpointExchange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.CheckpointExchange & hanse.v1.CheckpointExchange.$Shape;
        }

        namespace CheckpointExchange {

            /** Properties of a CheckpointExchange. */
            interface $Properties {

                /** CheckpointExchange checkpoint */
                checkpoint?: (hanse.v1.SignedCheckpoint.$Properties|null);

                /** CheckpointExchange agreementId */
                agreementId?: (string|null);

                /** CheckpointExchange transferId */
                transferId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CheckpointExchange. */
            type $Shape = hanse.v1.CheckpointExchange.$Properties;
        }

        /**
         * Properties of an AuditRequest.
         * @deprecated Use hanse.v1.AuditRequest.$Properties instead.
         */
        interface IAuditRequest extends hanse.v1.AuditRequest.$Properties {
        }

        /** Represents an AuditRequest. */
        class AuditRequest {

            /**
             * Constructs a new AuditRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.AuditRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditRequest fromSizes. */
            fromSizes: number[];

            /** AuditRequest agreementIds. */
            agreementIds: string[];

            /** AuditRequest afterSeq. */
            afterSeq: number;

            /** AuditRequest limit. */
            limit: number;

            /** AuditRequest atSize. */
            atSize: number;

            /** AuditRequest allShared. */
            allShared: boolean;

            /**
             * Encodes the specified AuditRequest message. Does not implicitly {@link hanse.v1.AuditRequest.verify|verify} messages.
             * @param message AuditRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.AuditRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.AuditRequest & hanse.v1.AuditRequest.$Shape} AuditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.AuditRequest & hanse.v1.AuditRequest.$Shape;
        }

        namespace AuditRequest {

            /** Properties of an AuditRequest. */
            interface $Properties {

                /** AuditRequest fromSizes */
                fromSizes?: (number[]|null);

                /** AuditRequest agreementIds */
                agreementIds?: (string[]|null);

                /** AuditRequest afterSeq */
                afterSeq?: (number|null);

                /** AuditRequest limit */
                limit?: (number|null);

                /** AuditRequest atSize */
                atSize?: (number|null);

                /** AuditRequest allShared */
                allShared?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditRequest. */
            type $Shape = hanse.v1.AuditRequest.$Properties;
        }

        /**
         * Properties of an AuditProofEntry.
         * @deprecated Use hanse.v1.AuditProofEntry.$Properties instead.
         */
        interface IAuditProofEntry extends hanse.v1.AuditProofEntry.$Properties {
        }

        /** Represents an AuditProofEntry. */
        class AuditProofEntry {

            /**
             * Constructs a new AuditProofEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.AuditProofEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditProofEntry entry. */
            entry?: (hanse.v1.LedgerEntry.$Properties|null);

            /** AuditProofEntry inclusion. */
            inclusion: Uint8Array[];

            /**
             * Encodes the specified AuditProofEntry message. Does not implicitly {@link hanse.v1.AuditProofEntry.verify|verify} messages.
             * @param message AuditProofEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.AuditProofEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditProofEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.AuditProofEntry & hanse.v1.AuditProofEntry.$Shape} AuditProofEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.AuditProofEntry & hanse.v1.AuditProofEntry.$Shape;
        }

        namespace AuditProofEntry {

            /** Properties of an AuditProofEntry. */
            interface $Properties {

                /** AuditProofEntry entry */
                entry?: (hanse.v1.LedgerEntry.$Properties|null);

                /** AuditProofEntry inclusion */
                inclusion?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditProofEntry. */
            type $Shape = hanse.v1.AuditProofEntry.$Properties;
        }

        /**
         * Properties of a LedgerResponse.
         * @deprecated Use hanse.v1.LedgerResponse.$Properties instead.
         */
        interface ILedgerResponse extends hanse.v1.LedgerResponse.$Properties {
        }

        /** Represents a LedgerResponse. */
        class LedgerResponse {

            /**
             * Constructs a new LedgerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.LedgerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LedgerResponse exchange. */
            exchange?: (hanse.v1.CheckpointExchange.$Properties|null);

            /** LedgerResponse audit. */
            audit?: (hanse.v1.AuditResponse.$Properties|null);

            /** LedgerResponse error. */
            error?: (hanse.v1.Error.$Properties|null);

            /** LedgerResponse kind. */
            kind?: ("exchange"|"audit"|"error");

            /**
             * Encodes the specified LedgerResponse message. Does not implicitly {@link hanse.v1.LedgerResponse.verify|verify} messages.
             * @param message LedgerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.LedgerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LedgerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.LedgerResponse & hanse.v1.LedgerResponse.$Shape} LedgerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.LedgerResponse & hanse.v1.LedgerResponse.$Shape;
        }

        namespace LedgerResponse {

            /** Properties of a LedgerResponse. */
            interface $Properties {

                /** LedgerResponse exchange */
                exchange?: (hanse.v1.CheckpointExchange.$Properties|null);

                /** LedgerResponse audit */
                audit?: (hanse.v1.AuditResponse.$Properties|null);

                /** LedgerResponse error */
                error?: (hanse.v1.Error.$Properties|null);

                /** LedgerResponse kind */
                kind?: ("exchange"|"audit"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LedgerResponse. */
            type $Shape = {
              exchange?: hanse.v1.CheckpointExchange.$Shape|null;
              audit?: hanse.v1.AuditResponse.$Shape|null;
              error?: hanse.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; exchange?: null; audit?: null; error?: null }|{ kind?: "exchange"; exchange: hanse.v1.CheckpointExchange.$Shape; audit?: null; error?: null }|{ kind?: "audit"; exchange?: null; audit: hanse.v1.AuditResponse.$Shape; error?: null }|{ kind?: "error"; exchange?: null; audit?: null; error: hanse.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a ConsistencyProof.
         * @deprecated Use hanse.v1.ConsistencyProof.$Properties instead.
         */
        interface IConsistencyProof extends hanse.v1.ConsistencyProof.$Properties {
        }

        /** Represents a ConsistencyProof. */
        class ConsistencyProof {

            /**
             * Constructs a new ConsistencyProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ConsistencyProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsistencyProof fromSize. */
            fromSize: number;

            /** ConsistencyProof hashes. */
            hashes: Uint8Array[];

            /**
             * Encodes the specified ConsistencyProof message. Does not implicitly {@link hanse.v1.ConsistencyProof.verify|verify} messages.
             * @param message ConsistencyProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ConsistencyProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsistencyProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ConsistencyProof & hanse.v1.ConsistencyProof.$Shape} ConsistencyProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ConsistencyProof & hanse.v1.ConsistencyProof.$Shape;
        }

        namespace ConsistencyProof {

            /** Properties of a ConsistencyProof. */
            interface $Properties {

                /** ConsistencyProof fromSize */
                fromSize?: (number|null);

                /** ConsistencyProof hashes */
                hashes?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsistencyProof. */
            type $Shape = hanse.v1.ConsistencyProof.$Properties;
        }

        /**
         * Properties of an AuditResponse.
         * @deprecated Use hanse.v1.AuditResponse.$Properties instead.
         */
        interface IAuditResponse extends hanse.v1.AuditResponse.$Properties {
        }

        /** Represents an AuditResponse. */
        class AuditResponse {

            /**
             * Constructs a new AuditResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.AuditResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditResponse checkpoint. */
            checkpoint?: (hanse.v1.SignedCheckpoint.$Properties|null);

            /** AuditResponse consistency. */
            consistency: hanse.v1.ConsistencyProof.$Properties[];

            /** AuditResponse entries. */
            entries: hanse.v1.AuditProofEntry.$Properties[];

            /** AuditResponse more. */
            more: boolean;

            /**
             * Encodes the specified AuditResponse message. Does not implicitly {@link hanse.v1.AuditResponse.verify|verify} messages.
             * @param message AuditResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.AuditResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.AuditResponse & hanse.v1.AuditResponse.$Shape} AuditResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.AuditResponse & hanse.v1.AuditResponse.$Shape;
        }

        namespace AuditResponse {

            /** Properties of an AuditResponse. */
            interface $Properties {

                /** AuditResponse checkpoint */
                checkpoint?: (hanse.v1.SignedCheckpoint.$Properties|null);

                /** AuditResponse consistency */
                consistency?: (hanse.v1.ConsistencyProof.$Properties[]|null);

                /** AuditResponse entries */
                entries?: (hanse.v1.AuditProofEntry.$Properties[]|null);

                /** AuditResponse more */
                more?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditResponse. */
            type $Shape = hanse.v1.AuditResponse.$Properties;
        }

        /**
         * Properties of an Attribute.
         * @deprecated Use hanse.v1.Attribute.$Properties instead.
         */
        interface IAttribute extends hanse.v1.Attribute.$Properties {
        }

        /** Represents an Attribute. */
        class Attribute {

            /**
             * Constructs a new Attribute.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Attribute.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attribute key. */
            key: string;

            /** Attribute value. */
            value: string;

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link hanse.v1.Attribute.verify|verify} messages.
             * @param message Attribute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Attribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Attribute & hanse.v1.Attribute.$Shape} Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Attribute & hanse.v1.Attribute.$Shape;
        }

        namespace Attribute {

            /** Properties of an Attribute. */
            interface $Properties {

                /** Attribute key */
                key?: (string|null);

                /** Attribute value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attribute. */
            type $Shape = hanse.v1.Attribute.$Properties;
        }

        /**
         * Properties of a MembershipCredential.
         * @deprecated Use hanse.v1.MembershipCredential.$Properties instead.
         */
        interface IMembershipCredential extends hanse.v1.MembershipCredential.$Properties {
        }

        /** Represents a MembershipCredential. */
        class MembershipCredential {

            /**
             * Constructs a new MembershipCredential.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.MembershipCredential.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipCredential credentialId. */
            credentialId: string;

            /** MembershipCredential peerId. */
            peerId: string;

            /** MembershipCredential orgName. */
            orgName: string;

            /** MembershipCredential orgId. */
            orgId: string;

            /** MembershipCredential country. */
            country: string;

            /** MembershipCredential attributes. */
            attributes: hanse.v1.Attribute.$Properties[];

            /** MembershipCredential issuedAt. */
            issuedAt: number;

            /** MembershipCredential expiresAt. */
            expiresAt: number;

            /** MembershipCredential authorityId. */
            authorityId: string;

            /**
             * Encodes the specified MembershipCredential message. Does not implicitly {@link hanse.v1.MembershipCredential.verify|verify} messages.
             * @param message MembershipCredential message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.MembershipCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipCredential message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.MembershipCredential & hanse.v1.MembershipCredential.$Shape} MembershipCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.MembershipCredential & hanse.v1.MembershipCredential.$Shape;
        }

        namespace MembershipCredential {

            /** Properties of a MembershipCredential. */
            interface $Properties {

                /** MembershipCredential credentialId */
                credentialId?: (string|null);

                /** MembershipCredential peerId */
                peerId?: (string|null);

                /** MembershipCredential orgName */
                orgName?: (string|null);

                /** MembershipCredential orgId */
                orgId?: (string|null);

                /** MembershipCredential country */
                country?: (string|null);

                /** MembershipCredential attributes */
                attributes?: (hanse.v1.Attribute.$Properties[]|null);

                /** MembershipCredential issuedAt */
                issuedAt?: (number|null);

                /** MembershipCredential expiresAt */
                expiresAt?: (number|null);

                /** MembershipCredential authorityId */
                authorityId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembershipCredential. */
            type $Shape = hanse.v1.MembershipCredential.$Properties;
        }

        /**
         * Properties of a SignedCredential.
         * @deprecated Use hanse.v1.SignedCredential.$Properties instead.
         */
        interface ISignedCredential extends hanse.v1.SignedCredential.$Properties {
        }

        /** Represents a SignedCredential. */
        class SignedCredential {

            /**
             * Constructs a new SignedCredential.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.SignedCredential.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedCredential body. */
            body: Uint8Array;

            /** SignedCredential signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified SignedCredential message. Does not implicitly {@link hanse.v1.SignedCredential.verify|verify} messages.
             * @param message SignedCredential message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.SignedCredential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedCredential message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.SignedCredential & hanse.v1.SignedCredential.$Shape} SignedCredential
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.SignedCredential & hanse.v1.SignedCredential.$Shape;
        }

        namespace SignedCredential {

            /** Properties of a SignedCredential. */
            interface $Properties {

                /** SignedCredential body */
                body?: (Uint8Array|null);

                /** SignedCredential signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedCredential. */
            type $Shape = hanse.v1.SignedCredential.$Properties;
        }

        /**
         * Properties of a Revocation.
         * @deprecated Use hanse.v1.Revocation.$Properties instead.
         */
        interface IRevocation extends hanse.v1.Revocation.$Properties {
        }

        /** Represents a Revocation. */
        class Revocation {

            /**
             * Constructs a new Revocation.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Revocation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Revocation peerId. */
            peerId: string;

            /** Revocation revokedAt. */
            revokedAt: number;

            /** Revocation reason. */
            reason: string;

            /**
             * Encodes the specified Revocation message. Does not implicitly {@link hanse.v1.Revocation.verify|verify} messages.
             * @param message Revocation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Revocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Revocation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Revocation & hanse.v1.Revocation.$Shape} Revocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Revocation & hanse.v1.Revocation.$Shape;
        }

        namespace Revocation {

            /** Properties of a Revocation. */
            interface $Properties {

                /** Revocation peerId */
                peerId?: (string|null);

                /** Revocation revokedAt */
                revokedAt?: (number|null);

                /** Revocation reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Revocation. */
            type $Shape = hanse.v1.Revocation.$Properties;
        }

        /**
         * Properties of a RevocationList.
         * @deprecated Use hanse.v1.RevocationList.$Properties instead.
         */
        interface IRevocationList extends hanse.v1.RevocationList.$Properties {
        }

        /** Represents a RevocationList. */
        class RevocationList {

            /**
             * Constructs a new RevocationList.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.RevocationList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RevocationList authorityId. */
            authorityId: string;

            /** RevocationList serial. */
            serial: number;

            /** RevocationList issuedAt. */
            issuedAt: number;

            /** RevocationList revoked. */
            revoked: hanse.v1.Revocation.$Properties[];

            /**
             * Encodes the specified RevocationList message. Does not implicitly {@link hanse.v1.RevocationList.verify|verify} messages.
             * @param message RevocationList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.RevocationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RevocationList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.RevocationList & hanse.v1.RevocationList.$Shape} RevocationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.RevocationList & hanse.v1.RevocationList.$Shape;
        }

        namespace RevocationList {

            /** Properties of a RevocationList. */
            interface $Properties {

                /** RevocationList authorityId */
                authorityId?: (string|null);

                /** RevocationList serial */
                serial?: (number|null);

                /** RevocationList issuedAt */
                issuedAt?: (number|null);

                /** RevocationList revoked */
                revoked?: (hanse.v1.Revocation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RevocationList. */
            type $Shape = hanse.v1.RevocationList.$Properties;
        }

        /**
         * Properties of a SignedRevocationList.
         * @deprecated Use hanse.v1.SignedRevocationList.$Properties instead.
         */
        interface ISignedRevocationList extends hanse.v1.SignedRevocationList.$Properties {
        }

        /** Represents a SignedRevocationList. */
        class SignedRevocationList {

            /**
             * Constructs a new SignedRevocationList.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.SignedRevocationList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedRevocationList body. */
            body: Uint8Array;

            /** SignedRevocationList signature. */
            signature: Uint8Array;

            /**
             * Encodes the specified SignedRevocationList message. Does not implicitly {@link hanse.v1.SignedRevocationList.verify|verify} messages.
             * @param message SignedRevocationList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.SignedRevocationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedRevocationList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.SignedRevocationList & hanse.v1.SignedRevocationList.$Shape} SignedRevocationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.SignedRevocationList & hanse.v1.SignedRevocationList.$Shape;
        }

        namespace SignedRevocationList {

            /** Properties of a SignedRevocationList. */
            interface $Properties {

                /** SignedRevocationList body */
                body?: (Uint8Array|null);

                /** SignedRevocationList signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedRevocationList. */
            type $Shape = hanse.v1.SignedRevocationList.$Properties;
        }

        /**
         * Properties of a MembershipHello.
         * @deprecated Use hanse.v1.MembershipHello.$Properties instead.
         */
        interface IMembershipHello extends hanse.v1.MembershipHello.$Properties {
        }

        /** Represents a MembershipHello. */
        class MembershipHello {

            /**
             * Constructs a new MembershipHello.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.MembershipHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipHello credential. */
            credential?: (hanse.v1.SignedCredential.$Properties|null);

            /** MembershipHello accepted. */
            accepted: boolean;

            /** MembershipHello reason. */
            reason: string;

            /** MembershipHello presentation. */
            presentation: string;

            /**
             * Encodes the specified MembershipHello message. Does not implicitly {@link hanse.v1.MembershipHello.verify|verify} messages.
             * @param message MembershipHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.MembershipHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipHello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.MembershipHello & hanse.v1.MembershipHello.$Shape} MembershipHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.MembershipHello & hanse.v1.MembershipHello.$Shape;
        }

        namespace MembershipHello {

            /** Properties of a MembershipHello. */
            interface $Properties {

                /** MembershipHello credential */
                credential?: (hanse.v1.SignedCredential.$Properties|null);

                /** MembershipHello accepted */
                accepted?: (boolean|null);

                /** MembershipHello reason */
                reason?: (string|null);

                /** MembershipHello presentation */
                presentation?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembershipHello. */
            type $Shape = hanse.v1.MembershipHello.$Properties;
        }

        /** NegotiationState enum. */
        enum NegotiationState {

            /** NEGOTIATION_STATE_UNSPECIFIED value */
            NEGOTIATION_STATE_UNSPECIFIED = 0,

            /** REQUESTED value */
            REQUESTED = 1,

            /** OFFERED value */
            OFFERED = 2,

            /** ACCEPTED value */
            ACCEPTED = 3,

            /** AGREED value */
            AGREED = 4,

            /** VERIFIED value */
            VERIFIED = 5,

            /** FINALIZED value */
            FINALIZED = 6,

            /** TERMINATED value */
            TERMINATED = 7
        }

        /**
         * Properties of a NegotiationMessage.
         * @deprecated Use hanse.v1.NegotiationMessage.$Properties instead.
         */
        interface INegotiationMessage extends hanse.v1.NegotiationMessage.$Properties {
        }

        /** Represents a NegotiationMessage. */
        class NegotiationMessage {

            /**
             * Constructs a new NegotiationMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.NegotiationMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NegotiationMessage messageId. */
            messageId: string;

            /** NegotiationMessage contractRequest. */
            contractRequest?: (hanse.v1.ContractRequest.$Properties|null);

            /** NegotiationMessage contractOffer. */
            contractOffer?: (hanse.v1.ContractOffer.$Properties|null);

            /** NegotiationMessage event. */
            event?: (hanse.v1.NegotiationEvent.$Properties|null);

            /** NegotiationMessage contractAgreement. */
            contractAgreement?: (hanse.v1.ContractAgreement.$Properties|null);

            /** NegotiationMessage verification. */
            verification?: (hanse.v1.AgreementVerification.$Properties|null);

            /** NegotiationMessage termination. */
            termination?: (hanse.v1.Termination.$Properties|null);

            /** NegotiationMessage body. */
            body?: ("contractRequest"|"contractOffer"|"event"|"contractAgreement"|"verification"|"termination");

            /**
             * Encodes the specified NegotiationMessage message. Does not implicitly {@link hanse.v1.NegotiationMessage.verify|verify} messages.
             * @param message NegotiationMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.NegotiationMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NegotiationMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationMessage & hanse.v1.NegotiationMessage.$Shape} NegotiationMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.NegotiationMessage & hanse.v1.NegotiationMessage.$Shape;
        }

        namespace NegotiationMessage {

            /** Properties of a NegotiationMessage. */
            interface $Properties {

                /** NegotiationMessage messageId */
                messageId?: (string|null);

                /** NegotiationMessage contractRequest */
                contractRequest?: (hanse.v1.ContractRequest.$Properties|null);

                /** NegotiationMessage contractOffer */
                contractOffer?: (hanse.v1.ContractOffer.$Properties|null);

                /** NegotiationMessage event */
                event?: (hanse.v1.NegotiationEvent.$Properties|null);

                /** NegotiationMessage contractAgreement */
                contractAgreement?: (hanse.v1.ContractAgreement.$Properties|null);

                /** NegotiationMessage verification */
                verification?: (hanse.v1.AgreementVerification.$Properties|null);

                /** NegotiationMessage termination */
                termination?: (hanse.v1.Termination.$Properties|null);

                /** NegotiationMessage body */
                body?: ("contractRequest"|"contractOffer"|"event"|"contractAgreement"|"verification"|"termination");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NegotiationMessage. */
            type $Shape = {
              messageId?: string|null;
              contractRequest?: hanse.v1.ContractRequest.$Shape|null;
              contractOffer?: hanse.v1.ContractOffer.$Shape|null;
              event?: hanse.v1.NegotiationEvent.$Shape|null;
              contractAgreement?: hanse.v1.ContractAgreement.$Shape|null;
              verification?: hanse.v1.AgreementVerification.$Shape|null;
              termination?: hanse.v1.Termination.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "contractRequest"; contractRequest: hanse.v1.ContractRequest.$Shape; contractOffer?: null; event?: null; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "contractOffer"; contractRequest?: null; contractOffer: hanse.v1.ContractOffer.$Shape; event?: null; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "event"; contractRequest?: null; contractOffer?: null; event: hanse.v1.NegotiationEvent.$Shape; contractAgreement?: null; verification?: null; termination?: null }|{ body?: "contractAgreement"; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement: hanse.v1.ContractAgreement.$Shape; verification?: null; termination?: null }|{ body?: "verification"; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement?: null; verification: hanse.v1.AgreementVerification.$Shape; termination?: null }|{ body?: "termination"; contractRequest?: null; contractOffer?: null; event?: null; contractAgreement?: null; verification?: null; termination: hanse.v1.Termination.$Shape })
            );
        }

        /**
         * Properties of a NegotiationReply.
         * @deprecated Use hanse.v1.NegotiationReply.$Properties instead.
         */
        interface INegotiationReply extends hanse.v1.NegotiationReply.$Properties {
        }

        /** Represents a NegotiationReply. */
        class NegotiationReply {

            /**
             * Constructs a new NegotiationReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.NegotiationReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NegotiationReply messageId. */
            messageId: string;

            /** NegotiationReply ack. */
            ack?: (hanse.v1.NegotiationAck.$Properties|null);

            /** NegotiationReply error. */
            error?: (hanse.v1.Error.$Properties|null);

            /** NegotiationReply result. */
            result?: ("ack"|"error");

            /**
             * Encodes the specified NegotiationReply message. Does not implicitly {@link hanse.v1.NegotiationReply.verify|verify} messages.
             * @param message NegotiationReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.NegotiationReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NegotiationReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationReply & hanse.v1.NegotiationReply.$Shape} NegotiationReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.NegotiationReply & hanse.v1.NegotiationReply.$Shape;
        }

        namespace NegotiationReply {

            /** Properties of a NegotiationReply. */
            interface $Properties {

                /** NegotiationReply messageId */
                messageId?: (string|null);

                /** NegotiationReply ack */
                ack?: (hanse.v1.NegotiationAck.$Properties|null);

                /** NegotiationReply error */
                error?: (hanse.v1.Error.$Properties|null);

                /** NegotiationReply result */
                result?: ("ack"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NegotiationReply. */
            type $Shape = {
              messageId?: string|null;
              ack?: hanse.v1.NegotiationAck.$Shape|null;
              error?: hanse.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; ack?: null; error?: null }|{ result?: "ack"; ack: hanse.v1.NegotiationAck.$Shape; error?: null }|{ result?: "error"; ack?: null; error: hanse.v1.Error.$Shape })
            );
        }

        /**
         * Properties of a NegotiationAck.
         * @deprecated Use hanse.v1.NegotiationAck.$Properties instead.
         */
        interface INegotiationAck extends hanse.v1.NegotiationAck.$Properties {
        }

        /** Represents a NegotiationAck. */
        class NegotiationAck {

            /**
             * Constructs a new NegotiationAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.NegotiationAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NegotiationAck consumerPid. */
            consumerPid: string;

            /** NegotiationAck providerPid. */
            providerPid: string;

            /** NegotiationAck state. */
            state: hanse.v1.NegotiationState;

            /**
             * Encodes the specified NegotiationAck message. Does not implicitly {@link hanse.v1.NegotiationAck.verify|verify} messages.
             * @param message NegotiationAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.NegotiationAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NegotiationAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationAck & hanse.v1.NegotiationAck.$Shape} NegotiationAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.NegotiationAck & hanse.v1.NegotiationAck.$Shape;
        }

        namespace NegotiationAck {

            /** Properties of a NegotiationAck. */
            interface $Properties {

                /** NegotiationAck consumerPid */
                consumerPid?: (string|null);

                /** NegotiationAck providerPid */
                providerPid?: (string|null);

                /** NegotiationAck state */
                state?: (hanse.v1.NegotiationState|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NegotiationAck. */
            type $Shape = hanse.v1.NegotiationAck.$Properties;
        }

        /**
         * Properties of a ContractRequest.
         * @deprecated Use hanse.v1.ContractRequest.$Properties instead.
         */
        interface IContractRequest extends hanse.v1.ContractRequest.$Properties {
        }

        /** Represents a ContractRequest. */
        class ContractRequest {

            /**
             * Constructs a new ContractRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ContractRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContractRequest consumerPid. */
            consumerPid: string;

            /** ContractRequest providerPid. */
            providerPid: string;

            /** ContractRequest offerId. */
            offerId: string;

            /** ContractRequest terms. */
            terms?: (hanse.v1.Policy.$Properties|null);

            /** ContractRequest purposes. */
            purposes: string[];

            /** ContractRequest datasetId. */
            datasetId: string;

            /**
             * Encodes the specified ContractRequest message. Does not implicitly {@link hanse.v1.ContractRequest.verify|verify} messages.
             * @param message ContractRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ContractRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContractRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ContractRequest & hanse.v1.ContractRequest.$Shape} ContractRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ContractRequest & hanse.v1.ContractRequest.$Shape;
        }

        namespace ContractRequest {

            /** Properties of a ContractRequest. */
            interface $Properties {

                /** ContractRequest consumerPid */
                consumerPid?: (string|null);

                /** ContractRequest providerPid */
                providerPid?: (string|null);

                /** ContractRequest offerId */
                offerId?: (string|null);

                /** ContractRequest terms */
                terms?: (hanse.v1.Policy.$Properties|null);

                /** ContractRequest purposes */
                purposes?: (string[]|null);

                /** ContractRequest datasetId */
                datasetId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContractRequest. */
            type $Shape = {
              consumerPid?: string|null;
              providerPid?: string|null;
              offerId?: string|null;
              terms?: hanse.v1.Policy.$Shape|null;
              purposes?: string[]|null;
              datasetId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ContractOffer.
         * @deprecated Use hanse.v1.ContractOffer.$Properties instead.
         */
        interface IContractOffer extends hanse.v1.ContractOffer.$Properties {
        }

        /** Represents a ContractOffer. */
        class ContractOffer {

            /**
             * Constructs a new ContractOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ContractOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContractOffer providerPid. */
            providerPid: string;

            /** ContractOffer consumerPid. */
            consumerPid: string;

            /** ContractOffer offerId. */
            offerId: string;

            /** ContractOffer terms. */
            terms?: (hanse.v1.Policy.$Properties|null);

            /** ContractOffer datasetId. */
            datasetId: string;

            /**
             * Encodes the specified ContractOffer message. Does not implicitly {@link hanse.v1.ContractOffer.verify|verify} messages.
             * @param message ContractOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ContractOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContractOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ContractOffer & hanse.v1.ContractOffer.$Shape} ContractOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ContractOffer & hanse.v1.ContractOffer.$Shape;
        }

        namespace ContractOffer {

            /** Properties of a ContractOffer. */
            interface $Properties {

                /** ContractOffer providerPid */
                providerPid?: (string|null);

                /** ContractOffer consumerPid */
                consumerPid?: (string|null);

                /** ContractOffer offerId */
                offerId?: (string|null);

                /** ContractOffer terms */
                terms?: (hanse.v1.Policy.$Properties|null);

                /** ContractOffer datasetId */
                datasetId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContractOffer. */
            type $Shape = {
              providerPid?: string|null;
              consumerPid?: string|null;
              offerId?: string|null;
              terms?: hanse.v1.Policy.$Shape|null;
              datasetId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NegotiationEvent.
         * @deprecated Use hanse.v1.NegotiationEvent.$Properties instead.
         */
        interface INegotiationEvent extends hanse.v1.NegotiationEvent.$Properties {
        }

        /** Represents a NegotiationEvent. */
        class NegotiationEvent {

            /**
             * Constructs a new NegotiationEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.NegotiationEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NegotiationEvent consumerPid. */
            consumerPid: string;

            /** NegotiationEvent providerPid. */
            providerPid: string;

            /** NegotiationEvent type. */
            type: hanse.v1.NegotiationEvent.Type;

            /**
             * Encodes the specified NegotiationEvent message. Does not implicitly {@link hanse.v1.NegotiationEvent.verify|verify} messages.
             * @param message NegotiationEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.NegotiationEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NegotiationEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.NegotiationEvent & hanse.v1.NegotiationEvent.$Shape} NegotiationEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.NegotiationEvent & hanse.v1.NegotiationEvent.$Shape;
        }

        namespace NegotiationEvent {

            /** Properties of a NegotiationEvent. */
            interface $Properties {

                /** NegotiationEvent consumerPid */
                consumerPid?: (string|null);

                /** NegotiationEvent providerPid */
                providerPid?: (string|null);

                /** NegotiationEvent type */
                type?: (hanse.v1.NegotiationEvent.Type|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NegotiationEvent. */
            type $Shape = hanse.v1.NegotiationEvent.$Properties;

            /** Type enum. */
            enum Type {

                /** TYPE_UNSPECIFIED value */
                TYPE_UNSPECIFIED = 0,

                /** ACCEPTED value */
                ACCEPTED = 1,

                /** FINALIZED value */
                FINALIZED = 2
            }
        }

        /**
         * Properties of an Agreement.
         * @deprecated Use hanse.v1.Agreement.$Properties instead.
         */
        interface IAgreement extends hanse.v1.Agreement.$Properties {
        }

        /** Represents an Agreement. */
        class Agreement {

            /**
             * Constructs a new Agreement.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Agreement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Agreement agreementId. */
            agreementId: string;

            /** Agreement offerId. */
            offerId: string;

            /** Agreement datasetId. */
            datasetId: string;

            /** Agreement datasetSha256. */
            datasetSha256: string;

            /** Agreement policy. */
            policy?: (hanse.v1.Policy.$Properties|null);

            /** Agreement assigner. */
            assigner: string;

            /** Agreement assignee. */
            assignee: string;

            /** Agreement purposes. */
            purposes: string[];

            /** Agreement timestamp. */
            timestamp: number;

            /** Agreement validUntil. */
            validUntil: number;

            /** Agreement consumerPid. */
            consumerPid: string;

            /** Agreement providerPid. */
            providerPid: string;

            /**
             * Encodes the specified Agreement message. Does not implicitly {@link hanse.v1.Agreement.verify|verify} messages.
             * @param message Agreement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Agreement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Agreement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Agreement & hanse.v1.Agreement.$Shape} Agreement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Agreement & hanse.v1.Agreement.$Shape;
        }

        namespace Agreement {

            /** Properties of an Agreement. */
            interface $Properties {

                /** Agreement agreementId */
                agreementId?: (string|null);

                /** Agreement offerId */
                offerId?: (string|null);

                /** Agreement datasetId */
                datasetId?: (string|null);

                /** Agreement datasetSha256 */
                datasetSha256?: (string|null);

                /** Agreement policy */
                policy?: (hanse.v1.Policy.$Properties|null);

                /** Agreement assigner */
                assigner?: (string|null);

                /** Agreement assignee */
                assignee?: (string|null);

                /** Agreement purposes */
                purposes?: (string[]|null);

                /** Agreement timestamp */
                timestamp?: (number|null);

                /** Agreement validUntil */
                validUntil?: (number|null);

                /** Agreement consumerPid */
                consumerPid?: (string|null);

                /** Agreement providerPid */
                providerPid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Agreement. */
            type $Shape = {
              agreementId?: string|null;
              offerId?: string|null;
              datasetId?: string|null;
              datasetSha256?: string|null;
              policy?: hanse.v1.Policy.$Shape|null;
              assigner?: string|null;
              assignee?: string|null;
              purposes?: string[]|null;
              timestamp?: number|null;
              validUntil?: number|null;
              consumerPid?: string|null;
              providerPid?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ContractAgreement.
         * @deprecated Use hanse.v1.ContractAgreement.$Properties instead.
         */
        interface IContractAgreement extends hanse.v1.ContractAgreement.$Properties {
        }

        /** Represents a ContractAgreement. */
        class ContractAgreement {

            /**
             * Constructs a new ContractAgreement.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ContractAgreement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContractAgreement consumerPid. */
            consumerPid: string;

            /** ContractAgreement providerPid. */
            providerPid: string;

            /** ContractAgreement agreement. */
            agreement: Uint8Array;

            /** ContractAgreement providerSignature. */
            providerSignature: Uint8Array;

            /**
             * Encodes the specified ContractAgreement message. Does not implicitly {@link hanse.v1.ContractAgreement.verify|verify} messages.
             * @param message ContractAgreement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ContractAgreement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContractAgreement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ContractAgreement & hanse.v1.ContractAgreement.$Shape} ContractAgreement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ContractAgreement & hanse.v1.ContractAgreement.$Shape;
        }

        namespace ContractAgreement {

            /** Properties of a ContractAgreement. */
            interface $Properties {

                /** ContractAgreement consumerPid */
                consumerPid?: (string|null);

                /** ContractAgreement providerPid */
                providerPid?: (string|null);

                /** ContractAgreement agreement */
                agreement?: (Uint8Array|null);

                /** ContractAgreement providerSignature */
                providerSignature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContractAgreement. */
            type $Shape = hanse.v1.ContractAgreement.$Properties;
        }

        /**
         * Properties of an AgreementVerification.
         * @deprecated Use hanse.v1.AgreementVerification.$Properties instead.
         */
        interface IAgreementVerification extends hanse.v1.AgreementVerification.$Properties {
        }

        /** Represents an AgreementVerification. */
        class AgreementVerification {

            /**
             * Constructs a new AgreementVerification.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.AgreementVerification.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgreementVerification consumerPid. */
            consumerPid: string;

            /** AgreementVerification providerPid. */
            providerPid: string;

            /** AgreementVerification consumerSignature. */
            consumerSignature: Uint8Array;

            /**
             * Encodes the specified AgreementVerification message. Does not implicitly {@link hanse.v1.AgreementVerification.verify|verify} messages.
             * @param message AgreementVerification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.AgreementVerification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgreementVerification message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.AgreementVerification & hanse.v1.AgreementVerification.$Shape} AgreementVerification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.AgreementVerification & hanse.v1.AgreementVerification.$Shape;
        }

        namespace AgreementVerification {

            /** Properties of an AgreementVerification. */
            interface $Properties {

                /** AgreementVerification consumerPid */
                consumerPid?: (string|null);

                /** AgreementVerification providerPid */
                providerPid?: (string|null);

                /** AgreementVerification consumerSignature */
                consumerSignature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgreementVerification. */
            type $Shape = hanse.v1.AgreementVerification.$Properties;
        }

        /**
         * Properties of a Termination.
         * @deprecated Use hanse.v1.Termination.$Properties instead.
         */
        interface ITermination extends hanse.v1.Termination.$Properties {
        }

        /** Represents a Termination. */
        class Termination {

            /**
             * Constructs a new Termination.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Termination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Termination consumerPid. */
            consumerPid: string;

            /** Termination providerPid. */
            providerPid: string;

            /** Termination code. */
            code: string;

            /** Termination reason. */
            reason: string;

            /**
             * Encodes the specified Termination message. Does not implicitly {@link hanse.v1.Termination.verify|verify} messages.
             * @param message Termination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Termination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Termination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Termination & hanse.v1.Termination.$Shape} Termination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Termination & hanse.v1.Termination.$Shape;
        }

        namespace Termination {

            /** Properties of a Termination. */
            interface $Properties {

                /** Termination consumerPid */
                consumerPid?: (string|null);

                /** Termination providerPid */
                providerPid?: (string|null);

                /** Termination code */
                code?: (string|null);

                /** Termination reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Termination. */
            type $Shape = hanse.v1.Termination.$Properties;
        }

        /**
         * Properties of a PeerExchange.
         * @deprecated Use hanse.v1.PeerExchange.$Properties instead.
         */
        interface IPeerExchange extends hanse.v1.PeerExchange.$Properties {
        }

        /** Represents a PeerExchange. */
        class PeerExchange {

            /**
             * Constructs a new PeerExchange.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.PeerExchange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerExchange records. */
            records: Uint8Array[];

            /**
             * Encodes the specified PeerExchange message. Does not implicitly {@link hanse.v1.PeerExchange.verify|verify} messages.
             * @param message PeerExchange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.PeerExchange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerExchange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.PeerExchange & hanse.v1.PeerExchange.$Shape} PeerExchange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.PeerExchange & hanse.v1.PeerExchange.$Shape;
        }

        namespace PeerExchange {

            /** Properties of a PeerExchange. */
            interface $Properties {

                /** PeerExchange records */
                records?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerExchange. */
            type $Shape = hanse.v1.PeerExchange.$Properties;
        }

        /**
         * Properties of a TransferRequest.
         * @deprecated Use hanse.v1.TransferRequest.$Properties instead.
         */
        interface ITransferRequest extends hanse.v1.TransferRequest.$Properties {
        }

        /** Represents a TransferRequest. */
        class TransferRequest {

            /**
             * Constructs a new TransferRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.TransferRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferRequest agreementId. */
            agreementId: string;

            /** TransferRequest transferId. */
            transferId: string;

            /** TransferRequest resumeFromChunk. */
            resumeFromChunk: number;

            /** TransferRequest acks. */
            acks: boolean;

            /**
             * Encodes the specified TransferRequest message. Does not implicitly {@link hanse.v1.TransferRequest.verify|verify} messages.
             * @param message TransferRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.TransferRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.TransferRequest & hanse.v1.TransferRequest.$Shape} TransferRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.TransferRequest & hanse.v1.TransferRequest.$Shape;
        }

        namespace TransferRequest {

            /** Properties of a TransferRequest. */
            interface $Properties {

                /** TransferRequest agreementId */
                agreementId?: (string|null);

                /** TransferRequest transferId */
                transferId?: (string|null);

                /** TransferRequest resumeFromChunk */
                resumeFromChunk?: (number|null);

                /** TransferRequest acks */
                acks?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferRequest. */
            type $Shape = hanse.v1.TransferRequest.$Properties;
        }

        /**
         * Properties of a FileEntry.
         * @deprecated Use hanse.v1.FileEntry.$Properties instead.
         */
        interface IFileEntry extends hanse.v1.FileEntry.$Properties {
        }

        /** Represents a FileEntry. */
        class FileEntry {

            /**
             * Constructs a new FileEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.FileEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileEntry path. */
            path: string;

            /** FileEntry size. */
            size: number;

            /** FileEntry sha256. */
            sha256: string;

            /**
             * Encodes the specified FileEntry message. Does not implicitly {@link hanse.v1.FileEntry.verify|verify} messages.
             * @param message FileEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.FileEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.FileEntry & hanse.v1.FileEntry.$Shape} FileEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.FileEntry & hanse.v1.FileEntry.$Shape;
        }

        namespace FileEntry {

            /** Properties of a FileEntry. */
            interface $Properties {

                /** FileEntry path */
                path?: (string|null);

                /** FileEntry size */
                size?: (number|null);

                /** FileEntry sha256 */
                sha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileEntry. */
            type $Shape = hanse.v1.FileEntry.$Properties;
        }

        /**
         * Properties of a TransferStart.
         * @deprecated Use hanse.v1.TransferStart.$Properties instead.
         */
        interface ITransferStart extends hanse.v1.TransferStart.$Properties {
        }

        /** Represents a TransferStart. */
        class TransferStart {

            /**
             * Constructs a new TransferStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.TransferStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferStart transferId. */
            transferId: string;

            /** TransferStart size. */
            size: number;

            /** TransferStart sha256. */
            sha256: string;

            /** TransferStart chunkSize. */
            chunkSize: number;

            /** TransferStart chunkHashes. */
            chunkHashes: Uint8Array[];

            /** TransferStart firstChunk. */
            firstChunk: number;

            /** TransferStart directory. */
            directory: boolean;

            /** TransferStart files. */
            files: hanse.v1.FileEntry.$Properties[];

            /** TransferStart totalChunks. */
            totalChunks: number;

            /** TransferStart acks. */
            acks: boolean;

            /**
             * Encodes the specified TransferStart message. Does not implicitly {@link hanse.v1.TransferStart.verify|verify} messages.
             * @param message TransferStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.TransferStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.TransferStart & hanse.v1.TransferStart.$Shape} TransferStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.TransferStart & hanse.v1.TransferStart.$Shape;
        }

        namespace TransferStart {

            /** Properties of a TransferStart. */
            interface $Properties {

                /** TransferStart transferId */
                transferId?: (string|null);

                /** TransferStart size */
                size?: (number|null);

                /** TransferStart sha256 */
                sha256?: (string|null);

                /** TransferStart chunkSize */
                chunkSize?: (number|null);

                /** TransferStart chunkHashes */
                chunkHashes?: (Uint8Array[]|null);

                /** TransferStart firstChunk */
                firstChunk?: (number|null);

                /** TransferStart directory */
                directory?: (boolean|null);

                /** TransferStart files */
                files?: (hanse.v1.FileEntry.$Properties[]|null);

                /** TransferStart totalChunks */
                totalChunks?: (number|null);

                /** TransferStart acks */
                acks?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferStart. */
            type $Shape = hanse.v1.TransferStart.$Properties;
        }

        /**
         * Properties of a ChunkAck.
         * @deprecated Use hanse.v1.ChunkAck.$Properties instead.
         */
        interface IChunkAck extends hanse.v1.ChunkAck.$Properties {
        }

        /** Represents a ChunkAck. */
        class ChunkAck {

            /**
             * Constructs a new ChunkAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ChunkAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChunkAck index. */
            index: number;

            /**
             * Encodes the specified ChunkAck message. Does not implicitly {@link hanse.v1.ChunkAck.verify|verify} messages.
             * @param message ChunkAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ChunkAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChunkAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ChunkAck & hanse.v1.ChunkAck.$Shape} ChunkAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ChunkAck & hanse.v1.ChunkAck.$Shape;
        }

        namespace ChunkAck {

            /** Properties of a ChunkAck. */
            interface $Properties {

                /** ChunkAck index */
                index?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChunkAck. */
            type $Shape = hanse.v1.ChunkAck.$Properties;
        }

        /**
         * Properties of a ChunkHashes.
         * @deprecated Use hanse.v1.ChunkHashes.$Properties instead.
         */
        interface IChunkHashes extends hanse.v1.ChunkHashes.$Properties {
        }

        /** Represents a ChunkHashes. */
        class ChunkHashes {

            /**
             * Constructs a new ChunkHashes.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ChunkHashes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChunkHashes from. */
            from: number;

            /** ChunkHashes hashes. */
            hashes: Uint8Array[];

            /**
             * Encodes the specified ChunkHashes message. Does not implicitly {@link hanse.v1.ChunkHashes.verify|verify} messages.
             * @param message ChunkHashes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ChunkHashes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChunkHashes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ChunkHashes & hanse.v1.ChunkHashes.$Shape} ChunkHashes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ChunkHashes & hanse.v1.ChunkHashes.$Shape;
        }

        namespace ChunkHashes {

            /** Properties of a ChunkHashes. */
            interface $Properties {

                /** ChunkHashes from */
                from?: (number|null);

                /** ChunkHashes hashes */
                hashes?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChunkHashes. */
            type $Shape = hanse.v1.ChunkHashes.$Properties;
        }

        /**
         * Properties of a TransferCompletion.
         * @deprecated Use hanse.v1.TransferCompletion.$Properties instead.
         */
        interface ITransferCompletion extends hanse.v1.TransferCompletion.$Properties {
        }

        /** Represents a TransferCompletion. */
        class TransferCompletion {

            /**
             * Constructs a new TransferCompletion.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.TransferCompletion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferCompletion bytesSent. */
            bytesSent: number;

            /**
             * Encodes the specified TransferCompletion message. Does not implicitly {@link hanse.v1.TransferCompletion.verify|verify} messages.
             * @param message TransferCompletion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.TransferCompletion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferCompletion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.TransferCompletion & hanse.v1.TransferCompletion.$Shape} TransferCompletion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.TransferCompletion & hanse.v1.TransferCompletion.$Shape;
        }

        namespace TransferCompletion {

            /** Properties of a TransferCompletion. */
            interface $Properties {

                /** TransferCompletion bytesSent */
                bytesSent?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferCompletion. */
            type $Shape = hanse.v1.TransferCompletion.$Properties;
        }

        /**
         * Properties of a TransferTermination.
         * @deprecated Use hanse.v1.TransferTermination.$Properties instead.
         */
        interface ITransferTermination extends hanse.v1.TransferTermination.$Properties {
        }

        /** Represents a TransferTermination. */
        class TransferTermination {

            /**
             * Constructs a new TransferTermination.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.TransferTermination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferTermination code. */
            code: string;

            /** TransferTermination reason. */
            reason: string;

            /**
             * Encodes the specified TransferTermination message. Does not implicitly {@link hanse.v1.TransferTermination.verify|verify} messages.
             * @param message TransferTermination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.TransferTermination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferTermination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.TransferTermination & hanse.v1.TransferTermination.$Shape} TransferTermination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.TransferTermination & hanse.v1.TransferTermination.$Shape;
        }

        namespace TransferTermination {

            /** Properties of a TransferTermination. */
            interface $Properties {

                /** TransferTermination code */
                code?: (string|null);

                /** TransferTermination reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TransferTermination. */
            type $Shape = hanse.v1.TransferTermination.$Properties;
        }

        /**
         * Properties of a TransferFrame.
         * @deprecated Use hanse.v1.TransferFrame.$Properties instead.
         */
        interface ITransferFrame extends hanse.v1.TransferFrame.$Properties {
        }

        /** Represents a TransferFrame. */
        class TransferFrame {

            /**
             * Constructs a new TransferFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.TransferFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TransferFrame start. */
            start?: (hanse.v1.TransferStart.$Properties|null);

            /** TransferFrame chunk. */
            chunk?: (hanse.v1.Chunk.$Properties|null);

            /** TransferFrame completion. */
            completion?: (hanse.v1.TransferCompletion.$Properties|null);

            /** TransferFrame termination. */
            termination?: (hanse.v1.TransferTermination.$Properties|null);

            /** TransferFrame delivery. */
            delivery?: (hanse.v1.DeliveryRecord.$Properties|null);

            /** TransferFrame hashes. */
            hashes?: (hanse.v1.ChunkHashes.$Properties|null);

            /** TransferFrame body. */
            body?: ("start"|"chunk"|"completion"|"termination"|"delivery"|"hashes");

            /**
             * Encodes the specified TransferFrame message. Does not implicitly {@link hanse.v1.TransferFrame.verify|verify} messages.
             * @param message TransferFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.TransferFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransferFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.TransferFrame & hanse.v1.TransferFrame.$Shape} TransferFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.TransferFrame & hanse.v1.TransferFrame.$Shape;
        }

        namespace TransferFrame {

            /** Properties of a TransferFrame. */
            interface $Properties {

                /** TransferFrame start */
                start?: (hanse.v1.TransferStart.$Properties|null);

                /** TransferFrame chunk */
                chunk?: (hanse.v1.Chunk.$Properties|null);

                /** TransferFrame completion */
                completion?: (hanse.v1.TransferCompletion.$Properties|null);

                /** TransferFrame termination */
                termination?: (hanse.v1.TransferTermination.$Properties|null);

                /** TransferFrame delivery */
                delivery?: (hanse.v1.DeliveryRecord.$Properties|null);

                /** TransferFrame hashes */
                hashes?: (hanse.v1.ChunkHashes.$Properties|null);

                /** TransferFrame body */
                body?: ("start"|"chunk"|"completion"|"termination"|"delivery"|"hashes");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a TransferFrame. */
            type $Shape = {
              start?: hanse.v1.TransferStart.$Shape|null;
              chunk?: hanse.v1.Chunk.$Shape|null;
              completion?: hanse.v1.TransferCompletion.$Shape|null;
              termination?: hanse.v1.TransferTermination.$Shape|null;
              delivery?: hanse.v1.DeliveryRecord.$Shape|null;
              hashes?: hanse.v1.ChunkHashes.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; start?: null; chunk?: null; completion?: null; termination?: null; delivery?: null; hashes?: null }|{ body?: "start"; start: hanse.v1.TransferStart.$Shape; chunk?: null; completion?: null; termination?: null; delivery?: null; hashes?: null }|{ body?: "chunk"; start?: null; chunk: hanse.v1.Chunk.$Shape; completion?: null; termination?: null; delivery?: null; hashes?: null }|{ body?: "completion"; start?: null; chunk?: null; completion: hanse.v1.TransferCompletion.$Shape; termination?: null; delivery?: null; hashes?: null }|{ body?: "termination"; start?: null; chunk?: null; completion?: null; termination: hanse.v1.TransferTermination.$Shape; delivery?: null; hashes?: null }|{ body?: "delivery"; start?: null; chunk?: null; completion?: null; termination?: null; delivery: hanse.v1.DeliveryRecord.$Shape; hashes?: null }|{ body?: "hashes"; start?: null; chunk?: null; completion?: null; termination?: null; delivery?: null; hashes: hanse.v1.ChunkHashes.$Shape })
            );
        }

        /**
         * Properties of a ReceiptBody.
         * @deprecated Use hanse.v1.ReceiptBody.$Properties instead.
         */
        interface IReceiptBody extends hanse.v1.ReceiptBody.$Properties {
        }

        /** Represents a ReceiptBody. */
        class ReceiptBody {

            /**
             * Constructs a new ReceiptBody.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.ReceiptBody.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptBody transferId. */
            transferId: string;

            /** ReceiptBody agreementId. */
            agreementId: string;

            /** ReceiptBody consumer. */
            consumer: string;

            /** ReceiptBody provider. */
            provider: string;

            /** ReceiptBody bytes. */
            bytes: number;

            /** ReceiptBody sha256. */
            sha256: string;

            /** ReceiptBody time. */
            time: number;

            /**
             * Encodes the specified ReceiptBody message. Does not implicitly {@link hanse.v1.ReceiptBody.verify|verify} messages.
             * @param message ReceiptBody message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.ReceiptBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptBody message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.ReceiptBody & hanse.v1.ReceiptBody.$Shape} ReceiptBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.ReceiptBody & hanse.v1.ReceiptBody.$Shape;
        }

        namespace ReceiptBody {

            /** Properties of a ReceiptBody. */
            interface $Properties {

                /** ReceiptBody transferId */
                transferId?: (string|null);

                /** ReceiptBody agreementId */
                agreementId?: (string|null);

                /** ReceiptBody consumer */
                consumer?: (string|null);

                /** ReceiptBody provider */
                provider?: (string|null);

                /** ReceiptBody bytes */
                bytes?: (number|null);

                /** ReceiptBody sha256 */
                sha256?: (string|null);

                /** ReceiptBody time */
                time?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptBody. */
            type $Shape = hanse.v1.ReceiptBody.$Properties;
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use hanse.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends hanse.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt body. */
            body: Uint8Array;

            /** Receipt consumerSignature. */
            consumerSignature: Uint8Array;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link hanse.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Receipt & hanse.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Receipt & hanse.v1.Receipt.$Shape;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt body */
                body?: (Uint8Array|null);

                /** Receipt consumerSignature */
                consumerSignature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = hanse.v1.Receipt.$Properties;
        }

        /**
         * Properties of a DeliveryRecord.
         * @deprecated Use hanse.v1.DeliveryRecord.$Properties instead.
         */
        interface IDeliveryRecord extends hanse.v1.DeliveryRecord.$Properties {
        }

        /** Represents a DeliveryRecord. */
        class DeliveryRecord {

            /**
             * Constructs a new DeliveryRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.DeliveryRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeliveryRecord body. */
            body: Uint8Array;

            /** DeliveryRecord consumerSignature. */
            consumerSignature: Uint8Array;

            /** DeliveryRecord providerSignature. */
            providerSignature: Uint8Array;

            /**
             * Encodes the specified DeliveryRecord message. Does not implicitly {@link hanse.v1.DeliveryRecord.verify|verify} messages.
             * @param message DeliveryRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.DeliveryRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeliveryRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.DeliveryRecord & hanse.v1.DeliveryRecord.$Shape} DeliveryRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.DeliveryRecord & hanse.v1.DeliveryRecord.$Shape;
        }

        namespace DeliveryRecord {

            /** Properties of a DeliveryRecord. */
            interface $Properties {

                /** DeliveryRecord body */
                body?: (Uint8Array|null);

                /** DeliveryRecord consumerSignature */
                consumerSignature?: (Uint8Array|null);

                /** DeliveryRecord providerSignature */
                providerSignature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeliveryRecord. */
            type $Shape = hanse.v1.DeliveryRecord.$Properties;
        }

        /**
         * Properties of a Chunk.
         * @deprecated Use hanse.v1.Chunk.$Properties instead.
         */
        interface IChunk extends hanse.v1.Chunk.$Properties {
        }

        /** Represents a Chunk. */
        class Chunk {

            /**
             * Constructs a new Chunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: hanse.v1.Chunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Chunk index. */
            index: number;

            /** Chunk data. */
            data: Uint8Array;

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link hanse.v1.Chunk.verify|verify} messages.
             * @param message Chunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hanse.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hanse.v1.Chunk & hanse.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hanse.v1.Chunk & hanse.v1.Chunk.$Shape;
        }

        namespace Chunk {

            /** Properties of a Chunk. */
            interface $Properties {

                /** Chunk index */
                index?: (number|null);

                /** Chunk data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Chunk. */
            type $Shape = hanse.v1.Chunk.$Properties;
        }
    }
}
