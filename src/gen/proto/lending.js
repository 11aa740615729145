/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const lending = $root.lending = (() => {

    /**
     * Namespace lending.
     * @exports lending
     * @namespace
     */
    const lending = {};

    lending.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof lending
         * @namespace
         */
        const v1 = {};

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @memberof lending.v1
             * @interface IClientFrame
             * @property {Array.<lending.v1.IClientMessage>|null} [messages] ClientFrame messages
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof lending.v1
             * @classdesc Represents a ClientFrame.
             * @implements IClientFrame
             * @constructor
             * @param {lending.v1.IClientFrame=} [properties] Properties to set
             */
            function ClientFrame(properties) {
                this.messages = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ClientFrame messages.
             * @member {Array.<lending.v1.IClientMessage>} messages
             * @memberof lending.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.messages = $util.emptyArray;

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof lending.v1.ClientFrame
             * @static
             * @param {lending.v1.IClientFrame=} [properties] Properties to set
             * @returns {lending.v1.ClientFrame} ClientFrame instance
             */
            ClientFrame.create = function create(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link lending.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ClientFrame
             * @static
             * @param {lending.v1.IClientFrame} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.lending.v1.ClientMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ClientFrame} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ClientFrame();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.lending.v1.ClientMessage.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ClientFrame
             * @function getTypeUrl
             * @memberof lending.v1.ClientFrame
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ClientFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ClientFrame";
            };

            return ClientFrame;
        })();

        v1.ClientMessage = (function() {

            /**
             * Properties of a ClientMessage.
             * @memberof lending.v1
             * @interface IClientMessage
             * @property {number|null} [requestId] ClientMessage requestId
             * @property {lending.v1.IAuthenticate|null} [authenticate] ClientMessage authenticate
             * @property {lending.v1.IPlaceLendOrder|null} [placeLendOrder] ClientMessage placeLendOrder
             * @property {lending.v1.ICancelLendOrder|null} [cancelLendOrder] ClientMessage cancelLendOrder
             * @property {lending.v1.IListTranche|null} [listTranche] ClientMessage listTranche
             * @property {lending.v1.ISubscribe|null} [subscribe] ClientMessage subscribe
             * @property {lending.v1.IUnsubscribe|null} [unsubscribe] ClientMessage unsubscribe
             * @property {lending.v1.IPing|null} [ping] ClientMessage ping
             * @property {lending.v1.IDeposit|null} [deposit] ClientMessage deposit
             * @property {lending.v1.IRegister|null} [register] ClientMessage register
             * @property {lending.v1.ILogin|null} [login] ClientMessage login
             * @property {lending.v1.IRefreshToken|null} [refreshToken] ClientMessage refreshToken
             * @property {lending.v1.ILogout|null} [logout] ClientMessage logout
             * @property {lending.v1.ISetKycStatus|null} [setKycStatus] ClientMessage setKycStatus
             * @property {lending.v1.IApplyForLoan|null} [applyForLoan] ClientMessage applyForLoan
             * @property {lending.v1.IReviewApplication|null} [reviewApplication] ClientMessage reviewApplication
             * @property {lending.v1.IReduceLendOrder|null} [reduceLendOrder] ClientMessage reduceLendOrder
             * @property {lending.v1.IAmendLendOrder|null} [amendLendOrder] ClientMessage amendLendOrder
             * @property {lending.v1.IWithdraw|null} [withdraw] ClientMessage withdraw
             * @property {lending.v1.IRepay|null} [repay] ClientMessage repay
             * @property {lending.v1.IFreezeAccount|null} [freezeAccount] ClientMessage freezeAccount
             * @property {lending.v1.ICaseAction|null} [caseAction] ClientMessage caseAction
             * @property {lending.v1.IProposeRuleConfig|null} [proposeRuleConfig] ClientMessage proposeRuleConfig
             * @property {lending.v1.IDecideRuleConfig|null} [decideRuleConfig] ClientMessage decideRuleConfig
             * @property {lending.v1.IRunBacktest|null} [runBacktest] ClientMessage runBacktest
             * @property {lending.v1.IGetHoldings|null} [getHoldings] ClientMessage getHoldings
             * @property {lending.v1.IGetLoans|null} [getLoans] ClientMessage getLoans
             * @property {lending.v1.IGetLedgerProof|null} [getLedgerProof] ClientMessage getLedgerProof
             * @property {lending.v1.IGetMarkets|null} [getMarkets] ClientMessage getMarkets
             * @property {lending.v1.IGetCases|null} [getCases] ClientMessage getCases
             * @property {lending.v1.IGetRiskOverview|null} [getRiskOverview] ClientMessage getRiskOverview
             * @property {lending.v1.IGetApplication|null} [getApplication] ClientMessage getApplication
             * @property {lending.v1.IGetRuleConfigs|null} [getRuleConfigs] ClientMessage getRuleConfigs
             * @property {lending.v1.IUpdateProfile|null} [updateProfile] ClientMessage updateProfile
             */

            /**
             * Constructs a new ClientMessage.
             * @memberof lending.v1
             * @classdesc Represents a ClientMessage.
             * @implements IClientMessage
             * @constructor
             * @param {lending.v1.IClientMessage=} [properties] Properties to set
             */
            function ClientMessage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ClientMessage requestId.
             * @member {number} requestId
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.requestId = 0;

            /**
             * ClientMessage authenticate.
             * @member {lending.v1.IAuthenticate|null|undefined} authenticate
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.authenticate = null;

            /**
             * ClientMessage placeLendOrder.
             * @member {lending.v1.IPlaceLendOrder|null|undefined} placeLendOrder
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.placeLendOrder = null;

            /**
             * ClientMessage cancelLendOrder.
             * @member {lending.v1.ICancelLendOrder|null|undefined} cancelLendOrder
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.cancelLendOrder = null;

            /**
             * ClientMessage listTranche.
             * @member {lending.v1.IListTranche|null|undefined} listTranche
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.listTranche = null;

            /**
             * ClientMessage subscribe.
             * @member {lending.v1.ISubscribe|null|undefined} subscribe
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.subscribe = null;

            /**
             * ClientMessage unsubscribe.
             * @member {lending.v1.IUnsubscribe|null|undefined} unsubscribe
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.unsubscribe = null;

            /**
             * ClientMessage ping.
             * @member {lending.v1.IPing|null|undefined} ping
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.ping = null;

            /**
             * ClientMessage deposit.
             * @member {lending.v1.IDeposit|null|undefined} deposit
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.deposit = null;

            /**
             * ClientMessage register.
             * @member {lending.v1.IRegister|null|undefined} register
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.register = null;

            /**
             * ClientMessage login.
             * @member {lending.v1.ILogin|null|undefined} login
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.login = null;

            /**
             * ClientMessage refreshToken.
             * @member {lending.v1.IRefreshToken|null|undefined} refreshToken
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.refreshToken = null;

            /**
             * ClientMessage logout.
             * @member {lending.v1.ILogout|null|undefined} logout
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.logout = null;

            /**
             * ClientMessage setKycStatus.
             * @member {lending.v1.ISetKycStatus|null|undefined} setKycStatus
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.setKycStatus = null;

            /**
             * ClientMessage applyForLoan.
             * @member {lending.v1.IApplyForLoan|null|undefined} applyForLoan
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.applyForLoan = null;

            /**
             * ClientMessage reviewApplication.
             * @member {lending.v1.IReviewApplication|null|undefined} reviewApplication
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.reviewApplication = null;

            /**
             * ClientMessage reduceLendOrder.
             * @member {lending.v1.IReduceLendOrder|null|undefined} reduceLendOrder
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.reduceLendOrder = null;

            /**
             * ClientMessage amendLendOrder.
             * @member {lending.v1.IAmendLendOrder|null|undefined} amendLendOrder
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.amendLendOrder = null;

            /**
             * ClientMessage withdraw.
             * @member {lending.v1.IWithdraw|null|undefined} withdraw
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.withdraw = null;

            /**
             * ClientMessage repay.
             * @member {lending.v1.IRepay|null|undefined} repay
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.repay = null;

            /**
             * ClientMessage freezeAccount.
             * @member {lending.v1.IFreezeAccount|null|undefined} freezeAccount
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.freezeAccount = null;

            /**
             * ClientMessage caseAction.
             * @member {lending.v1.ICaseAction|null|undefined} caseAction
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.caseAction = null;

            /**
             * ClientMessage proposeRuleConfig.
             * @member {lending.v1.IProposeRuleConfig|null|undefined} proposeRuleConfig
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.proposeRuleConfig = null;

            /**
             * ClientMessage decideRuleConfig.
             * @member {lending.v1.IDecideRuleConfig|null|undefined} decideRuleConfig
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.decideRuleConfig = null;

            /**
             * ClientMessage runBacktest.
             * @member {lending.v1.IRunBacktest|null|undefined} runBacktest
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.runBacktest = null;

            /**
             * ClientMessage getHoldings.
             * @member {lending.v1.IGetHoldings|null|undefined} getHoldings
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getHoldings = null;

            /**
             * ClientMessage getLoans.
             * @member {lending.v1.IGetLoans|null|undefined} getLoans
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getLoans = null;

            /**
             * ClientMessage getLedgerProof.
             * @member {lending.v1.IGetLedgerProof|null|undefined} getLedgerProof
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getLedgerProof = null;

            /**
             * ClientMessage getMarkets.
             * @member {lending.v1.IGetMarkets|null|undefined} getMarkets
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getMarkets = null;

            /**
             * ClientMessage getCases.
             * @member {lending.v1.IGetCases|null|undefined} getCases
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getCases = null;

            /**
             * ClientMessage getRiskOverview.
             * @member {lending.v1.IGetRiskOverview|null|undefined} getRiskOverview
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getRiskOverview = null;

            /**
             * ClientMessage getApplication.
             * @member {lending.v1.IGetApplication|null|undefined} getApplication
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getApplication = null;

            /**
             * ClientMessage getRuleConfigs.
             * @member {lending.v1.IGetRuleConfigs|null|undefined} getRuleConfigs
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.getRuleConfigs = null;

            /**
             * ClientMessage updateProfile.
             * @member {lending.v1.IUpdateProfile|null|undefined} updateProfile
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.updateProfile = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientMessage body.
             * @member {"authenticate"|"placeLendOrder"|"cancelLendOrder"|"listTranche"|"subscribe"|"unsubscribe"|"ping"|"deposit"|"register"|"login"|"refreshToken"|"logout"|"setKycStatus"|"applyForLoan"|"reviewApplication"|"reduceLendOrder"|"amendLendOrder"|"withdraw"|"repay"|"freezeAccount"|"caseAction"|"proposeRuleConfig"|"decideRuleConfig"|"runBacktest"|"getHoldings"|"getLoans"|"getLedgerProof"|"getMarkets"|"getCases"|"getRiskOverview"|"getApplication"|"getRuleConfigs"|"updateProfile"|undefined} body
             * @memberof lending.v1.ClientMessage
             * @instance
             */
            Object.defineProperty(ClientMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["authenticate", "placeLendOrder", "cancelLendOrder", "listTranche", "subscribe", "unsubscribe", "ping", "deposit", "register", "login", "refreshToken", "logout", "setKycStatus", "applyForLoan", "reviewApplication", "reduceLendOrder", "amendLendOrder", "withdraw", "repay", "freezeAccount", "caseAction", "proposeRuleConfig", "decideRuleConfig", "runBacktest", "getHoldings", "getLoans", "getLedgerProof", "getMarkets", "getCases", "getRiskOverview", "getApplication", "getRuleConfigs", "updateProfile"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @function create
             * @memberof lending.v1.ClientMessage
             * @static
             * @param {lending.v1.IClientMessage=} [properties] Properties to set
             * @returns {lending.v1.ClientMessage} ClientMessage instance
             */
            ClientMessage.create = function create(properties) {
                return new ClientMessage(properties);
            };

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link lending.v1.ClientMessage.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ClientMessage
             * @static
             * @param {lending.v1.IClientMessage} message ClientMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientMessage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                if (message.authenticate != null && Object.hasOwnProperty.call(message, "authenticate"))
                    $root.lending.v1.Authenticate.encode(message.authenticate, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.placeLendOrder != null && Object.hasOwnProperty.call(message, "placeLendOrder"))
                    $root.lending.v1.PlaceLendOrder.encode(message.placeLendOrder, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.cancelLendOrder != null && Object.hasOwnProperty.call(message, "cancelLendOrder"))
                    $root.lending.v1.CancelLendOrder.encode(message.cancelLendOrder, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.listTranche != null && Object.hasOwnProperty.call(message, "listTranche"))
                    $root.lending.v1.ListTranche.encode(message.listTranche, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.subscribe != null && Object.hasOwnProperty.call(message, "subscribe"))
                    $root.lending.v1.Subscribe.encode(message.subscribe, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.unsubscribe != null && Object.hasOwnProperty.call(message, "unsubscribe"))
                    $root.lending.v1.Unsubscribe.encode(message.unsubscribe, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping"))
                    $root.lending.v1.Ping.encode(message.ping, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                    $root.lending.v1.Deposit.encode(message.deposit, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.register != null && Object.hasOwnProperty.call(message, "register"))
                    $root.lending.v1.Register.encode(message.register, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.login != null && Object.hasOwnProperty.call(message, "login"))
                    $root.lending.v1.Login.encode(message.login, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.refreshToken != null && Object.hasOwnProperty.call(message, "refreshToken"))
                    $root.lending.v1.RefreshToken.encode(message.refreshToken, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.logout != null && Object.hasOwnProperty.call(message, "logout"))
                    $root.lending.v1.Logout.encode(message.logout, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.setKycStatus != null && Object.hasOwnProperty.call(message, "setKycStatus"))
                    $root.lending.v1.SetKycStatus.encode(message.setKycStatus, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.applyForLoan != null && Object.hasOwnProperty.call(message, "applyForLoan"))
                    $root.lending.v1.ApplyForLoan.encode(message.applyForLoan, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.reviewApplication != null && Object.hasOwnProperty.call(message, "reviewApplication"))
                    $root.lending.v1.ReviewApplication.encode(message.reviewApplication, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.reduceLendOrder != null && Object.hasOwnProperty.call(message, "reduceLendOrder"))
                    $root.lending.v1.ReduceLendOrder.encode(message.reduceLendOrder, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (message.amendLendOrder != null && Object.hasOwnProperty.call(message, "amendLendOrder"))
                    $root.lending.v1.AmendLendOrder.encode(message.amendLendOrder, writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (message.withdraw != null && Object.hasOwnProperty.call(message, "withdraw"))
                    $root.lending.v1.Withdraw.encode(message.withdraw, writer.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                if (message.repay != null && Object.hasOwnProperty.call(message, "repay"))
                    $root.lending.v1.Repay.encode(message.repay, writer.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
                if (message.freezeAccount != null && Object.hasOwnProperty.call(message, "freezeAccount"))
                    $root.lending.v1.FreezeAccount.encode(message.freezeAccount, writer.uint32(/* id 29, wireType 2 =*/234).fork(), q + 1).ldelim();
                if (message.caseAction != null && Object.hasOwnProperty.call(message, "caseAction"))
                    $root.lending.v1.CaseAction.encode(message.caseAction, writer.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (message.proposeRuleConfig != null && Object.hasOwnProperty.call(message, "proposeRuleConfig"))
                    $root.lending.v1.ProposeRuleConfig.encode(message.proposeRuleConfig, writer.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                if (message.decideRuleConfig != null && Object.hasOwnProperty.call(message, "decideRuleConfig"))
                    $root.lending.v1.DecideRuleConfig.encode(message.decideRuleConfig, writer.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                if (message.runBacktest != null && Object.hasOwnProperty.call(message, "runBacktest"))
                    $root.lending.v1.RunBacktest.encode(message.runBacktest, writer.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                if (message.getHoldings != null && Object.hasOwnProperty.call(message, "getHoldings"))
                    $root.lending.v1.GetHoldings.encode(message.getHoldings, writer.uint32(/* id 34, wireType 2 =*/274).fork(), q + 1).ldelim();
                if (message.getLoans != null && Object.hasOwnProperty.call(message, "getLoans"))
                    $root.lending.v1.GetLoans.encode(message.getLoans, writer.uint32(/* id 35, wireType 2 =*/282).fork(), q + 1).ldelim();
                if (message.getLedgerProof != null && Object.hasOwnProperty.call(message, "getLedgerProof"))
                    $root.lending.v1.GetLedgerProof.encode(message.getLedgerProof, writer.uint32(/* id 36, wireType 2 =*/290).fork(), q + 1).ldelim();
                if (message.getMarkets != null && Object.hasOwnProperty.call(message, "getMarkets"))
                    $root.lending.v1.GetMarkets.encode(message.getMarkets, writer.uint32(/* id 37, wireType 2 =*/298).fork(), q + 1).ldelim();
                if (message.getCases != null && Object.hasOwnProperty.call(message, "getCases"))
                    $root.lending.v1.GetCases.encode(message.getCases, writer.uint32(/* id 38, wireType 2 =*/306).fork(), q + 1).ldelim();
                if (message.getRiskOverview != null && Object.hasOwnProperty.call(message, "getRiskOverview"))
                    $root.lending.v1.GetRiskOverview.encode(message.getRiskOverview, writer.uint32(/* id 39, wireType 2 =*/314).fork(), q + 1).ldelim();
                if (message.getApplication != null && Object.hasOwnProperty.call(message, "getApplication"))
                    $root.lending.v1.GetApplication.encode(message.getApplication, writer.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                if (message.getRuleConfigs != null && Object.hasOwnProperty.call(message, "getRuleConfigs"))
                    $root.lending.v1.GetRuleConfigs.encode(message.getRuleConfigs, writer.uint32(/* id 41, wireType 2 =*/330).fork(), q + 1).ldelim();
                if (message.updateProfile != null && Object.hasOwnProperty.call(message, "updateProfile"))
                    $root.lending.v1.UpdateProfile.encode(message.updateProfile, writer.uint32(/* id 42, wireType 2 =*/338).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ClientMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ClientMessage} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientMessage.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ClientMessage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.requestId = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.authenticate = $root.lending.v1.Authenticate.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.placeLendOrder = $root.lending.v1.PlaceLendOrder.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.cancelLendOrder = $root.lending.v1.CancelLendOrder.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.listTranche = $root.lending.v1.ListTranche.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.subscribe = $root.lending.v1.Subscribe.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.unsubscribe = $root.lending.v1.Unsubscribe.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.ping = $root.lending.v1.Ping.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.deposit = $root.lending.v1.Deposit.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.register = $root.lending.v1.Register.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            message.login = $root.lending.v1.Login.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.refreshToken = $root.lending.v1.RefreshToken.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.logout = $root.lending.v1.Logout.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.setKycStatus = $root.lending.v1.SetKycStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.applyForLoan = $root.lending.v1.ApplyForLoan.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.reviewApplication = $root.lending.v1.ReviewApplication.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 25: {
                            message.reduceLendOrder = $root.lending.v1.ReduceLendOrder.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 26: {
                            message.amendLendOrder = $root.lending.v1.AmendLendOrder.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 27: {
                            message.withdraw = $root.lending.v1.Withdraw.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 28: {
                            message.repay = $root.lending.v1.Repay.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 29: {
                            message.freezeAccount = $root.lending.v1.FreezeAccount.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 30: {
                            message.caseAction = $root.lending.v1.CaseAction.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 31: {
                            message.proposeRuleConfig = $root.lending.v1.ProposeRuleConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 32: {
                            message.decideRuleConfig = $root.lending.v1.DecideRuleConfig.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 33: {
                            message.runBacktest = $root.lending.v1.RunBacktest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 34: {
                            message.getHoldings = $root.lending.v1.GetHoldings.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 35: {
                            message.getLoans = $root.lending.v1.GetLoans.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 36: {
                            message.getLedgerProof = $root.lending.v1.GetLedgerProof.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 37: {
                            message.getMarkets = $root.lending.v1.GetMarkets.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 38: {
                            message.getCases = $root.lending.v1.GetCases.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 39: {
                            message.getRiskOverview = $root.lending.v1.GetRiskOverview.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 40: {
                            message.getApplication = $root.lending.v1.GetApplication.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 41: {
                            message.getRuleConfigs = $root.lending.v1.GetRuleConfigs.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 42: {
                            message.updateProfile = $root.lending.v1.UpdateProfile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ClientMessage
             * @function getTypeUrl
             * @memberof lending.v1.ClientMessage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ClientMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ClientMessage";
            };

            return ClientMessage;
        })();

        v1.ApplyForLoan = (function() {

            /**
             * Properties of an ApplyForLoan.
             * @memberof lending.v1
             * @interface IApplyForLoan
             * @property {string|null} [applicationId] ApplyForLoan applicationId
             * @property {number|null} [amountFen] ApplyForLoan amountFen
             * @property {number|null} [termMonths] ApplyForLoan termMonths
             * @property {number|null} [ageYears] ApplyForLoan ageYears
             * @property {string|null} [occupation] ApplyForLoan occupation
             * @property {number|null} [annualIncomeFen] ApplyForLoan annualIncomeFen
             * @property {lending.v1.ICreditFile|null} [credit] ApplyForLoan credit
             */

            /**
             * Constructs a new ApplyForLoan.
             * @memberof lending.v1
             * @classdesc Represents an ApplyForLoan.
             * @implements IApplyForLoan
             * @constructor
             * @param {lending.v1.IApplyForLoan=} [properties] Properties to set
             */
            function ApplyForLoan(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ApplyForLoan applicationId.
             * @member {string} applicationId
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.applicationId = "";

            /**
             * ApplyForLoan amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ApplyForLoan termMonths.
             * @member {number} termMonths
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.termMonths = 0;

            /**
             * ApplyForLoan ageYears.
             * @member {number} ageYears
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.ageYears = 0;

            /**
             * ApplyForLoan occupation.
             * @member {string} occupation
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.occupation = "";

            /**
             * ApplyForLoan annualIncomeFen.
             * @member {number} annualIncomeFen
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.annualIncomeFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ApplyForLoan credit.
             * @member {lending.v1.ICreditFile|null|undefined} credit
             * @memberof lending.v1.ApplyForLoan
             * @instance
             */
            ApplyForLoan.prototype.credit = null;

            /**
             * Creates a new ApplyForLoan instance using the specified properties.
             * @function create
             * @memberof lending.v1.ApplyForLoan
             * @static
             * @param {lending.v1.IApplyForLoan=} [properties] Properties to set
             * @returns {lending.v1.ApplyForLoan} ApplyForLoan instance
             */
            ApplyForLoan.create = function create(properties) {
                return new ApplyForLoan(properties);
            };

            /**
             * Encodes the specified ApplyForLoan message. Does not implicitly {@link lending.v1.ApplyForLoan.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ApplyForLoan
             * @static
             * @param {lending.v1.IApplyForLoan} message ApplyForLoan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplyForLoan.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.applicationId != null && Object.hasOwnProperty.call(message, "applicationId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.applicationId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amountFen);
                if (message.termMonths != null && Object.hasOwnProperty.call(message, "termMonths"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.termMonths);
                if (message.ageYears != null && Object.hasOwnProperty.call(message, "ageYears"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ageYears);
                if (message.occupation != null && Object.hasOwnProperty.call(message, "occupation"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.occupation);
                if (message.annualIncomeFen != null && Object.hasOwnProperty.call(message, "annualIncomeFen"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.annualIncomeFen);
                if (message.credit != null && Object.hasOwnProperty.call(message, "credit"))
                    $root.lending.v1.CreditFile.encode(message.credit, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an ApplyForLoan message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ApplyForLoan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ApplyForLoan} ApplyForLoan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplyForLoan.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ApplyForLoan();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.applicationId = reader.string();
                            break;
                        }
                    case 2: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 3: {
                            message.termMonths = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.ageYears = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.occupation = reader.string();
                            break;
                        }
                    case 6: {
                            message.annualIncomeFen = reader.int64();
                            break;
                        }
                    case 7: {
                            message.credit = $root.lending.v1.CreditFile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ApplyForLoan
             * @function getTypeUrl
             * @memberof lending.v1.ApplyForLoan
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ApplyForLoan.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ApplyForLoan";
            };

            return ApplyForLoan;
        })();

        v1.CreditFile = (function() {

            /**
             * Properties of a CreditFile.
             * @memberof lending.v1
             * @interface ICreditFile
             * @property {number|null} [creditPolicy] CreditFile creditPolicy
             * @property {string|null} [purpose] CreditFile purpose
             * @property {number|null} [intRate] CreditFile intRate
             * @property {number|null} [installment] CreditFile installment
             * @property {number|null} [logAnnualInc] CreditFile logAnnualInc
             * @property {number|null} [dti] CreditFile dti
             * @property {number|null} [fico] CreditFile fico
             * @property {number|null} [daysWithCrLine] CreditFile daysWithCrLine
             * @property {number|null} [revolBal] CreditFile revolBal
             * @property {number|null} [revolUtil] CreditFile revolUtil
             * @property {number|null} [inqLast6mths] CreditFile inqLast6mths
             * @property {number|null} [delinq2yrs] CreditFile delinq2yrs
             * @property {number|null} [pubRec] CreditFile pubRec
             */

            /**
             * Constructs a new CreditFile.
             * @memberof lending.v1
             * @classdesc Represents a CreditFile.
             * @implements ICreditFile
             * @constructor
             * @param {lending.v1.ICreditFile=} [properties] Properties to set
             */
            function CreditFile(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CreditFile creditPolicy.
             * @member {number} creditPolicy
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.creditPolicy = 0;

            /**
             * CreditFile purpose.
             * @member {string} purpose
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.purpose = "";

            /**
             * CreditFile intRate.
             * @member {number} intRate
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.intRate = 0;

            /**
             * CreditFile installment.
             * @member {number} installment
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.installment = 0;

            /**
             * CreditFile logAnnualInc.
             * @member {number} logAnnualInc
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.logAnnualInc = 0;

            /**
             * CreditFile dti.
             * @member {number} dti
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.dti = 0;

            /**
             * CreditFile fico.
             * @member {number} fico
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.fico = 0;

            /**
             * CreditFile daysWithCrLine.
             * @member {number} daysWithCrLine
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.daysWithCrLine = 0;

            /**
             * CreditFile revolBal.
             * @member {number} revolBal
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.revolBal = 0;

            /**
             * CreditFile revolUtil.
             * @member {number} revolUtil
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.revolUtil = 0;

            /**
             * CreditFile inqLast6mths.
             * @member {number} inqLast6mths
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.inqLast6mths = 0;

            /**
             * CreditFile delinq2yrs.
             * @member {number} delinq2yrs
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.delinq2yrs = 0;

            /**
             * CreditFile pubRec.
             * @member {number} pubRec
             * @memberof lending.v1.CreditFile
             * @instance
             */
            CreditFile.prototype.pubRec = 0;

            /**
             * Creates a new CreditFile instance using the specified properties.
             * @function create
             * @memberof lending.v1.CreditFile
             * @static
             * @param {lending.v1.ICreditFile=} [properties] Properties to set
             * @returns {lending.v1.CreditFile} CreditFile instance
             */
            CreditFile.create = function create(properties) {
                return new CreditFile(properties);
            };

            /**
             * Encodes the specified CreditFile message. Does not implicitly {@link lending.v1.CreditFile.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.CreditFile
             * @static
             * @param {lending.v1.ICreditFile} message CreditFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreditFile.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.creditPolicy != null && Object.hasOwnProperty.call(message, "creditPolicy"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.creditPolicy);
                if (message.purpose != null && Object.hasOwnProperty.call(message, "purpose"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.purpose);
                if (message.intRate != null && Object.hasOwnProperty.call(message, "intRate"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.intRate);
                if (message.installment != null && Object.hasOwnProperty.call(message, "installment"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.installment);
                if (message.logAnnualInc != null && Object.hasOwnProperty.call(message, "logAnnualInc"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.logAnnualInc);
                if (message.dti != null && Object.hasOwnProperty.call(message, "dti"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.dti);
                if (message.fico != null && Object.hasOwnProperty.call(message, "fico"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.fico);
                if (message.daysWithCrLine != null && Object.hasOwnProperty.call(message, "daysWithCrLine"))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.daysWithCrLine);
                if (message.revolBal != null && Object.hasOwnProperty.call(message, "revolBal"))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.revolBal);
                if (message.revolUtil != null && Object.hasOwnProperty.call(message, "revolUtil"))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.revolUtil);
                if (message.inqLast6mths != null && Object.hasOwnProperty.call(message, "inqLast6mths"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.inqLast6mths);
                if (message.delinq2yrs != null && Object.hasOwnProperty.call(message, "delinq2yrs"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.delinq2yrs);
                if (message.pubRec != null && Object.hasOwnProperty.call(message, "pubRec"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.pubRec);
                return writer;
            };

            /**
             * Decodes a CreditFile message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.CreditFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.CreditFile} CreditFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreditFile.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.CreditFile();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.creditPolicy = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.purpose = reader.string();
                            break;
                        }
                    case 3: {
                            message.intRate = reader.double();
                            break;
                        }
                    case 4: {
                            message.installment = reader.double();
                            break;
                        }
                    case 5: {
                            message.logAnnualInc = reader.double();
                            break;
                        }
                    case 6: {
                            message.dti = reader.double();
                            break;
                        }
                    case 7: {
                            message.fico = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.daysWithCrLine = reader.double();
                            break;
                        }
                    case 9: {
                            message.revolBal = reader.double();
                            break;
                        }
                    case 10: {
                            message.revolUtil = reader.double();
                            break;
                        }
                    case 11: {
                            message.inqLast6mths = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.delinq2yrs = reader.uint32();
                            break;
                        }
                    case 13: {
                            message.pubRec = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CreditFile
             * @function getTypeUrl
             * @memberof lending.v1.CreditFile
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CreditFile.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.CreditFile";
            };

            return CreditFile;
        })();

        v1.ReviewApplication = (function() {

            /**
             * Properties of a ReviewApplication.
             * @memberof lending.v1
             * @interface IReviewApplication
             * @property {string|null} [applicationId] ReviewApplication applicationId
             * @property {boolean|null} [approve] ReviewApplication approve
             * @property {string|null} [reason] ReviewApplication reason
             */

            /**
             * Constructs a new ReviewApplication.
             * @memberof lending.v1
             * @classdesc Represents a ReviewApplication.
             * @implements IReviewApplication
             * @constructor
             * @param {lending.v1.IReviewApplication=} [properties] Properties to set
             */
            function ReviewApplication(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ReviewApplication applicationId.
             * @member {string} applicationId
             * @memberof lending.v1.ReviewApplication
             * @instance
             */
            ReviewApplication.prototype.applicationId = "";

            /**
             * ReviewApplication approve.
             * @member {boolean} approve
             * @memberof lending.v1.ReviewApplication
             * @instance
             */
            ReviewApplication.prototype.approve = false;

            /**
             * ReviewApplication reason.
             * @member {string} reason
             * @memberof lending.v1.ReviewApplication
             * @instance
             */
            ReviewApplication.prototype.reason = "";

            /**
             * Creates a new ReviewApplication instance using the specified properties.
             * @function create
             * @memberof lending.v1.ReviewApplication
             * @static
             * @param {lending.v1.IReviewApplication=} [properties] Properties to set
             * @returns {lending.v1.ReviewApplication} ReviewApplication instance
             */
            ReviewApplication.create = function create(properties) {
                return new ReviewApplication(properties);
            };

            /**
             * Encodes the specified ReviewApplication message. Does not implicitly {@link lending.v1.ReviewApplication.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ReviewApplication
             * @static
             * @param {lending.v1.IReviewApplication} message ReviewApplication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReviewApplication.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.applicationId != null && Object.hasOwnProperty.call(message, "applicationId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.applicationId);
                if (message.approve != null && Object.hasOwnProperty.call(message, "approve"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.approve);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                return writer;
            };

            /**
             * Decodes a ReviewApplication message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ReviewApplication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ReviewApplication} ReviewApplication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReviewApplication.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ReviewApplication();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.applicationId = reader.string();
                            break;
                        }
                    case 2: {
                            message.approve = reader.bool();
                            break;
                        }
                    case 3: {
                            message.reason = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ReviewApplication
             * @function getTypeUrl
             * @memberof lending.v1.ReviewApplication
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ReviewApplication.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ReviewApplication";
            };

            return ReviewApplication;
        })();

        v1.Authenticate = (function() {

            /**
             * Properties of an Authenticate.
             * @memberof lending.v1
             * @interface IAuthenticate
             * @property {string|null} [token] Authenticate token
             * @property {string|null} [deviceId] Authenticate deviceId
             */

            /**
             * Constructs a new Authenticate.
             * @memberof lending.v1
             * @classdesc Represents an Authenticate.
             * @implements IAuthenticate
             * @constructor
             * @param {lending.v1.IAuthenticate=} [properties] Properties to set
             */
            function Authenticate(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Authenticate token.
             * @member {string} token
             * @memberof lending.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.token = "";

            /**
             * Authenticate deviceId.
             * @member {string} deviceId
             * @memberof lending.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.deviceId = "";

            /**
             * Creates a new Authenticate instance using the specified properties.
             * @function create
             * @memberof lending.v1.Authenticate
             * @static
             * @param {lending.v1.IAuthenticate=} [properties] Properties to set
             * @returns {lending.v1.Authenticate} Authenticate instance
             */
            Authenticate.create = function create(properties) {
                return new Authenticate(properties);
            };

            /**
             * Encodes the specified Authenticate message. Does not implicitly {@link lending.v1.Authenticate.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Authenticate
             * @static
             * @param {lending.v1.IAuthenticate} message Authenticate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authenticate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                return writer;
            };

            /**
             * Decodes an Authenticate message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Authenticate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Authenticate} Authenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authenticate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Authenticate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.token = reader.string();
                            break;
                        }
                    case 2: {
                            message.deviceId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Authenticate
             * @function getTypeUrl
             * @memberof lending.v1.Authenticate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Authenticate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Authenticate";
            };

            return Authenticate;
        })();

        v1.Register = (function() {

            /**
             * Properties of a Register.
             * @memberof lending.v1
             * @interface IRegister
             * @property {string|null} [userId] Register userId
             * @property {string|null} [role] Register role
             * @property {string|null} [name] Register name
             * @property {string|null} [idNumber] Register idNumber
             * @property {string|null} [phone] Register phone
             * @property {string|null} [bankCard] Register bankCard
             * @property {string|null} [password] Register password
             */

            /**
             * Constructs a new Register.
             * @memberof lending.v1
             * @classdesc Represents a Register.
             * @implements IRegister
             * @constructor
             * @param {lending.v1.IRegister=} [properties] Properties to set
             */
            function Register(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Register userId.
             * @member {string} userId
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.userId = "";

            /**
             * Register role.
             * @member {string} role
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.role = "";

            /**
             * Register name.
             * @member {string} name
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.name = "";

            /**
             * Register idNumber.
             * @member {string} idNumber
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.idNumber = "";

            /**
             * Register phone.
             * @member {string} phone
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.phone = "";

            /**
             * Register bankCard.
             * @member {string} bankCard
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.bankCard = "";

            /**
             * Register password.
             * @member {string} password
             * @memberof lending.v1.Register
             * @instance
             */
            Register.prototype.password = "";

            /**
             * Creates a new Register instance using the specified properties.
             * @function create
             * @memberof lending.v1.Register
             * @static
             * @param {lending.v1.IRegister=} [properties] Properties to set
             * @returns {lending.v1.Register} Register instance
             */
            Register.create = function create(properties) {
                return new Register(properties);
            };

            /**
             * Encodes the specified Register message. Does not implicitly {@link lending.v1.Register.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Register
             * @static
             * @param {lending.v1.IRegister} message Register message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Register.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.idNumber != null && Object.hasOwnProperty.call(message, "idNumber"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.idNumber);
                if (message.phone != null && Object.hasOwnProperty.call(message, "phone"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.phone);
                if (message.bankCard != null && Object.hasOwnProperty.call(message, "bankCard"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.bankCard);
                if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.password);
                return writer;
            };

            /**
             * Decodes a Register message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Register
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Register} Register
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Register.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Register();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.role = reader.string();
                            break;
                        }
                    case 3: {
                            message.name = reader.string();
                            break;
                        }
                    case 4: {
                            message.idNumber = reader.string();
                            break;
                        }
                    case 5: {
                            message.phone = reader.string();
                            break;
                        }
                    case 6: {
                            message.bankCard = reader.string();
                            break;
                        }
                    case 7: {
                            message.password = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Register
             * @function getTypeUrl
             * @memberof lending.v1.Register
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Register.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Register";
            };

            return Register;
        })();

        v1.Login = (function() {

            /**
             * Properties of a Login.
             * @memberof lending.v1
             * @interface ILogin
             * @property {string|null} [userId] Login userId
             * @property {string|null} [password] Login password
             */

            /**
             * Constructs a new Login.
             * @memberof lending.v1
             * @classdesc Represents a Login.
             * @implements ILogin
             * @constructor
             * @param {lending.v1.ILogin=} [properties] Properties to set
             */
            function Login(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Login userId.
             * @member {string} userId
             * @memberof lending.v1.Login
             * @instance
             */
            Login.prototype.userId = "";

            /**
             * Login password.
             * @member {string} password
             * @memberof lending.v1.Login
             * @instance
             */
            Login.prototype.password = "";

            /**
             * Creates a new Login instance using the specified properties.
             * @function create
             * @memberof lending.v1.Login
             * @static
             * @param {lending.v1.ILogin=} [properties] Properties to set
             * @returns {lending.v1.Login} Login instance
             */
            Login.create = function create(properties) {
                return new Login(properties);
            };

            /**
             * Encodes the specified Login message. Does not implicitly {@link lending.v1.Login.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Login
             * @static
             * @param {lending.v1.ILogin} message Login message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Login.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
                return writer;
            };

            /**
             * Decodes a Login message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Login
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Login} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Login.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Login();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.password = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Login
             * @function getTypeUrl
             * @memberof lending.v1.Login
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Login.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Login";
            };

            return Login;
        })();

        v1.RefreshToken = (function() {

            /**
             * Properties of a RefreshToken.
             * @memberof lending.v1
             * @interface IRefreshToken
             */

            /**
             * Constructs a new RefreshToken.
             * @memberof lending.v1
             * @classdesc Represents a RefreshToken.
             * @implements IRefreshToken
             * @constructor
             * @param {lending.v1.IRefreshToken=} [properties] Properties to set
             */
            function RefreshToken(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new RefreshToken instance using the specified properties.
             * @function create
             * @memberof lending.v1.RefreshToken
             * @static
             * @param {lending.v1.IRefreshToken=} [properties] Properties to set
             * @returns {lending.v1.RefreshToken} RefreshToken instance
             */
            RefreshToken.create = function create(properties) {
                return new RefreshToken(properties);
            };

            /**
             * Encodes the specified RefreshToken message. Does not implicitly {@link lending.v1.RefreshToken.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RefreshToken
             * @static
             * @param {lending.v1.IRefreshToken} message RefreshToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefreshToken.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a RefreshToken message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RefreshToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RefreshToken} RefreshToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefreshToken.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RefreshToken();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RefreshToken
             * @function getTypeUrl
             * @memberof lending.v1.RefreshToken
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RefreshToken.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RefreshToken";
            };

            return RefreshToken;
        })();

        v1.Logout = (function() {

            /**
             * Properties of a Logout.
             * @memberof lending.v1
             * @interface ILogout
             */

            /**
             * Constructs a new Logout.
             * @memberof lending.v1
             * @classdesc Represents a Logout.
             * @implements ILogout
             * @constructor
             * @param {lending.v1.ILogout=} [properties] Properties to set
             */
            function Logout(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new Logout instance using the specified properties.
             * @function create
             * @memberof lending.v1.Logout
             * @static
             * @param {lending.v1.ILogout=} [properties] Properties to set
             * @returns {lending.v1.Logout} Logout instance
             */
            Logout.create = function create(properties) {
                return new Logout(properties);
            };

            /**
             * Encodes the specified Logout message. Does not implicitly {@link lending.v1.Logout.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Logout
             * @static
             * @param {lending.v1.ILogout} message Logout message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Logout.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a Logout message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Logout
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Logout} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Logout.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Logout();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Logout
             * @function getTypeUrl
             * @memberof lending.v1.Logout
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Logout.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Logout";
            };

            return Logout;
        })();

        /**
         * KycStatus enum.
         * @name lending.v1.KycStatus
         * @enum {number}
         * @property {number} KYC_STATUS_UNSPECIFIED=0 KYC_STATUS_UNSPECIFIED value
         * @property {number} KYC_PENDING=1 KYC_PENDING value
         * @property {number} KYC_VERIFIED=2 KYC_VERIFIED value
         * @property {number} KYC_REJECTED=3 KYC_REJECTED value
         */
        v1.KycStatus = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "KYC_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "KYC_PENDING"] = 1;
            values[valuesById[2] = "KYC_VERIFIED"] = 2;
            values[valuesById[3] = "KYC_REJECTED"] = 3;
            return values;
        })();

        v1.SetKycStatus = (function() {

            /**
             * Properties of a SetKycStatus.
             * @memberof lending.v1
             * @interface ISetKycStatus
             * @property {string|null} [userId] SetKycStatus userId
             * @property {lending.v1.KycStatus|null} [status] SetKycStatus status
             */

            /**
             * Constructs a new SetKycStatus.
             * @memberof lending.v1
             * @classdesc Represents a SetKycStatus.
             * @implements ISetKycStatus
             * @constructor
             * @param {lending.v1.ISetKycStatus=} [properties] Properties to set
             */
            function SetKycStatus(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SetKycStatus userId.
             * @member {string} userId
             * @memberof lending.v1.SetKycStatus
             * @instance
             */
            SetKycStatus.prototype.userId = "";

            /**
             * SetKycStatus status.
             * @member {lending.v1.KycStatus} status
             * @memberof lending.v1.SetKycStatus
             * @instance
             */
            SetKycStatus.prototype.status = 0;

            /**
             * Creates a new SetKycStatus instance using the specified properties.
             * @function create
             * @memberof lending.v1.SetKycStatus
             * @static
             * @param {lending.v1.ISetKycStatus=} [properties] Properties to set
             * @returns {lending.v1.SetKycStatus} SetKycStatus instance
             */
            SetKycStatus.create = function create(properties) {
                return new SetKycStatus(properties);
            };

            /**
             * Encodes the specified SetKycStatus message. Does not implicitly {@link lending.v1.SetKycStatus.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.SetKycStatus
             * @static
             * @param {lending.v1.ISetKycStatus} message SetKycStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetKycStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                return writer;
            };

            /**
             * Decodes a SetKycStatus message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.SetKycStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.SetKycStatus} SetKycStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetKycStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.SetKycStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.status = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for SetKycStatus
             * @function getTypeUrl
             * @memberof lending.v1.SetKycStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SetKycStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.SetKycStatus";
            };

            return SetKycStatus;
        })();

        /**
         * TimeInForce enum.
         * @name lending.v1.TimeInForce
         * @enum {number}
         * @property {number} TIME_IN_FORCE_GTC=0 TIME_IN_FORCE_GTC value
         * @property {number} TIME_IN_FORCE_IOC=1 TIME_IN_FORCE_IOC value
         * @property {number} TIME_IN_FORCE_FOK=2 TIME_IN_FORCE_FOK value
         */
        v1.TimeInForce = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TIME_IN_FORCE_GTC"] = 0;
            values[valuesById[1] = "TIME_IN_FORCE_IOC"] = 1;
            values[valuesById[2] = "TIME_IN_FORCE_FOK"] = 2;
            return values;
        })();

        v1.PlaceLendOrder = (function() {

            /**
             * Properties of a PlaceLendOrder.
             * @memberof lending.v1
             * @interface IPlaceLendOrder
             * @property {string|null} [clientOrderId] PlaceLendOrder clientOrderId
             * @property {string|null} [marketId] PlaceLendOrder marketId
             * @property {number|null} [amountFen] PlaceLendOrder amountFen
             * @property {number|null} [minRateBps] PlaceLendOrder minRateBps
             * @property {lending.v1.TimeInForce|null} [timeInForce] PlaceLendOrder timeInForce
             * @property {number|null} [expiresAtMs] PlaceLendOrder expiresAtMs
             */

            /**
             * Constructs a new PlaceLendOrder.
             * @memberof lending.v1
             * @classdesc Represents a PlaceLendOrder.
             * @implements IPlaceLendOrder
             * @constructor
             * @param {lending.v1.IPlaceLendOrder=} [properties] Properties to set
             */
            function PlaceLendOrder(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PlaceLendOrder clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.PlaceLendOrder
             * @instance
             */
            PlaceLendOrder.prototype.clientOrderId = "";

            /**
             * PlaceLendOrder marketId.
             * @member {string} marketId
             * @memberof lending.v1.PlaceLendOrder
             * @instance
             */
            PlaceLendOrder.prototype.marketId = "";

            /**
             * PlaceLendOrder amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.PlaceLendOrder
             * @instance
             */
            PlaceLendOrder.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PlaceLendOrder minRateBps.
             * @member {number} minRateBps
             * @memberof lending.v1.PlaceLendOrder
             * @instance
             */
            PlaceLendOrder.prototype.minRateBps = 0;

            /**
             * PlaceLendOrder timeInForce.
             * @member {lending.v1.TimeInForce} timeInForce
             * @memberof lending.v1.PlaceLendOrder
             * @instance
             */
            PlaceLendOrder.prototype.timeInForce = 0;

            /**
             * PlaceLendOrder expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof lending.v1.PlaceLendOrder
             * @instance
             */
            PlaceLendOrder.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PlaceLendOrder instance using the specified properties.
             * @function create
             * @memberof lending.v1.PlaceLendOrder
             * @static
             * @param {lending.v1.IPlaceLendOrder=} [properties] Properties to set
             * @returns {lending.v1.PlaceLendOrder} PlaceLendOrder instance
             */
            PlaceLendOrder.create = function create(properties) {
                return new PlaceLendOrder(properties);
            };

            /**
             * Encodes the specified PlaceLendOrder message. Does not implicitly {@link lending.v1.PlaceLendOrder.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.PlaceLendOrder
             * @static
             * @param {lending.v1.IPlaceLendOrder} message PlaceLendOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlaceLendOrder.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.amountFen);
                if (message.minRateBps != null && Object.hasOwnProperty.call(message, "minRateBps"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minRateBps);
                if (message.timeInForce != null && Object.hasOwnProperty.call(message, "timeInForce"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.timeInForce);
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.expiresAtMs);
                return writer;
            };

            /**
             * Decodes a PlaceLendOrder message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.PlaceLendOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.PlaceLendOrder} PlaceLendOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlaceLendOrder.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.PlaceLendOrder();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 4: {
                            message.minRateBps = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.timeInForce = reader.int32();
                            break;
                        }
                    case 6: {
                            message.expiresAtMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for PlaceLendOrder
             * @function getTypeUrl
             * @memberof lending.v1.PlaceLendOrder
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PlaceLendOrder.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.PlaceLendOrder";
            };

            return PlaceLendOrder;
        })();

        v1.CancelLendOrder = (function() {

            /**
             * Properties of a CancelLendOrder.
             * @memberof lending.v1
             * @interface ICancelLendOrder
             * @property {string|null} [clientOrderId] CancelLendOrder clientOrderId
             * @property {string|null} [marketId] CancelLendOrder marketId
             */

            /**
             * Constructs a new CancelLendOrder.
             * @memberof lending.v1
             * @classdesc Represents a CancelLendOrder.
             * @implements ICancelLendOrder
             * @constructor
             * @param {lending.v1.ICancelLendOrder=} [properties] Properties to set
             */
            function CancelLendOrder(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CancelLendOrder clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.CancelLendOrder
             * @instance
             */
            CancelLendOrder.prototype.clientOrderId = "";

            /**
             * CancelLendOrder marketId.
             * @member {string} marketId
             * @memberof lending.v1.CancelLendOrder
             * @instance
             */
            CancelLendOrder.prototype.marketId = "";

            /**
             * Creates a new CancelLendOrder instance using the specified properties.
             * @function create
             * @memberof lending.v1.CancelLendOrder
             * @static
             * @param {lending.v1.ICancelLendOrder=} [properties] Properties to set
             * @returns {lending.v1.CancelLendOrder} CancelLendOrder instance
             */
            CancelLendOrder.create = function create(properties) {
                return new CancelLendOrder(properties);
            };

            /**
             * Encodes the specified CancelLendOrder message. Does not implicitly {@link lending.v1.CancelLendOrder.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.CancelLendOrder
             * @static
             * @param {lending.v1.ICancelLendOrder} message CancelLendOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelLendOrder.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                return writer;
            };

            /**
             * Decodes a CancelLendOrder message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.CancelLendOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.CancelLendOrder} CancelLendOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelLendOrder.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.CancelLendOrder();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CancelLendOrder
             * @function getTypeUrl
             * @memberof lending.v1.CancelLendOrder
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CancelLendOrder.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.CancelLendOrder";
            };

            return CancelLendOrder;
        })();

        v1.ReduceLendOrder = (function() {

            /**
             * Properties of a ReduceLendOrder.
             * @memberof lending.v1
             * @interface IReduceLendOrder
             * @property {string|null} [clientOrderId] ReduceLendOrder clientOrderId
             * @property {string|null} [marketId] ReduceLendOrder marketId
             * @property {number|null} [reduceByFen] ReduceLendOrder reduceByFen
             */

            /**
             * Constructs a new ReduceLendOrder.
             * @memberof lending.v1
             * @classdesc Represents a ReduceLendOrder.
             * @implements IReduceLendOrder
             * @constructor
             * @param {lending.v1.IReduceLendOrder=} [properties] Properties to set
             */
            function ReduceLendOrder(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ReduceLendOrder clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.ReduceLendOrder
             * @instance
             */
            ReduceLendOrder.prototype.clientOrderId = "";

            /**
             * ReduceLendOrder marketId.
             * @member {string} marketId
             * @memberof lending.v1.ReduceLendOrder
             * @instance
             */
            ReduceLendOrder.prototype.marketId = "";

            /**
             * ReduceLendOrder reduceByFen.
             * @member {number} reduceByFen
             * @memberof lending.v1.ReduceLendOrder
             * @instance
             */
            ReduceLendOrder.prototype.reduceByFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReduceLendOrder instance using the specified properties.
             * @function create
             * @memberof lending.v1.ReduceLendOrder
             * @static
             * @param {lending.v1.IReduceLendOrder=} [properties] Properties to set
             * @returns {lending.v1.ReduceLendOrder} ReduceLendOrder instance
             */
            ReduceLendOrder.create = function create(properties) {
                return new ReduceLendOrder(properties);
            };

            /**
             * Encodes the specified ReduceLendOrder message. Does not implicitly {@link lending.v1.ReduceLendOrder.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ReduceLendOrder
             * @static
             * @param {lending.v1.IReduceLendOrder} message ReduceLendOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReduceLendOrder.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.reduceByFen != null && Object.hasOwnProperty.call(message, "reduceByFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.reduceByFen);
                return writer;
            };

            /**
             * Decodes a ReduceLendOrder message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ReduceLendOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ReduceLendOrder} ReduceLendOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReduceLendOrder.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ReduceLendOrder();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.reduceByFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ReduceLendOrder
             * @function getTypeUrl
             * @memberof lending.v1.ReduceLendOrder
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ReduceLendOrder.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ReduceLendOrder";
            };

            return ReduceLendOrder;
        })();

        v1.AmendLendOrder = (function() {

            /**
             * Properties of an AmendLendOrder.
             * @memberof lending.v1
             * @interface IAmendLendOrder
             * @property {string|null} [clientOrderId] AmendLendOrder clientOrderId
             * @property {string|null} [marketId] AmendLendOrder marketId
             * @property {number|null} [minRateBps] AmendLendOrder minRateBps
             */

            /**
             * Constructs a new AmendLendOrder.
             * @memberof lending.v1
             * @classdesc Represents an AmendLendOrder.
             * @implements IAmendLendOrder
             * @constructor
             * @param {lending.v1.IAmendLendOrder=} [properties] Properties to set
             */
            function AmendLendOrder(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AmendLendOrder clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.AmendLendOrder
             * @instance
             */
            AmendLendOrder.prototype.clientOrderId = "";

            /**
             * AmendLendOrder marketId.
             * @member {string} marketId
             * @memberof lending.v1.AmendLendOrder
             * @instance
             */
            AmendLendOrder.prototype.marketId = "";

            /**
             * AmendLendOrder minRateBps.
             * @member {number} minRateBps
             * @memberof lending.v1.AmendLendOrder
             * @instance
             */
            AmendLendOrder.prototype.minRateBps = 0;

            /**
             * Creates a new AmendLendOrder instance using the specified properties.
             * @function create
             * @memberof lending.v1.AmendLendOrder
             * @static
             * @param {lending.v1.IAmendLendOrder=} [properties] Properties to set
             * @returns {lending.v1.AmendLendOrder} AmendLendOrder instance
             */
            AmendLendOrder.create = function create(properties) {
                return new AmendLendOrder(properties);
            };

            /**
             * Encodes the specified AmendLendOrder message. Does not implicitly {@link lending.v1.AmendLendOrder.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.AmendLendOrder
             * @static
             * @param {lending.v1.IAmendLendOrder} message AmendLendOrder message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AmendLendOrder.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.minRateBps != null && Object.hasOwnProperty.call(message, "minRateBps"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.minRateBps);
                return writer;
            };

            /**
             * Decodes an AmendLendOrder message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.AmendLendOrder
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.AmendLendOrder} AmendLendOrder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AmendLendOrder.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.AmendLendOrder();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.minRateBps = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for AmendLendOrder
             * @function getTypeUrl
             * @memberof lending.v1.AmendLendOrder
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AmendLendOrder.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.AmendLendOrder";
            };

            return AmendLendOrder;
        })();

        v1.ListTranche = (function() {

            /**
             * Properties of a ListTranche.
             * @memberof lending.v1
             * @interface IListTranche
             * @property {string|null} [trancheId] ListTranche trancheId
             * @property {string|null} [marketId] ListTranche marketId
             * @property {string|null} [borrowerId] ListTranche borrowerId
             * @property {number|null} [amountFen] ListTranche amountFen
             * @property {number|null} [maxRateBps] ListTranche maxRateBps
             * @property {number|null} [deadlineMs] ListTranche deadlineMs
             */

            /**
             * Constructs a new ListTranche.
             * @memberof lending.v1
             * @classdesc Represents a ListTranche.
             * @implements IListTranche
             * @constructor
             * @param {lending.v1.IListTranche=} [properties] Properties to set
             */
            function ListTranche(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListTranche trancheId.
             * @member {string} trancheId
             * @memberof lending.v1.ListTranche
             * @instance
             */
            ListTranche.prototype.trancheId = "";

            /**
             * ListTranche marketId.
             * @member {string} marketId
             * @memberof lending.v1.ListTranche
             * @instance
             */
            ListTranche.prototype.marketId = "";

            /**
             * ListTranche borrowerId.
             * @member {string} borrowerId
             * @memberof lending.v1.ListTranche
             * @instance
             */
            ListTranche.prototype.borrowerId = "";

            /**
             * ListTranche amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.ListTranche
             * @instance
             */
            ListTranche.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ListTranche maxRateBps.
             * @member {number} maxRateBps
             * @memberof lending.v1.ListTranche
             * @instance
             */
            ListTranche.prototype.maxRateBps = 0;

            /**
             * ListTranche deadlineMs.
             * @member {number} deadlineMs
             * @memberof lending.v1.ListTranche
             * @instance
             */
            ListTranche.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ListTranche instance using the specified properties.
             * @function create
             * @memberof lending.v1.ListTranche
             * @static
             * @param {lending.v1.IListTranche=} [properties] Properties to set
             * @returns {lending.v1.ListTranche} ListTranche instance
             */
            ListTranche.create = function create(properties) {
                return new ListTranche(properties);
            };

            /**
             * Encodes the specified ListTranche message. Does not implicitly {@link lending.v1.ListTranche.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ListTranche
             * @static
             * @param {lending.v1.IListTranche} message ListTranche message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListTranche.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.trancheId != null && Object.hasOwnProperty.call(message, "trancheId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trancheId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.borrowerId != null && Object.hasOwnProperty.call(message, "borrowerId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.borrowerId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amountFen);
                if (message.maxRateBps != null && Object.hasOwnProperty.call(message, "maxRateBps"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxRateBps);
                if (message.deadlineMs != null && Object.hasOwnProperty.call(message, "deadlineMs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.deadlineMs);
                return writer;
            };

            /**
             * Decodes a ListTranche message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ListTranche
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ListTranche} ListTranche
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListTranche.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ListTranche();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.trancheId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.borrowerId = reader.string();
                            break;
                        }
                    case 4: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.maxRateBps = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.deadlineMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ListTranche
             * @function getTypeUrl
             * @memberof lending.v1.ListTranche
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListTranche.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ListTranche";
            };

            return ListTranche;
        })();

        v1.Withdraw = (function() {

            /**
             * Properties of a Withdraw.
             * @memberof lending.v1
             * @interface IWithdraw
             * @property {string|null} [transferId] Withdraw transferId
             * @property {number|null} [amountFen] Withdraw amountFen
             */

            /**
             * Constructs a new Withdraw.
             * @memberof lending.v1
             * @classdesc Represents a Withdraw.
             * @implements IWithdraw
             * @constructor
             * @param {lending.v1.IWithdraw=} [properties] Properties to set
             */
            function Withdraw(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Withdraw transferId.
             * @member {string} transferId
             * @memberof lending.v1.Withdraw
             * @instance
             */
            Withdraw.prototype.transferId = "";

            /**
             * Withdraw amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.Withdraw
             * @instance
             */
            Withdraw.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Withdraw instance using the specified properties.
             * @function create
             * @memberof lending.v1.Withdraw
             * @static
             * @param {lending.v1.IWithdraw=} [properties] Properties to set
             * @returns {lending.v1.Withdraw} Withdraw instance
             */
            Withdraw.create = function create(properties) {
                return new Withdraw(properties);
            };

            /**
             * Encodes the specified Withdraw message. Does not implicitly {@link lending.v1.Withdraw.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Withdraw
             * @static
             * @param {lending.v1.IWithdraw} message Withdraw message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Withdraw.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.transferId != null && Object.hasOwnProperty.call(message, "transferId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amountFen);
                return writer;
            };

            /**
             * Decodes a Withdraw message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Withdraw
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Withdraw} Withdraw
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Withdraw.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Withdraw();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.transferId = reader.string();
                            break;
                        }
                    case 2: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Withdraw
             * @function getTypeUrl
             * @memberof lending.v1.Withdraw
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Withdraw.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Withdraw";
            };

            return Withdraw;
        })();

        v1.Repay = (function() {

            /**
             * Properties of a Repay.
             * @memberof lending.v1
             * @interface IRepay
             * @property {string|null} [transferId] Repay transferId
             * @property {string|null} [loanId] Repay loanId
             * @property {number|null} [amountFen] Repay amountFen
             */

            /**
             * Constructs a new Repay.
             * @memberof lending.v1
             * @classdesc Represents a Repay.
             * @implements IRepay
             * @constructor
             * @param {lending.v1.IRepay=} [properties] Properties to set
             */
            function Repay(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Repay transferId.
             * @member {string} transferId
             * @memberof lending.v1.Repay
             * @instance
             */
            Repay.prototype.transferId = "";

            /**
             * Repay loanId.
             * @member {string} loanId
             * @memberof lending.v1.Repay
             * @instance
             */
            Repay.prototype.loanId = "";

            /**
             * Repay amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.Repay
             * @instance
             */
            Repay.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Repay instance using the specified properties.
             * @function create
             * @memberof lending.v1.Repay
             * @static
             * @param {lending.v1.IRepay=} [properties] Properties to set
             * @returns {lending.v1.Repay} Repay instance
             */
            Repay.create = function create(properties) {
                return new Repay(properties);
            };

            /**
             * Encodes the specified Repay message. Does not implicitly {@link lending.v1.Repay.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Repay
             * @static
             * @param {lending.v1.IRepay} message Repay message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Repay.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.transferId != null && Object.hasOwnProperty.call(message, "transferId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.loanId != null && Object.hasOwnProperty.call(message, "loanId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.loanId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.amountFen);
                return writer;
            };

            /**
             * Decodes a Repay message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Repay
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Repay} Repay
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Repay.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Repay();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.transferId = reader.string();
                            break;
                        }
                    case 2: {
                            message.loanId = reader.string();
                            break;
                        }
                    case 3: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Repay
             * @function getTypeUrl
             * @memberof lending.v1.Repay
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Repay.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Repay";
            };

            return Repay;
        })();

        v1.FreezeAccount = (function() {

            /**
             * Properties of a FreezeAccount.
             * @memberof lending.v1
             * @interface IFreezeAccount
             * @property {string|null} [userId] FreezeAccount userId
             * @property {boolean|null} [frozen] FreezeAccount frozen
             * @property {string|null} [reason] FreezeAccount reason
             */

            /**
             * Constructs a new FreezeAccount.
             * @memberof lending.v1
             * @classdesc Represents a FreezeAccount.
             * @implements IFreezeAccount
             * @constructor
             * @param {lending.v1.IFreezeAccount=} [properties] Properties to set
             */
            function FreezeAccount(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FreezeAccount userId.
             * @member {string} userId
             * @memberof lending.v1.FreezeAccount
             * @instance
             */
            FreezeAccount.prototype.userId = "";

            /**
             * FreezeAccount frozen.
             * @member {boolean} frozen
             * @memberof lending.v1.FreezeAccount
             * @instance
             */
            FreezeAccount.prototype.frozen = false;

            /**
             * FreezeAccount reason.
             * @member {string} reason
             * @memberof lending.v1.FreezeAccount
             * @instance
             */
            FreezeAccount.prototype.reason = "";

            /**
             * Creates a new FreezeAccount instance using the specified properties.
             * @function create
             * @memberof lending.v1.FreezeAccount
             * @static
             * @param {lending.v1.IFreezeAccount=} [properties] Properties to set
             * @returns {lending.v1.FreezeAccount} FreezeAccount instance
             */
            FreezeAccount.create = function create(properties) {
                return new FreezeAccount(properties);
            };

            /**
             * Encodes the specified FreezeAccount message. Does not implicitly {@link lending.v1.FreezeAccount.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.FreezeAccount
             * @static
             * @param {lending.v1.IFreezeAccount} message FreezeAccount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FreezeAccount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.frozen != null && Object.hasOwnProperty.call(message, "frozen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.frozen);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                return writer;
            };

            /**
             * Decodes a FreezeAccount message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.FreezeAccount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.FreezeAccount} FreezeAccount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FreezeAccount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.FreezeAccount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.frozen = reader.bool();
                            break;
                        }
                    case 3: {
                            message.reason = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for FreezeAccount
             * @function getTypeUrl
             * @memberof lending.v1.FreezeAccount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FreezeAccount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.FreezeAccount";
            };

            return FreezeAccount;
        })();

        /**
         * CaseActionKind enum.
         * @name lending.v1.CaseActionKind
         * @enum {number}
         * @property {number} CASE_ACTION_UNSPECIFIED=0 CASE_ACTION_UNSPECIFIED value
         * @property {number} CASE_ACKNOWLEDGE=1 CASE_ACKNOWLEDGE value
         * @property {number} CASE_ASSIGN=2 CASE_ASSIGN value
         * @property {number} CASE_RESOLVE_FRAUD=3 CASE_RESOLVE_FRAUD value
         * @property {number} CASE_RESOLVE_NOT_FRAUD=4 CASE_RESOLVE_NOT_FRAUD value
         */
        v1.CaseActionKind = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "CASE_ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CASE_ACKNOWLEDGE"] = 1;
            values[valuesById[2] = "CASE_ASSIGN"] = 2;
            values[valuesById[3] = "CASE_RESOLVE_FRAUD"] = 3;
            values[valuesById[4] = "CASE_RESOLVE_NOT_FRAUD"] = 4;
            return values;
        })();

        v1.CaseAction = (function() {

            /**
             * Properties of a CaseAction.
             * @memberof lending.v1
             * @interface ICaseAction
             * @property {string|null} [alertId] CaseAction alertId
             * @property {lending.v1.CaseActionKind|null} [action] CaseAction action
             * @property {string|null} [assignee] CaseAction assignee
             * @property {string|null} [note] CaseAction note
             */

            /**
             * Constructs a new CaseAction.
             * @memberof lending.v1
             * @classdesc Represents a CaseAction.
             * @implements ICaseAction
             * @constructor
             * @param {lending.v1.ICaseAction=} [properties] Properties to set
             */
            function CaseAction(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CaseAction alertId.
             * @member {string} alertId
             * @memberof lending.v1.CaseAction
             * @instance
             */
            CaseAction.prototype.alertId = "";

            /**
             * CaseAction action.
             * @member {lending.v1.CaseActionKind} action
             * @memberof lending.v1.CaseAction
             * @instance
             */
            CaseAction.prototype.action = 0;

            /**
             * CaseAction assignee.
             * @member {string} assignee
             * @memberof lending.v1.CaseAction
             * @instance
             */
            CaseAction.prototype.assignee = "";

            /**
             * CaseAction note.
             * @member {string} note
             * @memberof lending.v1.CaseAction
             * @instance
             */
            CaseAction.prototype.note = "";

            /**
             * Creates a new CaseAction instance using the specified properties.
             * @function create
             * @memberof lending.v1.CaseAction
             * @static
             * @param {lending.v1.ICaseAction=} [properties] Properties to set
             * @returns {lending.v1.CaseAction} CaseAction instance
             */
            CaseAction.create = function create(properties) {
                return new CaseAction(properties);
            };

            /**
             * Encodes the specified CaseAction message. Does not implicitly {@link lending.v1.CaseAction.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.CaseAction
             * @static
             * @param {lending.v1.ICaseAction} message CaseAction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaseAction.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.alertId != null && Object.hasOwnProperty.call(message, "alertId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alertId);
                if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.assignee != null && Object.hasOwnProperty.call(message, "assignee"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.assignee);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.note);
                return writer;
            };

            /**
             * Decodes a CaseAction message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.CaseAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.CaseAction} CaseAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaseAction.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.CaseAction();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.alertId = reader.string();
                            break;
                        }
                    case 2: {
                            message.action = reader.int32();
                            break;
                        }
                    case 3: {
                            message.assignee = reader.string();
                            break;
                        }
                    case 4: {
                            message.note = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CaseAction
             * @function getTypeUrl
             * @memberof lending.v1.CaseAction
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CaseAction.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.CaseAction";
            };

            return CaseAction;
        })();

        v1.ProposeRuleConfig = (function() {

            /**
             * Properties of a ProposeRuleConfig.
             * @memberof lending.v1
             * @interface IProposeRuleConfig
             * @property {string|null} [configJson] ProposeRuleConfig configJson
             * @property {string|null} [note] ProposeRuleConfig note
             */

            /**
             * Constructs a new ProposeRuleConfig.
             * @memberof lending.v1
             * @classdesc Represents a ProposeRuleConfig.
             * @implements IProposeRuleConfig
             * @constructor
             * @param {lending.v1.IProposeRuleConfig=} [properties] Properties to set
             */
            function ProposeRuleConfig(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProposeRuleConfig configJson.
             * @member {string} configJson
             * @memberof lending.v1.ProposeRuleConfig
             * @instance
             */
            ProposeRuleConfig.prototype.configJson = "";

            /**
             * ProposeRuleConfig note.
             * @member {string} note
             * @memberof lending.v1.ProposeRuleConfig
             * @instance
             */
            ProposeRuleConfig.prototype.note = "";

            /**
             * Creates a new ProposeRuleConfig instance using the specified properties.
             * @function create
             * @memberof lending.v1.ProposeRuleConfig
             * @static
             * @param {lending.v1.IProposeRuleConfig=} [properties] Properties to set
             * @returns {lending.v1.ProposeRuleConfig} ProposeRuleConfig instance
             */
            ProposeRuleConfig.create = function create(properties) {
                return new ProposeRuleConfig(properties);
            };

            /**
             * Encodes the specified ProposeRuleConfig message. Does not implicitly {@link lending.v1.ProposeRuleConfig.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ProposeRuleConfig
             * @static
             * @param {lending.v1.IProposeRuleConfig} message ProposeRuleConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProposeRuleConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.configJson != null && Object.hasOwnProperty.call(message, "configJson"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.configJson);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
                return writer;
            };

            /**
             * Decodes a ProposeRuleConfig message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ProposeRuleConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ProposeRuleConfig} ProposeRuleConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProposeRuleConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ProposeRuleConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.configJson = reader.string();
                            break;
                        }
                    case 2: {
                            message.note = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ProposeRuleConfig
             * @function getTypeUrl
             * @memberof lending.v1.ProposeRuleConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProposeRuleConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ProposeRuleConfig";
            };

            return ProposeRuleConfig;
        })();

        v1.DecideRuleConfig = (function() {

            /**
             * Properties of a DecideRuleConfig.
             * @memberof lending.v1
             * @interface IDecideRuleConfig
             * @property {number|null} [proposalId] DecideRuleConfig proposalId
             * @property {boolean|null} [approve] DecideRuleConfig approve
             * @property {string|null} [note] DecideRuleConfig note
             */

            /**
             * Constructs a new DecideRuleConfig.
             * @memberof lending.v1
             * @classdesc Represents a DecideRuleConfig.
             * @implements IDecideRuleConfig
             * @constructor
             * @param {lending.v1.IDecideRuleConfig=} [properties] Properties to set
             */
            function DecideRuleConfig(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DecideRuleConfig proposalId.
             * @member {number} proposalId
             * @memberof lending.v1.DecideRuleConfig
             * @instance
             */
            DecideRuleConfig.prototype.proposalId = 0;

            /**
             * DecideRuleConfig approve.
             * @member {boolean} approve
             * @memberof lending.v1.DecideRuleConfig
             * @instance
             */
            DecideRuleConfig.prototype.approve = false;

            /**
             * DecideRuleConfig note.
             * @member {string} note
             * @memberof lending.v1.DecideRuleConfig
             * @instance
             */
            DecideRuleConfig.prototype.note = "";

            /**
             * Creates a new DecideRuleConfig instance using the specified properties.
             * @function create
             * @memberof lending.v1.DecideRuleConfig
             * @static
             * @param {lending.v1.IDecideRuleConfig=} [properties] Properties to set
             * @returns {lending.v1.DecideRuleConfig} DecideRuleConfig instance
             */
            DecideRuleConfig.create = function create(properties) {
                return new DecideRuleConfig(properties);
            };

            /**
             * Encodes the specified DecideRuleConfig message. Does not implicitly {@link lending.v1.DecideRuleConfig.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.DecideRuleConfig
             * @static
             * @param {lending.v1.IDecideRuleConfig} message DecideRuleConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DecideRuleConfig.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.proposalId != null && Object.hasOwnProperty.call(message, "proposalId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.proposalId);
                if (message.approve != null && Object.hasOwnProperty.call(message, "approve"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.approve);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                return writer;
            };

            /**
             * Decodes a DecideRuleConfig message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.DecideRuleConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.DecideRuleConfig} DecideRuleConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DecideRuleConfig.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.DecideRuleConfig();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.proposalId = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.approve = reader.bool();
                            break;
                        }
                    case 3: {
                            message.note = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for DecideRuleConfig
             * @function getTypeUrl
             * @memberof lending.v1.DecideRuleConfig
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DecideRuleConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.DecideRuleConfig";
            };

            return DecideRuleConfig;
        })();

        v1.RunBacktest = (function() {

            /**
             * Properties of a RunBacktest.
             * @memberof lending.v1
             * @interface IRunBacktest
             * @property {string|null} [configJson] RunBacktest configJson
             */

            /**
             * Constructs a new RunBacktest.
             * @memberof lending.v1
             * @classdesc Represents a RunBacktest.
             * @implements IRunBacktest
             * @constructor
             * @param {lending.v1.IRunBacktest=} [properties] Properties to set
             */
            function RunBacktest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RunBacktest configJson.
             * @member {string} configJson
             * @memberof lending.v1.RunBacktest
             * @instance
             */
            RunBacktest.prototype.configJson = "";

            /**
             * Creates a new RunBacktest instance using the specified properties.
             * @function create
             * @memberof lending.v1.RunBacktest
             * @static
             * @param {lending.v1.IRunBacktest=} [properties] Properties to set
             * @returns {lending.v1.RunBacktest} RunBacktest instance
             */
            RunBacktest.create = function create(properties) {
                return new RunBacktest(properties);
            };

            /**
             * Encodes the specified RunBacktest message. Does not implicitly {@link lending.v1.RunBacktest.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RunBacktest
             * @static
             * @param {lending.v1.IRunBacktest} message RunBacktest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunBacktest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.configJson != null && Object.hasOwnProperty.call(message, "configJson"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.configJson);
                return writer;
            };

            /**
             * Decodes a RunBacktest message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RunBacktest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RunBacktest} RunBacktest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunBacktest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RunBacktest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.configJson = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RunBacktest
             * @function getTypeUrl
             * @memberof lending.v1.RunBacktest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RunBacktest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RunBacktest";
            };

            return RunBacktest;
        })();

        v1.GetHoldings = (function() {

            /**
             * Properties of a GetHoldings.
             * @memberof lending.v1
             * @interface IGetHoldings
             */

            /**
             * Constructs a new GetHoldings.
             * @memberof lending.v1
             * @classdesc Represents a GetHoldings.
             * @implements IGetHoldings
             * @constructor
             * @param {lending.v1.IGetHoldings=} [properties] Properties to set
             */
            function GetHoldings(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetHoldings instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetHoldings
             * @static
             * @param {lending.v1.IGetHoldings=} [properties] Properties to set
             * @returns {lending.v1.GetHoldings} GetHoldings instance
             */
            GetHoldings.create = function create(properties) {
                return new GetHoldings(properties);
            };

            /**
             * Encodes the specified GetHoldings message. Does not implicitly {@link lending.v1.GetHoldings.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetHoldings
             * @static
             * @param {lending.v1.IGetHoldings} message GetHoldings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetHoldings.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a GetHoldings message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetHoldings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetHoldings} GetHoldings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetHoldings.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetHoldings();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetHoldings
             * @function getTypeUrl
             * @memberof lending.v1.GetHoldings
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetHoldings.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetHoldings";
            };

            return GetHoldings;
        })();

        v1.GetLoans = (function() {

            /**
             * Properties of a GetLoans.
             * @memberof lending.v1
             * @interface IGetLoans
             * @property {string|null} [userId] GetLoans userId
             */

            /**
             * Constructs a new GetLoans.
             * @memberof lending.v1
             * @classdesc Represents a GetLoans.
             * @implements IGetLoans
             * @constructor
             * @param {lending.v1.IGetLoans=} [properties] Properties to set
             */
            function GetLoans(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetLoans userId.
             * @member {string} userId
             * @memberof lending.v1.GetLoans
             * @instance
             */
            GetLoans.prototype.userId = "";

            /**
             * Creates a new GetLoans instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetLoans
             * @static
             * @param {lending.v1.IGetLoans=} [properties] Properties to set
             * @returns {lending.v1.GetLoans} GetLoans instance
             */
            GetLoans.create = function create(properties) {
                return new GetLoans(properties);
            };

            /**
             * Encodes the specified GetLoans message. Does not implicitly {@link lending.v1.GetLoans.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetLoans
             * @static
             * @param {lending.v1.IGetLoans} message GetLoans message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLoans.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                return writer;
            };

            /**
             * Decodes a GetLoans message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetLoans
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetLoans} GetLoans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLoans.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetLoans();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetLoans
             * @function getTypeUrl
             * @memberof lending.v1.GetLoans
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetLoans.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetLoans";
            };

            return GetLoans;
        })();

        v1.GetLedgerProof = (function() {

            /**
             * Properties of a GetLedgerProof.
             * @memberof lending.v1
             * @interface IGetLedgerProof
             * @property {string|null} [reference] GetLedgerProof reference
             */

            /**
             * Constructs a new GetLedgerProof.
             * @memberof lending.v1
             * @classdesc Represents a GetLedgerProof.
             * @implements IGetLedgerProof
             * @constructor
             * @param {lending.v1.IGetLedgerProof=} [properties] Properties to set
             */
            function GetLedgerProof(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetLedgerProof reference.
             * @member {string} reference
             * @memberof lending.v1.GetLedgerProof
             * @instance
             */
            GetLedgerProof.prototype.reference = "";

            /**
             * Creates a new GetLedgerProof instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetLedgerProof
             * @static
             * @param {lending.v1.IGetLedgerProof=} [properties] Properties to set
             * @returns {lending.v1.GetLedgerProof} GetLedgerProof instance
             */
            GetLedgerProof.create = function create(properties) {
                return new GetLedgerProof(properties);
            };

            /**
             * Encodes the specified GetLedgerProof message. Does not implicitly {@link lending.v1.GetLedgerProof.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetLedgerProof
             * @static
             * @param {lending.v1.IGetLedgerProof} message GetLedgerProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetLedgerProof.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.reference != null && Object.hasOwnProperty.call(message, "reference"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reference);
                return writer;
            };

            /**
             * Decodes a GetLedgerProof message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetLedgerProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetLedgerProof} GetLedgerProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetLedgerProof.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetLedgerProof();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.reference = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetLedgerProof
             * @function getTypeUrl
             * @memberof lending.v1.GetLedgerProof
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetLedgerProof.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetLedgerProof";
            };

            return GetLedgerProof;
        })();

        v1.GetMarkets = (function() {

            /**
             * Properties of a GetMarkets.
             * @memberof lending.v1
             * @interface IGetMarkets
             */

            /**
             * Constructs a new GetMarkets.
             * @memberof lending.v1
             * @classdesc Represents a GetMarkets.
             * @implements IGetMarkets
             * @constructor
             * @param {lending.v1.IGetMarkets=} [properties] Properties to set
             */
            function GetMarkets(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetMarkets instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetMarkets
             * @static
             * @param {lending.v1.IGetMarkets=} [properties] Properties to set
             * @returns {lending.v1.GetMarkets} GetMarkets instance
             */
            GetMarkets.create = function create(properties) {
                return new GetMarkets(properties);
            };

            /**
             * Encodes the specified GetMarkets message. Does not implicitly {@link lending.v1.GetMarkets.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetMarkets
             * @static
             * @param {lending.v1.IGetMarkets} message GetMarkets message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetMarkets.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a GetMarkets message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetMarkets
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetMarkets} GetMarkets
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetMarkets.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetMarkets();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetMarkets
             * @function getTypeUrl
             * @memberof lending.v1.GetMarkets
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetMarkets.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetMarkets";
            };

            return GetMarkets;
        })();

        v1.GetCases = (function() {

            /**
             * Properties of a GetCases.
             * @memberof lending.v1
             * @interface IGetCases
             * @property {string|null} [state] GetCases state
             * @property {number|null} [limit] GetCases limit
             */

            /**
             * Constructs a new GetCases.
             * @memberof lending.v1
             * @classdesc Represents a GetCases.
             * @implements IGetCases
             * @constructor
             * @param {lending.v1.IGetCases=} [properties] Properties to set
             */
            function GetCases(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetCases state.
             * @member {string} state
             * @memberof lending.v1.GetCases
             * @instance
             */
            GetCases.prototype.state = "";

            /**
             * GetCases limit.
             * @member {number} limit
             * @memberof lending.v1.GetCases
             * @instance
             */
            GetCases.prototype.limit = 0;

            /**
             * Creates a new GetCases instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetCases
             * @static
             * @param {lending.v1.IGetCases=} [properties] Properties to set
             * @returns {lending.v1.GetCases} GetCases instance
             */
            GetCases.create = function create(properties) {
                return new GetCases(properties);
            };

            /**
             * Encodes the specified GetCases message. Does not implicitly {@link lending.v1.GetCases.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetCases
             * @static
             * @param {lending.v1.IGetCases} message GetCases message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetCases.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.state);
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                return writer;
            };

            /**
             * Decodes a GetCases message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetCases
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetCases} GetCases
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetCases.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetCases();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.state = reader.string();
                            break;
                        }
                    case 2: {
                            message.limit = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetCases
             * @function getTypeUrl
             * @memberof lending.v1.GetCases
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetCases.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetCases";
            };

            return GetCases;
        })();

        v1.GetRiskOverview = (function() {

            /**
             * Properties of a GetRiskOverview.
             * @memberof lending.v1
             * @interface IGetRiskOverview
             */

            /**
             * Constructs a new GetRiskOverview.
             * @memberof lending.v1
             * @classdesc Represents a GetRiskOverview.
             * @implements IGetRiskOverview
             * @constructor
             * @param {lending.v1.IGetRiskOverview=} [properties] Properties to set
             */
            function GetRiskOverview(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetRiskOverview instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetRiskOverview
             * @static
             * @param {lending.v1.IGetRiskOverview=} [properties] Properties to set
             * @returns {lending.v1.GetRiskOverview} GetRiskOverview instance
             */
            GetRiskOverview.create = function create(properties) {
                return new GetRiskOverview(properties);
            };

            /**
             * Encodes the specified GetRiskOverview message. Does not implicitly {@link lending.v1.GetRiskOverview.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetRiskOverview
             * @static
             * @param {lending.v1.IGetRiskOverview} message GetRiskOverview message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRiskOverview.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a GetRiskOverview message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetRiskOverview
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetRiskOverview} GetRiskOverview
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRiskOverview.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetRiskOverview();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetRiskOverview
             * @function getTypeUrl
             * @memberof lending.v1.GetRiskOverview
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetRiskOverview.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetRiskOverview";
            };

            return GetRiskOverview;
        })();

        v1.GetApplication = (function() {

            /**
             * Properties of a GetApplication.
             * @memberof lending.v1
             * @interface IGetApplication
             * @property {string|null} [applicationId] GetApplication applicationId
             */

            /**
             * Constructs a new GetApplication.
             * @memberof lending.v1
             * @classdesc Represents a GetApplication.
             * @implements IGetApplication
             * @constructor
             * @param {lending.v1.IGetApplication=} [properties] Properties to set
             */
            function GetApplication(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetApplication applicationId.
             * @member {string} applicationId
             * @memberof lending.v1.GetApplication
             * @instance
             */
            GetApplication.prototype.applicationId = "";

            /**
             * Creates a new GetApplication instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetApplication
             * @static
             * @param {lending.v1.IGetApplication=} [properties] Properties to set
             * @returns {lending.v1.GetApplication} GetApplication instance
             */
            GetApplication.create = function create(properties) {
                return new GetApplication(properties);
            };

            /**
             * Encodes the specified GetApplication message. Does not implicitly {@link lending.v1.GetApplication.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetApplication
             * @static
             * @param {lending.v1.IGetApplication} message GetApplication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetApplication.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.applicationId != null && Object.hasOwnProperty.call(message, "applicationId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.applicationId);
                return writer;
            };

            /**
             * Decodes a GetApplication message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetApplication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetApplication} GetApplication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetApplication.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetApplication();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.applicationId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetApplication
             * @function getTypeUrl
             * @memberof lending.v1.GetApplication
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetApplication.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetApplication";
            };

            return GetApplication;
        })();

        v1.GetRuleConfigs = (function() {

            /**
             * Properties of a GetRuleConfigs.
             * @memberof lending.v1
             * @interface IGetRuleConfigs
             */

            /**
             * Constructs a new GetRuleConfigs.
             * @memberof lending.v1
             * @classdesc Represents a GetRuleConfigs.
             * @implements IGetRuleConfigs
             * @constructor
             * @param {lending.v1.IGetRuleConfigs=} [properties] Properties to set
             */
            function GetRuleConfigs(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetRuleConfigs instance using the specified properties.
             * @function create
             * @memberof lending.v1.GetRuleConfigs
             * @static
             * @param {lending.v1.IGetRuleConfigs=} [properties] Properties to set
             * @returns {lending.v1.GetRuleConfigs} GetRuleConfigs instance
             */
            GetRuleConfigs.create = function create(properties) {
                return new GetRuleConfigs(properties);
            };

            /**
             * Encodes the specified GetRuleConfigs message. Does not implicitly {@link lending.v1.GetRuleConfigs.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.GetRuleConfigs
             * @static
             * @param {lending.v1.IGetRuleConfigs} message GetRuleConfigs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRuleConfigs.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a GetRuleConfigs message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.GetRuleConfigs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.GetRuleConfigs} GetRuleConfigs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRuleConfigs.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.GetRuleConfigs();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for GetRuleConfigs
             * @function getTypeUrl
             * @memberof lending.v1.GetRuleConfigs
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetRuleConfigs.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.GetRuleConfigs";
            };

            return GetRuleConfigs;
        })();

        v1.UpdateProfile = (function() {

            /**
             * Properties of an UpdateProfile.
             * @memberof lending.v1
             * @interface IUpdateProfile
             * @property {string|null} [phone] UpdateProfile phone
             * @property {string|null} [bankCard] UpdateProfile bankCard
             */

            /**
             * Constructs a new UpdateProfile.
             * @memberof lending.v1
             * @classdesc Represents an UpdateProfile.
             * @implements IUpdateProfile
             * @constructor
             * @param {lending.v1.IUpdateProfile=} [properties] Properties to set
             */
            function UpdateProfile(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UpdateProfile phone.
             * @member {string} phone
             * @memberof lending.v1.UpdateProfile
             * @instance
             */
            UpdateProfile.prototype.phone = "";

            /**
             * UpdateProfile bankCard.
             * @member {string} bankCard
             * @memberof lending.v1.UpdateProfile
             * @instance
             */
            UpdateProfile.prototype.bankCard = "";

            /**
             * Creates a new UpdateProfile instance using the specified properties.
             * @function create
             * @memberof lending.v1.UpdateProfile
             * @static
             * @param {lending.v1.IUpdateProfile=} [properties] Properties to set
             * @returns {lending.v1.UpdateProfile} UpdateProfile instance
             */
            UpdateProfile.create = function create(properties) {
                return new UpdateProfile(properties);
            };

            /**
             * Encodes the specified UpdateProfile message. Does not implicitly {@link lending.v1.UpdateProfile.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.UpdateProfile
             * @static
             * @param {lending.v1.IUpdateProfile} message UpdateProfile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UpdateProfile.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.phone != null && Object.hasOwnProperty.call(message, "phone"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.phone);
                if (message.bankCard != null && Object.hasOwnProperty.call(message, "bankCard"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bankCard);
                return writer;
            };

            /**
             * Decodes an UpdateProfile message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.UpdateProfile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.UpdateProfile} UpdateProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UpdateProfile.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.UpdateProfile();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.phone = reader.string();
                            break;
                        }
                    case 2: {
                            message.bankCard = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for UpdateProfile
             * @function getTypeUrl
             * @memberof lending.v1.UpdateProfile
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UpdateProfile.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.UpdateProfile";
            };

            return UpdateProfile;
        })();

        v1.Deposit = (function() {

            /**
             * Properties of a Deposit.
             * @memberof lending.v1
             * @interface IDeposit
             * @property {string|null} [transferId] Deposit transferId
             * @property {string|null} [userId] Deposit userId
             * @property {number|null} [amountFen] Deposit amountFen
             */

            /**
             * Constructs a new Deposit.
             * @memberof lending.v1
             * @classdesc Represents a Deposit.
             * @implements IDeposit
             * @constructor
             * @param {lending.v1.IDeposit=} [properties] Properties to set
             */
            function Deposit(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Deposit transferId.
             * @member {string} transferId
             * @memberof lending.v1.Deposit
             * @instance
             */
            Deposit.prototype.transferId = "";

            /**
             * Deposit userId.
             * @member {string} userId
             * @memberof lending.v1.Deposit
             * @instance
             */
            Deposit.prototype.userId = "";

            /**
             * Deposit amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.Deposit
             * @instance
             */
            Deposit.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Deposit instance using the specified properties.
             * @function create
             * @memberof lending.v1.Deposit
             * @static
             * @param {lending.v1.IDeposit=} [properties] Properties to set
             * @returns {lending.v1.Deposit} Deposit instance
             */
            Deposit.create = function create(properties) {
                return new Deposit(properties);
            };

            /**
             * Encodes the specified Deposit message. Does not implicitly {@link lending.v1.Deposit.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Deposit
             * @static
             * @param {lending.v1.IDeposit} message Deposit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deposit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.transferId != null && Object.hasOwnProperty.call(message, "transferId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.amountFen);
                return writer;
            };

            /**
             * Decodes a Deposit message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Deposit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Deposit} Deposit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deposit.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Deposit();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.transferId = reader.string();
                            break;
                        }
                    case 2: {
                            message.userId = reader.string();
                            break;
                        }
                    case 3: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Deposit
             * @function getTypeUrl
             * @memberof lending.v1.Deposit
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Deposit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Deposit";
            };

            return Deposit;
        })();

        /**
         * Channel enum.
         * @name lending.v1.Channel
         * @enum {number}
         * @property {number} CHANNEL_UNSPECIFIED=0 CHANNEL_UNSPECIFIED value
         * @property {number} CHANNEL_BOOK=1 CHANNEL_BOOK value
         * @property {number} CHANNEL_MY_ORDERS=2 CHANNEL_MY_ORDERS value
         * @property {number} CHANNEL_ALERTS=3 CHANNEL_ALERTS value
         * @property {number} CHANNEL_DISCLOSURE=4 CHANNEL_DISCLOSURE value
         * @property {number} CHANNEL_MY_LEDGER=5 CHANNEL_MY_LEDGER value
         * @property {number} CHANNEL_TRANCHES=6 CHANNEL_TRANCHES value
         */
        v1.Channel = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "CHANNEL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CHANNEL_BOOK"] = 1;
            values[valuesById[2] = "CHANNEL_MY_ORDERS"] = 2;
            values[valuesById[3] = "CHANNEL_ALERTS"] = 3;
            values[valuesById[4] = "CHANNEL_DISCLOSURE"] = 4;
            values[valuesById[5] = "CHANNEL_MY_LEDGER"] = 5;
            values[valuesById[6] = "CHANNEL_TRANCHES"] = 6;
            return values;
        })();

        v1.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @memberof lending.v1
             * @interface ISubscribe
             * @property {lending.v1.Channel|null} [channel] Subscribe channel
             * @property {string|null} [marketId] Subscribe marketId
             * @property {number|null} [fromSeq] Subscribe fromSeq
             * @property {boolean|null} [fromStart] Subscribe fromStart
             */

            /**
             * Constructs a new Subscribe.
             * @memberof lending.v1
             * @classdesc Represents a Subscribe.
             * @implements ISubscribe
             * @constructor
             * @param {lending.v1.ISubscribe=} [properties] Properties to set
             */
            function Subscribe(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Subscribe channel.
             * @member {lending.v1.Channel} channel
             * @memberof lending.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.channel = 0;

            /**
             * Subscribe marketId.
             * @member {string} marketId
             * @memberof lending.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.marketId = "";

            /**
             * Subscribe fromSeq.
             * @member {number} fromSeq
             * @memberof lending.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.fromSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Subscribe fromStart.
             * @member {boolean} fromStart
             * @memberof lending.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.fromStart = false;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof lending.v1.Subscribe
             * @static
             * @param {lending.v1.ISubscribe=} [properties] Properties to set
             * @returns {lending.v1.Subscribe} Subscribe instance
             */
            Subscribe.create = function create(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link lending.v1.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Subscribe
             * @static
             * @param {lending.v1.ISubscribe} message Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.channel != null && Object.hasOwnProperty.call(message, "channel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.fromSeq != null && Object.hasOwnProperty.call(message, "fromSeq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.fromSeq);
                if (message.fromStart != null && Object.hasOwnProperty.call(message, "fromStart"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.fromStart);
                return writer;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Subscribe} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Subscribe();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.channel = reader.int32();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.fromSeq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.fromStart = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Subscribe
             * @function getTypeUrl
             * @memberof lending.v1.Subscribe
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Subscribe.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Subscribe";
            };

            return Subscribe;
        })();

        v1.Unsubscribe = (function() {

            /**
             * Properties of an Unsubscribe.
             * @memberof lending.v1
             * @interface IUnsubscribe
             * @property {lending.v1.Channel|null} [channel] Unsubscribe channel
             * @property {string|null} [marketId] Unsubscribe marketId
             */

            /**
             * Constructs a new Unsubscribe.
             * @memberof lending.v1
             * @classdesc Represents an Unsubscribe.
             * @implements IUnsubscribe
             * @constructor
             * @param {lending.v1.IUnsubscribe=} [properties] Properties to set
             */
            function Unsubscribe(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Unsubscribe channel.
             * @member {lending.v1.Channel} channel
             * @memberof lending.v1.Unsubscribe
             * @instance
             */
            Unsubscribe.prototype.channel = 0;

            /**
             * Unsubscribe marketId.
             * @member {string} marketId
             * @memberof lending.v1.Unsubscribe
             * @instance
             */
            Unsubscribe.prototype.marketId = "";

            /**
             * Creates a new Unsubscribe instance using the specified properties.
             * @function create
             * @memberof lending.v1.Unsubscribe
             * @static
             * @param {lending.v1.IUnsubscribe=} [properties] Properties to set
             * @returns {lending.v1.Unsubscribe} Unsubscribe instance
             */
            Unsubscribe.create = function create(properties) {
                return new Unsubscribe(properties);
            };

            /**
             * Encodes the specified Unsubscribe message. Does not implicitly {@link lending.v1.Unsubscribe.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Unsubscribe
             * @static
             * @param {lending.v1.IUnsubscribe} message Unsubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unsubscribe.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.channel != null && Object.hasOwnProperty.call(message, "channel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                return writer;
            };

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Unsubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Unsubscribe} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unsubscribe.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Unsubscribe();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.channel = reader.int32();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Unsubscribe
             * @function getTypeUrl
             * @memberof lending.v1.Unsubscribe
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Unsubscribe.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Unsubscribe";
            };

            return Unsubscribe;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @memberof lending.v1
             * @interface IPing
             * @property {number|null} [clientTimeMs] Ping clientTimeMs
             */

            /**
             * Constructs a new Ping.
             * @memberof lending.v1
             * @classdesc Represents a Ping.
             * @implements IPing
             * @constructor
             * @param {lending.v1.IPing=} [properties] Properties to set
             */
            function Ping(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Ping clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof lending.v1.Ping
             * @instance
             */
            Ping.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof lending.v1.Ping
             * @static
             * @param {lending.v1.IPing=} [properties] Properties to set
             * @returns {lending.v1.Ping} Ping instance
             */
            Ping.create = function create(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link lending.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Ping
             * @static
             * @param {lending.v1.IPing} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientTimeMs != null && Object.hasOwnProperty.call(message, "clientTimeMs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientTimeMs);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Ping} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Ping();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientTimeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Ping
             * @function getTypeUrl
             * @memberof lending.v1.Ping
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Ping.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Ping";
            };

            return Ping;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @memberof lending.v1
             * @interface IServerFrame
             * @property {Array.<lending.v1.IServerMessage>|null} [messages] ServerFrame messages
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof lending.v1
             * @classdesc Represents a ServerFrame.
             * @implements IServerFrame
             * @constructor
             * @param {lending.v1.IServerFrame=} [properties] Properties to set
             */
            function ServerFrame(properties) {
                this.messages = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ServerFrame messages.
             * @member {Array.<lending.v1.IServerMessage>} messages
             * @memberof lending.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.messages = $util.emptyArray;

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof lending.v1.ServerFrame
             * @static
             * @param {lending.v1.IServerFrame=} [properties] Properties to set
             * @returns {lending.v1.ServerFrame} ServerFrame instance
             */
            ServerFrame.create = function create(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link lending.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ServerFrame
             * @static
             * @param {lending.v1.IServerFrame} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.lending.v1.ServerMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ServerFrame} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ServerFrame();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.lending.v1.ServerMessage.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ServerFrame
             * @function getTypeUrl
             * @memberof lending.v1.ServerFrame
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ServerFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.ServerMessage = (function() {

            /**
             * Properties of a ServerMessage.
             * @memberof lending.v1
             * @interface IServerMessage
             * @property {number|null} [requestId] ServerMessage requestId
             * @property {lending.v1.IAuthenticated|null} [authenticated] ServerMessage authenticated
             * @property {lending.v1.IReject|null} [reject] ServerMessage reject
             * @property {lending.v1.IOrderAccepted|null} [orderAccepted] ServerMessage orderAccepted
             * @property {lending.v1.IOrderCancelled|null} [orderCancelled] ServerMessage orderCancelled
             * @property {lending.v1.ITrancheListed|null} [trancheListed] ServerMessage trancheListed
             * @property {lending.v1.ISubscribed|null} [subscribed] ServerMessage subscribed
             * @property {lending.v1.IUnsubscribed|null} [unsubscribed] ServerMessage unsubscribed
             * @property {lending.v1.IPong|null} [pong] ServerMessage pong
             * @property {lending.v1.IDepositAccepted|null} [depositAccepted] ServerMessage depositAccepted
             * @property {lending.v1.IFill|null} [fill] ServerMessage fill
             * @property {lending.v1.IBookUpdate|null} [bookUpdate] ServerMessage bookUpdate
             * @property {lending.v1.IAlert|null} [alert] ServerMessage alert
             * @property {lending.v1.IFigures|null} [figures] ServerMessage figures
             * @property {lending.v1.IOrderUpdate|null} [orderUpdate] ServerMessage orderUpdate
             * @property {lending.v1.IRegistered|null} [registered] ServerMessage registered
             * @property {lending.v1.ITokenIssued|null} [tokenIssued] ServerMessage tokenIssued
             * @property {lending.v1.ILoggedOut|null} [loggedOut] ServerMessage loggedOut
             * @property {lending.v1.IKycStatusSet|null} [kycStatusSet] ServerMessage kycStatusSet
             * @property {lending.v1.IPresence|null} [presence] ServerMessage presence
             * @property {lending.v1.ILedgerMovement|null} [ledgerMovement] ServerMessage ledgerMovement
             * @property {lending.v1.ITrancheUpdate|null} [trancheUpdate] ServerMessage trancheUpdate
             * @property {lending.v1.IApplicationDecision|null} [applicationDecision] ServerMessage applicationDecision
             * @property {lending.v1.IOrderReduced|null} [orderReduced] ServerMessage orderReduced
             * @property {lending.v1.IOrderAmended|null} [orderAmended] ServerMessage orderAmended
             * @property {lending.v1.IWithdrawalAccepted|null} [withdrawalAccepted] ServerMessage withdrawalAccepted
             * @property {lending.v1.IRepaymentAccepted|null} [repaymentAccepted] ServerMessage repaymentAccepted
             * @property {lending.v1.IAccountStatus|null} [accountStatus] ServerMessage accountStatus
             * @property {lending.v1.ICaseUpdate|null} [caseUpdate] ServerMessage caseUpdate
             * @property {lending.v1.IRuleConfigStatus|null} [ruleConfigStatus] ServerMessage ruleConfigStatus
             * @property {lending.v1.IBacktestResult|null} [backtestResult] ServerMessage backtestResult
             * @property {lending.v1.IHoldings|null} [holdings] ServerMessage holdings
             * @property {lending.v1.ILoans|null} [loans] ServerMessage loans
             * @property {lending.v1.ILedgerProof|null} [ledgerProof] ServerMessage ledgerProof
             * @property {lending.v1.IMarkets|null} [markets] ServerMessage markets
             * @property {lending.v1.ICases|null} [cases] ServerMessage cases
             * @property {lending.v1.IRiskOverview|null} [riskOverview] ServerMessage riskOverview
             * @property {lending.v1.IRuleConfigs|null} [ruleConfigs] ServerMessage ruleConfigs
             * @property {lending.v1.ILoanNotice|null} [loanNotice] ServerMessage loanNotice
             * @property {lending.v1.IProfileUpdated|null} [profileUpdated] ServerMessage profileUpdated
             */

            /**
             * Constructs a new ServerMessage.
             * @memberof lending.v1
             * @classdesc Represents a ServerMessage.
             * @implements IServerMessage
             * @constructor
             * @param {lending.v1.IServerMessage=} [properties] Properties to set
             */
            function ServerMessage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ServerMessage requestId.
             * @member {number} requestId
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.requestId = 0;

            /**
             * ServerMessage authenticated.
             * @member {lending.v1.IAuthenticated|null|undefined} authenticated
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.authenticated = null;

            /**
             * ServerMessage reject.
             * @member {lending.v1.IReject|null|undefined} reject
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.reject = null;

            /**
             * ServerMessage orderAccepted.
             * @member {lending.v1.IOrderAccepted|null|undefined} orderAccepted
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.orderAccepted = null;

            /**
             * ServerMessage orderCancelled.
             * @member {lending.v1.IOrderCancelled|null|undefined} orderCancelled
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.orderCancelled = null;

            /**
             * ServerMessage trancheListed.
             * @member {lending.v1.ITrancheListed|null|undefined} trancheListed
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.trancheListed = null;

            /**
             * ServerMessage subscribed.
             * @member {lending.v1.ISubscribed|null|undefined} subscribed
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.subscribed = null;

            /**
             * ServerMessage unsubscribed.
             * @member {lending.v1.IUnsubscribed|null|undefined} unsubscribed
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.unsubscribed = null;

            /**
             * ServerMessage pong.
             * @member {lending.v1.IPong|null|undefined} pong
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.pong = null;

            /**
             * ServerMessage depositAccepted.
             * @member {lending.v1.IDepositAccepted|null|undefined} depositAccepted
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.depositAccepted = null;

            /**
             * ServerMessage fill.
             * @member {lending.v1.IFill|null|undefined} fill
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.fill = null;

            /**
             * ServerMessage bookUpdate.
             * @member {lending.v1.IBookUpdate|null|undefined} bookUpdate
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.bookUpdate = null;

            /**
             * ServerMessage alert.
             * @member {lending.v1.IAlert|null|undefined} alert
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.alert = null;

            /**
             * ServerMessage figures.
             * @member {lending.v1.IFigures|null|undefined} figures
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.figures = null;

            /**
             * ServerMessage orderUpdate.
             * @member {lending.v1.IOrderUpdate|null|undefined} orderUpdate
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.orderUpdate = null;

            /**
             * ServerMessage registered.
             * @member {lending.v1.IRegistered|null|undefined} registered
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.registered = null;

            /**
             * ServerMessage tokenIssued.
             * @member {lending.v1.ITokenIssued|null|undefined} tokenIssued
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.tokenIssued = null;

            /**
             * ServerMessage loggedOut.
             * @member {lending.v1.ILoggedOut|null|undefined} loggedOut
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.loggedOut = null;

            /**
             * ServerMessage kycStatusSet.
             * @member {lending.v1.IKycStatusSet|null|undefined} kycStatusSet
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.kycStatusSet = null;

            /**
             * ServerMessage presence.
             * @member {lending.v1.IPresence|null|undefined} presence
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.presence = null;

            /**
             * ServerMessage ledgerMovement.
             * @member {lending.v1.ILedgerMovement|null|undefined} ledgerMovement
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.ledgerMovement = null;

            /**
             * ServerMessage trancheUpdate.
             * @member {lending.v1.ITrancheUpdate|null|undefined} trancheUpdate
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.trancheUpdate = null;

            /**
             * ServerMessage applicationDecision.
             * @member {lending.v1.IApplicationDecision|null|undefined} applicationDecision
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.applicationDecision = null;

            /**
             * ServerMessage orderReduced.
             * @member {lending.v1.IOrderReduced|null|undefined} orderReduced
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.orderReduced = null;

            /**
             * ServerMessage orderAmended.
             * @member {lending.v1.IOrderAmended|null|undefined} orderAmended
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.orderAmended = null;

            /**
             * ServerMessage withdrawalAccepted.
             * @member {lending.v1.IWithdrawalAccepted|null|undefined} withdrawalAccepted
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.withdrawalAccepted = null;

            /**
             * ServerMessage repaymentAccepted.
             * @member {lending.v1.IRepaymentAccepted|null|undefined} repaymentAccepted
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.repaymentAccepted = null;

            /**
             * ServerMessage accountStatus.
             * @member {lending.v1.IAccountStatus|null|undefined} accountStatus
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.accountStatus = null;

            /**
             * ServerMessage caseUpdate.
             * @member {lending.v1.ICaseUpdate|null|undefined} caseUpdate
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.caseUpdate = null;

            /**
             * ServerMessage ruleConfigStatus.
             * @member {lending.v1.IRuleConfigStatus|null|undefined} ruleConfigStatus
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.ruleConfigStatus = null;

            /**
             * ServerMessage backtestResult.
             * @member {lending.v1.IBacktestResult|null|undefined} backtestResult
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.backtestResult = null;

            /**
             * ServerMessage holdings.
             * @member {lending.v1.IHoldings|null|undefined} holdings
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.holdings = null;

            /**
             * ServerMessage loans.
             * @member {lending.v1.ILoans|null|undefined} loans
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.loans = null;

            /**
             * ServerMessage ledgerProof.
             * @member {lending.v1.ILedgerProof|null|undefined} ledgerProof
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.ledgerProof = null;

            /**
             * ServerMessage markets.
             * @member {lending.v1.IMarkets|null|undefined} markets
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.markets = null;

            /**
             * ServerMessage cases.
             * @member {lending.v1.ICases|null|undefined} cases
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.cases = null;

            /**
             * ServerMessage riskOverview.
             * @member {lending.v1.IRiskOverview|null|undefined} riskOverview
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.riskOverview = null;

            /**
             * ServerMessage ruleConfigs.
             * @member {lending.v1.IRuleConfigs|null|undefined} ruleConfigs
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.ruleConfigs = null;

            /**
             * ServerMessage loanNotice.
             * @member {lending.v1.ILoanNotice|null|undefined} loanNotice
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.loanNotice = null;

            /**
             * ServerMessage profileUpdated.
             * @member {lending.v1.IProfileUpdated|null|undefined} profileUpdated
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.profileUpdated = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerMessage body.
             * @member {"authenticated"|"reject"|"orderAccepted"|"orderCancelled"|"trancheListed"|"subscribed"|"unsubscribed"|"pong"|"depositAccepted"|"fill"|"bookUpdate"|"alert"|"figures"|"orderUpdate"|"registered"|"tokenIssued"|"loggedOut"|"kycStatusSet"|"presence"|"ledgerMovement"|"trancheUpdate"|"applicationDecision"|"orderReduced"|"orderAmended"|"withdrawalAccepted"|"repaymentAccepted"|"accountStatus"|"caseUpdate"|"ruleConfigStatus"|"backtestResult"|"holdings"|"loans"|"ledgerProof"|"markets"|"cases"|"riskOverview"|"ruleConfigs"|"loanNotice"|"profileUpdated"|undefined} body
             * @memberof lending.v1.ServerMessage
             * @instance
             */
            Object.defineProperty(ServerMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["authenticated", "reject", "orderAccepted", "orderCancelled", "trancheListed", "subscribed", "unsubscribed", "pong", "depositAccepted", "fill", "bookUpdate", "alert", "figures", "orderUpdate", "registered", "tokenIssued", "loggedOut", "kycStatusSet", "presence", "ledgerMovement", "trancheUpdate", "applicationDecision", "orderReduced", "orderAmended", "withdrawalAccepted", "repaymentAccepted", "accountStatus", "caseUpdate", "ruleConfigStatus", "backtestResult", "holdings", "loans", "ledgerProof", "markets", "cases", "riskOverview", "ruleConfigs", "loanNotice", "profileUpdated"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @function create
             * @memberof lending.v1.ServerMessage
             * @static
             * @param {lending.v1.IServerMessage=} [properties] Properties to set
             * @returns {lending.v1.ServerMessage} ServerMessage instance
             */
            ServerMessage.create = function create(properties) {
                return new ServerMessage(properties);
            };

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link lending.v1.ServerMessage.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ServerMessage
             * @static
             * @param {lending.v1.IServerMessage} message ServerMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerMessage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                if (message.authenticated != null && Object.hasOwnProperty.call(message, "authenticated"))
                    $root.lending.v1.Authenticated.encode(message.authenticated, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.reject != null && Object.hasOwnProperty.call(message, "reject"))
                    $root.lending.v1.Reject.encode(message.reject, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.orderAccepted != null && Object.hasOwnProperty.call(message, "orderAccepted"))
                    $root.lending.v1.OrderAccepted.encode(message.orderAccepted, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.orderCancelled != null && Object.hasOwnProperty.call(message, "orderCancelled"))
                    $root.lending.v1.OrderCancelled.encode(message.orderCancelled, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.trancheListed != null && Object.hasOwnProperty.call(message, "trancheListed"))
                    $root.lending.v1.TrancheListed.encode(message.trancheListed, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.subscribed != null && Object.hasOwnProperty.call(message, "subscribed"))
                    $root.lending.v1.Subscribed.encode(message.subscribed, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.unsubscribed != null && Object.hasOwnProperty.call(message, "unsubscribed"))
                    $root.lending.v1.Unsubscribed.encode(message.unsubscribed, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.pong != null && Object.hasOwnProperty.call(message, "pong"))
                    $root.lending.v1.Pong.encode(message.pong, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.depositAccepted != null && Object.hasOwnProperty.call(message, "depositAccepted"))
                    $root.lending.v1.DepositAccepted.encode(message.depositAccepted, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.fill != null && Object.hasOwnProperty.call(message, "fill"))
                    $root.lending.v1.Fill.encode(message.fill, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.bookUpdate != null && Object.hasOwnProperty.call(message, "bookUpdate"))
                    $root.lending.v1.BookUpdate.encode(message.bookUpdate, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.alert != null && Object.hasOwnProperty.call(message, "alert"))
                    $root.lending.v1.Alert.encode(message.alert, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.figures != null && Object.hasOwnProperty.call(message, "figures"))
                    $root.lending.v1.Figures.encode(message.figures, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.orderUpdate != null && Object.hasOwnProperty.call(message, "orderUpdate"))
                    $root.lending.v1.OrderUpdate.encode(message.orderUpdate, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.registered != null && Object.hasOwnProperty.call(message, "registered"))
                    $root.lending.v1.Registered.encode(message.registered, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (message.tokenIssued != null && Object.hasOwnProperty.call(message, "tokenIssued"))
                    $root.lending.v1.TokenIssued.encode(message.tokenIssued, writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (message.loggedOut != null && Object.hasOwnProperty.call(message, "loggedOut"))
                    $root.lending.v1.LoggedOut.encode(message.loggedOut, writer.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                if (message.kycStatusSet != null && Object.hasOwnProperty.call(message, "kycStatusSet"))
                    $root.lending.v1.KycStatusSet.encode(message.kycStatusSet, writer.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
                if (message.presence != null && Object.hasOwnProperty.call(message, "presence"))
                    $root.lending.v1.Presence.encode(message.presence, writer.uint32(/* id 29, wireType 2 =*/234).fork(), q + 1).ldelim();
                if (message.ledgerMovement != null && Object.hasOwnProperty.call(message, "ledgerMovement"))
                    $root.lending.v1.LedgerMovement.encode(message.ledgerMovement, writer.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (message.trancheUpdate != null && Object.hasOwnProperty.call(message, "trancheUpdate"))
                    $root.lending.v1.TrancheUpdate.encode(message.trancheUpdate, writer.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                if (message.applicationDecision != null && Object.hasOwnProperty.call(message, "applicationDecision"))
                    $root.lending.v1.ApplicationDecision.encode(message.applicationDecision, writer.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                if (message.orderReduced != null && Object.hasOwnProperty.call(message, "orderReduced"))
                    $root.lending.v1.OrderReduced.encode(message.orderReduced, writer.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                if (message.orderAmended != null && Object.hasOwnProperty.call(message, "orderAmended"))
                    $root.lending.v1.OrderAmended.encode(message.orderAmended, writer.uint32(/* id 34, wireType 2 =*/274).fork(), q + 1).ldelim();
                if (message.withdrawalAccepted != null && Object.hasOwnProperty.call(message, "withdrawalAccepted"))
                    $root.lending.v1.WithdrawalAccepted.encode(message.withdrawalAccepted, writer.uint32(/* id 35, wireType 2 =*/282).fork(), q + 1).ldelim();
                if (message.repaymentAccepted != null && Object.hasOwnProperty.call(message, "repaymentAccepted"))
                    $root.lending.v1.RepaymentAccepted.encode(message.repaymentAccepted, writer.uint32(/* id 36, wireType 2 =*/290).fork(), q + 1).ldelim();
                if (message.accountStatus != null && Object.hasOwnProperty.call(message, "accountStatus"))
                    $root.lending.v1.AccountStatus.encode(message.accountStatus, writer.uint32(/* id 37, wireType 2 =*/298).fork(), q + 1).ldelim();
                if (message.caseUpdate != null && Object.hasOwnProperty.call(message, "caseUpdate"))
                    $root.lending.v1.CaseUpdate.encode(message.caseUpdate, writer.uint32(/* id 38, wireType 2 =*/306).fork(), q + 1).ldelim();
                if (message.ruleConfigStatus != null && Object.hasOwnProperty.call(message, "ruleConfigStatus"))
                    $root.lending.v1.RuleConfigStatus.encode(message.ruleConfigStatus, writer.uint32(/* id 39, wireType 2 =*/314).fork(), q + 1).ldelim();
                if (message.backtestResult != null && Object.hasOwnProperty.call(message, "backtestResult"))
                    $root.lending.v1.BacktestResult.encode(message.backtestResult, writer.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                if (message.holdings != null && Object.hasOwnProperty.call(message, "holdings"))
                    $root.lending.v1.Holdings.encode(message.holdings, writer.uint32(/* id 41, wireType 2 =*/330).fork(), q + 1).ldelim();
                if (message.loans != null && Object.hasOwnProperty.call(message, "loans"))
                    $root.lending.v1.Loans.encode(message.loans, writer.uint32(/* id 42, wireType 2 =*/338).fork(), q + 1).ldelim();
                if (message.ledgerProof != null && Object.hasOwnProperty.call(message, "ledgerProof"))
                    $root.lending.v1.LedgerProof.encode(message.ledgerProof, writer.uint32(/* id 43, wireType 2 =*/346).fork(), q + 1).ldelim();
                if (message.markets != null && Object.hasOwnProperty.call(message, "markets"))
                    $root.lending.v1.Markets.encode(message.markets, writer.uint32(/* id 44, wireType 2 =*/354).fork(), q + 1).ldelim();
                if (message.cases != null && Object.hasOwnProperty.call(message, "cases"))
                    $root.lending.v1.Cases.encode(message.cases, writer.uint32(/* id 45, wireType 2 =*/362).fork(), q + 1).ldelim();
                if (message.riskOverview != null && Object.hasOwnProperty.call(message, "riskOverview"))
                    $root.lending.v1.RiskOverview.encode(message.riskOverview, writer.uint32(/* id 46, wireType 2 =*/370).fork(), q + 1).ldelim();
                if (message.ruleConfigs != null && Object.hasOwnProperty.call(message, "ruleConfigs"))
                    $root.lending.v1.RuleConfigs.encode(message.ruleConfigs, writer.uint32(/* id 47, wireType 2 =*/378).fork(), q + 1).ldelim();
                if (message.loanNotice != null && Object.hasOwnProperty.call(message, "loanNotice"))
                    $root.lending.v1.LoanNotice.encode(message.loanNotice, writer.uint32(/* id 48, wireType 2 =*/386).fork(), q + 1).ldelim();
                if (message.profileUpdated != null && Object.hasOwnProperty.call(message, "profileUpdated"))
                    $root.lending.v1.ProfileUpdated.encode(message.profileUpdated, writer.uint32(/* id 49, wireType 2 =*/394).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ServerMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ServerMessage} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerMessage.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ServerMessage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.requestId = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.authenticated = $root.lending.v1.Authenticated.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.reject = $root.lending.v1.Reject.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.orderAccepted = $root.lending.v1.OrderAccepted.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.orderCancelled = $root.lending.v1.OrderCancelled.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.trancheListed = $root.lending.v1.TrancheListed.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.subscribed = $root.lending.v1.Subscribed.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.unsubscribed = $root.lending.v1.Unsubscribed.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.pong = $root.lending.v1.Pong.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.depositAccepted = $root.lending.v1.DepositAccepted.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.fill = $root.lending.v1.Fill.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.bookUpdate = $root.lending.v1.BookUpdate.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.alert = $root.lending.v1.Alert.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.figures = $root.lending.v1.Figures.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.orderUpdate = $root.lending.v1.OrderUpdate.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 25: {
                            message.registered = $root.lending.v1.Registered.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 26: {
                            message.tokenIssued = $root.lending.v1.TokenIssued.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 27: {
                            message.loggedOut = $root.lending.v1.LoggedOut.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 28: {
                            message.kycStatusSet = $root.lending.v1.KycStatusSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 29: {
                            message.presence = $root.lending.v1.Presence.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 30: {
                            message.ledgerMovement = $root.lending.v1.LedgerMovement.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 31: {
                            message.trancheUpdate = $root.lending.v1.TrancheUpdate.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 32: {
                            message.applicationDecision = $root.lending.v1.ApplicationDecision.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 33: {
                            message.orderReduced = $root.lending.v1.OrderReduced.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 34: {
                            message.orderAmended = $root.lending.v1.OrderAmended.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 35: {
                            message.withdrawalAccepted = $root.lending.v1.WithdrawalAccepted.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 36: {
                            message.repaymentAccepted = $root.lending.v1.RepaymentAccepted.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 37: {
                            message.accountStatus = $root.lending.v1.AccountStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 38: {
                            message.caseUpdate = $root.lending.v1.CaseUpdate.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 39: {
                            message.ruleConfigStatus = $root.lending.v1.RuleConfigStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 40: {
                            message.backtestResult = $root.lending.v1.BacktestResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 41: {
                            message.holdings = $root.lending.v1.Holdings.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 42: {
                            message.loans = $root.lending.v1.Loans.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 43: {
                            message.ledgerProof = $root.lending.v1.LedgerProof.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 44: {
                            message.markets = $root.lending.v1.Markets.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 45: {
                            message.cases = $root.lending.v1.Cases.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 46: {
                            message.riskOverview = $root.lending.v1.RiskOverview.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 47: {
                            message.ruleConfigs = $root.lending.v1.RuleConfigs.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 48: {
                            message.loanNotice = $root.lending.v1.LoanNotice.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 49: {
                            message.profileUpdated = $root.lending.v1.ProfileUpdated.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ServerMessage
             * @function getTypeUrl
             * @memberof lending.v1.ServerMessage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ServerMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ServerMessage";
            };

            return ServerMessage;
        })();

        v1.ProfileUpdated = (function() {

            /**
             * Properties of a ProfileUpdated.
             * @memberof lending.v1
             * @interface IProfileUpdated
             * @property {string|null} [phoneMasked] ProfileUpdated phoneMasked
             * @property {string|null} [bankCardMasked] ProfileUpdated bankCardMasked
             */

            /**
             * Constructs a new ProfileUpdated.
             * @memberof lending.v1
             * @classdesc Represents a ProfileUpdated.
             * @implements IProfileUpdated
             * @constructor
             * @param {lending.v1.IProfileUpdated=} [properties] Properties to set
             */
            function ProfileUpdated(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ProfileUpdated phoneMasked.
             * @member {string} phoneMasked
             * @memberof lending.v1.ProfileUpdated
             * @instance
             */
            ProfileUpdated.prototype.phoneMasked = "";

            /**
             * ProfileUpdated bankCardMasked.
             * @member {string} bankCardMasked
             * @memberof lending.v1.ProfileUpdated
             * @instance
             */
            ProfileUpdated.prototype.bankCardMasked = "";

            /**
             * Creates a new ProfileUpdated instance using the specified properties.
             * @function create
             * @memberof lending.v1.ProfileUpdated
             * @static
             * @param {lending.v1.IProfileUpdated=} [properties] Properties to set
             * @returns {lending.v1.ProfileUpdated} ProfileUpdated instance
             */
            ProfileUpdated.create = function create(properties) {
                return new ProfileUpdated(properties);
            };

            /**
             * Encodes the specified ProfileUpdated message. Does not implicitly {@link lending.v1.ProfileUpdated.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ProfileUpdated
             * @static
             * @param {lending.v1.IProfileUpdated} message ProfileUpdated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileUpdated.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.phoneMasked != null && Object.hasOwnProperty.call(message, "phoneMasked"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.phoneMasked);
                if (message.bankCardMasked != null && Object.hasOwnProperty.call(message, "bankCardMasked"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bankCardMasked);
                return writer;
            };

            /**
             * Decodes a ProfileUpdated message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ProfileUpdated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ProfileUpdated} ProfileUpdated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileUpdated.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ProfileUpdated();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.phoneMasked = reader.string();
                            break;
                        }
                    case 2: {
                            message.bankCardMasked = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ProfileUpdated
             * @function getTypeUrl
             * @memberof lending.v1.ProfileUpdated
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ProfileUpdated.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ProfileUpdated";
            };

            return ProfileUpdated;
        })();

        v1.OrderReduced = (function() {

            /**
             * Properties of an OrderReduced.
             * @memberof lending.v1
             * @interface IOrderReduced
             * @property {string|null} [clientOrderId] OrderReduced clientOrderId
             * @property {string|null} [marketId] OrderReduced marketId
             * @property {number|null} [seq] OrderReduced seq
             * @property {number|null} [releasedFen] OrderReduced releasedFen
             * @property {number|null} [remainingFen] OrderReduced remainingFen
             */

            /**
             * Constructs a new OrderReduced.
             * @memberof lending.v1
             * @classdesc Represents an OrderReduced.
             * @implements IOrderReduced
             * @constructor
             * @param {lending.v1.IOrderReduced=} [properties] Properties to set
             */
            function OrderReduced(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OrderReduced clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.OrderReduced
             * @instance
             */
            OrderReduced.prototype.clientOrderId = "";

            /**
             * OrderReduced marketId.
             * @member {string} marketId
             * @memberof lending.v1.OrderReduced
             * @instance
             */
            OrderReduced.prototype.marketId = "";

            /**
             * OrderReduced seq.
             * @member {number} seq
             * @memberof lending.v1.OrderReduced
             * @instance
             */
            OrderReduced.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderReduced releasedFen.
             * @member {number} releasedFen
             * @memberof lending.v1.OrderReduced
             * @instance
             */
            OrderReduced.prototype.releasedFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OrderReduced remainingFen.
             * @member {number} remainingFen
             * @memberof lending.v1.OrderReduced
             * @instance
             */
            OrderReduced.prototype.remainingFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new OrderReduced instance using the specified properties.
             * @function create
             * @memberof lending.v1.OrderReduced
             * @static
             * @param {lending.v1.IOrderReduced=} [properties] Properties to set
             * @returns {lending.v1.OrderReduced} OrderReduced instance
             */
            OrderReduced.create = function create(properties) {
                return new OrderReduced(properties);
            };

            /**
             * Encodes the specified OrderReduced message. Does not implicitly {@link lending.v1.OrderReduced.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.OrderReduced
             * @static
             * @param {lending.v1.IOrderReduced} message OrderReduced message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderReduced.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.releasedFen != null && Object.hasOwnProperty.call(message, "releasedFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.releasedFen);
                if (message.remainingFen != null && Object.hasOwnProperty.call(message, "remainingFen"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.remainingFen);
                return writer;
            };

            /**
             * Decodes an OrderReduced message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.OrderReduced
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.OrderReduced} OrderReduced
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderReduced.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.OrderReduced();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.releasedFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.remainingFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for OrderReduced
             * @function getTypeUrl
             * @memberof lending.v1.OrderReduced
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OrderReduced.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.OrderReduced";
            };

            return OrderReduced;
        })();

        v1.OrderAmended = (function() {

            /**
             * Properties of an OrderAmended.
             * @memberof lending.v1
             * @interface IOrderAmended
             * @property {string|null} [clientOrderId] OrderAmended clientOrderId
             * @property {string|null} [marketId] OrderAmended marketId
             * @property {number|null} [seq] OrderAmended seq
             * @property {number|null} [minRateBps] OrderAmended minRateBps
             * @property {number|null} [remainingFen] OrderAmended remainingFen
             */

            /**
             * Constructs a new OrderAmended.
             * @memberof lending.v1
             * @classdesc Represents an OrderAmended.
             * @implements IOrderAmended
             * @constructor
             * @param {lending.v1.IOrderAmended=} [properties] Properties to set
             */
            function OrderAmended(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OrderAmended clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.OrderAmended
             * @instance
             */
            OrderAmended.prototype.clientOrderId = "";

            /**
             * OrderAmended marketId.
             * @member {string} marketId
             * @memberof lending.v1.OrderAmended
             * @instance
             */
            OrderAmended.prototype.marketId = "";

            /**
             * OrderAmended seq.
             * @member {number} seq
             * @memberof lending.v1.OrderAmended
             * @instance
             */
            OrderAmended.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderAmended minRateBps.
             * @member {number} minRateBps
             * @memberof lending.v1.OrderAmended
             * @instance
             */
            OrderAmended.prototype.minRateBps = 0;

            /**
             * OrderAmended remainingFen.
             * @member {number} remainingFen
             * @memberof lending.v1.OrderAmended
             * @instance
             */
            OrderAmended.prototype.remainingFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new OrderAmended instance using the specified properties.
             * @function create
             * @memberof lending.v1.OrderAmended
             * @static
             * @param {lending.v1.IOrderAmended=} [properties] Properties to set
             * @returns {lending.v1.OrderAmended} OrderAmended instance
             */
            OrderAmended.create = function create(properties) {
                return new OrderAmended(properties);
            };

            /**
             * Encodes the specified OrderAmended message. Does not implicitly {@link lending.v1.OrderAmended.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.OrderAmended
             * @static
             * @param {lending.v1.IOrderAmended} message OrderAmended message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderAmended.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.minRateBps != null && Object.hasOwnProperty.call(message, "minRateBps"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minRateBps);
                if (message.remainingFen != null && Object.hasOwnProperty.call(message, "remainingFen"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.remainingFen);
                return writer;
            };

            /**
             * Decodes an OrderAmended message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.OrderAmended
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.OrderAmended} OrderAmended
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderAmended.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.OrderAmended();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.minRateBps = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.remainingFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for OrderAmended
             * @function getTypeUrl
             * @memberof lending.v1.OrderAmended
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OrderAmended.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.OrderAmended";
            };

            return OrderAmended;
        })();

        v1.WithdrawalAccepted = (function() {

            /**
             * Properties of a WithdrawalAccepted.
             * @memberof lending.v1
             * @interface IWithdrawalAccepted
             * @property {string|null} [transferId] WithdrawalAccepted transferId
             * @property {number|null} [availableFen] WithdrawalAccepted availableFen
             */

            /**
             * Constructs a new WithdrawalAccepted.
             * @memberof lending.v1
             * @classdesc Represents a WithdrawalAccepted.
             * @implements IWithdrawalAccepted
             * @constructor
             * @param {lending.v1.IWithdrawalAccepted=} [properties] Properties to set
             */
            function WithdrawalAccepted(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * WithdrawalAccepted transferId.
             * @member {string} transferId
             * @memberof lending.v1.WithdrawalAccepted
             * @instance
             */
            WithdrawalAccepted.prototype.transferId = "";

            /**
             * WithdrawalAccepted availableFen.
             * @member {number} availableFen
             * @memberof lending.v1.WithdrawalAccepted
             * @instance
             */
            WithdrawalAccepted.prototype.availableFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new WithdrawalAccepted instance using the specified properties.
             * @function create
             * @memberof lending.v1.WithdrawalAccepted
             * @static
             * @param {lending.v1.IWithdrawalAccepted=} [properties] Properties to set
             * @returns {lending.v1.WithdrawalAccepted} WithdrawalAccepted instance
             */
            WithdrawalAccepted.create = function create(properties) {
                return new WithdrawalAccepted(properties);
            };

            /**
             * Encodes the specified WithdrawalAccepted message. Does not implicitly {@link lending.v1.WithdrawalAccepted.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.WithdrawalAccepted
             * @static
             * @param {lending.v1.IWithdrawalAccepted} message WithdrawalAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WithdrawalAccepted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.transferId != null && Object.hasOwnProperty.call(message, "transferId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.availableFen != null && Object.hasOwnProperty.call(message, "availableFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.availableFen);
                return writer;
            };

            /**
             * Decodes a WithdrawalAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.WithdrawalAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.WithdrawalAccepted} WithdrawalAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WithdrawalAccepted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.WithdrawalAccepted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.transferId = reader.string();
                            break;
                        }
                    case 2: {
                            message.availableFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for WithdrawalAccepted
             * @function getTypeUrl
             * @memberof lending.v1.WithdrawalAccepted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WithdrawalAccepted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.WithdrawalAccepted";
            };

            return WithdrawalAccepted;
        })();

        v1.RepaymentAccepted = (function() {

            /**
             * Properties of a RepaymentAccepted.
             * @memberof lending.v1
             * @interface IRepaymentAccepted
             * @property {string|null} [transferId] RepaymentAccepted transferId
             * @property {string|null} [loanId] RepaymentAccepted loanId
             * @property {number|null} [paidFen] RepaymentAccepted paidFen
             * @property {number|null} [outstandingPrincipalFen] RepaymentAccepted outstandingPrincipalFen
             * @property {string|null} [status] RepaymentAccepted status
             */

            /**
             * Constructs a new RepaymentAccepted.
             * @memberof lending.v1
             * @classdesc Represents a RepaymentAccepted.
             * @implements IRepaymentAccepted
             * @constructor
             * @param {lending.v1.IRepaymentAccepted=} [properties] Properties to set
             */
            function RepaymentAccepted(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RepaymentAccepted transferId.
             * @member {string} transferId
             * @memberof lending.v1.RepaymentAccepted
             * @instance
             */
            RepaymentAccepted.prototype.transferId = "";

            /**
             * RepaymentAccepted loanId.
             * @member {string} loanId
             * @memberof lending.v1.RepaymentAccepted
             * @instance
             */
            RepaymentAccepted.prototype.loanId = "";

            /**
             * RepaymentAccepted paidFen.
             * @member {number} paidFen
             * @memberof lending.v1.RepaymentAccepted
             * @instance
             */
            RepaymentAccepted.prototype.paidFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RepaymentAccepted outstandingPrincipalFen.
             * @member {number} outstandingPrincipalFen
             * @memberof lending.v1.RepaymentAccepted
             * @instance
             */
            RepaymentAccepted.prototype.outstandingPrincipalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RepaymentAccepted status.
             * @member {string} status
             * @memberof lending.v1.RepaymentAccepted
             * @instance
             */
            RepaymentAccepted.prototype.status = "";

            /**
             * Creates a new RepaymentAccepted instance using the specified properties.
             * @function create
             * @memberof lending.v1.RepaymentAccepted
             * @static
             * @param {lending.v1.IRepaymentAccepted=} [properties] Properties to set
             * @returns {lending.v1.RepaymentAccepted} RepaymentAccepted instance
             */
            RepaymentAccepted.create = function create(properties) {
                return new RepaymentAccepted(properties);
            };

            /**
             * Encodes the specified RepaymentAccepted message. Does not implicitly {@link lending.v1.RepaymentAccepted.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RepaymentAccepted
             * @static
             * @param {lending.v1.IRepaymentAccepted} message RepaymentAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RepaymentAccepted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.transferId != null && Object.hasOwnProperty.call(message, "transferId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.loanId != null && Object.hasOwnProperty.call(message, "loanId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.loanId);
                if (message.paidFen != null && Object.hasOwnProperty.call(message, "paidFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.paidFen);
                if (message.outstandingPrincipalFen != null && Object.hasOwnProperty.call(message, "outstandingPrincipalFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.outstandingPrincipalFen);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                return writer;
            };

            /**
             * Decodes a RepaymentAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RepaymentAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RepaymentAccepted} RepaymentAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RepaymentAccepted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RepaymentAccepted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.transferId = reader.string();
                            break;
                        }
                    case 2: {
                            message.loanId = reader.string();
                            break;
                        }
                    case 3: {
                            message.paidFen = reader.int64();
                            break;
                        }
                    case 4: {
                            message.outstandingPrincipalFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.status = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RepaymentAccepted
             * @function getTypeUrl
             * @memberof lending.v1.RepaymentAccepted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RepaymentAccepted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RepaymentAccepted";
            };

            return RepaymentAccepted;
        })();

        v1.AccountStatus = (function() {

            /**
             * Properties of an AccountStatus.
             * @memberof lending.v1
             * @interface IAccountStatus
             * @property {string|null} [userId] AccountStatus userId
             * @property {boolean|null} [frozen] AccountStatus frozen
             * @property {string|null} [by] AccountStatus by
             * @property {string|null} [reason] AccountStatus reason
             * @property {number|null} [timeMs] AccountStatus timeMs
             */

            /**
             * Constructs a new AccountStatus.
             * @memberof lending.v1
             * @classdesc Represents an AccountStatus.
             * @implements IAccountStatus
             * @constructor
             * @param {lending.v1.IAccountStatus=} [properties] Properties to set
             */
            function AccountStatus(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AccountStatus userId.
             * @member {string} userId
             * @memberof lending.v1.AccountStatus
             * @instance
             */
            AccountStatus.prototype.userId = "";

            /**
             * AccountStatus frozen.
             * @member {boolean} frozen
             * @memberof lending.v1.AccountStatus
             * @instance
             */
            AccountStatus.prototype.frozen = false;

            /**
             * AccountStatus by.
             * @member {string} by
             * @memberof lending.v1.AccountStatus
             * @instance
             */
            AccountStatus.prototype.by = "";

            /**
             * AccountStatus reason.
             * @member {string} reason
             * @memberof lending.v1.AccountStatus
             * @instance
             */
            AccountStatus.prototype.reason = "";

            /**
             * AccountStatus timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.AccountStatus
             * @instance
             */
            AccountStatus.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AccountStatus instance using the specified properties.
             * @function create
             * @memberof lending.v1.AccountStatus
             * @static
             * @param {lending.v1.IAccountStatus=} [properties] Properties to set
             * @returns {lending.v1.AccountStatus} AccountStatus instance
             */
            AccountStatus.create = function create(properties) {
                return new AccountStatus(properties);
            };

            /**
             * Encodes the specified AccountStatus message. Does not implicitly {@link lending.v1.AccountStatus.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.AccountStatus
             * @static
             * @param {lending.v1.IAccountStatus} message AccountStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.frozen != null && Object.hasOwnProperty.call(message, "frozen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.frozen);
                if (message.by != null && Object.hasOwnProperty.call(message, "by"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.by);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeMs);
                return writer;
            };

            /**
             * Decodes an AccountStatus message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.AccountStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.AccountStatus} AccountStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.AccountStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.frozen = reader.bool();
                            break;
                        }
                    case 3: {
                            message.by = reader.string();
                            break;
                        }
                    case 4: {
                            message.reason = reader.string();
                            break;
                        }
                    case 5: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for AccountStatus
             * @function getTypeUrl
             * @memberof lending.v1.AccountStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AccountStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.AccountStatus";
            };

            return AccountStatus;
        })();

        v1.CaseUpdate = (function() {

            /**
             * Properties of a CaseUpdate.
             * @memberof lending.v1
             * @interface ICaseUpdate
             * @property {string|null} [alertId] CaseUpdate alertId
             * @property {string|null} [state] CaseUpdate state
             * @property {string|null} [assignee] CaseUpdate assignee
             * @property {string|null} [resolution] CaseUpdate resolution
             * @property {string|null} [by] CaseUpdate by
             * @property {string|null} [note] CaseUpdate note
             * @property {number|null} [timeMs] CaseUpdate timeMs
             * @property {string|null} [ruleId] CaseUpdate ruleId
             * @property {string|null} [accountId] CaseUpdate accountId
             */

            /**
             * Constructs a new CaseUpdate.
             * @memberof lending.v1
             * @classdesc Represents a CaseUpdate.
             * @implements ICaseUpdate
             * @constructor
             * @param {lending.v1.ICaseUpdate=} [properties] Properties to set
             */
            function CaseUpdate(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CaseUpdate alertId.
             * @member {string} alertId
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.alertId = "";

            /**
             * CaseUpdate state.
             * @member {string} state
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.state = "";

            /**
             * CaseUpdate assignee.
             * @member {string} assignee
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.assignee = "";

            /**
             * CaseUpdate resolution.
             * @member {string} resolution
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.resolution = "";

            /**
             * CaseUpdate by.
             * @member {string} by
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.by = "";

            /**
             * CaseUpdate note.
             * @member {string} note
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.note = "";

            /**
             * CaseUpdate timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CaseUpdate ruleId.
             * @member {string} ruleId
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.ruleId = "";

            /**
             * CaseUpdate accountId.
             * @member {string} accountId
             * @memberof lending.v1.CaseUpdate
             * @instance
             */
            CaseUpdate.prototype.accountId = "";

            /**
             * Creates a new CaseUpdate instance using the specified properties.
             * @function create
             * @memberof lending.v1.CaseUpdate
             * @static
             * @param {lending.v1.ICaseUpdate=} [properties] Properties to set
             * @returns {lending.v1.CaseUpdate} CaseUpdate instance
             */
            CaseUpdate.create = function create(properties) {
                return new CaseUpdate(properties);
            };

            /**
             * Encodes the specified CaseUpdate message. Does not implicitly {@link lending.v1.CaseUpdate.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.CaseUpdate
             * @static
             * @param {lending.v1.ICaseUpdate} message CaseUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CaseUpdate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.alertId != null && Object.hasOwnProperty.call(message, "alertId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alertId);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.assignee != null && Object.hasOwnProperty.call(message, "assignee"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.assignee);
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.resolution);
                if (message.by != null && Object.hasOwnProperty.call(message, "by"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.by);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.note);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeMs);
                if (message.ruleId != null && Object.hasOwnProperty.call(message, "ruleId"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.ruleId);
                if (message.accountId != null && Object.hasOwnProperty.call(message, "accountId"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.accountId);
                return writer;
            };

            /**
             * Decodes a CaseUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.CaseUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.CaseUpdate} CaseUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CaseUpdate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.CaseUpdate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.alertId = reader.string();
                            break;
                        }
                    case 2: {
                            message.state = reader.string();
                            break;
                        }
                    case 3: {
                            message.assignee = reader.string();
                            break;
                        }
                    case 4: {
                            message.resolution = reader.string();
                            break;
                        }
                    case 5: {
                            message.by = reader.string();
                            break;
                        }
                    case 6: {
                            message.note = reader.string();
                            break;
                        }
                    case 7: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.ruleId = reader.string();
                            break;
                        }
                    case 9: {
                            message.accountId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CaseUpdate
             * @function getTypeUrl
             * @memberof lending.v1.CaseUpdate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CaseUpdate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.CaseUpdate";
            };

            return CaseUpdate;
        })();

        v1.RuleConfigStatus = (function() {

            /**
             * Properties of a RuleConfigStatus.
             * @memberof lending.v1
             * @interface IRuleConfigStatus
             * @property {number|null} [version] RuleConfigStatus version
             * @property {string|null} [state] RuleConfigStatus state
             * @property {string|null} [proposedBy] RuleConfigStatus proposedBy
             * @property {string|null} [decidedBy] RuleConfigStatus decidedBy
             * @property {string|null} [note] RuleConfigStatus note
             * @property {string|null} [configJson] RuleConfigStatus configJson
             * @property {number|null} [timeMs] RuleConfigStatus timeMs
             * @property {number|null} [proposalId] RuleConfigStatus proposalId
             */

            /**
             * Constructs a new RuleConfigStatus.
             * @memberof lending.v1
             * @classdesc Represents a RuleConfigStatus.
             * @implements IRuleConfigStatus
             * @constructor
             * @param {lending.v1.IRuleConfigStatus=} [properties] Properties to set
             */
            function RuleConfigStatus(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RuleConfigStatus version.
             * @member {number} version
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.version = 0;

            /**
             * RuleConfigStatus state.
             * @member {string} state
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.state = "";

            /**
             * RuleConfigStatus proposedBy.
             * @member {string} proposedBy
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.proposedBy = "";

            /**
             * RuleConfigStatus decidedBy.
             * @member {string} decidedBy
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.decidedBy = "";

            /**
             * RuleConfigStatus note.
             * @member {string} note
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.note = "";

            /**
             * RuleConfigStatus configJson.
             * @member {string} configJson
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.configJson = "";

            /**
             * RuleConfigStatus timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RuleConfigStatus proposalId.
             * @member {number} proposalId
             * @memberof lending.v1.RuleConfigStatus
             * @instance
             */
            RuleConfigStatus.prototype.proposalId = 0;

            /**
             * Creates a new RuleConfigStatus instance using the specified properties.
             * @function create
             * @memberof lending.v1.RuleConfigStatus
             * @static
             * @param {lending.v1.IRuleConfigStatus=} [properties] Properties to set
             * @returns {lending.v1.RuleConfigStatus} RuleConfigStatus instance
             */
            RuleConfigStatus.create = function create(properties) {
                return new RuleConfigStatus(properties);
            };

            /**
             * Encodes the specified RuleConfigStatus message. Does not implicitly {@link lending.v1.RuleConfigStatus.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RuleConfigStatus
             * @static
             * @param {lending.v1.IRuleConfigStatus} message RuleConfigStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleConfigStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.proposedBy != null && Object.hasOwnProperty.call(message, "proposedBy"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.proposedBy);
                if (message.decidedBy != null && Object.hasOwnProperty.call(message, "decidedBy"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.decidedBy);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.note);
                if (message.configJson != null && Object.hasOwnProperty.call(message, "configJson"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.configJson);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeMs);
                if (message.proposalId != null && Object.hasOwnProperty.call(message, "proposalId"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.proposalId);
                return writer;
            };

            /**
             * Decodes a RuleConfigStatus message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RuleConfigStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RuleConfigStatus} RuleConfigStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleConfigStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RuleConfigStatus();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.state = reader.string();
                            break;
                        }
                    case 3: {
                            message.proposedBy = reader.string();
                            break;
                        }
                    case 4: {
                            message.decidedBy = reader.string();
                            break;
                        }
                    case 5: {
                            message.note = reader.string();
                            break;
                        }
                    case 6: {
                            message.configJson = reader.string();
                            break;
                        }
                    case 7: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.proposalId = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RuleConfigStatus
             * @function getTypeUrl
             * @memberof lending.v1.RuleConfigStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RuleConfigStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RuleConfigStatus";
            };

            return RuleConfigStatus;
        })();

        v1.BacktestResult = (function() {

            /**
             * Properties of a BacktestResult.
             * @memberof lending.v1
             * @interface IBacktestResult
             * @property {number|null} [events] BacktestResult events
             * @property {number|null} [alertsCurrent] BacktestResult alertsCurrent
             * @property {number|null} [alertsCandidate] BacktestResult alertsCandidate
             * @property {number|null} [added] BacktestResult added
             * @property {number|null} [removed] BacktestResult removed
             * @property {number|null} [levelChanged] BacktestResult levelChanged
             */

            /**
             * Constructs a new BacktestResult.
             * @memberof lending.v1
             * @classdesc Represents a BacktestResult.
             * @implements IBacktestResult
             * @constructor
             * @param {lending.v1.IBacktestResult=} [properties] Properties to set
             */
            function BacktestResult(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BacktestResult events.
             * @member {number} events
             * @memberof lending.v1.BacktestResult
             * @instance
             */
            BacktestResult.prototype.events = 0;

            /**
             * BacktestResult alertsCurrent.
             * @member {number} alertsCurrent
             * @memberof lending.v1.BacktestResult
             * @instance
             */
            BacktestResult.prototype.alertsCurrent = 0;

            /**
             * BacktestResult alertsCandidate.
             * @member {number} alertsCandidate
             * @memberof lending.v1.BacktestResult
             * @instance
             */
            BacktestResult.prototype.alertsCandidate = 0;

            /**
             * BacktestResult added.
             * @member {number} added
             * @memberof lending.v1.BacktestResult
             * @instance
             */
            BacktestResult.prototype.added = 0;

            /**
             * BacktestResult removed.
             * @member {number} removed
             * @memberof lending.v1.BacktestResult
             * @instance
             */
            BacktestResult.prototype.removed = 0;

            /**
             * BacktestResult levelChanged.
             * @member {number} levelChanged
             * @memberof lending.v1.BacktestResult
             * @instance
             */
            BacktestResult.prototype.levelChanged = 0;

            /**
             * Creates a new BacktestResult instance using the specified properties.
             * @function create
             * @memberof lending.v1.BacktestResult
             * @static
             * @param {lending.v1.IBacktestResult=} [properties] Properties to set
             * @returns {lending.v1.BacktestResult} BacktestResult instance
             */
            BacktestResult.create = function create(properties) {
                return new BacktestResult(properties);
            };

            /**
             * Encodes the specified BacktestResult message. Does not implicitly {@link lending.v1.BacktestResult.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.BacktestResult
             * @static
             * @param {lending.v1.IBacktestResult} message BacktestResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BacktestResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.events);
                if (message.alertsCurrent != null && Object.hasOwnProperty.call(message, "alertsCurrent"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.alertsCurrent);
                if (message.alertsCandidate != null && Object.hasOwnProperty.call(message, "alertsCandidate"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.alertsCandidate);
                if (message.added != null && Object.hasOwnProperty.call(message, "added"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.added);
                if (message.removed != null && Object.hasOwnProperty.call(message, "removed"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.removed);
                if (message.levelChanged != null && Object.hasOwnProperty.call(message, "levelChanged"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.levelChanged);
                return writer;
            };

            /**
             * Decodes a BacktestResult message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.BacktestResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.BacktestResult} BacktestResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BacktestResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.BacktestResult();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.events = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.alertsCurrent = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.alertsCandidate = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.added = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.removed = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.levelChanged = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for BacktestResult
             * @function getTypeUrl
             * @memberof lending.v1.BacktestResult
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BacktestResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.BacktestResult";
            };

            return BacktestResult;
        })();

        v1.Note = (function() {

            /**
             * Properties of a Note.
             * @memberof lending.v1
             * @interface INote
             * @property {string|null} [noteId] Note noteId
             * @property {string|null} [loanId] Note loanId
             * @property {string|null} [marketId] Note marketId
             * @property {number|null} [principalFen] Note principalFen
             * @property {number|null} [rateBps] Note rateBps
             * @property {number|null} [outstandingPrincipalFen] Note outstandingPrincipalFen
             * @property {number|null} [receivedPrincipalFen] Note receivedPrincipalFen
             * @property {string|null} [loanStatus] Note loanStatus
             * @property {number|null} [daysPastDue] Note daysPastDue
             * @property {Array.<lending.v1.ISchedulePeriod>|null} [schedule] Note schedule
             */

            /**
             * Constructs a new Note.
             * @memberof lending.v1
             * @classdesc Represents a Note.
             * @implements INote
             * @constructor
             * @param {lending.v1.INote=} [properties] Properties to set
             */
            function Note(properties) {
                this.schedule = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Note noteId.
             * @member {string} noteId
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.noteId = "";

            /**
             * Note loanId.
             * @member {string} loanId
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.loanId = "";

            /**
             * Note marketId.
             * @member {string} marketId
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.marketId = "";

            /**
             * Note principalFen.
             * @member {number} principalFen
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.principalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Note rateBps.
             * @member {number} rateBps
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.rateBps = 0;

            /**
             * Note outstandingPrincipalFen.
             * @member {number} outstandingPrincipalFen
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.outstandingPrincipalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Note receivedPrincipalFen.
             * @member {number} receivedPrincipalFen
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.receivedPrincipalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Note loanStatus.
             * @member {string} loanStatus
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.loanStatus = "";

            /**
             * Note daysPastDue.
             * @member {number} daysPastDue
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.daysPastDue = 0;

            /**
             * Note schedule.
             * @member {Array.<lending.v1.ISchedulePeriod>} schedule
             * @memberof lending.v1.Note
             * @instance
             */
            Note.prototype.schedule = $util.emptyArray;

            /**
             * Creates a new Note instance using the specified properties.
             * @function create
             * @memberof lending.v1.Note
             * @static
             * @param {lending.v1.INote=} [properties] Properties to set
             * @returns {lending.v1.Note} Note instance
             */
            Note.create = function create(properties) {
                return new Note(properties);
            };

            /**
             * Encodes the specified Note message. Does not implicitly {@link lending.v1.Note.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Note
             * @static
             * @param {lending.v1.INote} message Note message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Note.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.noteId != null && Object.hasOwnProperty.call(message, "noteId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.noteId);
                if (message.loanId != null && Object.hasOwnProperty.call(message, "loanId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.loanId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.marketId);
                if (message.principalFen != null && Object.hasOwnProperty.call(message, "principalFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.principalFen);
                if (message.rateBps != null && Object.hasOwnProperty.call(message, "rateBps"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.rateBps);
                if (message.outstandingPrincipalFen != null && Object.hasOwnProperty.call(message, "outstandingPrincipalFen"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.outstandingPrincipalFen);
                if (message.receivedPrincipalFen != null && Object.hasOwnProperty.call(message, "receivedPrincipalFen"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.receivedPrincipalFen);
                if (message.loanStatus != null && Object.hasOwnProperty.call(message, "loanStatus"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.loanStatus);
                if (message.daysPastDue != null && Object.hasOwnProperty.call(message, "daysPastDue"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.daysPastDue);
                if (message.schedule != null && message.schedule.length)
                    for (let i = 0; i < message.schedule.length; ++i)
                        $root.lending.v1.SchedulePeriod.encode(message.schedule[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Note message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Note
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Note} Note
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Note.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Note();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.noteId = reader.string();
                            break;
                        }
                    case 2: {
                            message.loanId = reader.string();
                            break;
                        }
                    case 3: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 4: {
                            message.principalFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.rateBps = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.outstandingPrincipalFen = reader.int64();
                            break;
                        }
                    case 7: {
                            message.receivedPrincipalFen = reader.int64();
                            break;
                        }
                    case 8: {
                            message.loanStatus = reader.string();
                            break;
                        }
                    case 9: {
                            message.daysPastDue = reader.uint32();
                            break;
                        }
                    case 10: {
                            if (!(message.schedule && message.schedule.length))
                                message.schedule = [];
                            message.schedule.push($root.lending.v1.SchedulePeriod.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Note
             * @function getTypeUrl
             * @memberof lending.v1.Note
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Note.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Note";
            };

            return Note;
        })();

        v1.Holdings = (function() {

            /**
             * Properties of a Holdings.
             * @memberof lending.v1
             * @interface IHoldings
             * @property {Array.<lending.v1.INote>|null} [notes] Holdings notes
             * @property {number|null} [availableFen] Holdings availableFen
             * @property {number|null} [heldFen] Holdings heldFen
             */

            /**
             * Constructs a new Holdings.
             * @memberof lending.v1
             * @classdesc Represents a Holdings.
             * @implements IHoldings
             * @constructor
             * @param {lending.v1.IHoldings=} [properties] Properties to set
             */
            function Holdings(properties) {
                this.notes = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Holdings notes.
             * @member {Array.<lending.v1.INote>} notes
             * @memberof lending.v1.Holdings
             * @instance
             */
            Holdings.prototype.notes = $util.emptyArray;

            /**
             * Holdings availableFen.
             * @member {number} availableFen
             * @memberof lending.v1.Holdings
             * @instance
             */
            Holdings.prototype.availableFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Holdings heldFen.
             * @member {number} heldFen
             * @memberof lending.v1.Holdings
             * @instance
             */
            Holdings.prototype.heldFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Holdings instance using the specified properties.
             * @function create
             * @memberof lending.v1.Holdings
             * @static
             * @param {lending.v1.IHoldings=} [properties] Properties to set
             * @returns {lending.v1.Holdings} Holdings instance
             */
            Holdings.create = function create(properties) {
                return new Holdings(properties);
            };

            /**
             * Encodes the specified Holdings message. Does not implicitly {@link lending.v1.Holdings.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Holdings
             * @static
             * @param {lending.v1.IHoldings} message Holdings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Holdings.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.notes != null && message.notes.length)
                    for (let i = 0; i < message.notes.length; ++i)
                        $root.lending.v1.Note.encode(message.notes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.availableFen != null && Object.hasOwnProperty.call(message, "availableFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.availableFen);
                if (message.heldFen != null && Object.hasOwnProperty.call(message, "heldFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.heldFen);
                return writer;
            };

            /**
             * Decodes a Holdings message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Holdings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Holdings} Holdings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Holdings.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Holdings();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.notes && message.notes.length))
                                message.notes = [];
                            message.notes.push($root.lending.v1.Note.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.availableFen = reader.int64();
                            break;
                        }
                    case 3: {
                            message.heldFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Holdings
             * @function getTypeUrl
             * @memberof lending.v1.Holdings
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Holdings.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Holdings";
            };

            return Holdings;
        })();

        v1.SchedulePeriod = (function() {

            /**
             * Properties of a SchedulePeriod.
             * @memberof lending.v1
             * @interface ISchedulePeriod
             * @property {number|null} [period] SchedulePeriod period
             * @property {number|null} [dueMs] SchedulePeriod dueMs
             * @property {number|null} [principalFen] SchedulePeriod principalFen
             * @property {number|null} [interestFen] SchedulePeriod interestFen
             * @property {boolean|null} [compensated] SchedulePeriod compensated
             */

            /**
             * Constructs a new SchedulePeriod.
             * @memberof lending.v1
             * @classdesc Represents a SchedulePeriod.
             * @implements ISchedulePeriod
             * @constructor
             * @param {lending.v1.ISchedulePeriod=} [properties] Properties to set
             */
            function SchedulePeriod(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SchedulePeriod period.
             * @member {number} period
             * @memberof lending.v1.SchedulePeriod
             * @instance
             */
            SchedulePeriod.prototype.period = 0;

            /**
             * SchedulePeriod dueMs.
             * @member {number} dueMs
             * @memberof lending.v1.SchedulePeriod
             * @instance
             */
            SchedulePeriod.prototype.dueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SchedulePeriod principalFen.
             * @member {number} principalFen
             * @memberof lending.v1.SchedulePeriod
             * @instance
             */
            SchedulePeriod.prototype.principalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SchedulePeriod interestFen.
             * @member {number} interestFen
             * @memberof lending.v1.SchedulePeriod
             * @instance
             */
            SchedulePeriod.prototype.interestFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SchedulePeriod compensated.
             * @member {boolean} compensated
             * @memberof lending.v1.SchedulePeriod
             * @instance
             */
            SchedulePeriod.prototype.compensated = false;

            /**
             * Creates a new SchedulePeriod instance using the specified properties.
             * @function create
             * @memberof lending.v1.SchedulePeriod
             * @static
             * @param {lending.v1.ISchedulePeriod=} [properties] Properties to set
             * @returns {lending.v1.SchedulePeriod} SchedulePeriod instance
             */
            SchedulePeriod.create = function create(properties) {
                return new SchedulePeriod(properties);
            };

            /**
             * Encodes the specified SchedulePeriod message. Does not implicitly {@link lending.v1.SchedulePeriod.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.SchedulePeriod
             * @static
             * @param {lending.v1.ISchedulePeriod} message SchedulePeriod message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchedulePeriod.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.period != null && Object.hasOwnProperty.call(message, "period"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.period);
                if (message.dueMs != null && Object.hasOwnProperty.call(message, "dueMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.dueMs);
                if (message.principalFen != null && Object.hasOwnProperty.call(message, "principalFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.principalFen);
                if (message.interestFen != null && Object.hasOwnProperty.call(message, "interestFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.interestFen);
                if (message.compensated != null && Object.hasOwnProperty.call(message, "compensated"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.compensated);
                return writer;
            };

            /**
             * Decodes a SchedulePeriod message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.SchedulePeriod
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.SchedulePeriod} SchedulePeriod
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchedulePeriod.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.SchedulePeriod();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.period = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.dueMs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.principalFen = reader.int64();
                            break;
                        }
                    case 4: {
                            message.interestFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.compensated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for SchedulePeriod
             * @function getTypeUrl
             * @memberof lending.v1.SchedulePeriod
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SchedulePeriod.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.SchedulePeriod";
            };

            return SchedulePeriod;
        })();

        v1.Loan = (function() {

            /**
             * Properties of a Loan.
             * @memberof lending.v1
             * @interface ILoan
             * @property {string|null} [loanId] Loan loanId
             * @property {string|null} [borrowerId] Loan borrowerId
             * @property {number|null} [principalFen] Loan principalFen
             * @property {number|null} [outstandingPrincipalFen] Loan outstandingPrincipalFen
             * @property {string|null} [status] Loan status
             * @property {number|null} [daysPastDue] Loan daysPastDue
             * @property {string|null} [bucket] Loan bucket
             * @property {number|null} [dueNowFen] Loan dueNowFen
             * @property {Array.<lending.v1.ISchedulePeriod>|null} [schedule] Loan schedule
             * @property {number|null} [termMonths] Loan termMonths
             */

            /**
             * Constructs a new Loan.
             * @memberof lending.v1
             * @classdesc Represents a Loan.
             * @implements ILoan
             * @constructor
             * @param {lending.v1.ILoan=} [properties] Properties to set
             */
            function Loan(properties) {
                this.schedule = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Loan loanId.
             * @member {string} loanId
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.loanId = "";

            /**
             * Loan borrowerId.
             * @member {string} borrowerId
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.borrowerId = "";

            /**
             * Loan principalFen.
             * @member {number} principalFen
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.principalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Loan outstandingPrincipalFen.
             * @member {number} outstandingPrincipalFen
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.outstandingPrincipalFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Loan status.
             * @member {string} status
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.status = "";

            /**
             * Loan daysPastDue.
             * @member {number} daysPastDue
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.daysPastDue = 0;

            /**
             * Loan bucket.
             * @member {string} bucket
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.bucket = "";

            /**
             * Loan dueNowFen.
             * @member {number} dueNowFen
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.dueNowFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Loan schedule.
             * @member {Array.<lending.v1.ISchedulePeriod>} schedule
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.schedule = $util.emptyArray;

            /**
             * Loan termMonths.
             * @member {number} termMonths
             * @memberof lending.v1.Loan
             * @instance
             */
            Loan.prototype.termMonths = 0;

            /**
             * Creates a new Loan instance using the specified properties.
             * @function create
             * @memberof lending.v1.Loan
             * @static
             * @param {lending.v1.ILoan=} [properties] Properties to set
             * @returns {lending.v1.Loan} Loan instance
             */
            Loan.create = function create(properties) {
                return new Loan(properties);
            };

            /**
             * Encodes the specified Loan message. Does not implicitly {@link lending.v1.Loan.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Loan
             * @static
             * @param {lending.v1.ILoan} message Loan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Loan.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.loanId != null && Object.hasOwnProperty.call(message, "loanId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.loanId);
                if (message.borrowerId != null && Object.hasOwnProperty.call(message, "borrowerId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.borrowerId);
                if (message.principalFen != null && Object.hasOwnProperty.call(message, "principalFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.principalFen);
                if (message.outstandingPrincipalFen != null && Object.hasOwnProperty.call(message, "outstandingPrincipalFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.outstandingPrincipalFen);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                if (message.daysPastDue != null && Object.hasOwnProperty.call(message, "daysPastDue"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.daysPastDue);
                if (message.bucket != null && Object.hasOwnProperty.call(message, "bucket"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.bucket);
                if (message.dueNowFen != null && Object.hasOwnProperty.call(message, "dueNowFen"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.dueNowFen);
                if (message.schedule != null && message.schedule.length)
                    for (let i = 0; i < message.schedule.length; ++i)
                        $root.lending.v1.SchedulePeriod.encode(message.schedule[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.termMonths != null && Object.hasOwnProperty.call(message, "termMonths"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.termMonths);
                return writer;
            };

            /**
             * Decodes a Loan message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Loan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Loan} Loan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Loan.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Loan();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.loanId = reader.string();
                            break;
                        }
                    case 2: {
                            message.borrowerId = reader.string();
                            break;
                        }
                    case 3: {
                            message.principalFen = reader.int64();
                            break;
                        }
                    case 4: {
                            message.outstandingPrincipalFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.status = reader.string();
                            break;
                        }
                    case 6: {
                            message.daysPastDue = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.bucket = reader.string();
                            break;
                        }
                    case 8: {
                            message.dueNowFen = reader.int64();
                            break;
                        }
                    case 9: {
                            if (!(message.schedule && message.schedule.length))
                                message.schedule = [];
                            message.schedule.push($root.lending.v1.SchedulePeriod.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.termMonths = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Loan
             * @function getTypeUrl
             * @memberof lending.v1.Loan
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Loan.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Loan";
            };

            return Loan;
        })();

        v1.Loans = (function() {

            /**
             * Properties of a Loans.
             * @memberof lending.v1
             * @interface ILoans
             * @property {Array.<lending.v1.ILoan>|null} [loans] Loans loans
             */

            /**
             * Constructs a new Loans.
             * @memberof lending.v1
             * @classdesc Represents a Loans.
             * @implements ILoans
             * @constructor
             * @param {lending.v1.ILoans=} [properties] Properties to set
             */
            function Loans(properties) {
                this.loans = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Loans loans.
             * @member {Array.<lending.v1.ILoan>} loans
             * @memberof lending.v1.Loans
             * @instance
             */
            Loans.prototype.loans = $util.emptyArray;

            /**
             * Creates a new Loans instance using the specified properties.
             * @function create
             * @memberof lending.v1.Loans
             * @static
             * @param {lending.v1.ILoans=} [properties] Properties to set
             * @returns {lending.v1.Loans} Loans instance
             */
            Loans.create = function create(properties) {
                return new Loans(properties);
            };

            /**
             * Encodes the specified Loans message. Does not implicitly {@link lending.v1.Loans.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Loans
             * @static
             * @param {lending.v1.ILoans} message Loans message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Loans.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.loans != null && message.loans.length)
                    for (let i = 0; i < message.loans.length; ++i)
                        $root.lending.v1.Loan.encode(message.loans[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Loans message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Loans
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Loans} Loans
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Loans.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Loans();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.loans && message.loans.length))
                                message.loans = [];
                            message.loans.push($root.lending.v1.Loan.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Loans
             * @function getTypeUrl
             * @memberof lending.v1.Loans
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Loans.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Loans";
            };

            return Loans;
        })();

        v1.LedgerProof = (function() {

            /**
             * Properties of a LedgerProof.
             * @memberof lending.v1
             * @interface ILedgerProof
             * @property {string|null} [reference] LedgerProof reference
             * @property {number|null} [entryIndex] LedgerProof entryIndex
             * @property {number|null} [headIndex] LedgerProof headIndex
             * @property {string|null} [prevHash] LedgerProof prevHash
             * @property {string|null} [record] LedgerProof record
             * @property {string|null} [hash] LedgerProof hash
             * @property {Array.<string>|null} [links] LedgerProof links
             * @property {string|null} [headHash] LedgerProof headHash
             */

            /**
             * Constructs a new LedgerProof.
             * @memberof lending.v1
             * @classdesc Represents a LedgerProof.
             * @implements ILedgerProof
             * @constructor
             * @param {lending.v1.ILedgerProof=} [properties] Properties to set
             */
            function LedgerProof(properties) {
                this.links = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LedgerProof reference.
             * @member {string} reference
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.reference = "";

            /**
             * LedgerProof entryIndex.
             * @member {number} entryIndex
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.entryIndex = 0;

            /**
             * LedgerProof headIndex.
             * @member {number} headIndex
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.headIndex = 0;

            /**
             * LedgerProof prevHash.
             * @member {string} prevHash
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.prevHash = "";

            /**
             * LedgerProof record.
             * @member {string} record
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.record = "";

            /**
             * LedgerProof hash.
             * @member {string} hash
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.hash = "";

            /**
             * LedgerProof links.
             * @member {Array.<string>} links
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.links = $util.emptyArray;

            /**
             * LedgerProof headHash.
             * @member {string} headHash
             * @memberof lending.v1.LedgerProof
             * @instance
             */
            LedgerProof.prototype.headHash = "";

            /**
             * Creates a new LedgerProof instance using the specified properties.
             * @function create
             * @memberof lending.v1.LedgerProof
             * @static
             * @param {lending.v1.ILedgerProof=} [properties] Properties to set
             * @returns {lending.v1.LedgerProof} LedgerProof instance
             */
            LedgerProof.create = function create(properties) {
                return new LedgerProof(properties);
            };

            /**
             * Encodes the specified LedgerProof message. Does not implicitly {@link lending.v1.LedgerProof.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.LedgerProof
             * @static
             * @param {lending.v1.ILedgerProof} message LedgerProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LedgerProof.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.reference != null && Object.hasOwnProperty.call(message, "reference"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reference);
                if (message.entryIndex != null && Object.hasOwnProperty.call(message, "entryIndex"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.entryIndex);
                if (message.headIndex != null && Object.hasOwnProperty.call(message, "headIndex"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.headIndex);
                if (message.prevHash != null && Object.hasOwnProperty.call(message, "prevHash"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.prevHash);
                if (message.record != null && Object.hasOwnProperty.call(message, "record"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.record);
                if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.hash);
                if (message.links != null && message.links.length)
                    for (let i = 0; i < message.links.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.links[i]);
                if (message.headHash != null && Object.hasOwnProperty.call(message, "headHash"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.headHash);
                return writer;
            };

            /**
             * Decodes a LedgerProof message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.LedgerProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.LedgerProof} LedgerProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LedgerProof.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.LedgerProof();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.reference = reader.string();
                            break;
                        }
                    case 2: {
                            message.entryIndex = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.headIndex = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.prevHash = reader.string();
                            break;
                        }
                    case 5: {
                            message.record = reader.string();
                            break;
                        }
                    case 6: {
                            message.hash = reader.string();
                            break;
                        }
                    case 7: {
                            if (!(message.links && message.links.length))
                                message.links = [];
                            message.links.push(reader.string());
                            break;
                        }
                    case 8: {
                            message.headHash = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LedgerProof
             * @function getTypeUrl
             * @memberof lending.v1.LedgerProof
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LedgerProof.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.LedgerProof";
            };

            return LedgerProof;
        })();

        v1.MarketInfo = (function() {

            /**
             * Properties of a MarketInfo.
             * @memberof lending.v1
             * @interface IMarketInfo
             * @property {string|null} [marketId] MarketInfo marketId
             * @property {number|null} [termMonths] MarketInfo termMonths
             * @property {string|null} [grade] MarketInfo grade
             * @property {number|null} [minTicketFen] MarketInfo minTicketFen
             * @property {number|null} [lenderShareMaxBps] MarketInfo lenderShareMaxBps
             * @property {number|null} [minFundedShareBps] MarketInfo minFundedShareBps
             */

            /**
             * Constructs a new MarketInfo.
             * @memberof lending.v1
             * @classdesc Represents a MarketInfo.
             * @implements IMarketInfo
             * @constructor
             * @param {lending.v1.IMarketInfo=} [properties] Properties to set
             */
            function MarketInfo(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MarketInfo marketId.
             * @member {string} marketId
             * @memberof lending.v1.MarketInfo
             * @instance
             */
            MarketInfo.prototype.marketId = "";

            /**
             * MarketInfo termMonths.
             * @member {number} termMonths
             * @memberof lending.v1.MarketInfo
             * @instance
             */
            MarketInfo.prototype.termMonths = 0;

            /**
             * MarketInfo grade.
             * @member {string} grade
             * @memberof lending.v1.MarketInfo
             * @instance
             */
            MarketInfo.prototype.grade = "";

            /**
             * MarketInfo minTicketFen.
             * @member {number} minTicketFen
             * @memberof lending.v1.MarketInfo
             * @instance
             */
            MarketInfo.prototype.minTicketFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MarketInfo lenderShareMaxBps.
             * @member {number} lenderShareMaxBps
             * @memberof lending.v1.MarketInfo
             * @instance
             */
            MarketInfo.prototype.lenderShareMaxBps = 0;

            /**
             * MarketInfo minFundedShareBps.
             * @member {number} minFundedShareBps
             * @memberof lending.v1.MarketInfo
             * @instance
             */
            MarketInfo.prototype.minFundedShareBps = 0;

            /**
             * Creates a new MarketInfo instance using the specified properties.
             * @function create
             * @memberof lending.v1.MarketInfo
             * @static
             * @param {lending.v1.IMarketInfo=} [properties] Properties to set
             * @returns {lending.v1.MarketInfo} MarketInfo instance
             */
            MarketInfo.create = function create(properties) {
                return new MarketInfo(properties);
            };

            /**
             * Encodes the specified MarketInfo message. Does not implicitly {@link lending.v1.MarketInfo.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.MarketInfo
             * @static
             * @param {lending.v1.IMarketInfo} message MarketInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarketInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.marketId);
                if (message.termMonths != null && Object.hasOwnProperty.call(message, "termMonths"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.termMonths);
                if (message.grade != null && Object.hasOwnProperty.call(message, "grade"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.grade);
                if (message.minTicketFen != null && Object.hasOwnProperty.call(message, "minTicketFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.minTicketFen);
                if (message.lenderShareMaxBps != null && Object.hasOwnProperty.call(message, "lenderShareMaxBps"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.lenderShareMaxBps);
                if (message.minFundedShareBps != null && Object.hasOwnProperty.call(message, "minFundedShareBps"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.minFundedShareBps);
                return writer;
            };

            /**
             * Decodes a MarketInfo message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.MarketInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.MarketInfo} MarketInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarketInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.MarketInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 2: {
                            message.termMonths = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.grade = reader.string();
                            break;
                        }
                    case 4: {
                            message.minTicketFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.lenderShareMaxBps = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.minFundedShareBps = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for MarketInfo
             * @function getTypeUrl
             * @memberof lending.v1.MarketInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MarketInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.MarketInfo";
            };

            return MarketInfo;
        })();

        v1.Markets = (function() {

            /**
             * Properties of a Markets.
             * @memberof lending.v1
             * @interface IMarkets
             * @property {Array.<lending.v1.IMarketInfo>|null} [markets] Markets markets
             */

            /**
             * Constructs a new Markets.
             * @memberof lending.v1
             * @classdesc Represents a Markets.
             * @implements IMarkets
             * @constructor
             * @param {lending.v1.IMarkets=} [properties] Properties to set
             */
            function Markets(properties) {
                this.markets = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Markets markets.
             * @member {Array.<lending.v1.IMarketInfo>} markets
             * @memberof lending.v1.Markets
             * @instance
             */
            Markets.prototype.markets = $util.emptyArray;

            /**
             * Creates a new Markets instance using the specified properties.
             * @function create
             * @memberof lending.v1.Markets
             * @static
             * @param {lending.v1.IMarkets=} [properties] Properties to set
             * @returns {lending.v1.Markets} Markets instance
             */
            Markets.create = function create(properties) {
                return new Markets(properties);
            };

            /**
             * Encodes the specified Markets message. Does not implicitly {@link lending.v1.Markets.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Markets
             * @static
             * @param {lending.v1.IMarkets} message Markets message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Markets.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.markets != null && message.markets.length)
                    for (let i = 0; i < message.markets.length; ++i)
                        $root.lending.v1.MarketInfo.encode(message.markets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Markets message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Markets
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Markets} Markets
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Markets.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Markets();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.markets && message.markets.length))
                                message.markets = [];
                            message.markets.push($root.lending.v1.MarketInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Markets
             * @function getTypeUrl
             * @memberof lending.v1.Markets
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Markets.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Markets";
            };

            return Markets;
        })();

        v1.Cases = (function() {

            /**
             * Properties of a Cases.
             * @memberof lending.v1
             * @interface ICases
             * @property {Array.<lending.v1.ICaseUpdate>|null} [cases] Cases cases
             */

            /**
             * Constructs a new Cases.
             * @memberof lending.v1
             * @classdesc Represents a Cases.
             * @implements ICases
             * @constructor
             * @param {lending.v1.ICases=} [properties] Properties to set
             */
            function Cases(properties) {
                this.cases = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Cases cases.
             * @member {Array.<lending.v1.ICaseUpdate>} cases
             * @memberof lending.v1.Cases
             * @instance
             */
            Cases.prototype.cases = $util.emptyArray;

            /**
             * Creates a new Cases instance using the specified properties.
             * @function create
             * @memberof lending.v1.Cases
             * @static
             * @param {lending.v1.ICases=} [properties] Properties to set
             * @returns {lending.v1.Cases} Cases instance
             */
            Cases.create = function create(properties) {
                return new Cases(properties);
            };

            /**
             * Encodes the specified Cases message. Does not implicitly {@link lending.v1.Cases.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Cases
             * @static
             * @param {lending.v1.ICases} message Cases message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cases.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.cases != null && message.cases.length)
                    for (let i = 0; i < message.cases.length; ++i)
                        $root.lending.v1.CaseUpdate.encode(message.cases[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Cases message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Cases
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Cases} Cases
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cases.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Cases();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.cases && message.cases.length))
                                message.cases = [];
                            message.cases.push($root.lending.v1.CaseUpdate.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Cases
             * @function getTypeUrl
             * @memberof lending.v1.Cases
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Cases.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Cases";
            };

            return Cases;
        })();

        v1.RiskLevelCount = (function() {

            /**
             * Properties of a RiskLevelCount.
             * @memberof lending.v1
             * @interface IRiskLevelCount
             * @property {string|null} [level] RiskLevelCount level
             * @property {number|null} [accounts] RiskLevelCount accounts
             */

            /**
             * Constructs a new RiskLevelCount.
             * @memberof lending.v1
             * @classdesc Represents a RiskLevelCount.
             * @implements IRiskLevelCount
             * @constructor
             * @param {lending.v1.IRiskLevelCount=} [properties] Properties to set
             */
            function RiskLevelCount(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RiskLevelCount level.
             * @member {string} level
             * @memberof lending.v1.RiskLevelCount
             * @instance
             */
            RiskLevelCount.prototype.level = "";

            /**
             * RiskLevelCount accounts.
             * @member {number} accounts
             * @memberof lending.v1.RiskLevelCount
             * @instance
             */
            RiskLevelCount.prototype.accounts = 0;

            /**
             * Creates a new RiskLevelCount instance using the specified properties.
             * @function create
             * @memberof lending.v1.RiskLevelCount
             * @static
             * @param {lending.v1.IRiskLevelCount=} [properties] Properties to set
             * @returns {lending.v1.RiskLevelCount} RiskLevelCount instance
             */
            RiskLevelCount.create = function create(properties) {
                return new RiskLevelCount(properties);
            };

            /**
             * Encodes the specified RiskLevelCount message. Does not implicitly {@link lending.v1.RiskLevelCount.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RiskLevelCount
             * @static
             * @param {lending.v1.IRiskLevelCount} message RiskLevelCount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskLevelCount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.level);
                if (message.accounts != null && Object.hasOwnProperty.call(message, "accounts"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.accounts);
                return writer;
            };

            /**
             * Decodes a RiskLevelCount message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RiskLevelCount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RiskLevelCount} RiskLevelCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskLevelCount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RiskLevelCount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.level = reader.string();
                            break;
                        }
                    case 2: {
                            message.accounts = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RiskLevelCount
             * @function getTypeUrl
             * @memberof lending.v1.RiskLevelCount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RiskLevelCount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RiskLevelCount";
            };

            return RiskLevelCount;
        })();

        v1.RiskOverview = (function() {

            /**
             * Properties of a RiskOverview.
             * @memberof lending.v1
             * @interface IRiskOverview
             * @property {Array.<lending.v1.IRiskLevelCount>|null} [levels] RiskOverview levels
             * @property {number|null} [activeConfigVersion] RiskOverview activeConfigVersion
             * @property {number|null} [openCases] RiskOverview openCases
             * @property {Array.<string>|null} [frozenAccounts] RiskOverview frozenAccounts
             */

            /**
             * Constructs a new RiskOverview.
             * @memberof lending.v1
             * @classdesc Represents a RiskOverview.
             * @implements IRiskOverview
             * @constructor
             * @param {lending.v1.IRiskOverview=} [properties] Properties to set
             */
            function RiskOverview(properties) {
                this.levels = [];
                this.frozenAccounts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RiskOverview levels.
             * @member {Array.<lending.v1.IRiskLevelCount>} levels
             * @memberof lending.v1.RiskOverview
             * @instance
             */
            RiskOverview.prototype.levels = $util.emptyArray;

            /**
             * RiskOverview activeConfigVersion.
             * @member {number} activeConfigVersion
             * @memberof lending.v1.RiskOverview
             * @instance
             */
            RiskOverview.prototype.activeConfigVersion = 0;

            /**
             * RiskOverview openCases.
             * @member {number} openCases
             * @memberof lending.v1.RiskOverview
             * @instance
             */
            RiskOverview.prototype.openCases = 0;

            /**
             * RiskOverview frozenAccounts.
             * @member {Array.<string>} frozenAccounts
             * @memberof lending.v1.RiskOverview
             * @instance
             */
            RiskOverview.prototype.frozenAccounts = $util.emptyArray;

            /**
             * Creates a new RiskOverview instance using the specified properties.
             * @function create
             * @memberof lending.v1.RiskOverview
             * @static
             * @param {lending.v1.IRiskOverview=} [properties] Properties to set
             * @returns {lending.v1.RiskOverview} RiskOverview instance
             */
            RiskOverview.create = function create(properties) {
                return new RiskOverview(properties);
            };

            /**
             * Encodes the specified RiskOverview message. Does not implicitly {@link lending.v1.RiskOverview.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RiskOverview
             * @static
             * @param {lending.v1.IRiskOverview} message RiskOverview message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RiskOverview.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.levels != null && message.levels.length)
                    for (let i = 0; i < message.levels.length; ++i)
                        $root.lending.v1.RiskLevelCount.encode(message.levels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.activeConfigVersion != null && Object.hasOwnProperty.call(message, "activeConfigVersion"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.activeConfigVersion);
                if (message.openCases != null && Object.hasOwnProperty.call(message, "openCases"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.openCases);
                if (message.frozenAccounts != null && message.frozenAccounts.length)
                    for (let i = 0; i < message.frozenAccounts.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.frozenAccounts[i]);
                return writer;
            };

            /**
             * Decodes a RiskOverview message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RiskOverview
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RiskOverview} RiskOverview
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RiskOverview.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RiskOverview();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.levels && message.levels.length))
                                message.levels = [];
                            message.levels.push($root.lending.v1.RiskLevelCount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.activeConfigVersion = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.openCases = reader.uint32();
                            break;
                        }
                    case 4: {
                            if (!(message.frozenAccounts && message.frozenAccounts.length))
                                message.frozenAccounts = [];
                            message.frozenAccounts.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RiskOverview
             * @function getTypeUrl
             * @memberof lending.v1.RiskOverview
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RiskOverview.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RiskOverview";
            };

            return RiskOverview;
        })();

        v1.RuleConfigs = (function() {

            /**
             * Properties of a RuleConfigs.
             * @memberof lending.v1
             * @interface IRuleConfigs
             * @property {Array.<lending.v1.IRuleConfigStatus>|null} [configs] RuleConfigs configs
             */

            /**
             * Constructs a new RuleConfigs.
             * @memberof lending.v1
             * @classdesc Represents a RuleConfigs.
             * @implements IRuleConfigs
             * @constructor
             * @param {lending.v1.IRuleConfigs=} [properties] Properties to set
             */
            function RuleConfigs(properties) {
                this.configs = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RuleConfigs configs.
             * @member {Array.<lending.v1.IRuleConfigStatus>} configs
             * @memberof lending.v1.RuleConfigs
             * @instance
             */
            RuleConfigs.prototype.configs = $util.emptyArray;

            /**
             * Creates a new RuleConfigs instance using the specified properties.
             * @function create
             * @memberof lending.v1.RuleConfigs
             * @static
             * @param {lending.v1.IRuleConfigs=} [properties] Properties to set
             * @returns {lending.v1.RuleConfigs} RuleConfigs instance
             */
            RuleConfigs.create = function create(properties) {
                return new RuleConfigs(properties);
            };

            /**
             * Encodes the specified RuleConfigs message. Does not implicitly {@link lending.v1.RuleConfigs.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.RuleConfigs
             * @static
             * @param {lending.v1.IRuleConfigs} message RuleConfigs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RuleConfigs.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.configs != null && message.configs.length)
                    for (let i = 0; i < message.configs.length; ++i)
                        $root.lending.v1.RuleConfigStatus.encode(message.configs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a RuleConfigs message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.RuleConfigs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.RuleConfigs} RuleConfigs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RuleConfigs.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.RuleConfigs();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.configs && message.configs.length))
                                message.configs = [];
                            message.configs.push($root.lending.v1.RuleConfigStatus.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for RuleConfigs
             * @function getTypeUrl
             * @memberof lending.v1.RuleConfigs
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RuleConfigs.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.RuleConfigs";
            };

            return RuleConfigs;
        })();

        v1.LoanNotice = (function() {

            /**
             * Properties of a LoanNotice.
             * @memberof lending.v1
             * @interface ILoanNotice
             * @property {number|null} [seq] LoanNotice seq
             * @property {string|null} [kind] LoanNotice kind
             * @property {string|null} [loanId] LoanNotice loanId
             * @property {number|null} [period] LoanNotice period
             * @property {number|null} [dueMs] LoanNotice dueMs
             * @property {number|null} [amountFen] LoanNotice amountFen
             * @property {number|null} [daysPastDue] LoanNotice daysPastDue
             * @property {string|null} [bucket] LoanNotice bucket
             * @property {number|null} [timeMs] LoanNotice timeMs
             */

            /**
             * Constructs a new LoanNotice.
             * @memberof lending.v1
             * @classdesc Represents a LoanNotice.
             * @implements ILoanNotice
             * @constructor
             * @param {lending.v1.ILoanNotice=} [properties] Properties to set
             */
            function LoanNotice(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LoanNotice seq.
             * @member {number} seq
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoanNotice kind.
             * @member {string} kind
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.kind = "";

            /**
             * LoanNotice loanId.
             * @member {string} loanId
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.loanId = "";

            /**
             * LoanNotice period.
             * @member {number} period
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.period = 0;

            /**
             * LoanNotice dueMs.
             * @member {number} dueMs
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.dueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoanNotice amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LoanNotice daysPastDue.
             * @member {number} daysPastDue
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.daysPastDue = 0;

            /**
             * LoanNotice bucket.
             * @member {string} bucket
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.bucket = "";

            /**
             * LoanNotice timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.LoanNotice
             * @instance
             */
            LoanNotice.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LoanNotice instance using the specified properties.
             * @function create
             * @memberof lending.v1.LoanNotice
             * @static
             * @param {lending.v1.ILoanNotice=} [properties] Properties to set
             * @returns {lending.v1.LoanNotice} LoanNotice instance
             */
            LoanNotice.create = function create(properties) {
                return new LoanNotice(properties);
            };

            /**
             * Encodes the specified LoanNotice message. Does not implicitly {@link lending.v1.LoanNotice.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.LoanNotice
             * @static
             * @param {lending.v1.ILoanNotice} message LoanNotice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoanNotice.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.loanId != null && Object.hasOwnProperty.call(message, "loanId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.loanId);
                if (message.period != null && Object.hasOwnProperty.call(message, "period"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.period);
                if (message.dueMs != null && Object.hasOwnProperty.call(message, "dueMs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.dueMs);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.amountFen);
                if (message.daysPastDue != null && Object.hasOwnProperty.call(message, "daysPastDue"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.daysPastDue);
                if (message.bucket != null && Object.hasOwnProperty.call(message, "bucket"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.bucket);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.timeMs);
                return writer;
            };

            /**
             * Decodes a LoanNotice message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.LoanNotice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.LoanNotice} LoanNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoanNotice.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.LoanNotice();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.kind = reader.string();
                            break;
                        }
                    case 3: {
                            message.loanId = reader.string();
                            break;
                        }
                    case 4: {
                            message.period = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.dueMs = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 7: {
                            message.daysPastDue = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.bucket = reader.string();
                            break;
                        }
                    case 9: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LoanNotice
             * @function getTypeUrl
             * @memberof lending.v1.LoanNotice
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LoanNotice.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.LoanNotice";
            };

            return LoanNotice;
        })();

        v1.CreditReason = (function() {

            /**
             * Properties of a CreditReason.
             * @memberof lending.v1
             * @interface ICreditReason
             * @property {string|null} [feature] CreditReason feature
             * @property {number|null} [contribution] CreditReason contribution
             */

            /**
             * Constructs a new CreditReason.
             * @memberof lending.v1
             * @classdesc Represents a CreditReason.
             * @implements ICreditReason
             * @constructor
             * @param {lending.v1.ICreditReason=} [properties] Properties to set
             */
            function CreditReason(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CreditReason feature.
             * @member {string} feature
             * @memberof lending.v1.CreditReason
             * @instance
             */
            CreditReason.prototype.feature = "";

            /**
             * CreditReason contribution.
             * @member {number} contribution
             * @memberof lending.v1.CreditReason
             * @instance
             */
            CreditReason.prototype.contribution = 0;

            /**
             * Creates a new CreditReason instance using the specified properties.
             * @function create
             * @memberof lending.v1.CreditReason
             * @static
             * @param {lending.v1.ICreditReason=} [properties] Properties to set
             * @returns {lending.v1.CreditReason} CreditReason instance
             */
            CreditReason.create = function create(properties) {
                return new CreditReason(properties);
            };

            /**
             * Encodes the specified CreditReason message. Does not implicitly {@link lending.v1.CreditReason.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.CreditReason
             * @static
             * @param {lending.v1.ICreditReason} message CreditReason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreditReason.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.feature != null && Object.hasOwnProperty.call(message, "feature"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.feature);
                if (message.contribution != null && Object.hasOwnProperty.call(message, "contribution"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.contribution);
                return writer;
            };

            /**
             * Decodes a CreditReason message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.CreditReason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.CreditReason} CreditReason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreditReason.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.CreditReason();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.feature = reader.string();
                            break;
                        }
                    case 2: {
                            message.contribution = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for CreditReason
             * @function getTypeUrl
             * @memberof lending.v1.CreditReason
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CreditReason.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.CreditReason";
            };

            return CreditReason;
        })();

        v1.ApplicationDecision = (function() {

            /**
             * Properties of an ApplicationDecision.
             * @memberof lending.v1
             * @interface IApplicationDecision
             * @property {string|null} [applicationId] ApplicationDecision applicationId
             * @property {string|null} [decision] ApplicationDecision decision
             * @property {number|null} [probabilityOfDefault] ApplicationDecision probabilityOfDefault
             * @property {string|null} [grade] ApplicationDecision grade
             * @property {string|null} [marketId] ApplicationDecision marketId
             * @property {number|null} [maxRateBps] ApplicationDecision maxRateBps
             * @property {Array.<lending.v1.ICreditReason>|null} [reasons] ApplicationDecision reasons
             * @property {Array.<string>|null} [rules] ApplicationDecision rules
             * @property {string|null} [trancheId] ApplicationDecision trancheId
             * @property {string|null} [reviewedBy] ApplicationDecision reviewedBy
             * @property {string|null} [reviewReason] ApplicationDecision reviewReason
             */

            /**
             * Constructs a new ApplicationDecision.
             * @memberof lending.v1
             * @classdesc Represents an ApplicationDecision.
             * @implements IApplicationDecision
             * @constructor
             * @param {lending.v1.IApplicationDecision=} [properties] Properties to set
             */
            function ApplicationDecision(properties) {
                this.reasons = [];
                this.rules = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ApplicationDecision applicationId.
             * @member {string} applicationId
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.applicationId = "";

            /**
             * ApplicationDecision decision.
             * @member {string} decision
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.decision = "";

            /**
             * ApplicationDecision probabilityOfDefault.
             * @member {number} probabilityOfDefault
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.probabilityOfDefault = 0;

            /**
             * ApplicationDecision grade.
             * @member {string} grade
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.grade = "";

            /**
             * ApplicationDecision marketId.
             * @member {string} marketId
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.marketId = "";

            /**
             * ApplicationDecision maxRateBps.
             * @member {number} maxRateBps
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.maxRateBps = 0;

            /**
             * ApplicationDecision reasons.
             * @member {Array.<lending.v1.ICreditReason>} reasons
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.reasons = $util.emptyArray;

            /**
             * ApplicationDecision rules.
             * @member {Array.<string>} rules
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.rules = $util.emptyArray;

            /**
             * ApplicationDecision trancheId.
             * @member {string} trancheId
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.trancheId = "";

            /**
             * ApplicationDecision reviewedBy.
             * @member {string} reviewedBy
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.reviewedBy = "";

            /**
             * ApplicationDecision reviewReason.
             * @member {string} reviewReason
             * @memberof lending.v1.ApplicationDecision
             * @instance
             */
            ApplicationDecision.prototype.reviewReason = "";

            /**
             * Creates a new ApplicationDecision instance using the specified properties.
             * @function create
             * @memberof lending.v1.ApplicationDecision
             * @static
             * @param {lending.v1.IApplicationDecision=} [properties] Properties to set
             * @returns {lending.v1.ApplicationDecision} ApplicationDecision instance
             */
            ApplicationDecision.create = function create(properties) {
                return new ApplicationDecision(properties);
            };

            /**
             * Encodes the specified ApplicationDecision message. Does not implicitly {@link lending.v1.ApplicationDecision.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.ApplicationDecision
             * @static
             * @param {lending.v1.IApplicationDecision} message ApplicationDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplicationDecision.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.applicationId != null && Object.hasOwnProperty.call(message, "applicationId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.applicationId);
                if (message.decision != null && Object.hasOwnProperty.call(message, "decision"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.decision);
                if (message.probabilityOfDefault != null && Object.hasOwnProperty.call(message, "probabilityOfDefault"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.probabilityOfDefault);
                if (message.grade != null && Object.hasOwnProperty.call(message, "grade"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.grade);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.marketId);
                if (message.maxRateBps != null && Object.hasOwnProperty.call(message, "maxRateBps"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxRateBps);
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        $root.lending.v1.CreditReason.encode(message.reasons[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.rules[i]);
                if (message.trancheId != null && Object.hasOwnProperty.call(message, "trancheId"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.trancheId);
                if (message.reviewedBy != null && Object.hasOwnProperty.call(message, "reviewedBy"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.reviewedBy);
                if (message.reviewReason != null && Object.hasOwnProperty.call(message, "reviewReason"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.reviewReason);
                return writer;
            };

            /**
             * Decodes an ApplicationDecision message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.ApplicationDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.ApplicationDecision} ApplicationDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplicationDecision.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.ApplicationDecision();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.applicationId = reader.string();
                            break;
                        }
                    case 2: {
                            message.decision = reader.string();
                            break;
                        }
                    case 3: {
                            message.probabilityOfDefault = reader.double();
                            break;
                        }
                    case 4: {
                            message.grade = reader.string();
                            break;
                        }
                    case 5: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 6: {
                            message.maxRateBps = reader.uint32();
                            break;
                        }
                    case 7: {
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push($root.lending.v1.CreditReason.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push(reader.string());
                            break;
                        }
                    case 9: {
                            message.trancheId = reader.string();
                            break;
                        }
                    case 10: {
                            message.reviewedBy = reader.string();
                            break;
                        }
                    case 11: {
                            message.reviewReason = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for ApplicationDecision
             * @function getTypeUrl
             * @memberof lending.v1.ApplicationDecision
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ApplicationDecision.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.ApplicationDecision";
            };

            return ApplicationDecision;
        })();

        v1.LedgerMovement = (function() {

            /**
             * Properties of a LedgerMovement.
             * @memberof lending.v1
             * @interface ILedgerMovement
             * @property {number|null} [seq] LedgerMovement seq
             * @property {string|null} [kind] LedgerMovement kind
             * @property {number|null} [amountFen] LedgerMovement amountFen
             * @property {number|null} [availableFen] LedgerMovement availableFen
             * @property {number|null} [heldFen] LedgerMovement heldFen
             * @property {string|null} [reference] LedgerMovement reference
             * @property {number|null} [timeMs] LedgerMovement timeMs
             */

            /**
             * Constructs a new LedgerMovement.
             * @memberof lending.v1
             * @classdesc Represents a LedgerMovement.
             * @implements ILedgerMovement
             * @constructor
             * @param {lending.v1.ILedgerMovement=} [properties] Properties to set
             */
            function LedgerMovement(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LedgerMovement seq.
             * @member {number} seq
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LedgerMovement kind.
             * @member {string} kind
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.kind = "";

            /**
             * LedgerMovement amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LedgerMovement availableFen.
             * @member {number} availableFen
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.availableFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LedgerMovement heldFen.
             * @member {number} heldFen
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.heldFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LedgerMovement reference.
             * @member {string} reference
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.reference = "";

            /**
             * LedgerMovement timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.LedgerMovement
             * @instance
             */
            LedgerMovement.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LedgerMovement instance using the specified properties.
             * @function create
             * @memberof lending.v1.LedgerMovement
             * @static
             * @param {lending.v1.ILedgerMovement=} [properties] Properties to set
             * @returns {lending.v1.LedgerMovement} LedgerMovement instance
             */
            LedgerMovement.create = function create(properties) {
                return new LedgerMovement(properties);
            };

            /**
             * Encodes the specified LedgerMovement message. Does not implicitly {@link lending.v1.LedgerMovement.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.LedgerMovement
             * @static
             * @param {lending.v1.ILedgerMovement} message LedgerMovement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LedgerMovement.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.amountFen);
                if (message.availableFen != null && Object.hasOwnProperty.call(message, "availableFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.availableFen);
                if (message.heldFen != null && Object.hasOwnProperty.call(message, "heldFen"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.heldFen);
                if (message.reference != null && Object.hasOwnProperty.call(message, "reference"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reference);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeMs);
                return writer;
            };

            /**
             * Decodes a LedgerMovement message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.LedgerMovement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.LedgerMovement} LedgerMovement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LedgerMovement.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.LedgerMovement();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.kind = reader.string();
                            break;
                        }
                    case 3: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 4: {
                            message.availableFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.heldFen = reader.int64();
                            break;
                        }
                    case 6: {
                            message.reference = reader.string();
                            break;
                        }
                    case 7: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LedgerMovement
             * @function getTypeUrl
             * @memberof lending.v1.LedgerMovement
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LedgerMovement.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.LedgerMovement";
            };

            return LedgerMovement;
        })();

        /**
         * TrancheState enum.
         * @name lending.v1.TrancheState
         * @enum {number}
         * @property {number} TRANCHE_STATE_UNSPECIFIED=0 TRANCHE_STATE_UNSPECIFIED value
         * @property {number} TRANCHE_STATE_LISTED=1 TRANCHE_STATE_LISTED value
         * @property {number} TRANCHE_STATE_PARTIALLY_FUNDED=2 TRANCHE_STATE_PARTIALLY_FUNDED value
         * @property {number} TRANCHE_STATE_FUNDED=3 TRANCHE_STATE_FUNDED value
         * @property {number} TRANCHE_STATE_EXPIRED=4 TRANCHE_STATE_EXPIRED value
         */
        v1.TrancheState = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TRANCHE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRANCHE_STATE_LISTED"] = 1;
            values[valuesById[2] = "TRANCHE_STATE_PARTIALLY_FUNDED"] = 2;
            values[valuesById[3] = "TRANCHE_STATE_FUNDED"] = 3;
            values[valuesById[4] = "TRANCHE_STATE_EXPIRED"] = 4;
            return values;
        })();

        v1.TrancheUpdate = (function() {

            /**
             * Properties of a TrancheUpdate.
             * @memberof lending.v1
             * @interface ITrancheUpdate
             * @property {string|null} [trancheId] TrancheUpdate trancheId
             * @property {string|null} [marketId] TrancheUpdate marketId
             * @property {lending.v1.TrancheState|null} [state] TrancheUpdate state
             * @property {number|null} [amountFen] TrancheUpdate amountFen
             * @property {number|null} [fundedFen] TrancheUpdate fundedFen
             * @property {number|null} [maxRateBps] TrancheUpdate maxRateBps
             * @property {number|null} [timeMs] TrancheUpdate timeMs
             * @property {number|null} [deadlineMs] TrancheUpdate deadlineMs
             * @property {number|null} [seq] TrancheUpdate seq
             */

            /**
             * Constructs a new TrancheUpdate.
             * @memberof lending.v1
             * @classdesc Represents a TrancheUpdate.
             * @implements ITrancheUpdate
             * @constructor
             * @param {lending.v1.ITrancheUpdate=} [properties] Properties to set
             */
            function TrancheUpdate(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TrancheUpdate trancheId.
             * @member {string} trancheId
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.trancheId = "";

            /**
             * TrancheUpdate marketId.
             * @member {string} marketId
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.marketId = "";

            /**
             * TrancheUpdate state.
             * @member {lending.v1.TrancheState} state
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.state = 0;

            /**
             * TrancheUpdate amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TrancheUpdate fundedFen.
             * @member {number} fundedFen
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.fundedFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TrancheUpdate maxRateBps.
             * @member {number} maxRateBps
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.maxRateBps = 0;

            /**
             * TrancheUpdate timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrancheUpdate deadlineMs.
             * @member {number} deadlineMs
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrancheUpdate seq.
             * @member {number} seq
             * @memberof lending.v1.TrancheUpdate
             * @instance
             */
            TrancheUpdate.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TrancheUpdate instance using the specified properties.
             * @function create
             * @memberof lending.v1.TrancheUpdate
             * @static
             * @param {lending.v1.ITrancheUpdate=} [properties] Properties to set
             * @returns {lending.v1.TrancheUpdate} TrancheUpdate instance
             */
            TrancheUpdate.create = function create(properties) {
                return new TrancheUpdate(properties);
            };

            /**
             * Encodes the specified TrancheUpdate message. Does not implicitly {@link lending.v1.TrancheUpdate.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.TrancheUpdate
             * @static
             * @param {lending.v1.ITrancheUpdate} message TrancheUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrancheUpdate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.trancheId != null && Object.hasOwnProperty.call(message, "trancheId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trancheId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amountFen);
                if (message.fundedFen != null && Object.hasOwnProperty.call(message, "fundedFen"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.fundedFen);
                if (message.maxRateBps != null && Object.hasOwnProperty.call(message, "maxRateBps"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxRateBps);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeMs);
                if (message.deadlineMs != null && Object.hasOwnProperty.call(message, "deadlineMs"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.deadlineMs);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.seq);
                return writer;
            };

            /**
             * Decodes a TrancheUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.TrancheUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.TrancheUpdate} TrancheUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrancheUpdate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.TrancheUpdate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.trancheId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.state = reader.int32();
                            break;
                        }
                    case 4: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.fundedFen = reader.int64();
                            break;
                        }
                    case 6: {
                            message.maxRateBps = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.deadlineMs = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.seq = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TrancheUpdate
             * @function getTypeUrl
             * @memberof lending.v1.TrancheUpdate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TrancheUpdate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.TrancheUpdate";
            };

            return TrancheUpdate;
        })();

        v1.Presence = (function() {

            /**
             * Properties of a Presence.
             * @memberof lending.v1
             * @interface IPresence
             * @property {lending.v1.Channel|null} [channel] Presence channel
             * @property {Array.<string>|null} [userIds] Presence userIds
             */

            /**
             * Constructs a new Presence.
             * @memberof lending.v1
             * @classdesc Represents a Presence.
             * @implements IPresence
             * @constructor
             * @param {lending.v1.IPresence=} [properties] Properties to set
             */
            function Presence(properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Presence channel.
             * @member {lending.v1.Channel} channel
             * @memberof lending.v1.Presence
             * @instance
             */
            Presence.prototype.channel = 0;

            /**
             * Presence userIds.
             * @member {Array.<string>} userIds
             * @memberof lending.v1.Presence
             * @instance
             */
            Presence.prototype.userIds = $util.emptyArray;

            /**
             * Creates a new Presence instance using the specified properties.
             * @function create
             * @memberof lending.v1.Presence
             * @static
             * @param {lending.v1.IPresence=} [properties] Properties to set
             * @returns {lending.v1.Presence} Presence instance
             */
            Presence.create = function create(properties) {
                return new Presence(properties);
            };

            /**
             * Encodes the specified Presence message. Does not implicitly {@link lending.v1.Presence.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Presence
             * @static
             * @param {lending.v1.IPresence} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.channel != null && Object.hasOwnProperty.call(message, "channel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userIds[i]);
                return writer;
            };

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Presence} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Presence();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.channel = reader.int32();
                            break;
                        }
                    case 2: {
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Presence
             * @function getTypeUrl
             * @memberof lending.v1.Presence
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Presence.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Presence";
            };

            return Presence;
        })();

        v1.Registered = (function() {

            /**
             * Properties of a Registered.
             * @memberof lending.v1
             * @interface IRegistered
             * @property {string|null} [userId] Registered userId
             * @property {string|null} [role] Registered role
             * @property {lending.v1.KycStatus|null} [kycStatus] Registered kycStatus
             * @property {string|null} [nameMasked] Registered nameMasked
             * @property {string|null} [phoneMasked] Registered phoneMasked
             * @property {string|null} [idNumberMasked] Registered idNumberMasked
             * @property {string|null} [bankCardMasked] Registered bankCardMasked
             */

            /**
             * Constructs a new Registered.
             * @memberof lending.v1
             * @classdesc Represents a Registered.
             * @implements IRegistered
             * @constructor
             * @param {lending.v1.IRegistered=} [properties] Properties to set
             */
            function Registered(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Registered userId.
             * @member {string} userId
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.userId = "";

            /**
             * Registered role.
             * @member {string} role
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.role = "";

            /**
             * Registered kycStatus.
             * @member {lending.v1.KycStatus} kycStatus
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.kycStatus = 0;

            /**
             * Registered nameMasked.
             * @member {string} nameMasked
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.nameMasked = "";

            /**
             * Registered phoneMasked.
             * @member {string} phoneMasked
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.phoneMasked = "";

            /**
             * Registered idNumberMasked.
             * @member {string} idNumberMasked
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.idNumberMasked = "";

            /**
             * Registered bankCardMasked.
             * @member {string} bankCardMasked
             * @memberof lending.v1.Registered
             * @instance
             */
            Registered.prototype.bankCardMasked = "";

            /**
             * Creates a new Registered instance using the specified properties.
             * @function create
             * @memberof lending.v1.Registered
             * @static
             * @param {lending.v1.IRegistered=} [properties] Properties to set
             * @returns {lending.v1.Registered} Registered instance
             */
            Registered.create = function create(properties) {
                return new Registered(properties);
            };

            /**
             * Encodes the specified Registered message. Does not implicitly {@link lending.v1.Registered.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Registered
             * @static
             * @param {lending.v1.IRegistered} message Registered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Registered.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.kycStatus != null && Object.hasOwnProperty.call(message, "kycStatus"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kycStatus);
                if (message.nameMasked != null && Object.hasOwnProperty.call(message, "nameMasked"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.nameMasked);
                if (message.phoneMasked != null && Object.hasOwnProperty.call(message, "phoneMasked"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.phoneMasked);
                if (message.idNumberMasked != null && Object.hasOwnProperty.call(message, "idNumberMasked"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.idNumberMasked);
                if (message.bankCardMasked != null && Object.hasOwnProperty.call(message, "bankCardMasked"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.bankCardMasked);
                return writer;
            };

            /**
             * Decodes a Registered message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Registered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Registered} Registered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Registered.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Registered();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.role = reader.string();
                            break;
                        }
                    case 3: {
                            message.kycStatus = reader.int32();
                            break;
                        }
                    case 4: {
                            message.nameMasked = reader.string();
                            break;
                        }
                    case 5: {
                            message.phoneMasked = reader.string();
                            break;
                        }
                    case 6: {
                            message.idNumberMasked = reader.string();
                            break;
                        }
                    case 7: {
                            message.bankCardMasked = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Registered
             * @function getTypeUrl
             * @memberof lending.v1.Registered
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Registered.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Registered";
            };

            return Registered;
        })();

        v1.TokenIssued = (function() {

            /**
             * Properties of a TokenIssued.
             * @memberof lending.v1
             * @interface ITokenIssued
             * @property {string|null} [token] TokenIssued token
             * @property {string|null} [userId] TokenIssued userId
             * @property {Array.<string>|null} [roles] TokenIssued roles
             * @property {number|null} [expiresAtMs] TokenIssued expiresAtMs
             */

            /**
             * Constructs a new TokenIssued.
             * @memberof lending.v1
             * @classdesc Represents a TokenIssued.
             * @implements ITokenIssued
             * @constructor
             * @param {lending.v1.ITokenIssued=} [properties] Properties to set
             */
            function TokenIssued(properties) {
                this.roles = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TokenIssued token.
             * @member {string} token
             * @memberof lending.v1.TokenIssued
             * @instance
             */
            TokenIssued.prototype.token = "";

            /**
             * TokenIssued userId.
             * @member {string} userId
             * @memberof lending.v1.TokenIssued
             * @instance
             */
            TokenIssued.prototype.userId = "";

            /**
             * TokenIssued roles.
             * @member {Array.<string>} roles
             * @memberof lending.v1.TokenIssued
             * @instance
             */
            TokenIssued.prototype.roles = $util.emptyArray;

            /**
             * TokenIssued expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof lending.v1.TokenIssued
             * @instance
             */
            TokenIssued.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TokenIssued instance using the specified properties.
             * @function create
             * @memberof lending.v1.TokenIssued
             * @static
             * @param {lending.v1.ITokenIssued=} [properties] Properties to set
             * @returns {lending.v1.TokenIssued} TokenIssued instance
             */
            TokenIssued.create = function create(properties) {
                return new TokenIssued(properties);
            };

            /**
             * Encodes the specified TokenIssued message. Does not implicitly {@link lending.v1.TokenIssued.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.TokenIssued
             * @static
             * @param {lending.v1.ITokenIssued} message TokenIssued message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenIssued.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.roles[i]);
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.expiresAtMs);
                return writer;
            };

            /**
             * Decodes a TokenIssued message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.TokenIssued
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.TokenIssued} TokenIssued
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenIssued.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.TokenIssued();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.token = reader.string();
                            break;
                        }
                    case 2: {
                            message.userId = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.string());
                            break;
                        }
                    case 4: {
                            message.expiresAtMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TokenIssued
             * @function getTypeUrl
             * @memberof lending.v1.TokenIssued
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TokenIssued.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.TokenIssued";
            };

            return TokenIssued;
        })();

        v1.LoggedOut = (function() {

            /**
             * Properties of a LoggedOut.
             * @memberof lending.v1
             * @interface ILoggedOut
             */

            /**
             * Constructs a new LoggedOut.
             * @memberof lending.v1
             * @classdesc Represents a LoggedOut.
             * @implements ILoggedOut
             * @constructor
             * @param {lending.v1.ILoggedOut=} [properties] Properties to set
             */
            function LoggedOut(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new LoggedOut instance using the specified properties.
             * @function create
             * @memberof lending.v1.LoggedOut
             * @static
             * @param {lending.v1.ILoggedOut=} [properties] Properties to set
             * @returns {lending.v1.LoggedOut} LoggedOut instance
             */
            LoggedOut.create = function create(properties) {
                return new LoggedOut(properties);
            };

            /**
             * Encodes the specified LoggedOut message. Does not implicitly {@link lending.v1.LoggedOut.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.LoggedOut
             * @static
             * @param {lending.v1.ILoggedOut} message LoggedOut message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoggedOut.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a LoggedOut message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.LoggedOut
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.LoggedOut} LoggedOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoggedOut.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.LoggedOut();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for LoggedOut
             * @function getTypeUrl
             * @memberof lending.v1.LoggedOut
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LoggedOut.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.LoggedOut";
            };

            return LoggedOut;
        })();

        v1.KycStatusSet = (function() {

            /**
             * Properties of a KycStatusSet.
             * @memberof lending.v1
             * @interface IKycStatusSet
             * @property {string|null} [userId] KycStatusSet userId
             * @property {lending.v1.KycStatus|null} [status] KycStatusSet status
             */

            /**
             * Constructs a new KycStatusSet.
             * @memberof lending.v1
             * @classdesc Represents a KycStatusSet.
             * @implements IKycStatusSet
             * @constructor
             * @param {lending.v1.IKycStatusSet=} [properties] Properties to set
             */
            function KycStatusSet(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * KycStatusSet userId.
             * @member {string} userId
             * @memberof lending.v1.KycStatusSet
             * @instance
             */
            KycStatusSet.prototype.userId = "";

            /**
             * KycStatusSet status.
             * @member {lending.v1.KycStatus} status
             * @memberof lending.v1.KycStatusSet
             * @instance
             */
            KycStatusSet.prototype.status = 0;

            /**
             * Creates a new KycStatusSet instance using the specified properties.
             * @function create
             * @memberof lending.v1.KycStatusSet
             * @static
             * @param {lending.v1.IKycStatusSet=} [properties] Properties to set
             * @returns {lending.v1.KycStatusSet} KycStatusSet instance
             */
            KycStatusSet.create = function create(properties) {
                return new KycStatusSet(properties);
            };

            /**
             * Encodes the specified KycStatusSet message. Does not implicitly {@link lending.v1.KycStatusSet.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.KycStatusSet
             * @static
             * @param {lending.v1.IKycStatusSet} message KycStatusSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KycStatusSet.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                return writer;
            };

            /**
             * Decodes a KycStatusSet message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.KycStatusSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.KycStatusSet} KycStatusSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KycStatusSet.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.KycStatusSet();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.status = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for KycStatusSet
             * @function getTypeUrl
             * @memberof lending.v1.KycStatusSet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            KycStatusSet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.KycStatusSet";
            };

            return KycStatusSet;
        })();

        /**
         * ErrorCode enum.
         * @name lending.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} MALFORMED_FRAME=1001 MALFORMED_FRAME value
         * @property {number} UNKNOWN_MESSAGE=1002 UNKNOWN_MESSAGE value
         * @property {number} NOT_AUTHENTICATED=1003 NOT_AUTHENTICATED value
         * @property {number} NOT_AUTHORISED=1004 NOT_AUTHORISED value
         * @property {number} TOKEN_INVALID=1005 TOKEN_INVALID value
         * @property {number} TOKEN_EXPIRED=1006 TOKEN_EXPIRED value
         * @property {number} FRAME_TOO_LARGE=1007 FRAME_TOO_LARGE value
         * @property {number} TOO_MANY_MESSAGES_IN_FRAME=1008 TOO_MANY_MESSAGES_IN_FRAME value
         * @property {number} OVERLOADED=1009 OVERLOADED value
         * @property {number} INVALID_FIELD=1010 INVALID_FIELD value
         * @property {number} TOO_MANY_SUBSCRIPTIONS=1011 TOO_MANY_SUBSCRIPTIONS value
         * @property {number} UNKNOWN_CHANNEL=1012 UNKNOWN_CHANNEL value
         * @property {number} ALREADY_AUTHENTICATED=1013 ALREADY_AUTHENTICATED value
         * @property {number} SERVICE_UNAVAILABLE=1014 SERVICE_UNAVAILABLE value
         * @property {number} KYC_NOT_VERIFIED=1015 KYC_NOT_VERIFIED value
         * @property {number} USER_EXISTS=1016 USER_EXISTS value
         * @property {number} LOGIN_FAILED=1017 LOGIN_FAILED value
         * @property {number} TOKEN_REVOKED=1018 TOKEN_REVOKED value
         * @property {number} RATE_LIMITED=1019 RATE_LIMITED value
         * @property {number} TOO_MANY_OPEN_ORDERS=1020 TOO_MANY_OPEN_ORDERS value
         * @property {number} USER_NOT_FOUND=1021 USER_NOT_FOUND value
         * @property {number} SLOW_CONSUMER=1022 SLOW_CONSUMER value
         * @property {number} APPLICATION_NOT_FOUND=1023 APPLICATION_NOT_FOUND value
         * @property {number} APPLICATION_EXISTS=1024 APPLICATION_EXISTS value
         * @property {number} PROOF_NOT_FOUND=1025 PROOF_NOT_FOUND value
         * @property {number} AMOUNT_MUST_BE_POSITIVE=2001 AMOUNT_MUST_BE_POSITIVE value
         * @property {number} AMOUNT_NOT_SAFE_INTEGER=2002 AMOUNT_NOT_SAFE_INTEGER value
         * @property {number} RATE_OUT_OF_RANGE=2003 RATE_OUT_OF_RANGE value
         * @property {number} UNKNOWN_MARKET=2004 UNKNOWN_MARKET value
         * @property {number} DUPLICATE_ORDER_ID=2005 DUPLICATE_ORDER_ID value
         * @property {number} ORDER_NOT_FOUND=2006 ORDER_NOT_FOUND value
         * @property {number} TRANCHE_EXISTS=2007 TRANCHE_EXISTS value
         * @property {number} SELF_FUNDING_FORBIDDEN=2008 SELF_FUNDING_FORBIDDEN value
         * @property {number} ACCOUNT_FROZEN=2009 ACCOUNT_FROZEN value
         * @property {number} BELOW_MIN_TICKET=2010 BELOW_MIN_TICKET value
         * @property {number} INVALID_ORDER_ID=2011 INVALID_ORDER_ID value
         * @property {number} FOK_NOT_FILLABLE=2012 FOK_NOT_FILLABLE value
         * @property {number} TIME_IN_FORCE_INVALID=2013 TIME_IN_FORCE_INVALID value
         * @property {number} BOOK_FULL=2014 BOOK_FULL value
         * @property {number} TRANCHE_NOT_FOUND=2015 TRANCHE_NOT_FOUND value
         * @property {number} EXPIRY_NOT_IN_FUTURE=2016 EXPIRY_NOT_IN_FUTURE value
         * @property {number} INSUFFICIENT_FUNDS=3001 INSUFFICIENT_FUNDS value
         * @property {number} ACCOUNT_NOT_FOUND=3002 ACCOUNT_NOT_FOUND value
         * @property {number} TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS=3003 TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS value
         * @property {number} HOLD_NOT_FOUND=3004 HOLD_NOT_FOUND value
         * @property {number} HOLD_EXCEEDED=3005 HOLD_EXCEEDED value
         * @property {number} LEDGER_AMOUNT_INVALID=3006 LEDGER_AMOUNT_INVALID value
         * @property {number} HOLD_EXISTS=3007 HOLD_EXISTS value
         * @property {number} LEDGER_FLOW_FORBIDDEN=3008 LEDGER_FLOW_FORBIDDEN value
         * @property {number} LOAN_NOT_FOUND=3009 LOAN_NOT_FOUND value
         * @property {number} LOAN_EXISTS=3010 LOAN_EXISTS value
         * @property {number} LOAN_TERMS_INVALID=3011 LOAN_TERMS_INVALID value
         * @property {number} LOAN_SETTLED=3012 LOAN_SETTLED value
         * @property {number} NOTHING_TO_COMPENSATE=3013 NOTHING_TO_COMPENSATE value
         * @property {number} EVENT_SCHEMA_UNKNOWN=4001 EVENT_SCHEMA_UNKNOWN value
         * @property {number} EVENT_MALFORMED=4002 EVENT_MALFORMED value
         * @property {number} ALERT_NOT_FOUND=4003 ALERT_NOT_FOUND value
         * @property {number} CASE_TRANSITION_INVALID=4004 CASE_TRANSITION_INVALID value
         * @property {number} RULE_CONFIG_INVALID=4005 RULE_CONFIG_INVALID value
         * @property {number} RULE_CONFIG_NOT_FOUND=4006 RULE_CONFIG_NOT_FOUND value
         * @property {number} MAKER_CANNOT_APPROVE=4007 MAKER_CANNOT_APPROVE value
         */
        v1.ErrorCode = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1001] = "MALFORMED_FRAME"] = 1001;
            values[valuesById[1002] = "UNKNOWN_MESSAGE"] = 1002;
            values[valuesById[1003] = "NOT_AUTHENTICATED"] = 1003;
            values[valuesById[1004] = "NOT_AUTHORISED"] = 1004;
            values[valuesById[1005] = "TOKEN_INVALID"] = 1005;
            values[valuesById[1006] = "TOKEN_EXPIRED"] = 1006;
            values[valuesById[1007] = "FRAME_TOO_LARGE"] = 1007;
            values[valuesById[1008] = "TOO_MANY_MESSAGES_IN_FRAME"] = 1008;
            values[valuesById[1009] = "OVERLOADED"] = 1009;
            values[valuesById[1010] = "INVALID_FIELD"] = 1010;
            values[valuesById[1011] = "TOO_MANY_SUBSCRIPTIONS"] = 1011;
            values[valuesById[1012] = "UNKNOWN_CHANNEL"] = 1012;
            values[valuesById[1013] = "ALREADY_AUTHENTICATED"] = 1013;
            values[valuesById[1014] = "SERVICE_UNAVAILABLE"] = 1014;
            values[valuesById[1015] = "KYC_NOT_VERIFIED"] = 1015;
            values[valuesById[1016] = "USER_EXISTS"] = 1016;
            values[valuesById[1017] = "LOGIN_FAILED"] = 1017;
            values[valuesById[1018] = "TOKEN_REVOKED"] = 1018;
            values[valuesById[1019] = "RATE_LIMITED"] = 1019;
            values[valuesById[1020] = "TOO_MANY_OPEN_ORDERS"] = 1020;
            values[valuesById[1021] = "USER_NOT_FOUND"] = 1021;
            values[valuesById[1022] = "SLOW_CONSUMER"] = 1022;
            values[valuesById[1023] = "APPLICATION_NOT_FOUND"] = 1023;
            values[valuesById[1024] = "APPLICATION_EXISTS"] = 1024;
            values[valuesById[1025] = "PROOF_NOT_FOUND"] = 1025;
            values[valuesById[2001] = "AMOUNT_MUST_BE_POSITIVE"] = 2001;
            values[valuesById[2002] = "AMOUNT_NOT_SAFE_INTEGER"] = 2002;
            values[valuesById[2003] = "RATE_OUT_OF_RANGE"] = 2003;
            values[valuesById[2004] = "UNKNOWN_MARKET"] = 2004;
            values[valuesById[2005] = "DUPLICATE_ORDER_ID"] = 2005;
            values[valuesById[2006] = "ORDER_NOT_FOUND"] = 2006;
            values[valuesById[2007] = "TRANCHE_EXISTS"] = 2007;
            values[valuesById[2008] = "SELF_FUNDING_FORBIDDEN"] = 2008;
            values[valuesById[2009] = "ACCOUNT_FROZEN"] = 2009;
            values[valuesById[2010] = "BELOW_MIN_TICKET"] = 2010;
            values[valuesById[2011] = "INVALID_ORDER_ID"] = 2011;
            values[valuesById[2012] = "FOK_NOT_FILLABLE"] = 2012;
            values[valuesById[2013] = "TIME_IN_FORCE_INVALID"] = 2013;
            values[valuesById[2014] = "BOOK_FULL"] = 2014;
            values[valuesById[2015] = "TRANCHE_NOT_FOUND"] = 2015;
            values[valuesById[2016] = "EXPIRY_NOT_IN_FUTURE"] = 2016;
            values[valuesById[3001] = "INSUFFICIENT_FUNDS"] = 3001;
            values[valuesById[3002] = "ACCOUNT_NOT_FOUND"] = 3002;
            values[valuesById[3003] = "TRANSFER_EXISTS_WITH_DIFFERENT_FIELDS"] = 3003;
            values[valuesById[3004] = "HOLD_NOT_FOUND"] = 3004;
            values[valuesById[3005] = "HOLD_EXCEEDED"] = 3005;
            values[valuesById[3006] = "LEDGER_AMOUNT_INVALID"] = 3006;
            values[valuesById[3007] = "HOLD_EXISTS"] = 3007;
            values[valuesById[3008] = "LEDGER_FLOW_FORBIDDEN"] = 3008;
            values[valuesById[3009] = "LOAN_NOT_FOUND"] = 3009;
            values[valuesById[3010] = "LOAN_EXISTS"] = 3010;
            values[valuesById[3011] = "LOAN_TERMS_INVALID"] = 3011;
            values[valuesById[3012] = "LOAN_SETTLED"] = 3012;
            values[valuesById[3013] = "NOTHING_TO_COMPENSATE"] = 3013;
            values[valuesById[4001] = "EVENT_SCHEMA_UNKNOWN"] = 4001;
            values[valuesById[4002] = "EVENT_MALFORMED"] = 4002;
            values[valuesById[4003] = "ALERT_NOT_FOUND"] = 4003;
            values[valuesById[4004] = "CASE_TRANSITION_INVALID"] = 4004;
            values[valuesById[4005] = "RULE_CONFIG_INVALID"] = 4005;
            values[valuesById[4006] = "RULE_CONFIG_NOT_FOUND"] = 4006;
            values[valuesById[4007] = "MAKER_CANNOT_APPROVE"] = 4007;
            return values;
        })();

        v1.Reject = (function() {

            /**
             * Properties of a Reject.
             * @memberof lending.v1
             * @interface IReject
             * @property {lending.v1.ErrorCode|null} [code] Reject code
             * @property {string|null} [codeName] Reject codeName
             * @property {string|null} [message] Reject message
             */

            /**
             * Constructs a new Reject.
             * @memberof lending.v1
             * @classdesc Represents a Reject.
             * @implements IReject
             * @constructor
             * @param {lending.v1.IReject=} [properties] Properties to set
             */
            function Reject(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Reject code.
             * @member {lending.v1.ErrorCode} code
             * @memberof lending.v1.Reject
             * @instance
             */
            Reject.prototype.code = 0;

            /**
             * Reject codeName.
             * @member {string} codeName
             * @memberof lending.v1.Reject
             * @instance
             */
            Reject.prototype.codeName = "";

            /**
             * Reject message.
             * @member {string} message
             * @memberof lending.v1.Reject
             * @instance
             */
            Reject.prototype.message = "";

            /**
             * Creates a new Reject instance using the specified properties.
             * @function create
             * @memberof lending.v1.Reject
             * @static
             * @param {lending.v1.IReject=} [properties] Properties to set
             * @returns {lending.v1.Reject} Reject instance
             */
            Reject.create = function create(properties) {
                return new Reject(properties);
            };

            /**
             * Encodes the specified Reject message. Does not implicitly {@link lending.v1.Reject.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Reject
             * @static
             * @param {lending.v1.IReject} message Reject message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reject.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.codeName != null && Object.hasOwnProperty.call(message, "codeName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.codeName);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                return writer;
            };

            /**
             * Decodes a Reject message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Reject
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Reject} Reject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reject.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Reject();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.int32();
                            break;
                        }
                    case 2: {
                            message.codeName = reader.string();
                            break;
                        }
                    case 3: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Reject
             * @function getTypeUrl
             * @memberof lending.v1.Reject
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Reject.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Reject";
            };

            return Reject;
        })();

        v1.Authenticated = (function() {

            /**
             * Properties of an Authenticated.
             * @memberof lending.v1
             * @interface IAuthenticated
             * @property {string|null} [userId] Authenticated userId
             * @property {Array.<string>|null} [roles] Authenticated roles
             * @property {number|null} [expiresAtMs] Authenticated expiresAtMs
             */

            /**
             * Constructs a new Authenticated.
             * @memberof lending.v1
             * @classdesc Represents an Authenticated.
             * @implements IAuthenticated
             * @constructor
             * @param {lending.v1.IAuthenticated=} [properties] Properties to set
             */
            function Authenticated(properties) {
                this.roles = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Authenticated userId.
             * @member {string} userId
             * @memberof lending.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.userId = "";

            /**
             * Authenticated roles.
             * @member {Array.<string>} roles
             * @memberof lending.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.roles = $util.emptyArray;

            /**
             * Authenticated expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof lending.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Authenticated instance using the specified properties.
             * @function create
             * @memberof lending.v1.Authenticated
             * @static
             * @param {lending.v1.IAuthenticated=} [properties] Properties to set
             * @returns {lending.v1.Authenticated} Authenticated instance
             */
            Authenticated.create = function create(properties) {
                return new Authenticated(properties);
            };

            /**
             * Encodes the specified Authenticated message. Does not implicitly {@link lending.v1.Authenticated.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Authenticated
             * @static
             * @param {lending.v1.IAuthenticated} message Authenticated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authenticated.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.roles[i]);
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.expiresAtMs);
                return writer;
            };

            /**
             * Decodes an Authenticated message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Authenticated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Authenticated} Authenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authenticated.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Authenticated();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.string());
                            break;
                        }
                    case 3: {
                            message.expiresAtMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Authenticated
             * @function getTypeUrl
             * @memberof lending.v1.Authenticated
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Authenticated.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Authenticated";
            };

            return Authenticated;
        })();

        /**
         * OrderState enum.
         * @name lending.v1.OrderState
         * @enum {number}
         * @property {number} ORDER_STATE_UNSPECIFIED=0 ORDER_STATE_UNSPECIFIED value
         * @property {number} ORDER_STATE_RESTING=1 ORDER_STATE_RESTING value
         * @property {number} ORDER_STATE_FILLED=2 ORDER_STATE_FILLED value
         * @property {number} ORDER_STATE_CANCELLED=3 ORDER_STATE_CANCELLED value
         */
        v1.OrderState = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ORDER_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ORDER_STATE_RESTING"] = 1;
            values[valuesById[2] = "ORDER_STATE_FILLED"] = 2;
            values[valuesById[3] = "ORDER_STATE_CANCELLED"] = 3;
            return values;
        })();

        v1.OrderAccepted = (function() {

            /**
             * Properties of an OrderAccepted.
             * @memberof lending.v1
             * @interface IOrderAccepted
             * @property {string|null} [clientOrderId] OrderAccepted clientOrderId
             * @property {string|null} [marketId] OrderAccepted marketId
             * @property {number|null} [seq] OrderAccepted seq
             * @property {number|null} [amountFen] OrderAccepted amountFen
             * @property {number|null} [filledFen] OrderAccepted filledFen
             * @property {lending.v1.OrderState|null} [state] OrderAccepted state
             */

            /**
             * Constructs a new OrderAccepted.
             * @memberof lending.v1
             * @classdesc Represents an OrderAccepted.
             * @implements IOrderAccepted
             * @constructor
             * @param {lending.v1.IOrderAccepted=} [properties] Properties to set
             */
            function OrderAccepted(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OrderAccepted clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.OrderAccepted
             * @instance
             */
            OrderAccepted.prototype.clientOrderId = "";

            /**
             * OrderAccepted marketId.
             * @member {string} marketId
             * @memberof lending.v1.OrderAccepted
             * @instance
             */
            OrderAccepted.prototype.marketId = "";

            /**
             * OrderAccepted seq.
             * @member {number} seq
             * @memberof lending.v1.OrderAccepted
             * @instance
             */
            OrderAccepted.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderAccepted amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.OrderAccepted
             * @instance
             */
            OrderAccepted.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OrderAccepted filledFen.
             * @member {number} filledFen
             * @memberof lending.v1.OrderAccepted
             * @instance
             */
            OrderAccepted.prototype.filledFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OrderAccepted state.
             * @member {lending.v1.OrderState} state
             * @memberof lending.v1.OrderAccepted
             * @instance
             */
            OrderAccepted.prototype.state = 0;

            /**
             * Creates a new OrderAccepted instance using the specified properties.
             * @function create
             * @memberof lending.v1.OrderAccepted
             * @static
             * @param {lending.v1.IOrderAccepted=} [properties] Properties to set
             * @returns {lending.v1.OrderAccepted} OrderAccepted instance
             */
            OrderAccepted.create = function create(properties) {
                return new OrderAccepted(properties);
            };

            /**
             * Encodes the specified OrderAccepted message. Does not implicitly {@link lending.v1.OrderAccepted.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.OrderAccepted
             * @static
             * @param {lending.v1.IOrderAccepted} message OrderAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderAccepted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.amountFen);
                if (message.filledFen != null && Object.hasOwnProperty.call(message, "filledFen"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.filledFen);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.state);
                return writer;
            };

            /**
             * Decodes an OrderAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.OrderAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.OrderAccepted} OrderAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderAccepted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.OrderAccepted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 5: {
                            message.filledFen = reader.int64();
                            break;
                        }
                    case 6: {
                            message.state = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for OrderAccepted
             * @function getTypeUrl
             * @memberof lending.v1.OrderAccepted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OrderAccepted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.OrderAccepted";
            };

            return OrderAccepted;
        })();

        v1.OrderCancelled = (function() {

            /**
             * Properties of an OrderCancelled.
             * @memberof lending.v1
             * @interface IOrderCancelled
             * @property {string|null} [clientOrderId] OrderCancelled clientOrderId
             * @property {number|null} [releasedFen] OrderCancelled releasedFen
             * @property {number|null} [seq] OrderCancelled seq
             */

            /**
             * Constructs a new OrderCancelled.
             * @memberof lending.v1
             * @classdesc Represents an OrderCancelled.
             * @implements IOrderCancelled
             * @constructor
             * @param {lending.v1.IOrderCancelled=} [properties] Properties to set
             */
            function OrderCancelled(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OrderCancelled clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.OrderCancelled
             * @instance
             */
            OrderCancelled.prototype.clientOrderId = "";

            /**
             * OrderCancelled releasedFen.
             * @member {number} releasedFen
             * @memberof lending.v1.OrderCancelled
             * @instance
             */
            OrderCancelled.prototype.releasedFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OrderCancelled seq.
             * @member {number} seq
             * @memberof lending.v1.OrderCancelled
             * @instance
             */
            OrderCancelled.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OrderCancelled instance using the specified properties.
             * @function create
             * @memberof lending.v1.OrderCancelled
             * @static
             * @param {lending.v1.IOrderCancelled=} [properties] Properties to set
             * @returns {lending.v1.OrderCancelled} OrderCancelled instance
             */
            OrderCancelled.create = function create(properties) {
                return new OrderCancelled(properties);
            };

            /**
             * Encodes the specified OrderCancelled message. Does not implicitly {@link lending.v1.OrderCancelled.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.OrderCancelled
             * @static
             * @param {lending.v1.IOrderCancelled} message OrderCancelled message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderCancelled.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientOrderId);
                if (message.releasedFen != null && Object.hasOwnProperty.call(message, "releasedFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.releasedFen);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                return writer;
            };

            /**
             * Decodes an OrderCancelled message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.OrderCancelled
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.OrderCancelled} OrderCancelled
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderCancelled.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.OrderCancelled();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 2: {
                            message.releasedFen = reader.int64();
                            break;
                        }
                    case 3: {
                            message.seq = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for OrderCancelled
             * @function getTypeUrl
             * @memberof lending.v1.OrderCancelled
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OrderCancelled.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.OrderCancelled";
            };

            return OrderCancelled;
        })();

        v1.TrancheListed = (function() {

            /**
             * Properties of a TrancheListed.
             * @memberof lending.v1
             * @interface ITrancheListed
             * @property {string|null} [trancheId] TrancheListed trancheId
             * @property {string|null} [marketId] TrancheListed marketId
             * @property {number|null} [seq] TrancheListed seq
             * @property {number|null} [filledFen] TrancheListed filledFen
             */

            /**
             * Constructs a new TrancheListed.
             * @memberof lending.v1
             * @classdesc Represents a TrancheListed.
             * @implements ITrancheListed
             * @constructor
             * @param {lending.v1.ITrancheListed=} [properties] Properties to set
             */
            function TrancheListed(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TrancheListed trancheId.
             * @member {string} trancheId
             * @memberof lending.v1.TrancheListed
             * @instance
             */
            TrancheListed.prototype.trancheId = "";

            /**
             * TrancheListed marketId.
             * @member {string} marketId
             * @memberof lending.v1.TrancheListed
             * @instance
             */
            TrancheListed.prototype.marketId = "";

            /**
             * TrancheListed seq.
             * @member {number} seq
             * @memberof lending.v1.TrancheListed
             * @instance
             */
            TrancheListed.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrancheListed filledFen.
             * @member {number} filledFen
             * @memberof lending.v1.TrancheListed
             * @instance
             */
            TrancheListed.prototype.filledFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TrancheListed instance using the specified properties.
             * @function create
             * @memberof lending.v1.TrancheListed
             * @static
             * @param {lending.v1.ITrancheListed=} [properties] Properties to set
             * @returns {lending.v1.TrancheListed} TrancheListed instance
             */
            TrancheListed.create = function create(properties) {
                return new TrancheListed(properties);
            };

            /**
             * Encodes the specified TrancheListed message. Does not implicitly {@link lending.v1.TrancheListed.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.TrancheListed
             * @static
             * @param {lending.v1.ITrancheListed} message TrancheListed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrancheListed.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.trancheId != null && Object.hasOwnProperty.call(message, "trancheId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.trancheId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.filledFen != null && Object.hasOwnProperty.call(message, "filledFen"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.filledFen);
                return writer;
            };

            /**
             * Decodes a TrancheListed message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.TrancheListed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.TrancheListed} TrancheListed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrancheListed.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.TrancheListed();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.trancheId = reader.string();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.filledFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TrancheListed
             * @function getTypeUrl
             * @memberof lending.v1.TrancheListed
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TrancheListed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.TrancheListed";
            };

            return TrancheListed;
        })();

        v1.DepositAccepted = (function() {

            /**
             * Properties of a DepositAccepted.
             * @memberof lending.v1
             * @interface IDepositAccepted
             * @property {string|null} [transferId] DepositAccepted transferId
             * @property {number|null} [availableFen] DepositAccepted availableFen
             */

            /**
             * Constructs a new DepositAccepted.
             * @memberof lending.v1
             * @classdesc Represents a DepositAccepted.
             * @implements IDepositAccepted
             * @constructor
             * @param {lending.v1.IDepositAccepted=} [properties] Properties to set
             */
            function DepositAccepted(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DepositAccepted transferId.
             * @member {string} transferId
             * @memberof lending.v1.DepositAccepted
             * @instance
             */
            DepositAccepted.prototype.transferId = "";

            /**
             * DepositAccepted availableFen.
             * @member {number} availableFen
             * @memberof lending.v1.DepositAccepted
             * @instance
             */
            DepositAccepted.prototype.availableFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DepositAccepted instance using the specified properties.
             * @function create
             * @memberof lending.v1.DepositAccepted
             * @static
             * @param {lending.v1.IDepositAccepted=} [properties] Properties to set
             * @returns {lending.v1.DepositAccepted} DepositAccepted instance
             */
            DepositAccepted.create = function create(properties) {
                return new DepositAccepted(properties);
            };

            /**
             * Encodes the specified DepositAccepted message. Does not implicitly {@link lending.v1.DepositAccepted.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.DepositAccepted
             * @static
             * @param {lending.v1.IDepositAccepted} message DepositAccepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DepositAccepted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.transferId != null && Object.hasOwnProperty.call(message, "transferId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.availableFen != null && Object.hasOwnProperty.call(message, "availableFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.availableFen);
                return writer;
            };

            /**
             * Decodes a DepositAccepted message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.DepositAccepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.DepositAccepted} DepositAccepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DepositAccepted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.DepositAccepted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.transferId = reader.string();
                            break;
                        }
                    case 2: {
                            message.availableFen = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for DepositAccepted
             * @function getTypeUrl
             * @memberof lending.v1.DepositAccepted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DepositAccepted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.DepositAccepted";
            };

            return DepositAccepted;
        })();

        v1.Subscribed = (function() {

            /**
             * Properties of a Subscribed.
             * @memberof lending.v1
             * @interface ISubscribed
             * @property {lending.v1.Channel|null} [channel] Subscribed channel
             * @property {string|null} [marketId] Subscribed marketId
             * @property {number|null} [seq] Subscribed seq
             * @property {boolean|null} [reset] Subscribed reset
             */

            /**
             * Constructs a new Subscribed.
             * @memberof lending.v1
             * @classdesc Represents a Subscribed.
             * @implements ISubscribed
             * @constructor
             * @param {lending.v1.ISubscribed=} [properties] Properties to set
             */
            function Subscribed(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Subscribed channel.
             * @member {lending.v1.Channel} channel
             * @memberof lending.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.channel = 0;

            /**
             * Subscribed marketId.
             * @member {string} marketId
             * @memberof lending.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.marketId = "";

            /**
             * Subscribed seq.
             * @member {number} seq
             * @memberof lending.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Subscribed reset.
             * @member {boolean} reset
             * @memberof lending.v1.Subscribed
             * @instance
             */
            Subscribed.prototype.reset = false;

            /**
             * Creates a new Subscribed instance using the specified properties.
             * @function create
             * @memberof lending.v1.Subscribed
             * @static
             * @param {lending.v1.ISubscribed=} [properties] Properties to set
             * @returns {lending.v1.Subscribed} Subscribed instance
             */
            Subscribed.create = function create(properties) {
                return new Subscribed(properties);
            };

            /**
             * Encodes the specified Subscribed message. Does not implicitly {@link lending.v1.Subscribed.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Subscribed
             * @static
             * @param {lending.v1.ISubscribed} message Subscribed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribed.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.channel != null && Object.hasOwnProperty.call(message, "channel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.reset != null && Object.hasOwnProperty.call(message, "reset"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.reset);
                return writer;
            };

            /**
             * Decodes a Subscribed message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Subscribed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Subscribed} Subscribed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribed.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Subscribed();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.channel = reader.int32();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.reset = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Subscribed
             * @function getTypeUrl
             * @memberof lending.v1.Subscribed
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Subscribed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Subscribed";
            };

            return Subscribed;
        })();

        v1.Unsubscribed = (function() {

            /**
             * Properties of an Unsubscribed.
             * @memberof lending.v1
             * @interface IUnsubscribed
             * @property {lending.v1.Channel|null} [channel] Unsubscribed channel
             * @property {string|null} [marketId] Unsubscribed marketId
             */

            /**
             * Constructs a new Unsubscribed.
             * @memberof lending.v1
             * @classdesc Represents an Unsubscribed.
             * @implements IUnsubscribed
             * @constructor
             * @param {lending.v1.IUnsubscribed=} [properties] Properties to set
             */
            function Unsubscribed(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Unsubscribed channel.
             * @member {lending.v1.Channel} channel
             * @memberof lending.v1.Unsubscribed
             * @instance
             */
            Unsubscribed.prototype.channel = 0;

            /**
             * Unsubscribed marketId.
             * @member {string} marketId
             * @memberof lending.v1.Unsubscribed
             * @instance
             */
            Unsubscribed.prototype.marketId = "";

            /**
             * Creates a new Unsubscribed instance using the specified properties.
             * @function create
             * @memberof lending.v1.Unsubscribed
             * @static
             * @param {lending.v1.IUnsubscribed=} [properties] Properties to set
             * @returns {lending.v1.Unsubscribed} Unsubscribed instance
             */
            Unsubscribed.create = function create(properties) {
                return new Unsubscribed(properties);
            };

            /**
             * Encodes the specified Unsubscribed message. Does not implicitly {@link lending.v1.Unsubscribed.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Unsubscribed
             * @static
             * @param {lending.v1.IUnsubscribed} message Unsubscribed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unsubscribed.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.channel != null && Object.hasOwnProperty.call(message, "channel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.channel);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.marketId);
                return writer;
            };

            /**
             * Decodes an Unsubscribed message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Unsubscribed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Unsubscribed} Unsubscribed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unsubscribed.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Unsubscribed();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.channel = reader.int32();
                            break;
                        }
                    case 2: {
                            message.marketId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Unsubscribed
             * @function getTypeUrl
             * @memberof lending.v1.Unsubscribed
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Unsubscribed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Unsubscribed";
            };

            return Unsubscribed;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @memberof lending.v1
             * @interface IPong
             * @property {number|null} [clientTimeMs] Pong clientTimeMs
             * @property {number|null} [serverTimeMs] Pong serverTimeMs
             */

            /**
             * Constructs a new Pong.
             * @memberof lending.v1
             * @classdesc Represents a Pong.
             * @implements IPong
             * @constructor
             * @param {lending.v1.IPong=} [properties] Properties to set
             */
            function Pong(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Pong clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof lending.v1.Pong
             * @instance
             */
            Pong.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Pong serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof lending.v1.Pong
             * @instance
             */
            Pong.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof lending.v1.Pong
             * @static
             * @param {lending.v1.IPong=} [properties] Properties to set
             * @returns {lending.v1.Pong} Pong instance
             */
            Pong.create = function create(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link lending.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Pong
             * @static
             * @param {lending.v1.IPong} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientTimeMs != null && Object.hasOwnProperty.call(message, "clientTimeMs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientTimeMs);
                if (message.serverTimeMs != null && Object.hasOwnProperty.call(message, "serverTimeMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.serverTimeMs);
                return writer;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Pong} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Pong();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientTimeMs = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.serverTimeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Pong
             * @function getTypeUrl
             * @memberof lending.v1.Pong
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Pong.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Pong";
            };

            return Pong;
        })();

        v1.Fill = (function() {

            /**
             * Properties of a Fill.
             * @memberof lending.v1
             * @interface IFill
             * @property {string|null} [fillId] Fill fillId
             * @property {number|null} [seq] Fill seq
             * @property {string|null} [marketId] Fill marketId
             * @property {string|null} [trancheId] Fill trancheId
             * @property {string|null} [clientOrderId] Fill clientOrderId
             * @property {number|null} [amountFen] Fill amountFen
             * @property {number|null} [rateBps] Fill rateBps
             * @property {number|null} [orderRemainingFen] Fill orderRemainingFen
             * @property {number|null} [trancheRemainingFen] Fill trancheRemainingFen
             * @property {number|null} [timeMs] Fill timeMs
             * @property {string|null} [explanation] Fill explanation
             */

            /**
             * Constructs a new Fill.
             * @memberof lending.v1
             * @classdesc Represents a Fill.
             * @implements IFill
             * @constructor
             * @param {lending.v1.IFill=} [properties] Properties to set
             */
            function Fill(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Fill fillId.
             * @member {string} fillId
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.fillId = "";

            /**
             * Fill seq.
             * @member {number} seq
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fill marketId.
             * @member {string} marketId
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.marketId = "";

            /**
             * Fill trancheId.
             * @member {string} trancheId
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.trancheId = "";

            /**
             * Fill clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.clientOrderId = "";

            /**
             * Fill amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Fill rateBps.
             * @member {number} rateBps
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.rateBps = 0;

            /**
             * Fill orderRemainingFen.
             * @member {number} orderRemainingFen
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.orderRemainingFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Fill trancheRemainingFen.
             * @member {number} trancheRemainingFen
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.trancheRemainingFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Fill timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fill explanation.
             * @member {string} explanation
             * @memberof lending.v1.Fill
             * @instance
             */
            Fill.prototype.explanation = "";

            /**
             * Creates a new Fill instance using the specified properties.
             * @function create
             * @memberof lending.v1.Fill
             * @static
             * @param {lending.v1.IFill=} [properties] Properties to set
             * @returns {lending.v1.Fill} Fill instance
             */
            Fill.create = function create(properties) {
                return new Fill(properties);
            };

            /**
             * Encodes the specified Fill message. Does not implicitly {@link lending.v1.Fill.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Fill
             * @static
             * @param {lending.v1.IFill} message Fill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fill.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fillId != null && Object.hasOwnProperty.call(message, "fillId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.fillId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.marketId);
                if (message.trancheId != null && Object.hasOwnProperty.call(message, "trancheId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.trancheId);
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientOrderId);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.amountFen);
                if (message.rateBps != null && Object.hasOwnProperty.call(message, "rateBps"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rateBps);
                if (message.orderRemainingFen != null && Object.hasOwnProperty.call(message, "orderRemainingFen"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.orderRemainingFen);
                if (message.trancheRemainingFen != null && Object.hasOwnProperty.call(message, "trancheRemainingFen"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.trancheRemainingFen);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.timeMs);
                if (message.explanation != null && Object.hasOwnProperty.call(message, "explanation"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.explanation);
                return writer;
            };

            /**
             * Decodes a Fill message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Fill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Fill} Fill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fill.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Fill();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fillId = reader.string();
                            break;
                        }
                    case 2: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 4: {
                            message.trancheId = reader.string();
                            break;
                        }
                    case 5: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 6: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 7: {
                            message.rateBps = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.orderRemainingFen = reader.int64();
                            break;
                        }
                    case 9: {
                            message.trancheRemainingFen = reader.int64();
                            break;
                        }
                    case 10: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    case 11: {
                            message.explanation = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Fill
             * @function getTypeUrl
             * @memberof lending.v1.Fill
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Fill.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Fill";
            };

            return Fill;
        })();

        v1.OrderUpdate = (function() {

            /**
             * Properties of an OrderUpdate.
             * @memberof lending.v1
             * @interface IOrderUpdate
             * @property {number|null} [seq] OrderUpdate seq
             * @property {string|null} [clientOrderId] OrderUpdate clientOrderId
             * @property {string|null} [marketId] OrderUpdate marketId
             * @property {lending.v1.OrderState|null} [state] OrderUpdate state
             * @property {number|null} [releasedFen] OrderUpdate releasedFen
             * @property {string|null} [reason] OrderUpdate reason
             * @property {number|null} [timeMs] OrderUpdate timeMs
             */

            /**
             * Constructs a new OrderUpdate.
             * @memberof lending.v1
             * @classdesc Represents an OrderUpdate.
             * @implements IOrderUpdate
             * @constructor
             * @param {lending.v1.IOrderUpdate=} [properties] Properties to set
             */
            function OrderUpdate(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OrderUpdate seq.
             * @member {number} seq
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OrderUpdate clientOrderId.
             * @member {string} clientOrderId
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.clientOrderId = "";

            /**
             * OrderUpdate marketId.
             * @member {string} marketId
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.marketId = "";

            /**
             * OrderUpdate state.
             * @member {lending.v1.OrderState} state
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.state = 0;

            /**
             * OrderUpdate releasedFen.
             * @member {number} releasedFen
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.releasedFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * OrderUpdate reason.
             * @member {string} reason
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.reason = "";

            /**
             * OrderUpdate timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.OrderUpdate
             * @instance
             */
            OrderUpdate.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new OrderUpdate instance using the specified properties.
             * @function create
             * @memberof lending.v1.OrderUpdate
             * @static
             * @param {lending.v1.IOrderUpdate=} [properties] Properties to set
             * @returns {lending.v1.OrderUpdate} OrderUpdate instance
             */
            OrderUpdate.create = function create(properties) {
                return new OrderUpdate(properties);
            };

            /**
             * Encodes the specified OrderUpdate message. Does not implicitly {@link lending.v1.OrderUpdate.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.OrderUpdate
             * @static
             * @param {lending.v1.IOrderUpdate} message OrderUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrderUpdate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.clientOrderId != null && Object.hasOwnProperty.call(message, "clientOrderId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientOrderId);
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.marketId);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                if (message.releasedFen != null && Object.hasOwnProperty.call(message, "releasedFen"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.releasedFen);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeMs);
                return writer;
            };

            /**
             * Decodes an OrderUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.OrderUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.OrderUpdate} OrderUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrderUpdate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.OrderUpdate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.clientOrderId = reader.string();
                            break;
                        }
                    case 3: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 4: {
                            message.state = reader.int32();
                            break;
                        }
                    case 5: {
                            message.releasedFen = reader.int64();
                            break;
                        }
                    case 6: {
                            message.reason = reader.string();
                            break;
                        }
                    case 7: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for OrderUpdate
             * @function getTypeUrl
             * @memberof lending.v1.OrderUpdate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OrderUpdate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.OrderUpdate";
            };

            return OrderUpdate;
        })();

        v1.BookLevel = (function() {

            /**
             * Properties of a BookLevel.
             * @memberof lending.v1
             * @interface IBookLevel
             * @property {number|null} [rateBps] BookLevel rateBps
             * @property {number|null} [amountFen] BookLevel amountFen
             * @property {number|null} [count] BookLevel count
             */

            /**
             * Constructs a new BookLevel.
             * @memberof lending.v1
             * @classdesc Represents a BookLevel.
             * @implements IBookLevel
             * @constructor
             * @param {lending.v1.IBookLevel=} [properties] Properties to set
             */
            function BookLevel(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BookLevel rateBps.
             * @member {number} rateBps
             * @memberof lending.v1.BookLevel
             * @instance
             */
            BookLevel.prototype.rateBps = 0;

            /**
             * BookLevel amountFen.
             * @member {number} amountFen
             * @memberof lending.v1.BookLevel
             * @instance
             */
            BookLevel.prototype.amountFen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BookLevel count.
             * @member {number} count
             * @memberof lending.v1.BookLevel
             * @instance
             */
            BookLevel.prototype.count = 0;

            /**
             * Creates a new BookLevel instance using the specified properties.
             * @function create
             * @memberof lending.v1.BookLevel
             * @static
             * @param {lending.v1.IBookLevel=} [properties] Properties to set
             * @returns {lending.v1.BookLevel} BookLevel instance
             */
            BookLevel.create = function create(properties) {
                return new BookLevel(properties);
            };

            /**
             * Encodes the specified BookLevel message. Does not implicitly {@link lending.v1.BookLevel.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.BookLevel
             * @static
             * @param {lending.v1.IBookLevel} message BookLevel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BookLevel.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.rateBps != null && Object.hasOwnProperty.call(message, "rateBps"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rateBps);
                if (message.amountFen != null && Object.hasOwnProperty.call(message, "amountFen"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amountFen);
                if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
                return writer;
            };

            /**
             * Decodes a BookLevel message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.BookLevel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.BookLevel} BookLevel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BookLevel.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.BookLevel();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.rateBps = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.amountFen = reader.int64();
                            break;
                        }
                    case 3: {
                            message.count = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for BookLevel
             * @function getTypeUrl
             * @memberof lending.v1.BookLevel
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BookLevel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.BookLevel";
            };

            return BookLevel;
        })();

        v1.BookUpdate = (function() {

            /**
             * Properties of a BookUpdate.
             * @memberof lending.v1
             * @interface IBookUpdate
             * @property {string|null} [marketId] BookUpdate marketId
             * @property {number|null} [seq] BookUpdate seq
             * @property {Array.<lending.v1.IBookLevel>|null} [lend] BookUpdate lend
             * @property {Array.<lending.v1.IBookLevel>|null} [tranches] BookUpdate tranches
             */

            /**
             * Constructs a new BookUpdate.
             * @memberof lending.v1
             * @classdesc Represents a BookUpdate.
             * @implements IBookUpdate
             * @constructor
             * @param {lending.v1.IBookUpdate=} [properties] Properties to set
             */
            function BookUpdate(properties) {
                this.lend = [];
                this.tranches = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BookUpdate marketId.
             * @member {string} marketId
             * @memberof lending.v1.BookUpdate
             * @instance
             */
            BookUpdate.prototype.marketId = "";

            /**
             * BookUpdate seq.
             * @member {number} seq
             * @memberof lending.v1.BookUpdate
             * @instance
             */
            BookUpdate.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BookUpdate lend.
             * @member {Array.<lending.v1.IBookLevel>} lend
             * @memberof lending.v1.BookUpdate
             * @instance
             */
            BookUpdate.prototype.lend = $util.emptyArray;

            /**
             * BookUpdate tranches.
             * @member {Array.<lending.v1.IBookLevel>} tranches
             * @memberof lending.v1.BookUpdate
             * @instance
             */
            BookUpdate.prototype.tranches = $util.emptyArray;

            /**
             * Creates a new BookUpdate instance using the specified properties.
             * @function create
             * @memberof lending.v1.BookUpdate
             * @static
             * @param {lending.v1.IBookUpdate=} [properties] Properties to set
             * @returns {lending.v1.BookUpdate} BookUpdate instance
             */
            BookUpdate.create = function create(properties) {
                return new BookUpdate(properties);
            };

            /**
             * Encodes the specified BookUpdate message. Does not implicitly {@link lending.v1.BookUpdate.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.BookUpdate
             * @static
             * @param {lending.v1.IBookUpdate} message BookUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BookUpdate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.marketId != null && Object.hasOwnProperty.call(message, "marketId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.marketId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.lend != null && message.lend.length)
                    for (let i = 0; i < message.lend.length; ++i)
                        $root.lending.v1.BookLevel.encode(message.lend[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.tranches != null && message.tranches.length)
                    for (let i = 0; i < message.tranches.length; ++i)
                        $root.lending.v1.BookLevel.encode(message.tranches[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a BookUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.BookUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.BookUpdate} BookUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BookUpdate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.BookUpdate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.marketId = reader.string();
                            break;
                        }
                    case 2: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 3: {
                            if (!(message.lend && message.lend.length))
                                message.lend = [];
                            message.lend.push($root.lending.v1.BookLevel.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            if (!(message.tranches && message.tranches.length))
                                message.tranches = [];
                            message.tranches.push($root.lending.v1.BookLevel.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for BookUpdate
             * @function getTypeUrl
             * @memberof lending.v1.BookUpdate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BookUpdate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.BookUpdate";
            };

            return BookUpdate;
        })();

        v1.Alert = (function() {

            /**
             * Properties of an Alert.
             * @memberof lending.v1
             * @interface IAlert
             * @property {string|null} [alertId] Alert alertId
             * @property {number|null} [seq] Alert seq
             * @property {string|null} [ruleId] Alert ruleId
             * @property {string|null} [level] Alert level
             * @property {string|null} [accountId] Alert accountId
             * @property {string|null} [summary] Alert summary
             * @property {Object.<string,string>|null} [features] Alert features
             * @property {Array.<string>|null} [eventIds] Alert eventIds
             * @property {number|null} [timeMs] Alert timeMs
             */

            /**
             * Constructs a new Alert.
             * @memberof lending.v1
             * @classdesc Represents an Alert.
             * @implements IAlert
             * @constructor
             * @param {lending.v1.IAlert=} [properties] Properties to set
             */
            function Alert(properties) {
                this.features = {};
                this.eventIds = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Alert alertId.
             * @member {string} alertId
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.alertId = "";

            /**
             * Alert seq.
             * @member {number} seq
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Alert ruleId.
             * @member {string} ruleId
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.ruleId = "";

            /**
             * Alert level.
             * @member {string} level
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.level = "";

            /**
             * Alert accountId.
             * @member {string} accountId
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.accountId = "";

            /**
             * Alert summary.
             * @member {string} summary
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.summary = "";

            /**
             * Alert features.
             * @member {Object.<string,string>} features
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.features = $util.emptyObject;

            /**
             * Alert eventIds.
             * @member {Array.<string>} eventIds
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.eventIds = $util.emptyArray;

            /**
             * Alert timeMs.
             * @member {number} timeMs
             * @memberof lending.v1.Alert
             * @instance
             */
            Alert.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Alert instance using the specified properties.
             * @function create
             * @memberof lending.v1.Alert
             * @static
             * @param {lending.v1.IAlert=} [properties] Properties to set
             * @returns {lending.v1.Alert} Alert instance
             */
            Alert.create = function create(properties) {
                return new Alert(properties);
            };

            /**
             * Encodes the specified Alert message. Does not implicitly {@link lending.v1.Alert.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Alert
             * @static
             * @param {lending.v1.IAlert} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.alertId != null && Object.hasOwnProperty.call(message, "alertId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alertId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.ruleId != null && Object.hasOwnProperty.call(message, "ruleId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ruleId);
                if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.level);
                if (message.accountId != null && Object.hasOwnProperty.call(message, "accountId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.accountId);
                if (message.summary != null && Object.hasOwnProperty.call(message, "summary"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.summary);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    for (let keys = Object.keys(message.features), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.features[keys[i]]).ldelim();
                if (message.eventIds != null && message.eventIds.length)
                    for (let i = 0; i < message.eventIds.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.eventIds[i]);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.timeMs);
                return writer;
            };

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Alert} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Alert();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.alertId = reader.string();
                            break;
                        }
                    case 2: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.ruleId = reader.string();
                            break;
                        }
                    case 4: {
                            message.level = reader.string();
                            break;
                        }
                    case 5: {
                            message.accountId = reader.string();
                            break;
                        }
                    case 6: {
                            message.summary = reader.string();
                            break;
                        }
                    case 7: {
                            if (message.features === $util.emptyObject)
                                message.features = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.features, key);
                            message.features[key] = value;
                            break;
                        }
                    case 8: {
                            if (!(message.eventIds && message.eventIds.length))
                                message.eventIds = [];
                            message.eventIds.push(reader.string());
                            break;
                        }
                    case 9: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Alert
             * @function getTypeUrl
             * @memberof lending.v1.Alert
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Alert.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Alert";
            };

            return Alert;
        })();

        v1.Figure = (function() {

            /**
             * Properties of a Figure.
             * @memberof lending.v1
             * @interface IFigure
             * @property {string|null} [name] Figure name
             * @property {number|null} [value] Figure value
             * @property {string|null} [unit] Figure unit
             */

            /**
             * Constructs a new Figure.
             * @memberof lending.v1
             * @classdesc Represents a Figure.
             * @implements IFigure
             * @constructor
             * @param {lending.v1.IFigure=} [properties] Properties to set
             */
            function Figure(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Figure name.
             * @member {string} name
             * @memberof lending.v1.Figure
             * @instance
             */
            Figure.prototype.name = "";

            /**
             * Figure value.
             * @member {number} value
             * @memberof lending.v1.Figure
             * @instance
             */
            Figure.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Figure unit.
             * @member {string} unit
             * @memberof lending.v1.Figure
             * @instance
             */
            Figure.prototype.unit = "";

            /**
             * Creates a new Figure instance using the specified properties.
             * @function create
             * @memberof lending.v1.Figure
             * @static
             * @param {lending.v1.IFigure=} [properties] Properties to set
             * @returns {lending.v1.Figure} Figure instance
             */
            Figure.create = function create(properties) {
                return new Figure(properties);
            };

            /**
             * Encodes the specified Figure message. Does not implicitly {@link lending.v1.Figure.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Figure
             * @static
             * @param {lending.v1.IFigure} message Figure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Figure.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.value);
                if (message.unit != null && Object.hasOwnProperty.call(message, "unit"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.unit);
                return writer;
            };

            /**
             * Decodes a Figure message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Figure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Figure} Figure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Figure.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Figure();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.int64();
                            break;
                        }
                    case 3: {
                            message.unit = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Figure
             * @function getTypeUrl
             * @memberof lending.v1.Figure
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Figure.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Figure";
            };

            return Figure;
        })();

        v1.Figures = (function() {

            /**
             * Properties of a Figures.
             * @memberof lending.v1
             * @interface IFigures
             * @property {number|null} [seq] Figures seq
             * @property {number|null} [asOfMs] Figures asOfMs
             * @property {Array.<lending.v1.IFigure>|null} [figures] Figures figures
             */

            /**
             * Constructs a new Figures.
             * @memberof lending.v1
             * @classdesc Represents a Figures.
             * @implements IFigures
             * @constructor
             * @param {lending.v1.IFigures=} [properties] Properties to set
             */
            function Figures(properties) {
                this.figures = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Figures seq.
             * @member {number} seq
             * @memberof lending.v1.Figures
             * @instance
             */
            Figures.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Figures asOfMs.
             * @member {number} asOfMs
             * @memberof lending.v1.Figures
             * @instance
             */
            Figures.prototype.asOfMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Figures figures.
             * @member {Array.<lending.v1.IFigure>} figures
             * @memberof lending.v1.Figures
             * @instance
             */
            Figures.prototype.figures = $util.emptyArray;

            /**
             * Creates a new Figures instance using the specified properties.
             * @function create
             * @memberof lending.v1.Figures
             * @static
             * @param {lending.v1.IFigures=} [properties] Properties to set
             * @returns {lending.v1.Figures} Figures instance
             */
            Figures.create = function create(properties) {
                return new Figures(properties);
            };

            /**
             * Encodes the specified Figures message. Does not implicitly {@link lending.v1.Figures.verify|verify} messages.
             * @function encode
             * @memberof lending.v1.Figures
             * @static
             * @param {lending.v1.IFigures} message Figures message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Figures.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.asOfMs != null && Object.hasOwnProperty.call(message, "asOfMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.asOfMs);
                if (message.figures != null && message.figures.length)
                    for (let i = 0; i < message.figures.length; ++i)
                        $root.lending.v1.Figure.encode(message.figures[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Figures message from the specified reader or buffer.
             * @function decode
             * @memberof lending.v1.Figures
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lending.v1.Figures} Figures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Figures.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.lending.v1.Figures();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.asOfMs = reader.uint64();
                            break;
                        }
                    case 3: {
                            if (!(message.figures && message.figures.length))
                                message.figures = [];
                            message.figures.push($root.lending.v1.Figure.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Figures
             * @function getTypeUrl
             * @memberof lending.v1.Figures
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Figures.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/lending.v1.Figures";
            };

            return Figures;
        })();

        return v1;
    })();

    return lending;
})();

export { $root as default };
