import * as $protobuf from "protobufjs/minimal.js";
export namespace lending {

    namespace v1 {

        interface IClientFrame {
            messages?: (lending.v1.IClientMessage[]|null);
        }

        class ClientFrame implements IClientFrame {
            constructor(properties?: lending.v1.IClientFrame);
            public messages: lending.v1.IClientMessage[];
            public static create(properties?: lending.v1.IClientFrame): lending.v1.ClientFrame;
            public static encode(message: lending.v1.IClientFrame, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ClientFrame;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IClientMessage {
            requestId?: (number|null);
            authenticate?: (lending.v1.IAuthenticate|null);
            placeLendOrder?: (lending.v1.IPlaceLendOrder|null);
            cancelLendOrder?: (lending.v1.ICancelLendOrder|null);
            listTranche?: (lending.v1.IListTranche|null);
            subscribe?: (lending.v1.ISubscribe|null);
            unsubscribe?: (lending.v1.IUnsubscribe|null);
            ping?: (lending.v1.IPing|null);
            deposit?: (lending.v1.IDeposit|null);
            register?: (lending.v1.IRegister|null);
            login?: (lending.v1.ILogin|null);
            refreshToken?: (lending.v1.IRefreshToken|null);
            logout?: (lending.v1.ILogout|null);
            setKycStatus?: (lending.v1.ISetKycStatus|null);
            applyForLoan?: (lending.v1.IApplyForLoan|null);
            reviewApplication?: (lending.v1.IReviewApplication|null);
        }

        class ClientMessage implements IClientMessage {
            constructor(properties?: lending.v1.IClientMessage);
            public requestId: number;
            public authenticate?: (lending.v1.IAuthenticate|null);
            public placeLendOrder?: (lending.v1.IPlaceLendOrder|null);
            public cancelLendOrder?: (lending.v1.ICancelLendOrder|null);
            public listTranche?: (lending.v1.IListTranche|null);
            public subscribe?: (lending.v1.ISubscribe|null);
            public unsubscribe?: (lending.v1.IUnsubscribe|null);
            public ping?: (lending.v1.IPing|null);
            public deposit?: (lending.v1.IDeposit|null);
            public register?: (lending.v1.IRegister|null);
            public login?: (lending.v1.ILogin|null);
            public refreshToken?: (lending.v1.IRefreshToken|null);
            public logout?: (lending.v1.ILogout|null);
            public setKycStatus?: (lending.v1.ISetKycStatus|null);
            public applyForLoan?: (lending.v1.IApplyForLoan|null);
            public reviewApplication?: (lending.v1.IReviewApplication|null);
            public body?: ("authenticate"|"placeLendOrder"|"cancelLendOrder"|"listTranche"|"subscribe"|"unsubscribe"|"ping"|"deposit"|"register"|"login"|"refreshToken"|"logout"|"setKycStatus"|"applyForLoan"|"reviewApplication");
            public static create(properties?: lending.v1.IClientMessage): lending.v1.ClientMessage;
            public static encode(message: lending.v1.IClientMessage, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ClientMessage;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IApplyForLoan {
            applicationId?: (string|null);
            amountFen?: (number|null);
            termMonths?: (number|null);
            ageYears?: (number|null);
            occupation?: (string|null);
            annualIncomeFen?: (number|null);
            credit?: (lending.v1.ICreditFile|null);
        }

        class ApplyForLoan implements IApplyForLoan {
            constructor(properties?: lending.v1.IApplyForLoan);
            public applicationId: string;
            public amountFen: number;
            public termMonths: number;
            public ageYears: number;
            public occupation: string;
            public annualIncomeFen: number;
            public credit?: (lending.v1.ICreditFile|null);
            public static create(properties?: lending.v1.IApplyForLoan): lending.v1.ApplyForLoan;
            public static encode(message: lending.v1.IApplyForLoan, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ApplyForLoan;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICreditFile {
            creditPolicy?: (number|null);
            purpose?: (string|null);
            intRate?: (number|null);
            installment?: (number|null);
            logAnnualInc?: (number|null);
            dti?: (number|null);
            fico?: (number|null);
            daysWithCrLine?: (number|null);
            revolBal?: (number|null);
            revolUtil?: (number|null);
            inqLast6mths?: (number|null);
            delinq2yrs?: (number|null);
            pubRec?: (number|null);
        }

        class CreditFile implements ICreditFile {
            constructor(properties?: lending.v1.ICreditFile);
            public creditPolicy: number;
            public purpose: string;
            public intRate: number;
            public installment: number;
            public logAnnualInc: number;
            public dti: number;
            public fico: number;
            public daysWithCrLine: number;
            public revolBal: number;
            public revolUtil: number;
            public inqLast6mths: number;
            public delinq2yrs: number;
            public pubRec: number;
            public static create(properties?: lending.v1.ICreditFile): lending.v1.CreditFile;
            public static encode(message: lending.v1.ICreditFile, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.CreditFile;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IReviewApplication {
            applicationId?: (string|null);
            approve?: (boolean|null);
            reason?: (string|null);
        }

        class ReviewApplication implements IReviewApplication {
            constructor(properties?: lending.v1.IReviewApplication);
            public applicationId: string;
            public approve: boolean;
            public reason: string;
            public static create(properties?: lending.v1.IReviewApplication): lending.v1.ReviewApplication;
            public static encode(message: lending.v1.IReviewApplication, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ReviewApplication;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAuthenticate {
            token?: (string|null);
            deviceId?: (string|null);
        }

        class Authenticate implements IAuthenticate {
            constructor(properties?: lending.v1.IAuthenticate);
            public token: string;
            public deviceId: string;
            public static create(properties?: lending.v1.IAuthenticate): lending.v1.Authenticate;
            public static encode(message: lending.v1.IAuthenticate, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Authenticate;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRegister {
            userId?: (string|null);
            role?: (string|null);
            name?: (string|null);
            idNumber?: (string|null);
            phone?: (string|null);
            bankCard?: (string|null);
            password?: (string|null);
        }

        class Register implements IRegister {
            constructor(properties?: lending.v1.IRegister);
            public userId: string;
            public role: string;
            public name: string;
            public idNumber: string;
            public phone: string;
            public bankCard: string;
            public password: string;
            public static create(properties?: lending.v1.IRegister): lending.v1.Register;
            public static encode(message: lending.v1.IRegister, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Register;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILogin {
            userId?: (string|null);
            password?: (string|null);
        }

        class Login implements ILogin {
            constructor(properties?: lending.v1.ILogin);
            public userId: string;
            public password: string;
            public static create(properties?: lending.v1.ILogin): lending.v1.Login;
            public static encode(message: lending.v1.ILogin, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Login;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRefreshToken {
        }

        class RefreshToken implements IRefreshToken {
            constructor(properties?: lending.v1.IRefreshToken);
            public static create(properties?: lending.v1.IRefreshToken): lending.v1.RefreshToken;
            public static encode(message: lending.v1.IRefreshToken, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RefreshToken;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILogout {
        }

        class Logout implements ILogout {
            constructor(properties?: lending.v1.ILogout);
            public static create(properties?: lending.v1.ILogout): lending.v1.Logout;
            public static encode(message: lending.v1.ILogout, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Logout;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum KycStatus {
            KYC_STATUS_UNSPECIFIED = 0,
            KYC_PENDING = 1,
            KYC_VERIFIED = 2,
            KYC_REJECTED = 3
        }

        interface ISetKycStatus {
            userId?: (string|null);
            status?: (lending.v1.KycStatus|null);
        }

        class SetKycStatus implements ISetKycStatus {
            constructor(properties?: lending.v1.ISetKycStatus);
            public userId: string;
            public status: lending.v1.KycStatus;
            public static create(properties?: lending.v1.ISetKycStatus): lending.v1.SetKycStatus;
            public static encode(message: lending.v1.ISetKycStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.SetKycStatus;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum TimeInForce {
            TIME_IN_FORCE_GTC = 0,
            TIME_IN_FORCE_IOC = 1,
            TIME_IN_FORCE_FOK = 2
        }

        interface IPlaceLendOrder {
            clientOrderId?: (string|null);
            marketId?: (string|null);
            amountFen?: (number|null);
            minRateBps?: (number|null);
            timeInForce?: (lending.v1.TimeInForce|null);
        }

        class PlaceLendOrder implements IPlaceLendOrder {
            constructor(properties?: lending.v1.IPlaceLendOrder);
            public clientOrderId: string;
            public marketId: string;
            public amountFen: number;
            public minRateBps: number;
            public timeInForce: lending.v1.TimeInForce;
            public static create(properties?: lending.v1.IPlaceLendOrder): lending.v1.PlaceLendOrder;
            public static encode(message: lending.v1.IPlaceLendOrder, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.PlaceLendOrder;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICancelLendOrder {
            clientOrderId?: (string|null);
            marketId?: (string|null);
        }

        class CancelLendOrder implements ICancelLendOrder {
            constructor(properties?: lending.v1.ICancelLendOrder);
            public clientOrderId: string;
            public marketId: string;
            public static create(properties?: lending.v1.ICancelLendOrder): lending.v1.CancelLendOrder;
            public static encode(message: lending.v1.ICancelLendOrder, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.CancelLendOrder;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListTranche {
            trancheId?: (string|null);
            marketId?: (string|null);
            borrowerId?: (string|null);
            amountFen?: (number|null);
            maxRateBps?: (number|null);
        }

        class ListTranche implements IListTranche {
            constructor(properties?: lending.v1.IListTranche);
            public trancheId: string;
            public marketId: string;
            public borrowerId: string;
            public amountFen: number;
            public maxRateBps: number;
            public static create(properties?: lending.v1.IListTranche): lending.v1.ListTranche;
            public static encode(message: lending.v1.IListTranche, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ListTranche;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IDeposit {
            transferId?: (string|null);
            userId?: (string|null);
            amountFen?: (number|null);
        }

        class Deposit implements IDeposit {
            constructor(properties?: lending.v1.IDeposit);
            public transferId: string;
            public userId: string;
            public amountFen: number;
            public static create(properties?: lending.v1.IDeposit): lending.v1.Deposit;
            public static encode(message: lending.v1.IDeposit, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Deposit;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum Channel {
            CHANNEL_UNSPECIFIED = 0,
            CHANNEL_BOOK = 1,
            CHANNEL_MY_ORDERS = 2,
            CHANNEL_ALERTS = 3,
            CHANNEL_DISCLOSURE = 4,
            CHANNEL_MY_LEDGER = 5,
            CHANNEL_TRANCHES = 6
        }

        interface ISubscribe {
            channel?: (lending.v1.Channel|null);
            marketId?: (string|null);
            fromSeq?: (number|null);
        }

        class Subscribe implements ISubscribe {
            constructor(properties?: lending.v1.ISubscribe);
            public channel: lending.v1.Channel;
            public marketId: string;
            public fromSeq: number;
            public static create(properties?: lending.v1.ISubscribe): lending.v1.Subscribe;
            public static encode(message: lending.v1.ISubscribe, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Subscribe;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IUnsubscribe {
            channel?: (lending.v1.Channel|null);
            marketId?: (string|null);
        }

        class Unsubscribe implements IUnsubscribe {
            constructor(properties?: lending.v1.IUnsubscribe);
            public channel: lending.v1.Channel;
            public marketId: string;
            public static create(properties?: lending.v1.IUnsubscribe): lending.v1.Unsubscribe;
            public static encode(message: lending.v1.IUnsubscribe, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Unsubscribe;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IPing {
            clientTimeMs?: (number|null);
        }

        class Ping implements IPing {
            constructor(properties?: lending.v1.IPing);
            public clientTimeMs: number;
            public static create(properties?: lending.v1.IPing): lending.v1.Ping;
            public static encode(message: lending.v1.IPing, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Ping;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IServerFrame {
            messages?: (lending.v1.IServerMessage[]|null);
        }

        class ServerFrame implements IServerFrame {
            constructor(properties?: lending.v1.IServerFrame);
            public messages: lending.v1.IServerMessage[];
            public static create(properties?: lending.v1.IServerFrame): lending.v1.ServerFrame;
            public static encode(message: lending.v1.IServerFrame, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ServerFrame;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IServerMessage {
            requestId?: (number|null);
            authenticated?: (lending.v1.IAuthenticated|null);
            reject?: (lending.v1.IReject|null);
            orderAccepted?: (lending.v1.IOrderAccepted|null);
            orderCancelled?: (lending.v1.IOrderCancelled|null);
            trancheListed?: (lending.v1.ITrancheListed|null);
            subscribed?: (lending.v1.ISubscribed|null);
            unsubscribed?: (lending.v1.IUnsubscribed|null);
            pong?: (lending.v1.IPong|null);
            depositAccepted?: (lending.v1.IDepositAccepted|null);
            fill?: (lending.v1.IFill|null);
            bookUpdate?: (lending.v1.IBookUpdate|null);
            alert?: (lending.v1.IAlert|null);
            figures?: (lending.v1.IFigures|null);
            orderUpdate?: (lending.v1.IOrderUpdate|null);
            registered?: (lending.v1.IRegistered|null);
            tokenIssued?: (lending.v1.ITokenIssued|null);
            loggedOut?: (lending.v1.ILoggedOut|null);
            kycStatusSet?: (lending.v1.IKycStatusSet|null);
            presence?: (lending.v1.IPresence|null);
            ledgerMovement?: (lending.v1.ILedgerMovement|null);
            trancheUpdate?: (lending.v1.ITrancheUpdate|null);
            applicationDecision?: (lending.v1.IApplicationDecision|null);
        }

        class ServerMessage implements IServerMessage {
            constructor(properties?: lending.v1.IServerMessage);
            public requestId: number;
            public authenticated?: (lending.v1.IAuthenticated|null);
            public reject?: (lending.v1.IReject|null);
            public orderAccepted?: (lending.v1.IOrderAccepted|null);
            public orderCancelled?: (lending.v1.IOrderCancelled|null);
            public trancheListed?: (lending.v1.ITrancheListed|null);
            public subscribed?: (lending.v1.ISubscribed|null);
            public unsubscribed?: (lending.v1.IUnsubscribed|null);
            public pong?: (lending.v1.IPong|null);
            public depositAccepted?: (lending.v1.IDepositAccepted|null);
            public fill?: (lending.v1.IFill|null);
            public bookUpdate?: (lending.v1.IBookUpdate|null);
            public alert?: (lending.v1.IAlert|null);
            public figures?: (lending.v1.IFigures|null);
            public orderUpdate?: (lending.v1.IOrderUpdate|null);
            public registered?: (lending.v1.IRegistered|null);
            public tokenIssued?: (lending.v1.ITokenIssued|null);
            public loggedOut?: (lending.v1.ILoggedOut|null);
            public kycStatusSet?: (lending.v1.IKycStatusSet|null);
            public presence?: (lending.v1.IPresence|null);
            public ledgerMovement?: (lending.v1.ILedgerMovement|null);
            public trancheUpdate?: (lending.v1.ITrancheUpdate|null);
            public applicationDecision?: (lending.v1.IApplicationDecision|null);
            public body?: ("authenticated"|"reject"|"orderAccepted"|"orderCancelled"|"trancheListed"|"subscribed"|"unsubscribed"|"pong"|"depositAccepted"|"fill"|"bookUpdate"|"alert"|"figures"|"orderUpdate"|"registered"|"tokenIssued"|"loggedOut"|"kycStatusSet"|"presence"|"ledgerMovement"|"trancheUpdate"|"applicationDecision");
            public static create(properties?: lending.v1.IServerMessage): lending.v1.ServerMessage;
            public static encode(message: lending.v1.IServerMessage, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ServerMessage;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICreditReason {
            feature?: (string|null);
            contribution?: (number|null);
        }

        class CreditReason implements ICreditReason {
            constructor(properties?: lending.v1.ICreditReason);
            public feature: string;
            public contribution: number;
            public static create(properties?: lending.v1.ICreditReason): lending.v1.CreditReason;
            public static encode(message: lending.v1.ICreditReason, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.CreditReason;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IApplicationDecision {
            applicationId?: (string|null);
            decision?: (string|null);
            probabilityOfDefault?: (number|null);
            grade?: (string|null);
            marketId?: (string|null);
            maxRateBps?: (number|null);
            reasons?: (lending.v1.ICreditReason[]|null);
            rules?: (string[]|null);
            trancheId?: (string|null);
            reviewedBy?: (string|null);
            reviewReason?: (string|null);
        }

        class ApplicationDecision implements IApplicationDecision {
            constructor(properties?: lending.v1.IApplicationDecision);
            public applicationId: string;
            public decision: string;
            public probabilityOfDefault: number;
            public grade: string;
            public marketId: string;
            public maxRateBps: number;
            public reasons: lending.v1.ICreditReason[];
            public rules: string[];
            public trancheId: string;
            public reviewedBy: string;
            public reviewReason: string;
            public static create(properties?: lending.v1.IApplicationDecision): lending.v1.ApplicationDecision;
            public static encode(message: lending.v1.IApplicationDecision, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ApplicationDecision;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILedgerMovement {
            seq?: (number|null);
            kind?: (string|null);
            amountFen?: (number|null);
            availableFen?: (number|null);
            heldFen?: (number|null);
            reference?: (string|null);
            timeMs?: (number|null);
        }

        class LedgerMovement implements ILedgerMovement {
            constructor(properties?: lending.v1.ILedgerMovement);
            public seq: number;
            public kind: string;
            public amountFen: number;
            public availableFen: number;
            public heldFen: number;
            public reference: string;
            public timeMs: number;
            public static create(properties?: lending.v1.ILedgerMovement): lending.v1.LedgerMovement;
            public static encode(message: lending.v1.ILedgerMovement, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.LedgerMovement;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum TrancheState {
            TRANCHE_STATE_UNSPECIFIED = 0,
            TRANCHE_STATE_LISTED = 1,
            TRANCHE_STATE_PARTIALLY_FUNDED = 2,
            TRANCHE_STATE_FUNDED = 3,
            TRANCHE_STATE_EXPIRED = 4
        }

        interface ITrancheUpdate {
            trancheId?: (string|null);
            marketId?: (string|null);
            state?: (lending.v1.TrancheState|null);
            amountFen?: (number|null);
            fundedFen?: (number|null);
            maxRateBps?: (number|null);
            timeMs?: (number|null);
        }

        class TrancheUpdate implements ITrancheUpdate {
            constructor(properties?: lending.v1.ITrancheUpdate);
            public trancheId: string;
            public marketId: string;
            public state: lending.v1.TrancheState;
            public amountFen: number;
            public fundedFen: number;
            public maxRateBps: number;
            public timeMs: number;
            public static create(properties?: lending.v1.ITrancheUpdate): lending.v1.TrancheUpdate;
            public static encode(message: lending.v1.ITrancheUpdate, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.TrancheUpdate;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IPresence {
            channel?: (lending.v1.Channel|null);
            userIds?: (string[]|null);
        }

        class Presence implements IPresence {
            constructor(properties?: lending.v1.IPresence);
            public channel: lending.v1.Channel;
            public userIds: string[];
            public static create(properties?: lending.v1.IPresence): lending.v1.Presence;
            public static encode(message: lending.v1.IPresence, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Presence;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRegistered {
            userId?: (string|null);
            role?: (string|null);
            kycStatus?: (lending.v1.KycStatus|null);
            nameMasked?: (string|null);
            phoneMasked?: (string|null);
            idNumberMasked?: (string|null);
            bankCardMasked?: (string|null);
        }

        class Registered implements IRegistered {
            constructor(properties?: lending.v1.IRegistered);
            public userId: string;
            public role: string;
            public kycStatus: lending.v1.KycStatus;
            public nameMasked: string;
            public phoneMasked: string;
            public idNumberMasked: string;
            public bankCardMasked: string;
            public static create(properties?: lending.v1.IRegistered): lending.v1.Registered;
            public static encode(message: lending.v1.IRegistered, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Registered;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITokenIssued {
            token?: (string|null);
            userId?: (string|null);
            roles?: (string[]|null);
            expiresAtMs?: (number|null);
        }

        class TokenIssued implements ITokenIssued {
            constructor(properties?: lending.v1.ITokenIssued);
            public token: string;
            public userId: string;
            public roles: string[];
            public expiresAtMs: number;
            public static create(properties?: lending.v1.ITokenIssued): lending.v1.TokenIssued;
            public static encode(message: lending.v1.ITokenIssued, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.TokenIssued;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILoggedOut {
        }

        class LoggedOut implements ILoggedOut {
            constructor(properties?: lending.v1.ILoggedOut);
            public static create(properties?: lending.v1.ILoggedOut): lending.v1.LoggedOut;
            public static encode(message: lending.v1.ILoggedOut, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.LoggedOut;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IKycStatusSet {
            userId?: (string|null);
            status?: (lending.v1.KycStatus|null);
        }

        class KycStatusSet implements IKycStatusSet {
            constructor(properties?: lending.v1.IKycStatusSet);
            public userId: string;
            public status: lending.v1.KycStatus;
            public static create(properties?: lending.v1.IKycStatusSet): lending.v1.KycStatusSet;
            public static encode(message: lending.v1.IKycStatusSet, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.KycStatusSet;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            MALFORMED_FRAME = 1001,
            UNKNOWN_MESSAGE = 1002,
            NOT_AUTHENTICATED = 1003,
            NOT_AUTHORISED = 1004,
            TOKEN_INVALID = 1005,
            TOKEN_EXPIRED = 1006,
            FRAME_TOO_LARGE = 1007,
            TOO_MANY_MESSAGES_IN_FRAME = 1008,
            OVERLOADED = 1009,
            INVALID_FIELD = 1010,
            TOO_MANY_SUBSCRIPTIONS = 1011,
            UNKNOWN_CHANNEL = 1012,
            ALREADY_AUTHENTICATED = 1013,
            SERVICE_UNAVAILABLE = 1014,
            KYC_NOT_VERIFIED = 1015,
            USER_EXISTS = 1016,
            LOGIN_FAILED = 1017,
            TOKEN_REVOKED = 1018,
            RATE_LIMITED = 1019,
            TOO_MANY_OPEN_ORDERS = 1020,
            USER_NOT_FOUND = 1021,
            SLOW_CONSUMER = 1022,
            APPLICATION_NOT_FOUND = 1023,
            APPLICATION_EXISTS = 1024,
            AMOUNT_MUST_BE_POSITIVE = 2001,
            AMOUNT_NOT_SAFE_INTEGER = 2002,
            RATE_OUT_OF_RANGE = 2003,
            UNKNOWN_MARKET = 2004,
            DUPLICATE_ORDER_ID = 2005,
            ORDER_NOT_FOUND = 2006,
            TRANCHE_EXISTS = 2007,
            SELF_FUNDING_FORBIDDEN = 2008,
            ACCOUNT_FROZEN = 2009,
            BELOW_MIN_TICKET = 2010,
            INVALID_ORDER_ID = 2011,
            FOK_NOT_FILLABLE = 2012,
            TIME_IN_FORCE_INVALID = 2013,
            BOOK_FULL = 2014,
            TRANCHE_NOT_FOUND = 2015,
            EXPIRY_NOT_IN_FUTURE = 2016,
            INSUFFICIENT_FUNDS = 3001,
            ACCOUNT_NOT_FOUND = 3002,
            TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS = 3003,
            HOLD_NOT_FOUND = 3004,
            HOLD_EXCEEDED = 3005,
            LEDGER_AMOUNT_INVALID = 3006,
            HOLD_EXISTS = 3007,
            LEDGER_FLOW_FORBIDDEN = 3008,
            LOAN_NOT_FOUND = 3009,
            LOAN_EXISTS = 3010,
            LOAN_TERMS_INVALID = 3011,
            LOAN_SETTLED = 3012,
            NOTHING_TO_COMPENSATE = 3013,
            EVENT_SCHEMA_UNKNOWN = 4001,
            EVENT_MALFORMED = 4002
        }

        interface IReject {
            code?: (lending.v1.ErrorCode|null);
            codeName?: (string|null);
            message?: (string|null);
        }

        class Reject implements IReject {
            constructor(properties?: lending.v1.IReject);
            public code: lending.v1.ErrorCode;
            public codeName: string;
            public message: string;
            public static create(properties?: lending.v1.IReject): lending.v1.Reject;
            public static encode(message: lending.v1.IReject, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Reject;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAuthenticated {
            userId?: (string|null);
            roles?: (string[]|null);
            expiresAtMs?: (number|null);
        }

        class Authenticated implements IAuthenticated {
            constructor(properties?: lending.v1.IAuthenticated);
            public userId: string;
            public roles: string[];
            public expiresAtMs: number;
            public static create(properties?: lending.v1.IAuthenticated): lending.v1.Authenticated;
            public static encode(message: lending.v1.IAuthenticated, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Authenticated;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum OrderState {
            ORDER_STATE_UNSPECIFIED = 0,
            ORDER_STATE_RESTING = 1,
            ORDER_STATE_FILLED = 2,
            ORDER_STATE_CANCELLED = 3
        }

        interface IOrderAccepted {
            clientOrderId?: (string|null);
            marketId?: (string|null);
            seq?: (number|null);
            amountFen?: (number|null);
            filledFen?: (number|null);
            state?: (lending.v1.OrderState|null);
        }

        class OrderAccepted implements IOrderAccepted {
            constructor(properties?: lending.v1.IOrderAccepted);
            public clientOrderId: string;
            public marketId: string;
            public seq: number;
            public amountFen: number;
            public filledFen: number;
            public state: lending.v1.OrderState;
            public static create(properties?: lending.v1.IOrderAccepted): lending.v1.OrderAccepted;
            public static encode(message: lending.v1.IOrderAccepted, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.OrderAccepted;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IOrderCancelled {
            clientOrderId?: (string|null);
            releasedFen?: (number|null);
            seq?: (number|null);
        }

        class OrderCancelled implements IOrderCancelled {
            constructor(properties?: lending.v1.IOrderCancelled);
            public clientOrderId: string;
            public releasedFen: number;
            public seq: number;
            public static create(properties?: lending.v1.IOrderCancelled): lending.v1.OrderCancelled;
            public static encode(message: lending.v1.IOrderCancelled, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.OrderCancelled;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITrancheListed {
            trancheId?: (string|null);
            marketId?: (string|null);
            seq?: (number|null);
            filledFen?: (number|null);
        }

        class TrancheListed implements ITrancheListed {
            constructor(properties?: lending.v1.ITrancheListed);
            public trancheId: string;
            public marketId: string;
            public seq: number;
            public filledFen: number;
            public static create(properties?: lending.v1.ITrancheListed): lending.v1.TrancheListed;
            public static encode(message: lending.v1.ITrancheListed, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.TrancheListed;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IDepositAccepted {
            transferId?: (string|null);
            availableFen?: (number|null);
        }

        class DepositAccepted implements IDepositAccepted {
            constructor(properties?: lending.v1.IDepositAccepted);
            public transferId: string;
            public availableFen: number;
            public static create(properties?: lending.v1.IDepositAccepted): lending.v1.DepositAccepted;
            public static encode(message: lending.v1.IDepositAccepted, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.DepositAccepted;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISubscribed {
            channel?: (lending.v1.Channel|null);
            marketId?: (string|null);
            seq?: (number|null);
            reset?: (boolean|null);
        }

        class Subscribed implements ISubscribed {
            constructor(properties?: lending.v1.ISubscribed);
            public channel: lending.v1.Channel;
            public marketId: string;
            public seq: number;
            public reset: boolean;
            public static create(properties?: lending.v1.ISubscribed): lending.v1.Subscribed;
            public static encode(message: lending.v1.ISubscribed, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Subscribed;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IUnsubscribed {
            channel?: (lending.v1.Channel|null);
            marketId?: (string|null);
        }

        class Unsubscribed implements IUnsubscribed {
            constructor(properties?: lending.v1.IUnsubscribed);
            public channel: lending.v1.Channel;
            public marketId: string;
            public static create(properties?: lending.v1.IUnsubscribed): lending.v1.Unsubscribed;
            public static encode(message: lending.v1.IUnsubscribed, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Unsubscribed;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IPong {
            clientTimeMs?: (number|null);
            serverTimeMs?: (number|null);
        }

        class Pong implements IPong {
            constructor(properties?: lending.v1.IPong);
            public clientTimeMs: number;
            public serverTimeMs: number;
            public static create(properties?: lending.v1.IPong): lending.v1.Pong;
            public static encode(message: lending.v1.IPong, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Pong;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFill {
            fillId?: (string|null);
            seq?: (number|null);
            marketId?: (string|null);
            trancheId?: (string|null);
            clientOrderId?: (string|null);
            amountFen?: (number|null);
            rateBps?: (number|null);
            orderRemainingFen?: (number|null);
            trancheRemainingFen?: (number|null);
            timeMs?: (number|null);
            explanation?: (string|null);
        }

        class Fill implements IFill {
            constructor(properties?: lending.v1.IFill);
            public fillId: string;
            public seq: number;
            public marketId: string;
            public trancheId: string;
            public clientOrderId: string;
            public amountFen: number;
            public rateBps: number;
            public orderRemainingFen: number;
            public trancheRemainingFen: number;
            public timeMs: number;
            public explanation: string;
            public static create(properties?: lending.v1.IFill): lending.v1.Fill;
            public static encode(message: lending.v1.IFill, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Fill;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IOrderUpdate {
            seq?: (number|null);
            clientOrderId?: (string|null);
            marketId?: (string|null);
            state?: (lending.v1.OrderState|null);
            releasedFen?: (number|null);
            reason?: (string|null);
            timeMs?: (number|null);
        }

        class OrderUpdate implements IOrderUpdate {
            constructor(properties?: lending.v1.IOrderUpdate);
            public seq: number;
            public clientOrderId: string;
            public marketId: string;
            public state: lending.v1.OrderState;
            public releasedFen: number;
            public reason: string;
            public timeMs: number;
            public static create(properties?: lending.v1.IOrderUpdate): lending.v1.OrderUpdate;
            public static encode(message: lending.v1.IOrderUpdate, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.OrderUpdate;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IBookLevel {
            rateBps?: (number|null);
            amountFen?: (number|null);
            count?: (number|null);
        }

        class BookLevel implements IBookLevel {
            constructor(properties?: lending.v1.IBookLevel);
            public rateBps: number;
            public amountFen: number;
            public count: number;
            public static create(properties?: lending.v1.IBookLevel): lending.v1.BookLevel;
            public static encode(message: lending.v1.IBookLevel, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.BookLevel;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IBookUpdate {
            marketId?: (string|null);
            seq?: (number|null);
            lend?: (lending.v1.IBookLevel[]|null);
            tranches?: (lending.v1.IBookLevel[]|null);
        }

        class BookUpdate implements IBookUpdate {
            constructor(properties?: lending.v1.IBookUpdate);
            public marketId: string;
            public seq: number;
            public lend: lending.v1.IBookLevel[];
            public tranches: lending.v1.IBookLevel[];
            public static create(properties?: lending.v1.IBookUpdate): lending.v1.BookUpdate;
            public static encode(message: lending.v1.IBookUpdate, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.BookUpdate;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAlert {
            alertId?: (string|null);
            seq?: (number|null);
            ruleId?: (string|null);
            level?: (string|null);
            accountId?: (string|null);
            summary?: (string|null);
            features?: ({ [k: string]: string }|null);
            eventIds?: (string[]|null);
            timeMs?: (number|null);
        }

        class Alert implements IAlert {
            constructor(properties?: lending.v1.IAlert);
            public alertId: string;
            public seq: number;
            public ruleId: string;
            public level: string;
            public accountId: string;
            public summary: string;
            public features: { [k: string]: string };
            public eventIds: string[];
            public timeMs: number;
            public static create(properties?: lending.v1.IAlert): lending.v1.Alert;
            public static encode(message: lending.v1.IAlert, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Alert;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFigure {
            name?: (string|null);
            value?: (number|null);
            unit?: (string|null);
        }

        class Figure implements IFigure {
            constructor(properties?: lending.v1.IFigure);
            public name: string;
            public value: number;
            public unit: string;
            public static create(properties?: lending.v1.IFigure): lending.v1.Figure;
            public static encode(message: lending.v1.IFigure, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Figure;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFigures {
            seq?: (number|null);
            asOfMs?: (number|null);
            figures?: (lending.v1.IFigure[]|null);
        }

        class Figures implements IFigures {
            constructor(properties?: lending.v1.IFigures);
            public seq: number;
            public asOfMs: number;
            public figures: lending.v1.IFigure[];
            public static create(properties?: lending.v1.IFigures): lending.v1.Figures;
            public static encode(message: lending.v1.IFigures, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Figures;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
