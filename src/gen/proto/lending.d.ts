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
            reduceLendOrder?: (lending.v1.IReduceLendOrder|null);
            amendLendOrder?: (lending.v1.IAmendLendOrder|null);
            withdraw?: (lending.v1.IWithdraw|null);
            repay?: (lending.v1.IRepay|null);
            freezeAccount?: (lending.v1.IFreezeAccount|null);
            caseAction?: (lending.v1.ICaseAction|null);
            proposeRuleConfig?: (lending.v1.IProposeRuleConfig|null);
            decideRuleConfig?: (lending.v1.IDecideRuleConfig|null);
            runBacktest?: (lending.v1.IRunBacktest|null);
            getHoldings?: (lending.v1.IGetHoldings|null);
            getLoans?: (lending.v1.IGetLoans|null);
            getLedgerProof?: (lending.v1.IGetLedgerProof|null);
            getMarkets?: (lending.v1.IGetMarkets|null);
            getCases?: (lending.v1.IGetCases|null);
            getRiskOverview?: (lending.v1.IGetRiskOverview|null);
            getApplication?: (lending.v1.IGetApplication|null);
            getRuleConfigs?: (lending.v1.IGetRuleConfigs|null);
            updateProfile?: (lending.v1.IUpdateProfile|null);
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
            public reduceLendOrder?: (lending.v1.IReduceLendOrder|null);
            public amendLendOrder?: (lending.v1.IAmendLendOrder|null);
            public withdraw?: (lending.v1.IWithdraw|null);
            public repay?: (lending.v1.IRepay|null);
            public freezeAccount?: (lending.v1.IFreezeAccount|null);
            public caseAction?: (lending.v1.ICaseAction|null);
            public proposeRuleConfig?: (lending.v1.IProposeRuleConfig|null);
            public decideRuleConfig?: (lending.v1.IDecideRuleConfig|null);
            public runBacktest?: (lending.v1.IRunBacktest|null);
            public getHoldings?: (lending.v1.IGetHoldings|null);
            public getLoans?: (lending.v1.IGetLoans|null);
            public getLedgerProof?: (lending.v1.IGetLedgerProof|null);
            public getMarkets?: (lending.v1.IGetMarkets|null);
            public getCases?: (lending.v1.IGetCases|null);
            public getRiskOverview?: (lending.v1.IGetRiskOverview|null);
            public getApplication?: (lending.v1.IGetApplication|null);
            public getRuleConfigs?: (lending.v1.IGetRuleConfigs|null);
            public updateProfile?: (lending.v1.IUpdateProfile|null);
            public body?: ("authenticate"|"placeLendOrder"|"cancelLendOrder"|"listTranche"|"subscribe"|"unsubscribe"|"ping"|"deposit"|"register"|"login"|"refreshToken"|"logout"|"setKycStatus"|"applyForLoan"|"reviewApplication"|"reduceLendOrder"|"amendLendOrder"|"withdraw"|"repay"|"freezeAccount"|"caseAction"|"proposeRuleConfig"|"decideRuleConfig"|"runBacktest"|"getHoldings"|"getLoans"|"getLedgerProof"|"getMarkets"|"getCases"|"getRiskOverview"|"getApplication"|"getRuleConfigs"|"updateProfile");
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
            expiresAtMs?: (number|null);
        }

        class PlaceLendOrder implements IPlaceLendOrder {
            constructor(properties?: lending.v1.IPlaceLendOrder);
            public clientOrderId: string;
            public marketId: string;
            public amountFen: number;
            public minRateBps: number;
            public timeInForce: lending.v1.TimeInForce;
            public expiresAtMs: number;
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

        interface IReduceLendOrder {
            clientOrderId?: (string|null);
            marketId?: (string|null);
            reduceByFen?: (number|null);
        }

        class ReduceLendOrder implements IReduceLendOrder {
            constructor(properties?: lending.v1.IReduceLendOrder);
            public clientOrderId: string;
            public marketId: string;
            public reduceByFen: number;
            public static create(properties?: lending.v1.IReduceLendOrder): lending.v1.ReduceLendOrder;
            public static encode(message: lending.v1.IReduceLendOrder, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ReduceLendOrder;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAmendLendOrder {
            clientOrderId?: (string|null);
            marketId?: (string|null);
            minRateBps?: (number|null);
        }

        class AmendLendOrder implements IAmendLendOrder {
            constructor(properties?: lending.v1.IAmendLendOrder);
            public clientOrderId: string;
            public marketId: string;
            public minRateBps: number;
            public static create(properties?: lending.v1.IAmendLendOrder): lending.v1.AmendLendOrder;
            public static encode(message: lending.v1.IAmendLendOrder, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.AmendLendOrder;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListTranche {
            trancheId?: (string|null);
            marketId?: (string|null);
            borrowerId?: (string|null);
            amountFen?: (number|null);
            maxRateBps?: (number|null);
            deadlineMs?: (number|null);
        }

        class ListTranche implements IListTranche {
            constructor(properties?: lending.v1.IListTranche);
            public trancheId: string;
            public marketId: string;
            public borrowerId: string;
            public amountFen: number;
            public maxRateBps: number;
            public deadlineMs: number;
            public static create(properties?: lending.v1.IListTranche): lending.v1.ListTranche;
            public static encode(message: lending.v1.IListTranche, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ListTranche;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IWithdraw {
            transferId?: (string|null);
            amountFen?: (number|null);
        }

        class Withdraw implements IWithdraw {
            constructor(properties?: lending.v1.IWithdraw);
            public transferId: string;
            public amountFen: number;
            public static create(properties?: lending.v1.IWithdraw): lending.v1.Withdraw;
            public static encode(message: lending.v1.IWithdraw, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Withdraw;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRepay {
            transferId?: (string|null);
            loanId?: (string|null);
            amountFen?: (number|null);
        }

        class Repay implements IRepay {
            constructor(properties?: lending.v1.IRepay);
            public transferId: string;
            public loanId: string;
            public amountFen: number;
            public static create(properties?: lending.v1.IRepay): lending.v1.Repay;
            public static encode(message: lending.v1.IRepay, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Repay;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFreezeAccount {
            userId?: (string|null);
            frozen?: (boolean|null);
            reason?: (string|null);
        }

        class FreezeAccount implements IFreezeAccount {
            constructor(properties?: lending.v1.IFreezeAccount);
            public userId: string;
            public frozen: boolean;
            public reason: string;
            public static create(properties?: lending.v1.IFreezeAccount): lending.v1.FreezeAccount;
            public static encode(message: lending.v1.IFreezeAccount, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.FreezeAccount;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum CaseActionKind {
            CASE_ACTION_UNSPECIFIED = 0,
            CASE_ACKNOWLEDGE = 1,
            CASE_ASSIGN = 2,
            CASE_RESOLVE_FRAUD = 3,
            CASE_RESOLVE_NOT_FRAUD = 4
        }

        interface ICaseAction {
            alertId?: (string|null);
            action?: (lending.v1.CaseActionKind|null);
            assignee?: (string|null);
            note?: (string|null);
        }

        class CaseAction implements ICaseAction {
            constructor(properties?: lending.v1.ICaseAction);
            public alertId: string;
            public action: lending.v1.CaseActionKind;
            public assignee: string;
            public note: string;
            public static create(properties?: lending.v1.ICaseAction): lending.v1.CaseAction;
            public static encode(message: lending.v1.ICaseAction, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.CaseAction;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IProposeRuleConfig {
            configJson?: (string|null);
            note?: (string|null);
        }

        class ProposeRuleConfig implements IProposeRuleConfig {
            constructor(properties?: lending.v1.IProposeRuleConfig);
            public configJson: string;
            public note: string;
            public static create(properties?: lending.v1.IProposeRuleConfig): lending.v1.ProposeRuleConfig;
            public static encode(message: lending.v1.IProposeRuleConfig, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ProposeRuleConfig;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IDecideRuleConfig {
            proposalId?: (number|null);
            approve?: (boolean|null);
            note?: (string|null);
        }

        class DecideRuleConfig implements IDecideRuleConfig {
            constructor(properties?: lending.v1.IDecideRuleConfig);
            public proposalId: number;
            public approve: boolean;
            public note: string;
            public static create(properties?: lending.v1.IDecideRuleConfig): lending.v1.DecideRuleConfig;
            public static encode(message: lending.v1.IDecideRuleConfig, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.DecideRuleConfig;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRunBacktest {
            configJson?: (string|null);
        }

        class RunBacktest implements IRunBacktest {
            constructor(properties?: lending.v1.IRunBacktest);
            public configJson: string;
            public static create(properties?: lending.v1.IRunBacktest): lending.v1.RunBacktest;
            public static encode(message: lending.v1.IRunBacktest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RunBacktest;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetHoldings {
        }

        class GetHoldings implements IGetHoldings {
            constructor(properties?: lending.v1.IGetHoldings);
            public static create(properties?: lending.v1.IGetHoldings): lending.v1.GetHoldings;
            public static encode(message: lending.v1.IGetHoldings, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetHoldings;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetLoans {
            userId?: (string|null);
        }

        class GetLoans implements IGetLoans {
            constructor(properties?: lending.v1.IGetLoans);
            public userId: string;
            public static create(properties?: lending.v1.IGetLoans): lending.v1.GetLoans;
            public static encode(message: lending.v1.IGetLoans, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetLoans;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetLedgerProof {
            reference?: (string|null);
        }

        class GetLedgerProof implements IGetLedgerProof {
            constructor(properties?: lending.v1.IGetLedgerProof);
            public reference: string;
            public static create(properties?: lending.v1.IGetLedgerProof): lending.v1.GetLedgerProof;
            public static encode(message: lending.v1.IGetLedgerProof, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetLedgerProof;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetMarkets {
        }

        class GetMarkets implements IGetMarkets {
            constructor(properties?: lending.v1.IGetMarkets);
            public static create(properties?: lending.v1.IGetMarkets): lending.v1.GetMarkets;
            public static encode(message: lending.v1.IGetMarkets, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetMarkets;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetCases {
            state?: (string|null);
            limit?: (number|null);
        }

        class GetCases implements IGetCases {
            constructor(properties?: lending.v1.IGetCases);
            public state: string;
            public limit: number;
            public static create(properties?: lending.v1.IGetCases): lending.v1.GetCases;
            public static encode(message: lending.v1.IGetCases, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetCases;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetRiskOverview {
        }

        class GetRiskOverview implements IGetRiskOverview {
            constructor(properties?: lending.v1.IGetRiskOverview);
            public static create(properties?: lending.v1.IGetRiskOverview): lending.v1.GetRiskOverview;
            public static encode(message: lending.v1.IGetRiskOverview, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetRiskOverview;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetApplication {
            applicationId?: (string|null);
        }

        class GetApplication implements IGetApplication {
            constructor(properties?: lending.v1.IGetApplication);
            public applicationId: string;
            public static create(properties?: lending.v1.IGetApplication): lending.v1.GetApplication;
            public static encode(message: lending.v1.IGetApplication, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetApplication;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetRuleConfigs {
        }

        class GetRuleConfigs implements IGetRuleConfigs {
            constructor(properties?: lending.v1.IGetRuleConfigs);
            public static create(properties?: lending.v1.IGetRuleConfigs): lending.v1.GetRuleConfigs;
            public static encode(message: lending.v1.IGetRuleConfigs, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.GetRuleConfigs;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IUpdateProfile {
            phone?: (string|null);
            bankCard?: (string|null);
        }

        class UpdateProfile implements IUpdateProfile {
            constructor(properties?: lending.v1.IUpdateProfile);
            public phone: string;
            public bankCard: string;
            public static create(properties?: lending.v1.IUpdateProfile): lending.v1.UpdateProfile;
            public static encode(message: lending.v1.IUpdateProfile, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.UpdateProfile;
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
            fromStart?: (boolean|null);
        }

        class Subscribe implements ISubscribe {
            constructor(properties?: lending.v1.ISubscribe);
            public channel: lending.v1.Channel;
            public marketId: string;
            public fromSeq: number;
            public fromStart: boolean;
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
            orderReduced?: (lending.v1.IOrderReduced|null);
            orderAmended?: (lending.v1.IOrderAmended|null);
            withdrawalAccepted?: (lending.v1.IWithdrawalAccepted|null);
            repaymentAccepted?: (lending.v1.IRepaymentAccepted|null);
            accountStatus?: (lending.v1.IAccountStatus|null);
            caseUpdate?: (lending.v1.ICaseUpdate|null);
            ruleConfigStatus?: (lending.v1.IRuleConfigStatus|null);
            backtestResult?: (lending.v1.IBacktestResult|null);
            holdings?: (lending.v1.IHoldings|null);
            loans?: (lending.v1.ILoans|null);
            ledgerProof?: (lending.v1.ILedgerProof|null);
            markets?: (lending.v1.IMarkets|null);
            cases?: (lending.v1.ICases|null);
            riskOverview?: (lending.v1.IRiskOverview|null);
            ruleConfigs?: (lending.v1.IRuleConfigs|null);
            loanNotice?: (lending.v1.ILoanNotice|null);
            profileUpdated?: (lending.v1.IProfileUpdated|null);
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
            public orderReduced?: (lending.v1.IOrderReduced|null);
            public orderAmended?: (lending.v1.IOrderAmended|null);
            public withdrawalAccepted?: (lending.v1.IWithdrawalAccepted|null);
            public repaymentAccepted?: (lending.v1.IRepaymentAccepted|null);
            public accountStatus?: (lending.v1.IAccountStatus|null);
            public caseUpdate?: (lending.v1.ICaseUpdate|null);
            public ruleConfigStatus?: (lending.v1.IRuleConfigStatus|null);
            public backtestResult?: (lending.v1.IBacktestResult|null);
            public holdings?: (lending.v1.IHoldings|null);
            public loans?: (lending.v1.ILoans|null);
            public ledgerProof?: (lending.v1.ILedgerProof|null);
            public markets?: (lending.v1.IMarkets|null);
            public cases?: (lending.v1.ICases|null);
            public riskOverview?: (lending.v1.IRiskOverview|null);
            public ruleConfigs?: (lending.v1.IRuleConfigs|null);
            public loanNotice?: (lending.v1.ILoanNotice|null);
            public profileUpdated?: (lending.v1.IProfileUpdated|null);
            public body?: ("authenticated"|"reject"|"orderAccepted"|"orderCancelled"|"trancheListed"|"subscribed"|"unsubscribed"|"pong"|"depositAccepted"|"fill"|"bookUpdate"|"alert"|"figures"|"orderUpdate"|"registered"|"tokenIssued"|"loggedOut"|"kycStatusSet"|"presence"|"ledgerMovement"|"trancheUpdate"|"applicationDecision"|"orderReduced"|"orderAmended"|"withdrawalAccepted"|"repaymentAccepted"|"accountStatus"|"caseUpdate"|"ruleConfigStatus"|"backtestResult"|"holdings"|"loans"|"ledgerProof"|"markets"|"cases"|"riskOverview"|"ruleConfigs"|"loanNotice"|"profileUpdated");
            public static create(properties?: lending.v1.IServerMessage): lending.v1.ServerMessage;
            public static encode(message: lending.v1.IServerMessage, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ServerMessage;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IProfileUpdated {
            phoneMasked?: (string|null);
            bankCardMasked?: (string|null);
        }

        class ProfileUpdated implements IProfileUpdated {
            constructor(properties?: lending.v1.IProfileUpdated);
            public phoneMasked: string;
            public bankCardMasked: string;
            public static create(properties?: lending.v1.IProfileUpdated): lending.v1.ProfileUpdated;
            public static encode(message: lending.v1.IProfileUpdated, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.ProfileUpdated;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IOrderReduced {
            clientOrderId?: (string|null);
            marketId?: (string|null);
            seq?: (number|null);
            releasedFen?: (number|null);
            remainingFen?: (number|null);
        }

        class OrderReduced implements IOrderReduced {
            constructor(properties?: lending.v1.IOrderReduced);
            public clientOrderId: string;
            public marketId: string;
            public seq: number;
            public releasedFen: number;
            public remainingFen: number;
            public static create(properties?: lending.v1.IOrderReduced): lending.v1.OrderReduced;
            public static encode(message: lending.v1.IOrderReduced, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.OrderReduced;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IOrderAmended {
            clientOrderId?: (string|null);
            marketId?: (string|null);
            seq?: (number|null);
            minRateBps?: (number|null);
            remainingFen?: (number|null);
        }

        class OrderAmended implements IOrderAmended {
            constructor(properties?: lending.v1.IOrderAmended);
            public clientOrderId: string;
            public marketId: string;
            public seq: number;
            public minRateBps: number;
            public remainingFen: number;
            public static create(properties?: lending.v1.IOrderAmended): lending.v1.OrderAmended;
            public static encode(message: lending.v1.IOrderAmended, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.OrderAmended;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IWithdrawalAccepted {
            transferId?: (string|null);
            availableFen?: (number|null);
        }

        class WithdrawalAccepted implements IWithdrawalAccepted {
            constructor(properties?: lending.v1.IWithdrawalAccepted);
            public transferId: string;
            public availableFen: number;
            public static create(properties?: lending.v1.IWithdrawalAccepted): lending.v1.WithdrawalAccepted;
            public static encode(message: lending.v1.IWithdrawalAccepted, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.WithdrawalAccepted;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRepaymentAccepted {
            transferId?: (string|null);
            loanId?: (string|null);
            paidFen?: (number|null);
            outstandingPrincipalFen?: (number|null);
            status?: (string|null);
        }

        class RepaymentAccepted implements IRepaymentAccepted {
            constructor(properties?: lending.v1.IRepaymentAccepted);
            public transferId: string;
            public loanId: string;
            public paidFen: number;
            public outstandingPrincipalFen: number;
            public status: string;
            public static create(properties?: lending.v1.IRepaymentAccepted): lending.v1.RepaymentAccepted;
            public static encode(message: lending.v1.IRepaymentAccepted, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RepaymentAccepted;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAccountStatus {
            userId?: (string|null);
            frozen?: (boolean|null);
            by?: (string|null);
            reason?: (string|null);
            timeMs?: (number|null);
        }

        class AccountStatus implements IAccountStatus {
            constructor(properties?: lending.v1.IAccountStatus);
            public userId: string;
            public frozen: boolean;
            public by: string;
            public reason: string;
            public timeMs: number;
            public static create(properties?: lending.v1.IAccountStatus): lending.v1.AccountStatus;
            public static encode(message: lending.v1.IAccountStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.AccountStatus;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICaseUpdate {
            alertId?: (string|null);
            state?: (string|null);
            assignee?: (string|null);
            resolution?: (string|null);
            by?: (string|null);
            note?: (string|null);
            timeMs?: (number|null);
            ruleId?: (string|null);
            accountId?: (string|null);
        }

        class CaseUpdate implements ICaseUpdate {
            constructor(properties?: lending.v1.ICaseUpdate);
            public alertId: string;
            public state: string;
            public assignee: string;
            public resolution: string;
            public by: string;
            public note: string;
            public timeMs: number;
            public ruleId: string;
            public accountId: string;
            public static create(properties?: lending.v1.ICaseUpdate): lending.v1.CaseUpdate;
            public static encode(message: lending.v1.ICaseUpdate, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.CaseUpdate;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRuleConfigStatus {
            version?: (number|null);
            state?: (string|null);
            proposedBy?: (string|null);
            decidedBy?: (string|null);
            note?: (string|null);
            configJson?: (string|null);
            timeMs?: (number|null);
            proposalId?: (number|null);
        }

        class RuleConfigStatus implements IRuleConfigStatus {
            constructor(properties?: lending.v1.IRuleConfigStatus);
            public version: number;
            public state: string;
            public proposedBy: string;
            public decidedBy: string;
            public note: string;
            public configJson: string;
            public timeMs: number;
            public proposalId: number;
            public static create(properties?: lending.v1.IRuleConfigStatus): lending.v1.RuleConfigStatus;
            public static encode(message: lending.v1.IRuleConfigStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RuleConfigStatus;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IBacktestResult {
            events?: (number|null);
            alertsCurrent?: (number|null);
            alertsCandidate?: (number|null);
            added?: (number|null);
            removed?: (number|null);
            levelChanged?: (number|null);
        }

        class BacktestResult implements IBacktestResult {
            constructor(properties?: lending.v1.IBacktestResult);
            public events: number;
            public alertsCurrent: number;
            public alertsCandidate: number;
            public added: number;
            public removed: number;
            public levelChanged: number;
            public static create(properties?: lending.v1.IBacktestResult): lending.v1.BacktestResult;
            public static encode(message: lending.v1.IBacktestResult, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.BacktestResult;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface INote {
            noteId?: (string|null);
            loanId?: (string|null);
            marketId?: (string|null);
            principalFen?: (number|null);
            rateBps?: (number|null);
            outstandingPrincipalFen?: (number|null);
            receivedPrincipalFen?: (number|null);
            loanStatus?: (string|null);
            daysPastDue?: (number|null);
            schedule?: (lending.v1.ISchedulePeriod[]|null);
        }

        class Note implements INote {
            constructor(properties?: lending.v1.INote);
            public noteId: string;
            public loanId: string;
            public marketId: string;
            public principalFen: number;
            public rateBps: number;
            public outstandingPrincipalFen: number;
            public receivedPrincipalFen: number;
            public loanStatus: string;
            public daysPastDue: number;
            public schedule: lending.v1.ISchedulePeriod[];
            public static create(properties?: lending.v1.INote): lending.v1.Note;
            public static encode(message: lending.v1.INote, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Note;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IHoldings {
            notes?: (lending.v1.INote[]|null);
            availableFen?: (number|null);
            heldFen?: (number|null);
        }

        class Holdings implements IHoldings {
            constructor(properties?: lending.v1.IHoldings);
            public notes: lending.v1.INote[];
            public availableFen: number;
            public heldFen: number;
            public static create(properties?: lending.v1.IHoldings): lending.v1.Holdings;
            public static encode(message: lending.v1.IHoldings, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Holdings;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISchedulePeriod {
            period?: (number|null);
            dueMs?: (number|null);
            principalFen?: (number|null);
            interestFen?: (number|null);
            compensated?: (boolean|null);
        }

        class SchedulePeriod implements ISchedulePeriod {
            constructor(properties?: lending.v1.ISchedulePeriod);
            public period: number;
            public dueMs: number;
            public principalFen: number;
            public interestFen: number;
            public compensated: boolean;
            public static create(properties?: lending.v1.ISchedulePeriod): lending.v1.SchedulePeriod;
            public static encode(message: lending.v1.ISchedulePeriod, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.SchedulePeriod;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILoan {
            loanId?: (string|null);
            borrowerId?: (string|null);
            principalFen?: (number|null);
            outstandingPrincipalFen?: (number|null);
            status?: (string|null);
            daysPastDue?: (number|null);
            bucket?: (string|null);
            dueNowFen?: (number|null);
            schedule?: (lending.v1.ISchedulePeriod[]|null);
            termMonths?: (number|null);
        }

        class Loan implements ILoan {
            constructor(properties?: lending.v1.ILoan);
            public loanId: string;
            public borrowerId: string;
            public principalFen: number;
            public outstandingPrincipalFen: number;
            public status: string;
            public daysPastDue: number;
            public bucket: string;
            public dueNowFen: number;
            public schedule: lending.v1.ISchedulePeriod[];
            public termMonths: number;
            public static create(properties?: lending.v1.ILoan): lending.v1.Loan;
            public static encode(message: lending.v1.ILoan, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Loan;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILoans {
            loans?: (lending.v1.ILoan[]|null);
        }

        class Loans implements ILoans {
            constructor(properties?: lending.v1.ILoans);
            public loans: lending.v1.ILoan[];
            public static create(properties?: lending.v1.ILoans): lending.v1.Loans;
            public static encode(message: lending.v1.ILoans, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Loans;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILedgerProof {
            reference?: (string|null);
            entryIndex?: (number|null);
            headIndex?: (number|null);
            prevHash?: (string|null);
            record?: (string|null);
            hash?: (string|null);
            links?: (string[]|null);
            headHash?: (string|null);
        }

        class LedgerProof implements ILedgerProof {
            constructor(properties?: lending.v1.ILedgerProof);
            public reference: string;
            public entryIndex: number;
            public headIndex: number;
            public prevHash: string;
            public record: string;
            public hash: string;
            public links: string[];
            public headHash: string;
            public static create(properties?: lending.v1.ILedgerProof): lending.v1.LedgerProof;
            public static encode(message: lending.v1.ILedgerProof, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.LedgerProof;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IMarketInfo {
            marketId?: (string|null);
            termMonths?: (number|null);
            grade?: (string|null);
            minTicketFen?: (number|null);
            lenderShareMaxBps?: (number|null);
            minFundedShareBps?: (number|null);
        }

        class MarketInfo implements IMarketInfo {
            constructor(properties?: lending.v1.IMarketInfo);
            public marketId: string;
            public termMonths: number;
            public grade: string;
            public minTicketFen: number;
            public lenderShareMaxBps: number;
            public minFundedShareBps: number;
            public static create(properties?: lending.v1.IMarketInfo): lending.v1.MarketInfo;
            public static encode(message: lending.v1.IMarketInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.MarketInfo;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IMarkets {
            markets?: (lending.v1.IMarketInfo[]|null);
        }

        class Markets implements IMarkets {
            constructor(properties?: lending.v1.IMarkets);
            public markets: lending.v1.IMarketInfo[];
            public static create(properties?: lending.v1.IMarkets): lending.v1.Markets;
            public static encode(message: lending.v1.IMarkets, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Markets;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICases {
            cases?: (lending.v1.ICaseUpdate[]|null);
        }

        class Cases implements ICases {
            constructor(properties?: lending.v1.ICases);
            public cases: lending.v1.ICaseUpdate[];
            public static create(properties?: lending.v1.ICases): lending.v1.Cases;
            public static encode(message: lending.v1.ICases, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.Cases;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRiskLevelCount {
            level?: (string|null);
            accounts?: (number|null);
        }

        class RiskLevelCount implements IRiskLevelCount {
            constructor(properties?: lending.v1.IRiskLevelCount);
            public level: string;
            public accounts: number;
            public static create(properties?: lending.v1.IRiskLevelCount): lending.v1.RiskLevelCount;
            public static encode(message: lending.v1.IRiskLevelCount, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RiskLevelCount;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRiskOverview {
            levels?: (lending.v1.IRiskLevelCount[]|null);
            activeConfigVersion?: (number|null);
            openCases?: (number|null);
            frozenAccounts?: (string[]|null);
        }

        class RiskOverview implements IRiskOverview {
            constructor(properties?: lending.v1.IRiskOverview);
            public levels: lending.v1.IRiskLevelCount[];
            public activeConfigVersion: number;
            public openCases: number;
            public frozenAccounts: string[];
            public static create(properties?: lending.v1.IRiskOverview): lending.v1.RiskOverview;
            public static encode(message: lending.v1.IRiskOverview, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RiskOverview;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRuleConfigs {
            configs?: (lending.v1.IRuleConfigStatus[]|null);
        }

        class RuleConfigs implements IRuleConfigs {
            constructor(properties?: lending.v1.IRuleConfigs);
            public configs: lending.v1.IRuleConfigStatus[];
            public static create(properties?: lending.v1.IRuleConfigs): lending.v1.RuleConfigs;
            public static encode(message: lending.v1.IRuleConfigs, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.RuleConfigs;
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILoanNotice {
            seq?: (number|null);
            kind?: (string|null);
            loanId?: (string|null);
            period?: (number|null);
            dueMs?: (number|null);
            amountFen?: (number|null);
            daysPastDue?: (number|null);
            bucket?: (string|null);
            timeMs?: (number|null);
        }

        class LoanNotice implements ILoanNotice {
            constructor(properties?: lending.v1.ILoanNotice);
            public seq: number;
            public kind: string;
            public loanId: string;
            public period: number;
            public dueMs: number;
            public amountFen: number;
            public daysPastDue: number;
            public bucket: string;
            public timeMs: number;
            public static create(properties?: lending.v1.ILoanNotice): lending.v1.LoanNotice;
            public static encode(message: lending.v1.ILoanNotice, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lending.v1.LoanNotice;
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
            deadlineMs?: (number|null);
            seq?: (number|null);
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
            public deadlineMs: number;
            public seq: number;
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
            PROOF_NOT_FOUND = 1025,
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
            EVENT_MALFORMED = 4002,
            ALERT_NOT_FOUND = 4003,
            CASE_TRANSITION_INVALID = 4004,
            RULE_CONFIG_INVALID = 4005,
            RULE_CONFIG_NOT_FOUND = 4006,
            MAKER_CANNOT_APPROVE = 4007
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
