# generated — do not edit. EXI grammars for 'iso20_common' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   5cd9390e1fbc7eb4ef289cd21cc973012b8ce2c07927216380a58bc16326348b  iso15118_20/V2G_CI_CommonMessages.xsd
#   3a1e442fcf4dba9c9c2a3125ba133b853bad02931a989b4eec7f8bdd66d904fe  iso15118_20/V2G_CI_CommonTypes.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Id'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'SessionID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeStamp'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Certificate'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SubCertificates'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Id'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'GenChallenge'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ContractCertificateChain'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Header'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SelectedAuthorizationService'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EIM_AReqAuthorizationMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PnC_AReqAuthorizationMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AuthorizationReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ResponseCode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVSEProcessing'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AuthorizationRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AuthorizationSetupReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ProviderID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SupportedProviders'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AuthorizationServices'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'CertificateInstallationService'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EIM_ASResAuthorizationMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PnC_ASResAuthorizationMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AuthorizationSetupRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLResControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RootCertificateID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EMAID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OEMProvisioningCertificateChain'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ListOfRootCertificateIDs'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MaximumContractCertificateChains'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PrioritizedEMAIDs'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'CertificateInstallationReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ECDHCurve'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'DHPublicKey'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SECP521_EncryptedPrivateKey'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'X448_EncryptedPrivateKey'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TPM_EncryptedPrivateKey'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'CPSCertificateChain'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SignedInstallationData'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'RemainingContractCertificateChains'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'CertificateInstallationRes'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_DischargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CapacitiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_InductiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterSignature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterTimestamp'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Exponent'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Value'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Amount'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CostPerUnit'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxRuleID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeAnchor'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EnergyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OccupancyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AdditionalServicesCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OverstayCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxCosts'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SelectedScheduleTupleID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SessionID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MeterInfo'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Receipt'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Dynamic_SMDTControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Scheduled_SMDTControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SignedMeteringData'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MeteringConfirmationReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MeteringConfirmationRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerToleranceAcceptance'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Duration'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Power'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Power_L2'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Power_L3'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPowerProfileEntry'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TimeAnchor'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Dynamic_EVPPTControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Scheduled_EVPPTControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPowerProfileEntries'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVProcessing'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ChargeProgress'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPowerProfile'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'BPT_ChannelSelection'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerDeliveryReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'NotificationMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSENotification'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVSEStatus'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerDeliveryRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'DepartureTime'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVTargetEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVMaximumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVMinimumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVMaximumV2XEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVMinimumV2XEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPowerScheduleEntry'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPowerScheduleEntries'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EnergyFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerRangeStart'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPriceRule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPriceRuleStack'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Currency'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceAlgorithm'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPriceRuleStacks'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVPowerSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVAbsolutePriceSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVEnergyOffer'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MaximumSupportingPoints'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Dynamic_SEReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Scheduled_SEReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ScheduleExchangeReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TaxRuleID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TaxRuleName'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TaxRate'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TaxIncludedInPrice'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AppliesToEnergyFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AppliesToParkingFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AppliesToOverstayFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AppliesMinimumMaximumCost'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TaxRule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ParkingFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ParkingFeePeriod'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'CarbonDioxideEmission'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'RenewableGenerationPercentage'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceRule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceRuleStack'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayRuleDescription'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'StartTime'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayFeePeriod'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayTimeThreshold'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayPowerThreshold'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayRule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceName'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceFee'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AdditionalService'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceScheduleID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceScheduleDescription'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Language'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MinimumCost'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'MaximumCost'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TaxRules'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceRuleStacks'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'OverstayRules'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AdditionalSelectedServices'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceLevel'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceLevelScheduleEntry'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'NumberOfPriceLevels'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceLevelScheduleEntries'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AbsolutePriceSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PriceLevelSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerScheduleEntry'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'AvailableEnergy'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerTolerance'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerScheduleEntries'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'PowerSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ScheduleTupleID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ChargingSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'DischargingSchedule'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ScheduleTuple'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'GoToPause'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Dynamic_SEResControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Scheduled_SEResControlMode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ScheduleExchangeRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceDetailReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Name'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'boolValue'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'byteValue'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'shortValue'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'intValue'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'rationalNumber'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'finiteString'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ParameterSetID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Parameter'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ParameterSet'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceParameterList'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceDetailRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SupportedServiceIDs'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceDiscoveryReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'FreeService'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'Service'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceRenegotiationSupported'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EnergyTransferServiceList'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VASList'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceDiscoveryRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SelectedService'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SelectedEnergyTransferService'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SelectedVASList'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceSelectionReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ServiceSelectionRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVCCID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SessionSetupReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVSEID'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SessionSetupRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ChargingSession'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVTerminationCode'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVTerminationExplanation'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SessionStopReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'SessionStopRes'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVCheckInStatus'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ParkingMethod'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VehicleFrame'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'DeviceOffset'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VehicleTravel'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VehicleCheckInReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'ParkingSpace'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'DeviceLocation'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TargetDistance'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VehicleCheckInRes'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVCheckOutStatus'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'CheckOutTime'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VehicleCheckOutReq'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'EVSECheckOutStatus'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'VehicleCheckOutRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'PresentSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToTargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargingComplete'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BatteryEnergyCapacity'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'InletHot'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AckMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DepartureTime'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DisplayParameters'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMaximumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMinimumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSEStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVTargetEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfo'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfoRequested'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Receipt'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TargetOffsetX'), ('urn:iso:std:iso:15118:-20:CommonMessages', 'TargetOffsetY')]
DTYPES = [(6, 8), (3, 0, 18446744073709551615), (0, None), (2, None, None), (7, None), (5, ('EIM', 'PnC'), 1, 0), (7, 16), (7, 1600), (5, ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter'), 6, 0), (5, ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction'), 2, 0), (1,), (0, 80), (4, 0, 8), (0, 255), (5, ('SECP521', 'X448'), 1, 0), (7, 133), (7, 94), (7, 84), (7, 206), (0, 32), (7, 64), (2, -32768, 32767), (4, -128, 8), (3, 1, 4294967295), (5, ('Start', 'Stop', 'Standby', 'ScheduleRenegotiation'), 2, 0), (5, ('PowerToleranceNotConfirmed', 'PowerToleranceConfirmed'), 1, 0), (3, 0, 4294967295), (5, ('Charge', 'Discharge'), 1, 0), (3, 0, 65535), (5, ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation'), 3, 0), (4, 12, 10), (4, 0, 7), (0, 3), (0, 160), (2, -2147483648, 2147483647), (5, ('Pause', 'Terminate', 'ServiceRenegotiation'), 2, 0), (5, ('CheckIn', 'Processing', 'Completed'), 2, 0), (5, ('AutoParking', 'MVGuideManual', 'Manual'), 2, 0), (5, ('CheckOut', 'Processing', 'Completed'), 2, 0), (5, ('Scheduled', 'Completed'), 1, 0)]
ROOTS = [(59, 0), (62, 36), (63, 39), (70, 40), (71, 46), (72, 47), (10, 6), (79, 48), (88, 54), (22, 18), (8, 13), (9, 14), (45, 16), (34, 12), (35, 17), (89, 62), (116, 63), (117, 77), (40, 12), (46, 28), (38, 26), (132, 78), (136, 88), (23, 20), (12, 9), (36, 21), (39, 27), (160, 92), (213, 106), (215, 128), (227, 130), (229, 135), (235, 137), (239, 140), (240, 143), (242, 144), (244, 145), (248, 146), (249, 148), (49, 4), (11, 7), (252, 149), (251, 150), (44, 15), (43, 5), (86, 56), (115, 64), (3, 11), (7, 10), (258, 151), (262, 154), (265, 155), (267, 157), (37, 22)]
FRAGMENTS = [(199, 108), (278, 90), (194, 118), (185, 119), (106, 70), (100, 71), (168, 41), (165, 41), (167, 41), (166, 41), (59, 0), (62, 36), (66, 29), (63, 39), (70, 40), (202, 71), (131, 87), (92, 3), (94, 3), (276, 71), (71, 46), (72, 47), (85, 55), (10, 6), (93, 3), (172, 90), (50, 34), (79, 48), (88, 54), (67, 41), (129, 79), (91, 3), (275, 41), (207, 125), (245, 147), (264, 3), (54, 33), (101, 71), (151, 102), (81, 58), (22, 18), (137, 86), (279, 86), (260, 68), (256, 68), (8, 13), (9, 14), (208, 125), (280, 159), (119, 86), (125, 81), (158, 94), (211, 107), (113, 75), (80, 57), (57, 30), (68, 42), (74, 53), (155, 101), (241, 53), (253, 152), (263, 156), (156, 97), (141, 71), (281, 71), (143, 71), (142, 71), (282, 71), (144, 71), (130, 80), (127, 84), (123, 85), (154, 98), (146, 99), (145, 100), (149, 105), (150, 104), (153, 103), (128, 38), (266, 158), (243, 53), (134, 91), (61, 38), (135, 89), (283, 89), (140, 71), (284, 71), (246, 45), (247, 109), (104, 70), (147, 71), (233, 138), (21, 19), (98, 72), (230, 41), (14, 19), (53, 32), (210, 41), (1, 8), (55, 1), (277, 41), (17, 19), (45, 16), (34, 12), (35, 17), (188, 110), (76, 50), (89, 62), (77, 51), (190, 71), (271, 95), (157, 93), (90, 66), (111, 65), (285, 65), (286, 41), (95, 67), (96, 68), (97, 3), (116, 63), (117, 77), (40, 12), (189, 71), (138, 95), (269, 95), (20, 19), (133, 90), (197, 51), (75, 49), (46, 28), (105, 70), (107, 70), (178, 71), (179, 86), (181, 71), (182, 117), (176, 109), (193, 116), (180, 86), (13, 19), (38, 26), (31, 25), (32, 25), (224, 133), (225, 132), (223, 129), (170, 71), (171, 86), (254, 153), (259, 68), (19, 19), (58, 31), (69, 43), (120, 71), (132, 78), (136, 88), (148, 71), (205, 126), (204, 127), (201, 85), (203, 71), (118, 83), (121, 71), (122, 71), (268, 95), (152, 53), (195, 51), (200, 120), (198, 121), (196, 122), (174, 115), (175, 114), (192, 113), (187, 109), (186, 74), (78, 52), (64, 45), (16, 19), (23, 20), (112, 69), (287, 69), (12, 9), (87, 51), (274, 86), (272, 86), (273, 86), (173, 51), (60, 37), (36, 21), (73, 23), (82, 59), (39, 27), (33, 25), (160, 92), (213, 106), (209, 124), (206, 74), (126, 82), (159, 96), (212, 123), (114, 76), (18, 19), (56, 29), (237, 141), (109, 74), (236, 141), (238, 142), (231, 139), (215, 128), (227, 130), (229, 135), (235, 137), (184, 71), (214, 129), (183, 45), (226, 131), (232, 41), (239, 140), (240, 143), (110, 2), (47, 2), (242, 144), (244, 145), (248, 146), (249, 148), (49, 4), (11, 7), (252, 149), (251, 150), (44, 15), (43, 5), (86, 56), (115, 64), (177, 86), (51, 35), (65, 44), (228, 136), (84, 61), (261, 68), (288, 90), (289, 90), (139, 95), (270, 95), (108, 73), (164, 41), (163, 71), (169, 112), (161, 74), (102, 74), (162, 45), (191, 111), (124, 3), (103, 3), (48, 3), (3, 11), (7, 10), (234, 138), (99, 68), (258, 151), (262, 154), (265, 155), (267, 157), (255, 68), (257, 68), (83, 60), (30, 25), (29, 25), (37, 22), (24, 12), (26, 23), (27, 25), (25, 24), (28, 12), (2, 12), (15, 19), (217, 41), (218, 72), (222, 45), (220, 134), (221, 71), (219, 68)]
GRAMMARS = [
    ('c', [[(1, 55, 1, 1, False)], [(1, 56, 29, 2, False)], [(1, 57, 30, 3, False), (1, 58, 31, 4, False)], [(2,)], [(2,)]]),
    ('c', [[(1, 47, 2, 1, False)], [(1, 48, 3, 2, False)], [(1, 49, 4, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 43, 5, 2, False)], [(1, 43, 5, 2, False)], [(1, 44, 15, 3, False)], [(1, 45, 16, 4, False), (1, 46, 28, 5, True), (2,)], [(1, 46, 28, 5, True), (2,)], [(1, 46, 28, 5, True), (2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 10, 6, 2, False)], [(1, 10, 6, 2, False)], [(1, 11, 7, 3, False)], [(1, 12, 9, 4, True)], [(1, 12, 9, 5, True), (2,)], [(1, 12, 9, 5, True), (2,)]]),
    ('c', [[(0, 0, 2, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(0, 0, 2, 1)], [(1, 1, 8, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(0, 4, 2, 1), (0, 5, 2, 2), (0, 6, 2, 3), (1, 7, 10, 4, False), (1, 8, 13, 5, False)], [(0, 5, 2, 2), (0, 6, 2, 3), (1, 7, 10, 4, False), (1, 8, 13, 5, False)], [(0, 6, 2, 3), (1, 7, 10, 4, False), (1, 8, 13, 5, False)], [(1, 7, 10, 4, False), (1, 8, 13, 5, False)], [(1, 8, 13, 5, False)], [(1, 9, 14, 6, False)], [(2,)]]),
    ('c', [[(1, 3, 11, 1, True)], [(1, 3, 11, 2, True), (2,)], [(1, 3, 11, 2, True), (2,)]]),
    ('c', [[(0, 0, 2, 1)], [(1, 2, 12, 3, False), (4, 2), (2,), (5, 1)], [(1, 2, 12, 3, False), (4, 2), (2,), (5, 2)], [(1, 2, 12, 3, False), (4, 2), (2,), (5, 3)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('c', [[(0, 0, 2, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('v', [[(0, 4, 2, 1), (3, 4, 2)], [(3, 4, 2)], [(2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 34, 12, 2, False), (1, 35, 17, 3, False), (1, 36, 21, 4, False), (1, 37, 22, 5, False), (1, 38, 26, 6, False), (1, 39, 27, 7, False), (1, 40, 12, 8, False), (4, 9), (5, 1)], [(1, 34, 12, 2, False), (1, 35, 17, 3, False), (1, 36, 21, 4, False), (1, 37, 22, 5, False), (1, 38, 26, 6, False), (1, 39, 27, 7, False), (1, 40, 12, 8, False), (4, 9), (5, 1)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 2)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 3)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 4)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 5)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 6)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 7)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 8)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 9)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 10)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 11)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 12)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 13)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 14)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 15)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 16)], [(1, 34, 12, 10, False), (1, 35, 17, 11, False), (1, 36, 21, 12, False), (1, 37, 22, 13, False), (1, 38, 26, 14, False), (1, 39, 27, 15, False), (1, 40, 12, 16, False), (4, 17), (2,), (5, 17)]]),
    ('c', [[(1, 22, 18, 1, False), (1, 23, 20, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 13, 19, 1, False), (1, 14, 19, 2, False), (1, 15, 19, 3, False)], [(1, 16, 19, 4, False)], [(1, 15, 19, 3, False)], [(1, 17, 19, 5, False), (1, 18, 19, 6, False), (2,)], [(1, 14, 19, 2, False), (1, 15, 19, 3, False)], [(1, 18, 19, 6, False), (2,)], [(1, 19, 19, 7, False)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('c', [[(1, 20, 19, 1, False)], [(1, 21, 19, 2, False)], [(2,)]]),
    ('c', [[(0, 5, 2, 1), (0, 6, 2, 2), (1, 7, 10, 3, False), (2,)], [(0, 6, 2, 2), (1, 7, 10, 3, False), (2,)], [(1, 7, 10, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 26, 23, 1, False), (1, 27, 25, 2, False), (1, 28, 12, 3, False), (1, 29, 25, 4, False), (1, 30, 25, 5, False), (4, 6)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)], [(1, 26, 23, 7, False), (1, 27, 25, 8, False), (1, 28, 12, 9, False), (1, 29, 25, 10, False), (1, 30, 25, 11, False), (4, 12), (2,)]]),
    ('c', [[(1, 24, 12, 1, False)], [(1, 25, 24, 2, False)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('c', [[(1, 31, 25, 1, False), (1, 32, 25, 2, False)], [(1, 32, 25, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 33, 25, 1, False)], [(1, 33, 25, 3, False), (4, 2), (2,)], [(1, 33, 25, 3, False), (2,)], [(1, 33, 25, 3, False), (4, 4), (2,)], [(1, 33, 25, 3, False), (2,)]]),
    ('c', [[(0, 41, 2, 1), (0, 4, 2, 2), (0, 42, 2, 3), (4, 4), (2,), (5, 3)], [(0, 4, 2, 2), (0, 42, 2, 3), (4, 4), (2,), (5, 3)], [(0, 42, 2, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(0, 52, 2, 1)], [(1, 53, 32, 2, False)], [(1, 54, 33, 3, False)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('c', [[(1, 50, 34, 1, False)], [(1, 51, 35, 2, False)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('c', [[(1, 50, 34, 1, True)], [(1, 50, 34, 2, True), (2,)], [(1, 50, 34, 3, True), (2,)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 61, 38, 3, False)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 66, 29, 3, True)], [(1, 66, 29, 4, True), (1, 67, 41, 5, False)], [(1, 67, 41, 5, False)], [(1, 68, 42, 6, False), (1, 69, 43, 7, False)], [(2,)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 53, 32, 1, False)], [(1, 65, 44, 2, False), (2,)], [(2,)]]),
    ('c', [[(1, 64, 45, 1, True)], [(1, 64, 45, 2, True), (2,)], [(1, 64, 45, 3, True), (2,)], [(1, 64, 45, 4, True), (2,)], [(1, 64, 45, 5, True), (2,)], [(1, 64, 45, 6, True), (2,)], [(1, 64, 45, 7, True), (2,)], [(1, 64, 45, 8, True), (2,)], [(1, 64, 45, 9, True), (2,)], [(1, 64, 45, 10, True), (2,)], [(1, 64, 45, 11, True), (2,)], [(1, 64, 45, 12, True), (2,)], [(1, 64, 45, 13, True), (2,)], [(1, 64, 45, 14, True), (2,)], [(1, 64, 45, 15, True), (2,)], [(1, 64, 45, 16, True), (2,)], [(1, 64, 45, 17, True), (2,)], [(1, 64, 45, 18, True), (2,)], [(1, 64, 45, 19, True), (2,)], [(1, 64, 45, 20, True), (2,)], [(1, 64, 45, 21, True), (2,)], [(1, 64, 45, 22, True), (2,)], [(1, 64, 45, 23, True), (2,)], [(1, 64, 45, 24, True), (2,)], [(1, 64, 45, 25, True), (2,)], [(1, 64, 45, 26, True), (2,)], [(1, 64, 45, 27, True), (2,)], [(1, 64, 45, 28, True), (2,)], [(1, 64, 45, 29, True), (2,)], [(1, 64, 45, 30, True), (2,)], [(1, 64, 45, 31, True), (2,)], [(1, 64, 45, 32, True), (2,)], [(1, 64, 45, 33, True), (2,)], [(1, 64, 45, 34, True), (2,)], [(1, 64, 45, 35, True), (2,)], [(1, 64, 45, 36, True), (2,)], [(1, 64, 45, 37, True), (2,)], [(1, 64, 45, 38, True), (2,)], [(1, 64, 45, 39, True), (2,)], [(1, 64, 45, 40, True), (2,)], [(1, 64, 45, 41, True), (2,)], [(1, 64, 45, 42, True), (2,)], [(1, 64, 45, 43, True), (2,)], [(1, 64, 45, 44, True), (2,)], [(1, 64, 45, 45, True), (2,)], [(1, 64, 45, 46, True), (2,)], [(1, 64, 45, 47, True), (2,)], [(1, 64, 45, 48, True), (2,)], [(1, 64, 45, 49, True), (2,)], [(1, 64, 45, 50, True), (2,)], [(1, 64, 45, 51, True), (2,)], [(1, 64, 45, 52, True), (2,)], [(1, 64, 45, 53, True), (2,)], [(1, 64, 45, 54, True), (2,)], [(1, 64, 45, 55, True), (2,)], [(1, 64, 45, 56, True), (2,)], [(1, 64, 45, 57, True), (2,)], [(1, 64, 45, 58, True), (2,)], [(1, 64, 45, 59, True), (2,)], [(1, 64, 45, 60, True), (2,)], [(1, 64, 45, 61, True), (2,)], [(1, 64, 45, 62, True), (2,)], [(1, 64, 45, 63, True), (2,)], [(1, 64, 45, 64, True), (2,)], [(1, 64, 45, 65, True), (2,)], [(1, 64, 45, 66, True), (2,)], [(1, 64, 45, 67, True), (2,)], [(1, 64, 45, 68, True), (2,)], [(1, 64, 45, 69, True), (2,)], [(1, 64, 45, 70, True), (2,)], [(1, 64, 45, 71, True), (2,)], [(1, 64, 45, 72, True), (2,)], [(1, 64, 45, 73, True), (2,)], [(1, 64, 45, 74, True), (2,)], [(1, 64, 45, 75, True), (2,)], [(1, 64, 45, 76, True), (2,)], [(1, 64, 45, 77, True), (2,)], [(1, 64, 45, 78, True), (2,)], [(1, 64, 45, 79, True), (2,)], [(1, 64, 45, 80, True), (2,)], [(1, 64, 45, 81, True), (2,)], [(1, 64, 45, 82, True), (2,)], [(1, 64, 45, 83, True), (2,)], [(1, 64, 45, 84, True), (2,)], [(1, 64, 45, 85, True), (2,)], [(1, 64, 45, 86, True), (2,)], [(1, 64, 45, 87, True), (2,)], [(1, 64, 45, 88, True), (2,)], [(1, 64, 45, 89, True), (2,)], [(1, 64, 45, 90, True), (2,)], [(1, 64, 45, 91, True), (2,)], [(1, 64, 45, 92, True), (2,)], [(1, 64, 45, 93, True), (2,)], [(1, 64, 45, 94, True), (2,)], [(1, 64, 45, 95, True), (2,)], [(1, 64, 45, 96, True), (2,)], [(1, 64, 45, 97, True), (2,)], [(1, 64, 45, 98, True), (2,)], [(1, 64, 45, 99, True), (2,)], [(1, 64, 45, 100, True), (2,)], [(1, 64, 45, 101, True), (2,)], [(1, 64, 45, 102, True), (2,)], [(1, 64, 45, 103, True), (2,)], [(1, 64, 45, 104, True), (2,)], [(1, 64, 45, 105, True), (2,)], [(1, 64, 45, 106, True), (2,)], [(1, 64, 45, 107, True), (2,)], [(1, 64, 45, 108, True), (2,)], [(1, 64, 45, 109, True), (2,)], [(1, 64, 45, 110, True), (2,)], [(1, 64, 45, 111, True), (2,)], [(1, 64, 45, 112, True), (2,)], [(1, 64, 45, 113, True), (2,)], [(1, 64, 45, 114, True), (2,)], [(1, 64, 45, 115, True), (2,)], [(1, 64, 45, 116, True), (2,)], [(1, 64, 45, 117, True), (2,)], [(1, 64, 45, 118, True), (2,)], [(1, 64, 45, 119, True), (2,)], [(1, 64, 45, 120, True), (2,)], [(1, 64, 45, 121, True), (2,)], [(1, 64, 45, 122, True), (2,)], [(1, 64, 45, 123, True), (2,)], [(1, 64, 45, 124, True), (2,)], [(1, 64, 45, 125, True), (2,)], [(1, 64, 45, 126, True), (2,)], [(1, 64, 45, 127, True), (2,)], [(1, 64, 45, 128, True), (2,)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 75, 49, 2, False)], [(1, 76, 50, 3, False)], [(1, 77, 51, 4, False)], [(1, 78, 52, 5, False), (2,)], [(2,)]]),
    ('c', [[(0, 52, 2, 1)], [(1, 50, 34, 2, False)], [(1, 51, 35, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 73, 23, 1, True)], [(1, 73, 23, 2, True), (2,)], [(1, 73, 23, 3, True), (2,)], [(1, 73, 23, 4, True), (2,)], [(1, 73, 23, 5, True), (2,)], [(1, 73, 23, 6, True), (2,)], [(1, 73, 23, 7, True), (2,)], [(1, 73, 23, 8, True), (2,)], [(1, 73, 23, 9, True), (2,)], [(1, 73, 23, 10, True), (2,)], [(1, 73, 23, 11, True), (2,)], [(1, 73, 23, 12, True), (2,)], [(1, 73, 23, 13, True), (2,)], [(1, 73, 23, 14, True), (2,)], [(1, 73, 23, 15, True), (2,)], [(1, 73, 23, 16, True), (2,)], [(1, 73, 23, 17, True), (2,)], [(1, 73, 23, 18, True), (2,)], [(1, 73, 23, 19, True), (2,)], [(1, 73, 23, 20, True), (2,)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('c', [[(1, 74, 53, 1, True)], [(1, 74, 53, 2, True), (2,)], [(1, 74, 53, 3, True), (2,)], [(1, 74, 53, 4, True), (2,)], [(1, 74, 53, 5, True), (2,)], [(1, 74, 53, 6, True), (2,)], [(1, 74, 53, 7, True), (2,)], [(1, 74, 53, 8, True), (2,)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 61, 38, 3, False)], [(1, 85, 55, 4, False)], [(1, 86, 56, 5, False)], [(1, 87, 51, 6, False)], [(2,)]]),
    ('c', [[(1, 50, 34, 1, False)], [(1, 51, 35, 2, False), (2,)], [(2,)]]),
    ('c', [[(0, 52, 2, 1)], [(1, 54, 33, 2, False)], [(1, 80, 57, 3, False)], [(1, 81, 58, 4, False)], [(1, 82, 59, 5, False), (1, 83, 60, 6, False), (1, 84, 61, 7, False)], [(2,)], [(2,)], [(2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('s', [[(3, 17, 1)], [(2,)]]),
    ('s', [[(3, 18, 1)], [(2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 12, 9, 2, True)], [(1, 12, 9, 2, True)], [(1, 12, 9, 3, True), (2,)], [(1, 12, 9, 3, True), (2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 115, 64, 2, False)], [(2,)]]),
    ('c', [[(0, 52, 2, 1)], [(1, 110, 2, 2, False)], [(1, 111, 65, 3, False)], [(1, 112, 69, 4, False), (1, 113, 75, 5, False), (1, 114, 76, 6, False)], [(1, 113, 75, 5, False), (1, 114, 76, 6, False)], [(2,)], [(2,)]]),
    ('c', [[(1, 90, 66, 1, False)], [(1, 91, 3, 2, False)], [(1, 92, 3, 3, False), (1, 93, 3, 4, False), (1, 94, 3, 5, False), (1, 95, 67, 6, False), (1, 96, 68, 7, False), (1, 97, 3, 8, False), (2,)], [(1, 93, 3, 4, False), (1, 94, 3, 5, False), (1, 95, 67, 6, False), (1, 96, 68, 7, False), (1, 97, 3, 8, False), (2,)], [(1, 94, 3, 5, False), (1, 95, 67, 6, False), (1, 96, 68, 7, False), (1, 97, 3, 8, False), (2,)], [(1, 95, 67, 6, False), (1, 96, 68, 7, False), (1, 97, 3, 8, False), (2,)], [(1, 96, 68, 7, False), (1, 97, 3, 8, False), (2,)], [(1, 97, 3, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 20, 1)], [(2,)]]),
    ('s', [[(3, 21, 1)], [(2,)]]),
    ('c', [[(1, 103, 3, 1, False)], [(1, 104, 70, 2, False), (1, 105, 70, 3, False), (1, 106, 70, 4, False), (1, 107, 70, 5, False), (1, 108, 73, 6, True), (2,)], [(1, 105, 70, 3, False), (1, 106, 70, 4, False), (1, 107, 70, 5, False), (1, 108, 73, 6, True), (2,)], [(1, 106, 70, 4, False), (1, 107, 70, 5, False), (1, 108, 73, 6, True), (2,)], [(1, 107, 70, 5, False), (1, 108, 73, 6, True), (2,)], [(1, 108, 73, 6, True), (2,)], [(1, 108, 73, 7, True), (2,)], [(1, 108, 73, 8, True), (2,)], [(1, 108, 73, 9, True), (2,)], [(1, 108, 73, 10, True), (2,)], [(1, 108, 73, 11, True), (2,)], [(1, 108, 73, 12, True), (2,)], [(1, 108, 73, 13, True), (2,)], [(1, 108, 73, 14, True), (2,)], [(1, 108, 73, 15, True), (2,)], [(2,)]]),
    ('c', [[(1, 100, 71, 1, False)], [(1, 101, 71, 2, False)], [(2,)]]),
    ('c', [[(1, 98, 72, 1, False)], [(1, 99, 68, 2, False)], [(2,)]]),
    ('s', [[(3, 22, 1)], [(2,)]]),
    ('c', [[(1, 102, 74, 1, False)], [(1, 100, 71, 2, False)], [(2,)]]),
    ('s', [[(3, 23, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 109, 74, 1, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 128, 38, 2, False)], [(1, 129, 79, 3, False)], [(1, 130, 80, 4, False), (1, 131, 87, 5, False), (2,)], [(1, 131, 87, 5, False), (2,)], [(2,)]]),
    ('s', [[(3, 24, 1)], [(2,)]]),
    ('c', [[(1, 124, 3, 1, False)], [(1, 125, 81, 2, False), (1, 126, 82, 3, False)], [(1, 127, 84, 4, False)], [(1, 127, 84, 4, False)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 109, 74, 1, False)], [(1, 118, 83, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 25, 1)], [(2,)]]),
    ('c', [[(1, 123, 85, 1, True)], [(1, 123, 85, 2, True), (2,)], [(1, 123, 85, 3, True), (2,)], [(1, 123, 85, 4, True), (2,)], [(1, 123, 85, 5, True), (2,)], [(1, 123, 85, 6, True), (2,)], [(1, 123, 85, 7, True), (2,)], [(1, 123, 85, 8, True), (2,)], [(1, 123, 85, 9, True), (2,)], [(1, 123, 85, 10, True), (2,)], [(1, 123, 85, 11, True), (2,)], [(1, 123, 85, 12, True), (2,)], [(1, 123, 85, 13, True), (2,)], [(1, 123, 85, 14, True), (2,)], [(1, 123, 85, 15, True), (2,)], [(1, 123, 85, 16, True), (2,)], [(1, 123, 85, 17, True), (2,)], [(1, 123, 85, 18, True), (2,)], [(1, 123, 85, 19, True), (2,)], [(1, 123, 85, 20, True), (2,)], [(1, 123, 85, 21, True), (2,)], [(1, 123, 85, 22, True), (2,)], [(1, 123, 85, 23, True), (2,)], [(1, 123, 85, 24, True), (2,)], [(1, 123, 85, 25, True), (2,)], [(1, 123, 85, 26, True), (2,)], [(1, 123, 85, 27, True), (2,)], [(1, 123, 85, 28, True), (2,)], [(1, 123, 85, 29, True), (2,)], [(1, 123, 85, 30, True), (2,)], [(1, 123, 85, 31, True), (2,)], [(1, 123, 85, 32, True), (2,)], [(1, 123, 85, 33, True), (2,)], [(1, 123, 85, 34, True), (2,)], [(1, 123, 85, 35, True), (2,)], [(1, 123, 85, 36, True), (2,)], [(1, 123, 85, 37, True), (2,)], [(1, 123, 85, 38, True), (2,)], [(1, 123, 85, 39, True), (2,)], [(1, 123, 85, 40, True), (2,)], [(1, 123, 85, 41, True), (2,)], [(1, 123, 85, 42, True), (2,)], [(1, 123, 85, 43, True), (2,)], [(1, 123, 85, 44, True), (2,)], [(1, 123, 85, 45, True), (2,)], [(1, 123, 85, 46, True), (2,)], [(1, 123, 85, 47, True), (2,)], [(1, 123, 85, 48, True), (2,)], [(1, 123, 85, 49, True), (2,)], [(1, 123, 85, 50, True), (2,)], [(1, 123, 85, 51, True), (2,)], [(1, 123, 85, 52, True), (2,)], [(1, 123, 85, 53, True), (2,)], [(1, 123, 85, 54, True), (2,)], [(1, 123, 85, 55, True), (2,)], [(1, 123, 85, 56, True), (2,)], [(1, 123, 85, 57, True), (2,)], [(1, 123, 85, 58, True), (2,)], [(1, 123, 85, 59, True), (2,)], [(1, 123, 85, 60, True), (2,)], [(1, 123, 85, 61, True), (2,)], [(1, 123, 85, 62, True), (2,)], [(1, 123, 85, 63, True), (2,)], [(1, 123, 85, 64, True), (2,)], [(1, 123, 85, 65, True), (2,)], [(1, 123, 85, 66, True), (2,)], [(1, 123, 85, 67, True), (2,)], [(1, 123, 85, 68, True), (2,)], [(1, 123, 85, 69, True), (2,)], [(1, 123, 85, 70, True), (2,)], [(1, 123, 85, 71, True), (2,)], [(1, 123, 85, 72, True), (2,)], [(1, 123, 85, 73, True), (2,)], [(1, 123, 85, 74, True), (2,)], [(1, 123, 85, 75, True), (2,)], [(1, 123, 85, 76, True), (2,)], [(1, 123, 85, 77, True), (2,)], [(1, 123, 85, 78, True), (2,)], [(1, 123, 85, 79, True), (2,)], [(1, 123, 85, 80, True), (2,)], [(1, 123, 85, 81, True), (2,)], [(1, 123, 85, 82, True), (2,)], [(1, 123, 85, 83, True), (2,)], [(1, 123, 85, 84, True), (2,)], [(1, 123, 85, 85, True), (2,)], [(1, 123, 85, 86, True), (2,)], [(1, 123, 85, 87, True), (2,)], [(1, 123, 85, 88, True), (2,)], [(1, 123, 85, 89, True), (2,)], [(1, 123, 85, 90, True), (2,)], [(1, 123, 85, 91, True), (2,)], [(1, 123, 85, 92, True), (2,)], [(1, 123, 85, 93, True), (2,)], [(1, 123, 85, 94, True), (2,)], [(1, 123, 85, 95, True), (2,)], [(1, 123, 85, 96, True), (2,)], [(1, 123, 85, 97, True), (2,)], [(1, 123, 85, 98, True), (2,)], [(1, 123, 85, 99, True), (2,)], [(1, 123, 85, 100, True), (2,)], [(1, 123, 85, 101, True), (2,)], [(1, 123, 85, 102, True), (2,)], [(1, 123, 85, 103, True), (2,)], [(1, 123, 85, 104, True), (2,)], [(1, 123, 85, 105, True), (2,)], [(1, 123, 85, 106, True), (2,)], [(1, 123, 85, 107, True), (2,)], [(1, 123, 85, 108, True), (2,)], [(1, 123, 85, 109, True), (2,)], [(1, 123, 85, 110, True), (2,)], [(1, 123, 85, 111, True), (2,)], [(1, 123, 85, 112, True), (2,)], [(1, 123, 85, 113, True), (2,)], [(1, 123, 85, 114, True), (2,)], [(1, 123, 85, 115, True), (2,)], [(1, 123, 85, 116, True), (2,)], [(1, 123, 85, 117, True), (2,)], [(1, 123, 85, 118, True), (2,)], [(1, 123, 85, 119, True), (2,)], [(1, 123, 85, 120, True), (2,)], [(1, 123, 85, 121, True), (2,)], [(1, 123, 85, 122, True), (2,)], [(1, 123, 85, 123, True), (2,)], [(1, 123, 85, 124, True), (2,)], [(1, 123, 85, 125, True), (2,)], [(1, 123, 85, 126, True), (2,)], [(1, 123, 85, 127, True), (2,)], [(1, 123, 85, 128, True), (2,)], [(1, 123, 85, 129, True), (2,)], [(1, 123, 85, 130, True), (2,)], [(1, 123, 85, 131, True), (2,)], [(1, 123, 85, 132, True), (2,)], [(1, 123, 85, 133, True), (2,)], [(1, 123, 85, 134, True), (2,)], [(1, 123, 85, 135, True), (2,)], [(1, 123, 85, 136, True), (2,)], [(1, 123, 85, 137, True), (2,)], [(1, 123, 85, 138, True), (2,)], [(1, 123, 85, 139, True), (2,)], [(1, 123, 85, 140, True), (2,)], [(1, 123, 85, 141, True), (2,)], [(1, 123, 85, 142, True), (2,)], [(1, 123, 85, 143, True), (2,)], [(1, 123, 85, 144, True), (2,)], [(1, 123, 85, 145, True), (2,)], [(1, 123, 85, 146, True), (2,)], [(1, 123, 85, 147, True), (2,)], [(1, 123, 85, 148, True), (2,)], [(1, 123, 85, 149, True), (2,)], [(1, 123, 85, 150, True), (2,)], [(1, 123, 85, 151, True), (2,)], [(1, 123, 85, 152, True), (2,)], [(1, 123, 85, 153, True), (2,)], [(1, 123, 85, 154, True), (2,)], [(1, 123, 85, 155, True), (2,)], [(1, 123, 85, 156, True), (2,)], [(1, 123, 85, 157, True), (2,)], [(1, 123, 85, 158, True), (2,)], [(1, 123, 85, 159, True), (2,)], [(1, 123, 85, 160, True), (2,)], [(1, 123, 85, 161, True), (2,)], [(1, 123, 85, 162, True), (2,)], [(1, 123, 85, 163, True), (2,)], [(1, 123, 85, 164, True), (2,)], [(1, 123, 85, 165, True), (2,)], [(1, 123, 85, 166, True), (2,)], [(1, 123, 85, 167, True), (2,)], [(1, 123, 85, 168, True), (2,)], [(1, 123, 85, 169, True), (2,)], [(1, 123, 85, 170, True), (2,)], [(1, 123, 85, 171, True), (2,)], [(1, 123, 85, 172, True), (2,)], [(1, 123, 85, 173, True), (2,)], [(1, 123, 85, 174, True), (2,)], [(1, 123, 85, 175, True), (2,)], [(1, 123, 85, 176, True), (2,)], [(1, 123, 85, 177, True), (2,)], [(1, 123, 85, 178, True), (2,)], [(1, 123, 85, 179, True), (2,)], [(1, 123, 85, 180, True), (2,)], [(1, 123, 85, 181, True), (2,)], [(1, 123, 85, 182, True), (2,)], [(1, 123, 85, 183, True), (2,)], [(1, 123, 85, 184, True), (2,)], [(1, 123, 85, 185, True), (2,)], [(1, 123, 85, 186, True), (2,)], [(1, 123, 85, 187, True), (2,)], [(1, 123, 85, 188, True), (2,)], [(1, 123, 85, 189, True), (2,)], [(1, 123, 85, 190, True), (2,)], [(1, 123, 85, 191, True), (2,)], [(1, 123, 85, 192, True), (2,)], [(1, 123, 85, 193, True), (2,)], [(1, 123, 85, 194, True), (2,)], [(1, 123, 85, 195, True), (2,)], [(1, 123, 85, 196, True), (2,)], [(1, 123, 85, 197, True), (2,)], [(1, 123, 85, 198, True), (2,)], [(1, 123, 85, 199, True), (2,)], [(1, 123, 85, 200, True), (2,)], [(1, 123, 85, 201, True), (2,)], [(1, 123, 85, 202, True), (2,)], [(1, 123, 85, 203, True), (2,)], [(1, 123, 85, 204, True), (2,)], [(1, 123, 85, 205, True), (2,)], [(1, 123, 85, 206, True), (2,)], [(1, 123, 85, 207, True), (2,)], [(1, 123, 85, 208, True), (2,)], [(1, 123, 85, 209, True), (2,)], [(1, 123, 85, 210, True), (2,)], [(1, 123, 85, 211, True), (2,)], [(1, 123, 85, 212, True), (2,)], [(1, 123, 85, 213, True), (2,)], [(1, 123, 85, 214, True), (2,)], [(1, 123, 85, 215, True), (2,)], [(1, 123, 85, 216, True), (2,)], [(1, 123, 85, 217, True), (2,)], [(1, 123, 85, 218, True), (2,)], [(1, 123, 85, 219, True), (2,)], [(1, 123, 85, 220, True), (2,)], [(1, 123, 85, 221, True), (2,)], [(1, 123, 85, 222, True), (2,)], [(1, 123, 85, 223, True), (2,)], [(1, 123, 85, 224, True), (2,)], [(1, 123, 85, 225, True), (2,)], [(1, 123, 85, 226, True), (2,)], [(1, 123, 85, 227, True), (2,)], [(1, 123, 85, 228, True), (2,)], [(1, 123, 85, 229, True), (2,)], [(1, 123, 85, 230, True), (2,)], [(1, 123, 85, 231, True), (2,)], [(1, 123, 85, 232, True), (2,)], [(1, 123, 85, 233, True), (2,)], [(1, 123, 85, 234, True), (2,)], [(1, 123, 85, 235, True), (2,)], [(1, 123, 85, 236, True), (2,)], [(1, 123, 85, 237, True), (2,)], [(1, 123, 85, 238, True), (2,)], [(1, 123, 85, 239, True), (2,)], [(1, 123, 85, 240, True), (2,)], [(1, 123, 85, 241, True), (2,)], [(1, 123, 85, 242, True), (2,)], [(1, 123, 85, 243, True), (2,)], [(1, 123, 85, 244, True), (2,)], [(1, 123, 85, 245, True), (2,)], [(1, 123, 85, 246, True), (2,)], [(1, 123, 85, 247, True), (2,)], [(1, 123, 85, 248, True), (2,)], [(1, 123, 85, 249, True), (2,)], [(1, 123, 85, 250, True), (2,)], [(1, 123, 85, 251, True), (2,)], [(1, 123, 85, 252, True), (2,)], [(1, 123, 85, 253, True), (2,)], [(1, 123, 85, 254, True), (2,)], [(1, 123, 85, 255, True), (2,)], [(1, 123, 85, 256, True), (2,)], [(1, 123, 85, 257, True), (2,)], [(1, 123, 85, 258, True), (2,)], [(1, 123, 85, 259, True), (2,)], [(1, 123, 85, 260, True), (2,)], [(1, 123, 85, 261, True), (2,)], [(1, 123, 85, 262, True), (2,)], [(1, 123, 85, 263, True), (2,)], [(1, 123, 85, 264, True), (2,)], [(1, 123, 85, 265, True), (2,)], [(1, 123, 85, 266, True), (2,)], [(1, 123, 85, 267, True), (2,)], [(1, 123, 85, 268, True), (2,)], [(1, 123, 85, 269, True), (2,)], [(1, 123, 85, 270, True), (2,)], [(1, 123, 85, 271, True), (2,)], [(1, 123, 85, 272, True), (2,)], [(1, 123, 85, 273, True), (2,)], [(1, 123, 85, 274, True), (2,)], [(1, 123, 85, 275, True), (2,)], [(1, 123, 85, 276, True), (2,)], [(1, 123, 85, 277, True), (2,)], [(1, 123, 85, 278, True), (2,)], [(1, 123, 85, 279, True), (2,)], [(1, 123, 85, 280, True), (2,)], [(1, 123, 85, 281, True), (2,)], [(1, 123, 85, 282, True), (2,)], [(1, 123, 85, 283, True), (2,)], [(1, 123, 85, 284, True), (2,)], [(1, 123, 85, 285, True), (2,)], [(1, 123, 85, 286, True), (2,)], [(1, 123, 85, 287, True), (2,)], [(1, 123, 85, 288, True), (2,)], [(1, 123, 85, 289, True), (2,)], [(1, 123, 85, 290, True), (2,)], [(1, 123, 85, 291, True), (2,)], [(1, 123, 85, 292, True), (2,)], [(1, 123, 85, 293, True), (2,)], [(1, 123, 85, 294, True), (2,)], [(1, 123, 85, 295, True), (2,)], [(1, 123, 85, 296, True), (2,)], [(1, 123, 85, 297, True), (2,)], [(1, 123, 85, 298, True), (2,)], [(1, 123, 85, 299, True), (2,)], [(1, 123, 85, 300, True), (2,)], [(1, 123, 85, 301, True), (2,)], [(1, 123, 85, 302, True), (2,)], [(1, 123, 85, 303, True), (2,)], [(1, 123, 85, 304, True), (2,)], [(1, 123, 85, 305, True), (2,)], [(1, 123, 85, 306, True), (2,)], [(1, 123, 85, 307, True), (2,)], [(1, 123, 85, 308, True), (2,)], [(1, 123, 85, 309, True), (2,)], [(1, 123, 85, 310, True), (2,)], [(1, 123, 85, 311, True), (2,)], [(1, 123, 85, 312, True), (2,)], [(1, 123, 85, 313, True), (2,)], [(1, 123, 85, 314, True), (2,)], [(1, 123, 85, 315, True), (2,)], [(1, 123, 85, 316, True), (2,)], [(1, 123, 85, 317, True), (2,)], [(1, 123, 85, 318, True), (2,)], [(1, 123, 85, 319, True), (2,)], [(1, 123, 85, 320, True), (2,)], [(1, 123, 85, 321, True), (2,)], [(1, 123, 85, 322, True), (2,)], [(1, 123, 85, 323, True), (2,)], [(1, 123, 85, 324, True), (2,)], [(1, 123, 85, 325, True), (2,)], [(1, 123, 85, 326, True), (2,)], [(1, 123, 85, 327, True), (2,)], [(1, 123, 85, 328, True), (2,)], [(1, 123, 85, 329, True), (2,)], [(1, 123, 85, 330, True), (2,)], [(1, 123, 85, 331, True), (2,)], [(1, 123, 85, 332, True), (2,)], [(1, 123, 85, 333, True), (2,)], [(1, 123, 85, 334, True), (2,)], [(1, 123, 85, 335, True), (2,)], [(1, 123, 85, 336, True), (2,)], [(1, 123, 85, 337, True), (2,)], [(1, 123, 85, 338, True), (2,)], [(1, 123, 85, 339, True), (2,)], [(1, 123, 85, 340, True), (2,)], [(1, 123, 85, 341, True), (2,)], [(1, 123, 85, 342, True), (2,)], [(1, 123, 85, 343, True), (2,)], [(1, 123, 85, 344, True), (2,)], [(1, 123, 85, 345, True), (2,)], [(1, 123, 85, 346, True), (2,)], [(1, 123, 85, 347, True), (2,)], [(1, 123, 85, 348, True), (2,)], [(1, 123, 85, 349, True), (2,)], [(1, 123, 85, 350, True), (2,)], [(1, 123, 85, 351, True), (2,)], [(1, 123, 85, 352, True), (2,)], [(1, 123, 85, 353, True), (2,)], [(1, 123, 85, 354, True), (2,)], [(1, 123, 85, 355, True), (2,)], [(1, 123, 85, 356, True), (2,)], [(1, 123, 85, 357, True), (2,)], [(1, 123, 85, 358, True), (2,)], [(1, 123, 85, 359, True), (2,)], [(1, 123, 85, 360, True), (2,)], [(1, 123, 85, 361, True), (2,)], [(1, 123, 85, 362, True), (2,)], [(1, 123, 85, 363, True), (2,)], [(1, 123, 85, 364, True), (2,)], [(1, 123, 85, 365, True), (2,)], [(1, 123, 85, 366, True), (2,)], [(1, 123, 85, 367, True), (2,)], [(1, 123, 85, 368, True), (2,)], [(1, 123, 85, 369, True), (2,)], [(1, 123, 85, 370, True), (2,)], [(1, 123, 85, 371, True), (2,)], [(1, 123, 85, 372, True), (2,)], [(1, 123, 85, 373, True), (2,)], [(1, 123, 85, 374, True), (2,)], [(1, 123, 85, 375, True), (2,)], [(1, 123, 85, 376, True), (2,)], [(1, 123, 85, 377, True), (2,)], [(1, 123, 85, 378, True), (2,)], [(1, 123, 85, 379, True), (2,)], [(1, 123, 85, 380, True), (2,)], [(1, 123, 85, 381, True), (2,)], [(1, 123, 85, 382, True), (2,)], [(1, 123, 85, 383, True), (2,)], [(1, 123, 85, 384, True), (2,)], [(1, 123, 85, 385, True), (2,)], [(1, 123, 85, 386, True), (2,)], [(1, 123, 85, 387, True), (2,)], [(1, 123, 85, 388, True), (2,)], [(1, 123, 85, 389, True), (2,)], [(1, 123, 85, 390, True), (2,)], [(1, 123, 85, 391, True), (2,)], [(1, 123, 85, 392, True), (2,)], [(1, 123, 85, 393, True), (2,)], [(1, 123, 85, 394, True), (2,)], [(1, 123, 85, 395, True), (2,)], [(1, 123, 85, 396, True), (2,)], [(1, 123, 85, 397, True), (2,)], [(1, 123, 85, 398, True), (2,)], [(1, 123, 85, 399, True), (2,)], [(1, 123, 85, 400, True), (2,)], [(1, 123, 85, 401, True), (2,)], [(1, 123, 85, 402, True), (2,)], [(1, 123, 85, 403, True), (2,)], [(1, 123, 85, 404, True), (2,)], [(1, 123, 85, 405, True), (2,)], [(1, 123, 85, 406, True), (2,)], [(1, 123, 85, 407, True), (2,)], [(1, 123, 85, 408, True), (2,)], [(1, 123, 85, 409, True), (2,)], [(1, 123, 85, 410, True), (2,)], [(1, 123, 85, 411, True), (2,)], [(1, 123, 85, 412, True), (2,)], [(1, 123, 85, 413, True), (2,)], [(1, 123, 85, 414, True), (2,)], [(1, 123, 85, 415, True), (2,)], [(1, 123, 85, 416, True), (2,)], [(1, 123, 85, 417, True), (2,)], [(1, 123, 85, 418, True), (2,)], [(1, 123, 85, 419, True), (2,)], [(1, 123, 85, 420, True), (2,)], [(1, 123, 85, 421, True), (2,)], [(1, 123, 85, 422, True), (2,)], [(1, 123, 85, 423, True), (2,)], [(1, 123, 85, 424, True), (2,)], [(1, 123, 85, 425, True), (2,)], [(1, 123, 85, 426, True), (2,)], [(1, 123, 85, 427, True), (2,)], [(1, 123, 85, 428, True), (2,)], [(1, 123, 85, 429, True), (2,)], [(1, 123, 85, 430, True), (2,)], [(1, 123, 85, 431, True), (2,)], [(1, 123, 85, 432, True), (2,)], [(1, 123, 85, 433, True), (2,)], [(1, 123, 85, 434, True), (2,)], [(1, 123, 85, 435, True), (2,)], [(1, 123, 85, 436, True), (2,)], [(1, 123, 85, 437, True), (2,)], [(1, 123, 85, 438, True), (2,)], [(1, 123, 85, 439, True), (2,)], [(1, 123, 85, 440, True), (2,)], [(1, 123, 85, 441, True), (2,)], [(1, 123, 85, 442, True), (2,)], [(1, 123, 85, 443, True), (2,)], [(1, 123, 85, 444, True), (2,)], [(1, 123, 85, 445, True), (2,)], [(1, 123, 85, 446, True), (2,)], [(1, 123, 85, 447, True), (2,)], [(1, 123, 85, 448, True), (2,)], [(1, 123, 85, 449, True), (2,)], [(1, 123, 85, 450, True), (2,)], [(1, 123, 85, 451, True), (2,)], [(1, 123, 85, 452, True), (2,)], [(1, 123, 85, 453, True), (2,)], [(1, 123, 85, 454, True), (2,)], [(1, 123, 85, 455, True), (2,)], [(1, 123, 85, 456, True), (2,)], [(1, 123, 85, 457, True), (2,)], [(1, 123, 85, 458, True), (2,)], [(1, 123, 85, 459, True), (2,)], [(1, 123, 85, 460, True), (2,)], [(1, 123, 85, 461, True), (2,)], [(1, 123, 85, 462, True), (2,)], [(1, 123, 85, 463, True), (2,)], [(1, 123, 85, 464, True), (2,)], [(1, 123, 85, 465, True), (2,)], [(1, 123, 85, 466, True), (2,)], [(1, 123, 85, 467, True), (2,)], [(1, 123, 85, 468, True), (2,)], [(1, 123, 85, 469, True), (2,)], [(1, 123, 85, 470, True), (2,)], [(1, 123, 85, 471, True), (2,)], [(1, 123, 85, 472, True), (2,)], [(1, 123, 85, 473, True), (2,)], [(1, 123, 85, 474, True), (2,)], [(1, 123, 85, 475, True), (2,)], [(1, 123, 85, 476, True), (2,)], [(1, 123, 85, 477, True), (2,)], [(1, 123, 85, 478, True), (2,)], [(1, 123, 85, 479, True), (2,)], [(1, 123, 85, 480, True), (2,)], [(1, 123, 85, 481, True), (2,)], [(1, 123, 85, 482, True), (2,)], [(1, 123, 85, 483, True), (2,)], [(1, 123, 85, 484, True), (2,)], [(1, 123, 85, 485, True), (2,)], [(1, 123, 85, 486, True), (2,)], [(1, 123, 85, 487, True), (2,)], [(1, 123, 85, 488, True), (2,)], [(1, 123, 85, 489, True), (2,)], [(1, 123, 85, 490, True), (2,)], [(1, 123, 85, 491, True), (2,)], [(1, 123, 85, 492, True), (2,)], [(1, 123, 85, 493, True), (2,)], [(1, 123, 85, 494, True), (2,)], [(1, 123, 85, 495, True), (2,)], [(1, 123, 85, 496, True), (2,)], [(1, 123, 85, 497, True), (2,)], [(1, 123, 85, 498, True), (2,)], [(1, 123, 85, 499, True), (2,)], [(1, 123, 85, 500, True), (2,)], [(1, 123, 85, 501, True), (2,)], [(1, 123, 85, 502, True), (2,)], [(1, 123, 85, 503, True), (2,)], [(1, 123, 85, 504, True), (2,)], [(1, 123, 85, 505, True), (2,)], [(1, 123, 85, 506, True), (2,)], [(1, 123, 85, 507, True), (2,)], [(1, 123, 85, 508, True), (2,)], [(1, 123, 85, 509, True), (2,)], [(1, 123, 85, 510, True), (2,)], [(1, 123, 85, 511, True), (2,)], [(1, 123, 85, 512, True), (2,)], [(1, 123, 85, 513, True), (2,)], [(1, 123, 85, 514, True), (2,)], [(1, 123, 85, 515, True), (2,)], [(1, 123, 85, 516, True), (2,)], [(1, 123, 85, 517, True), (2,)], [(1, 123, 85, 518, True), (2,)], [(1, 123, 85, 519, True), (2,)], [(1, 123, 85, 520, True), (2,)], [(1, 123, 85, 521, True), (2,)], [(1, 123, 85, 522, True), (2,)], [(1, 123, 85, 523, True), (2,)], [(1, 123, 85, 524, True), (2,)], [(1, 123, 85, 525, True), (2,)], [(1, 123, 85, 526, True), (2,)], [(1, 123, 85, 527, True), (2,)], [(1, 123, 85, 528, True), (2,)], [(1, 123, 85, 529, True), (2,)], [(1, 123, 85, 530, True), (2,)], [(1, 123, 85, 531, True), (2,)], [(1, 123, 85, 532, True), (2,)], [(1, 123, 85, 533, True), (2,)], [(1, 123, 85, 534, True), (2,)], [(1, 123, 85, 535, True), (2,)], [(1, 123, 85, 536, True), (2,)], [(1, 123, 85, 537, True), (2,)], [(1, 123, 85, 538, True), (2,)], [(1, 123, 85, 539, True), (2,)], [(1, 123, 85, 540, True), (2,)], [(1, 123, 85, 541, True), (2,)], [(1, 123, 85, 542, True), (2,)], [(1, 123, 85, 543, True), (2,)], [(1, 123, 85, 544, True), (2,)], [(1, 123, 85, 545, True), (2,)], [(1, 123, 85, 546, True), (2,)], [(1, 123, 85, 547, True), (2,)], [(1, 123, 85, 548, True), (2,)], [(1, 123, 85, 549, True), (2,)], [(1, 123, 85, 550, True), (2,)], [(1, 123, 85, 551, True), (2,)], [(1, 123, 85, 552, True), (2,)], [(1, 123, 85, 553, True), (2,)], [(1, 123, 85, 554, True), (2,)], [(1, 123, 85, 555, True), (2,)], [(1, 123, 85, 556, True), (2,)], [(1, 123, 85, 557, True), (2,)], [(1, 123, 85, 558, True), (2,)], [(1, 123, 85, 559, True), (2,)], [(1, 123, 85, 560, True), (2,)], [(1, 123, 85, 561, True), (2,)], [(1, 123, 85, 562, True), (2,)], [(1, 123, 85, 563, True), (2,)], [(1, 123, 85, 564, True), (2,)], [(1, 123, 85, 565, True), (2,)], [(1, 123, 85, 566, True), (2,)], [(1, 123, 85, 567, True), (2,)], [(1, 123, 85, 568, True), (2,)], [(1, 123, 85, 569, True), (2,)], [(1, 123, 85, 570, True), (2,)], [(1, 123, 85, 571, True), (2,)], [(1, 123, 85, 572, True), (2,)], [(1, 123, 85, 573, True), (2,)], [(1, 123, 85, 574, True), (2,)], [(1, 123, 85, 575, True), (2,)], [(1, 123, 85, 576, True), (2,)], [(1, 123, 85, 577, True), (2,)], [(1, 123, 85, 578, True), (2,)], [(1, 123, 85, 579, True), (2,)], [(1, 123, 85, 580, True), (2,)], [(1, 123, 85, 581, True), (2,)], [(1, 123, 85, 582, True), (2,)], [(1, 123, 85, 583, True), (2,)], [(1, 123, 85, 584, True), (2,)], [(1, 123, 85, 585, True), (2,)], [(1, 123, 85, 586, True), (2,)], [(1, 123, 85, 587, True), (2,)], [(1, 123, 85, 588, True), (2,)], [(1, 123, 85, 589, True), (2,)], [(1, 123, 85, 590, True), (2,)], [(1, 123, 85, 591, True), (2,)], [(1, 123, 85, 592, True), (2,)], [(1, 123, 85, 593, True), (2,)], [(1, 123, 85, 594, True), (2,)], [(1, 123, 85, 595, True), (2,)], [(1, 123, 85, 596, True), (2,)], [(1, 123, 85, 597, True), (2,)], [(1, 123, 85, 598, True), (2,)], [(1, 123, 85, 599, True), (2,)], [(1, 123, 85, 600, True), (2,)], [(1, 123, 85, 601, True), (2,)], [(1, 123, 85, 602, True), (2,)], [(1, 123, 85, 603, True), (2,)], [(1, 123, 85, 604, True), (2,)], [(1, 123, 85, 605, True), (2,)], [(1, 123, 85, 606, True), (2,)], [(1, 123, 85, 607, True), (2,)], [(1, 123, 85, 608, True), (2,)], [(1, 123, 85, 609, True), (2,)], [(1, 123, 85, 610, True), (2,)], [(1, 123, 85, 611, True), (2,)], [(1, 123, 85, 612, True), (2,)], [(1, 123, 85, 613, True), (2,)], [(1, 123, 85, 614, True), (2,)], [(1, 123, 85, 615, True), (2,)], [(1, 123, 85, 616, True), (2,)], [(1, 123, 85, 617, True), (2,)], [(1, 123, 85, 618, True), (2,)], [(1, 123, 85, 619, True), (2,)], [(1, 123, 85, 620, True), (2,)], [(1, 123, 85, 621, True), (2,)], [(1, 123, 85, 622, True), (2,)], [(1, 123, 85, 623, True), (2,)], [(1, 123, 85, 624, True), (2,)], [(1, 123, 85, 625, True), (2,)], [(1, 123, 85, 626, True), (2,)], [(1, 123, 85, 627, True), (2,)], [(1, 123, 85, 628, True), (2,)], [(1, 123, 85, 629, True), (2,)], [(1, 123, 85, 630, True), (2,)], [(1, 123, 85, 631, True), (2,)], [(1, 123, 85, 632, True), (2,)], [(1, 123, 85, 633, True), (2,)], [(1, 123, 85, 634, True), (2,)], [(1, 123, 85, 635, True), (2,)], [(1, 123, 85, 636, True), (2,)], [(1, 123, 85, 637, True), (2,)], [(1, 123, 85, 638, True), (2,)], [(1, 123, 85, 639, True), (2,)], [(1, 123, 85, 640, True), (2,)], [(1, 123, 85, 641, True), (2,)], [(1, 123, 85, 642, True), (2,)], [(1, 123, 85, 643, True), (2,)], [(1, 123, 85, 644, True), (2,)], [(1, 123, 85, 645, True), (2,)], [(1, 123, 85, 646, True), (2,)], [(1, 123, 85, 647, True), (2,)], [(1, 123, 85, 648, True), (2,)], [(1, 123, 85, 649, True), (2,)], [(1, 123, 85, 650, True), (2,)], [(1, 123, 85, 651, True), (2,)], [(1, 123, 85, 652, True), (2,)], [(1, 123, 85, 653, True), (2,)], [(1, 123, 85, 654, True), (2,)], [(1, 123, 85, 655, True), (2,)], [(1, 123, 85, 656, True), (2,)], [(1, 123, 85, 657, True), (2,)], [(1, 123, 85, 658, True), (2,)], [(1, 123, 85, 659, True), (2,)], [(1, 123, 85, 660, True), (2,)], [(1, 123, 85, 661, True), (2,)], [(1, 123, 85, 662, True), (2,)], [(1, 123, 85, 663, True), (2,)], [(1, 123, 85, 664, True), (2,)], [(1, 123, 85, 665, True), (2,)], [(1, 123, 85, 666, True), (2,)], [(1, 123, 85, 667, True), (2,)], [(1, 123, 85, 668, True), (2,)], [(1, 123, 85, 669, True), (2,)], [(1, 123, 85, 670, True), (2,)], [(1, 123, 85, 671, True), (2,)], [(1, 123, 85, 672, True), (2,)], [(1, 123, 85, 673, True), (2,)], [(1, 123, 85, 674, True), (2,)], [(1, 123, 85, 675, True), (2,)], [(1, 123, 85, 676, True), (2,)], [(1, 123, 85, 677, True), (2,)], [(1, 123, 85, 678, True), (2,)], [(1, 123, 85, 679, True), (2,)], [(1, 123, 85, 680, True), (2,)], [(1, 123, 85, 681, True), (2,)], [(1, 123, 85, 682, True), (2,)], [(1, 123, 85, 683, True), (2,)], [(1, 123, 85, 684, True), (2,)], [(1, 123, 85, 685, True), (2,)], [(1, 123, 85, 686, True), (2,)], [(1, 123, 85, 687, True), (2,)], [(1, 123, 85, 688, True), (2,)], [(1, 123, 85, 689, True), (2,)], [(1, 123, 85, 690, True), (2,)], [(1, 123, 85, 691, True), (2,)], [(1, 123, 85, 692, True), (2,)], [(1, 123, 85, 693, True), (2,)], [(1, 123, 85, 694, True), (2,)], [(1, 123, 85, 695, True), (2,)], [(1, 123, 85, 696, True), (2,)], [(1, 123, 85, 697, True), (2,)], [(1, 123, 85, 698, True), (2,)], [(1, 123, 85, 699, True), (2,)], [(1, 123, 85, 700, True), (2,)], [(1, 123, 85, 701, True), (2,)], [(1, 123, 85, 702, True), (2,)], [(1, 123, 85, 703, True), (2,)], [(1, 123, 85, 704, True), (2,)], [(1, 123, 85, 705, True), (2,)], [(1, 123, 85, 706, True), (2,)], [(1, 123, 85, 707, True), (2,)], [(1, 123, 85, 708, True), (2,)], [(1, 123, 85, 709, True), (2,)], [(1, 123, 85, 710, True), (2,)], [(1, 123, 85, 711, True), (2,)], [(1, 123, 85, 712, True), (2,)], [(1, 123, 85, 713, True), (2,)], [(1, 123, 85, 714, True), (2,)], [(1, 123, 85, 715, True), (2,)], [(1, 123, 85, 716, True), (2,)], [(1, 123, 85, 717, True), (2,)], [(1, 123, 85, 718, True), (2,)], [(1, 123, 85, 719, True), (2,)], [(1, 123, 85, 720, True), (2,)], [(1, 123, 85, 721, True), (2,)], [(1, 123, 85, 722, True), (2,)], [(1, 123, 85, 723, True), (2,)], [(1, 123, 85, 724, True), (2,)], [(1, 123, 85, 725, True), (2,)], [(1, 123, 85, 726, True), (2,)], [(1, 123, 85, 727, True), (2,)], [(1, 123, 85, 728, True), (2,)], [(1, 123, 85, 729, True), (2,)], [(1, 123, 85, 730, True), (2,)], [(1, 123, 85, 731, True), (2,)], [(1, 123, 85, 732, True), (2,)], [(1, 123, 85, 733, True), (2,)], [(1, 123, 85, 734, True), (2,)], [(1, 123, 85, 735, True), (2,)], [(1, 123, 85, 736, True), (2,)], [(1, 123, 85, 737, True), (2,)], [(1, 123, 85, 738, True), (2,)], [(1, 123, 85, 739, True), (2,)], [(1, 123, 85, 740, True), (2,)], [(1, 123, 85, 741, True), (2,)], [(1, 123, 85, 742, True), (2,)], [(1, 123, 85, 743, True), (2,)], [(1, 123, 85, 744, True), (2,)], [(1, 123, 85, 745, True), (2,)], [(1, 123, 85, 746, True), (2,)], [(1, 123, 85, 747, True), (2,)], [(1, 123, 85, 748, True), (2,)], [(1, 123, 85, 749, True), (2,)], [(1, 123, 85, 750, True), (2,)], [(1, 123, 85, 751, True), (2,)], [(1, 123, 85, 752, True), (2,)], [(1, 123, 85, 753, True), (2,)], [(1, 123, 85, 754, True), (2,)], [(1, 123, 85, 755, True), (2,)], [(1, 123, 85, 756, True), (2,)], [(1, 123, 85, 757, True), (2,)], [(1, 123, 85, 758, True), (2,)], [(1, 123, 85, 759, True), (2,)], [(1, 123, 85, 760, True), (2,)], [(1, 123, 85, 761, True), (2,)], [(1, 123, 85, 762, True), (2,)], [(1, 123, 85, 763, True), (2,)], [(1, 123, 85, 764, True), (2,)], [(1, 123, 85, 765, True), (2,)], [(1, 123, 85, 766, True), (2,)], [(1, 123, 85, 767, True), (2,)], [(1, 123, 85, 768, True), (2,)], [(1, 123, 85, 769, True), (2,)], [(1, 123, 85, 770, True), (2,)], [(1, 123, 85, 771, True), (2,)], [(1, 123, 85, 772, True), (2,)], [(1, 123, 85, 773, True), (2,)], [(1, 123, 85, 774, True), (2,)], [(1, 123, 85, 775, True), (2,)], [(1, 123, 85, 776, True), (2,)], [(1, 123, 85, 777, True), (2,)], [(1, 123, 85, 778, True), (2,)], [(1, 123, 85, 779, True), (2,)], [(1, 123, 85, 780, True), (2,)], [(1, 123, 85, 781, True), (2,)], [(1, 123, 85, 782, True), (2,)], [(1, 123, 85, 783, True), (2,)], [(1, 123, 85, 784, True), (2,)], [(1, 123, 85, 785, True), (2,)], [(1, 123, 85, 786, True), (2,)], [(1, 123, 85, 787, True), (2,)], [(1, 123, 85, 788, True), (2,)], [(1, 123, 85, 789, True), (2,)], [(1, 123, 85, 790, True), (2,)], [(1, 123, 85, 791, True), (2,)], [(1, 123, 85, 792, True), (2,)], [(1, 123, 85, 793, True), (2,)], [(1, 123, 85, 794, True), (2,)], [(1, 123, 85, 795, True), (2,)], [(1, 123, 85, 796, True), (2,)], [(1, 123, 85, 797, True), (2,)], [(1, 123, 85, 798, True), (2,)], [(1, 123, 85, 799, True), (2,)], [(1, 123, 85, 800, True), (2,)], [(1, 123, 85, 801, True), (2,)], [(1, 123, 85, 802, True), (2,)], [(1, 123, 85, 803, True), (2,)], [(1, 123, 85, 804, True), (2,)], [(1, 123, 85, 805, True), (2,)], [(1, 123, 85, 806, True), (2,)], [(1, 123, 85, 807, True), (2,)], [(1, 123, 85, 808, True), (2,)], [(1, 123, 85, 809, True), (2,)], [(1, 123, 85, 810, True), (2,)], [(1, 123, 85, 811, True), (2,)], [(1, 123, 85, 812, True), (2,)], [(1, 123, 85, 813, True), (2,)], [(1, 123, 85, 814, True), (2,)], [(1, 123, 85, 815, True), (2,)], [(1, 123, 85, 816, True), (2,)], [(1, 123, 85, 817, True), (2,)], [(1, 123, 85, 818, True), (2,)], [(1, 123, 85, 819, True), (2,)], [(1, 123, 85, 820, True), (2,)], [(1, 123, 85, 821, True), (2,)], [(1, 123, 85, 822, True), (2,)], [(1, 123, 85, 823, True), (2,)], [(1, 123, 85, 824, True), (2,)], [(1, 123, 85, 825, True), (2,)], [(1, 123, 85, 826, True), (2,)], [(1, 123, 85, 827, True), (2,)], [(1, 123, 85, 828, True), (2,)], [(1, 123, 85, 829, True), (2,)], [(1, 123, 85, 830, True), (2,)], [(1, 123, 85, 831, True), (2,)], [(1, 123, 85, 832, True), (2,)], [(1, 123, 85, 833, True), (2,)], [(1, 123, 85, 834, True), (2,)], [(1, 123, 85, 835, True), (2,)], [(1, 123, 85, 836, True), (2,)], [(1, 123, 85, 837, True), (2,)], [(1, 123, 85, 838, True), (2,)], [(1, 123, 85, 839, True), (2,)], [(1, 123, 85, 840, True), (2,)], [(1, 123, 85, 841, True), (2,)], [(1, 123, 85, 842, True), (2,)], [(1, 123, 85, 843, True), (2,)], [(1, 123, 85, 844, True), (2,)], [(1, 123, 85, 845, True), (2,)], [(1, 123, 85, 846, True), (2,)], [(1, 123, 85, 847, True), (2,)], [(1, 123, 85, 848, True), (2,)], [(1, 123, 85, 849, True), (2,)], [(1, 123, 85, 850, True), (2,)], [(1, 123, 85, 851, True), (2,)], [(1, 123, 85, 852, True), (2,)], [(1, 123, 85, 853, True), (2,)], [(1, 123, 85, 854, True), (2,)], [(1, 123, 85, 855, True), (2,)], [(1, 123, 85, 856, True), (2,)], [(1, 123, 85, 857, True), (2,)], [(1, 123, 85, 858, True), (2,)], [(1, 123, 85, 859, True), (2,)], [(1, 123, 85, 860, True), (2,)], [(1, 123, 85, 861, True), (2,)], [(1, 123, 85, 862, True), (2,)], [(1, 123, 85, 863, True), (2,)], [(1, 123, 85, 864, True), (2,)], [(1, 123, 85, 865, True), (2,)], [(1, 123, 85, 866, True), (2,)], [(1, 123, 85, 867, True), (2,)], [(1, 123, 85, 868, True), (2,)], [(1, 123, 85, 869, True), (2,)], [(1, 123, 85, 870, True), (2,)], [(1, 123, 85, 871, True), (2,)], [(1, 123, 85, 872, True), (2,)], [(1, 123, 85, 873, True), (2,)], [(1, 123, 85, 874, True), (2,)], [(1, 123, 85, 875, True), (2,)], [(1, 123, 85, 876, True), (2,)], [(1, 123, 85, 877, True), (2,)], [(1, 123, 85, 878, True), (2,)], [(1, 123, 85, 879, True), (2,)], [(1, 123, 85, 880, True), (2,)], [(1, 123, 85, 881, True), (2,)], [(1, 123, 85, 882, True), (2,)], [(1, 123, 85, 883, True), (2,)], [(1, 123, 85, 884, True), (2,)], [(1, 123, 85, 885, True), (2,)], [(1, 123, 85, 886, True), (2,)], [(1, 123, 85, 887, True), (2,)], [(1, 123, 85, 888, True), (2,)], [(1, 123, 85, 889, True), (2,)], [(1, 123, 85, 890, True), (2,)], [(1, 123, 85, 891, True), (2,)], [(1, 123, 85, 892, True), (2,)], [(1, 123, 85, 893, True), (2,)], [(1, 123, 85, 894, True), (2,)], [(1, 123, 85, 895, True), (2,)], [(1, 123, 85, 896, True), (2,)], [(1, 123, 85, 897, True), (2,)], [(1, 123, 85, 898, True), (2,)], [(1, 123, 85, 899, True), (2,)], [(1, 123, 85, 900, True), (2,)], [(1, 123, 85, 901, True), (2,)], [(1, 123, 85, 902, True), (2,)], [(1, 123, 85, 903, True), (2,)], [(1, 123, 85, 904, True), (2,)], [(1, 123, 85, 905, True), (2,)], [(1, 123, 85, 906, True), (2,)], [(1, 123, 85, 907, True), (2,)], [(1, 123, 85, 908, True), (2,)], [(1, 123, 85, 909, True), (2,)], [(1, 123, 85, 910, True), (2,)], [(1, 123, 85, 911, True), (2,)], [(1, 123, 85, 912, True), (2,)], [(1, 123, 85, 913, True), (2,)], [(1, 123, 85, 914, True), (2,)], [(1, 123, 85, 915, True), (2,)], [(1, 123, 85, 916, True), (2,)], [(1, 123, 85, 917, True), (2,)], [(1, 123, 85, 918, True), (2,)], [(1, 123, 85, 919, True), (2,)], [(1, 123, 85, 920, True), (2,)], [(1, 123, 85, 921, True), (2,)], [(1, 123, 85, 922, True), (2,)], [(1, 123, 85, 923, True), (2,)], [(1, 123, 85, 924, True), (2,)], [(1, 123, 85, 925, True), (2,)], [(1, 123, 85, 926, True), (2,)], [(1, 123, 85, 927, True), (2,)], [(1, 123, 85, 928, True), (2,)], [(1, 123, 85, 929, True), (2,)], [(1, 123, 85, 930, True), (2,)], [(1, 123, 85, 931, True), (2,)], [(1, 123, 85, 932, True), (2,)], [(1, 123, 85, 933, True), (2,)], [(1, 123, 85, 934, True), (2,)], [(1, 123, 85, 935, True), (2,)], [(1, 123, 85, 936, True), (2,)], [(1, 123, 85, 937, True), (2,)], [(1, 123, 85, 938, True), (2,)], [(1, 123, 85, 939, True), (2,)], [(1, 123, 85, 940, True), (2,)], [(1, 123, 85, 941, True), (2,)], [(1, 123, 85, 942, True), (2,)], [(1, 123, 85, 943, True), (2,)], [(1, 123, 85, 944, True), (2,)], [(1, 123, 85, 945, True), (2,)], [(1, 123, 85, 946, True), (2,)], [(1, 123, 85, 947, True), (2,)], [(1, 123, 85, 948, True), (2,)], [(1, 123, 85, 949, True), (2,)], [(1, 123, 85, 950, True), (2,)], [(1, 123, 85, 951, True), (2,)], [(1, 123, 85, 952, True), (2,)], [(1, 123, 85, 953, True), (2,)], [(1, 123, 85, 954, True), (2,)], [(1, 123, 85, 955, True), (2,)], [(1, 123, 85, 956, True), (2,)], [(1, 123, 85, 957, True), (2,)], [(1, 123, 85, 958, True), (2,)], [(1, 123, 85, 959, True), (2,)], [(1, 123, 85, 960, True), (2,)], [(1, 123, 85, 961, True), (2,)], [(1, 123, 85, 962, True), (2,)], [(1, 123, 85, 963, True), (2,)], [(1, 123, 85, 964, True), (2,)], [(1, 123, 85, 965, True), (2,)], [(1, 123, 85, 966, True), (2,)], [(1, 123, 85, 967, True), (2,)], [(1, 123, 85, 968, True), (2,)], [(1, 123, 85, 969, True), (2,)], [(1, 123, 85, 970, True), (2,)], [(1, 123, 85, 971, True), (2,)], [(1, 123, 85, 972, True), (2,)], [(1, 123, 85, 973, True), (2,)], [(1, 123, 85, 974, True), (2,)], [(1, 123, 85, 975, True), (2,)], [(1, 123, 85, 976, True), (2,)], [(1, 123, 85, 977, True), (2,)], [(1, 123, 85, 978, True), (2,)], [(1, 123, 85, 979, True), (2,)], [(1, 123, 85, 980, True), (2,)], [(1, 123, 85, 981, True), (2,)], [(1, 123, 85, 982, True), (2,)], [(1, 123, 85, 983, True), (2,)], [(1, 123, 85, 984, True), (2,)], [(1, 123, 85, 985, True), (2,)], [(1, 123, 85, 986, True), (2,)], [(1, 123, 85, 987, True), (2,)], [(1, 123, 85, 988, True), (2,)], [(1, 123, 85, 989, True), (2,)], [(1, 123, 85, 990, True), (2,)], [(1, 123, 85, 991, True), (2,)], [(1, 123, 85, 992, True), (2,)], [(1, 123, 85, 993, True), (2,)], [(1, 123, 85, 994, True), (2,)], [(1, 123, 85, 995, True), (2,)], [(1, 123, 85, 996, True), (2,)], [(1, 123, 85, 997, True), (2,)], [(1, 123, 85, 998, True), (2,)], [(1, 123, 85, 999, True), (2,)], [(1, 123, 85, 1000, True), (2,)], [(1, 123, 85, 1001, True), (2,)], [(1, 123, 85, 1002, True), (2,)], [(1, 123, 85, 1003, True), (2,)], [(1, 123, 85, 1004, True), (2,)], [(1, 123, 85, 1005, True), (2,)], [(1, 123, 85, 1006, True), (2,)], [(1, 123, 85, 1007, True), (2,)], [(1, 123, 85, 1008, True), (2,)], [(1, 123, 85, 1009, True), (2,)], [(1, 123, 85, 1010, True), (2,)], [(1, 123, 85, 1011, True), (2,)], [(1, 123, 85, 1012, True), (2,)], [(1, 123, 85, 1013, True), (2,)], [(1, 123, 85, 1014, True), (2,)], [(1, 123, 85, 1015, True), (2,)], [(1, 123, 85, 1016, True), (2,)], [(1, 123, 85, 1017, True), (2,)], [(1, 123, 85, 1018, True), (2,)], [(1, 123, 85, 1019, True), (2,)], [(1, 123, 85, 1020, True), (2,)], [(1, 123, 85, 1021, True), (2,)], [(1, 123, 85, 1022, True), (2,)], [(1, 123, 85, 1023, True), (2,)], [(1, 123, 85, 1024, True), (2,)], [(1, 123, 85, 1025, True), (2,)], [(1, 123, 85, 1026, True), (2,)], [(1, 123, 85, 1027, True), (2,)], [(1, 123, 85, 1028, True), (2,)], [(1, 123, 85, 1029, True), (2,)], [(1, 123, 85, 1030, True), (2,)], [(1, 123, 85, 1031, True), (2,)], [(1, 123, 85, 1032, True), (2,)], [(1, 123, 85, 1033, True), (2,)], [(1, 123, 85, 1034, True), (2,)], [(1, 123, 85, 1035, True), (2,)], [(1, 123, 85, 1036, True), (2,)], [(1, 123, 85, 1037, True), (2,)], [(1, 123, 85, 1038, True), (2,)], [(1, 123, 85, 1039, True), (2,)], [(1, 123, 85, 1040, True), (2,)], [(1, 123, 85, 1041, True), (2,)], [(1, 123, 85, 1042, True), (2,)], [(1, 123, 85, 1043, True), (2,)], [(1, 123, 85, 1044, True), (2,)], [(1, 123, 85, 1045, True), (2,)], [(1, 123, 85, 1046, True), (2,)], [(1, 123, 85, 1047, True), (2,)], [(1, 123, 85, 1048, True), (2,)], [(1, 123, 85, 1049, True), (2,)], [(1, 123, 85, 1050, True), (2,)], [(1, 123, 85, 1051, True), (2,)], [(1, 123, 85, 1052, True), (2,)], [(1, 123, 85, 1053, True), (2,)], [(1, 123, 85, 1054, True), (2,)], [(1, 123, 85, 1055, True), (2,)], [(1, 123, 85, 1056, True), (2,)], [(1, 123, 85, 1057, True), (2,)], [(1, 123, 85, 1058, True), (2,)], [(1, 123, 85, 1059, True), (2,)], [(1, 123, 85, 1060, True), (2,)], [(1, 123, 85, 1061, True), (2,)], [(1, 123, 85, 1062, True), (2,)], [(1, 123, 85, 1063, True), (2,)], [(1, 123, 85, 1064, True), (2,)], [(1, 123, 85, 1065, True), (2,)], [(1, 123, 85, 1066, True), (2,)], [(1, 123, 85, 1067, True), (2,)], [(1, 123, 85, 1068, True), (2,)], [(1, 123, 85, 1069, True), (2,)], [(1, 123, 85, 1070, True), (2,)], [(1, 123, 85, 1071, True), (2,)], [(1, 123, 85, 1072, True), (2,)], [(1, 123, 85, 1073, True), (2,)], [(1, 123, 85, 1074, True), (2,)], [(1, 123, 85, 1075, True), (2,)], [(1, 123, 85, 1076, True), (2,)], [(1, 123, 85, 1077, True), (2,)], [(1, 123, 85, 1078, True), (2,)], [(1, 123, 85, 1079, True), (2,)], [(1, 123, 85, 1080, True), (2,)], [(1, 123, 85, 1081, True), (2,)], [(1, 123, 85, 1082, True), (2,)], [(1, 123, 85, 1083, True), (2,)], [(1, 123, 85, 1084, True), (2,)], [(1, 123, 85, 1085, True), (2,)], [(1, 123, 85, 1086, True), (2,)], [(1, 123, 85, 1087, True), (2,)], [(1, 123, 85, 1088, True), (2,)], [(1, 123, 85, 1089, True), (2,)], [(1, 123, 85, 1090, True), (2,)], [(1, 123, 85, 1091, True), (2,)], [(1, 123, 85, 1092, True), (2,)], [(1, 123, 85, 1093, True), (2,)], [(1, 123, 85, 1094, True), (2,)], [(1, 123, 85, 1095, True), (2,)], [(1, 123, 85, 1096, True), (2,)], [(1, 123, 85, 1097, True), (2,)], [(1, 123, 85, 1098, True), (2,)], [(1, 123, 85, 1099, True), (2,)], [(1, 123, 85, 1100, True), (2,)], [(1, 123, 85, 1101, True), (2,)], [(1, 123, 85, 1102, True), (2,)], [(1, 123, 85, 1103, True), (2,)], [(1, 123, 85, 1104, True), (2,)], [(1, 123, 85, 1105, True), (2,)], [(1, 123, 85, 1106, True), (2,)], [(1, 123, 85, 1107, True), (2,)], [(1, 123, 85, 1108, True), (2,)], [(1, 123, 85, 1109, True), (2,)], [(1, 123, 85, 1110, True), (2,)], [(1, 123, 85, 1111, True), (2,)], [(1, 123, 85, 1112, True), (2,)], [(1, 123, 85, 1113, True), (2,)], [(1, 123, 85, 1114, True), (2,)], [(1, 123, 85, 1115, True), (2,)], [(1, 123, 85, 1116, True), (2,)], [(1, 123, 85, 1117, True), (2,)], [(1, 123, 85, 1118, True), (2,)], [(1, 123, 85, 1119, True), (2,)], [(1, 123, 85, 1120, True), (2,)], [(1, 123, 85, 1121, True), (2,)], [(1, 123, 85, 1122, True), (2,)], [(1, 123, 85, 1123, True), (2,)], [(1, 123, 85, 1124, True), (2,)], [(1, 123, 85, 1125, True), (2,)], [(1, 123, 85, 1126, True), (2,)], [(1, 123, 85, 1127, True), (2,)], [(1, 123, 85, 1128, True), (2,)], [(1, 123, 85, 1129, True), (2,)], [(1, 123, 85, 1130, True), (2,)], [(1, 123, 85, 1131, True), (2,)], [(1, 123, 85, 1132, True), (2,)], [(1, 123, 85, 1133, True), (2,)], [(1, 123, 85, 1134, True), (2,)], [(1, 123, 85, 1135, True), (2,)], [(1, 123, 85, 1136, True), (2,)], [(1, 123, 85, 1137, True), (2,)], [(1, 123, 85, 1138, True), (2,)], [(1, 123, 85, 1139, True), (2,)], [(1, 123, 85, 1140, True), (2,)], [(1, 123, 85, 1141, True), (2,)], [(1, 123, 85, 1142, True), (2,)], [(1, 123, 85, 1143, True), (2,)], [(1, 123, 85, 1144, True), (2,)], [(1, 123, 85, 1145, True), (2,)], [(1, 123, 85, 1146, True), (2,)], [(1, 123, 85, 1147, True), (2,)], [(1, 123, 85, 1148, True), (2,)], [(1, 123, 85, 1149, True), (2,)], [(1, 123, 85, 1150, True), (2,)], [(1, 123, 85, 1151, True), (2,)], [(1, 123, 85, 1152, True), (2,)], [(1, 123, 85, 1153, True), (2,)], [(1, 123, 85, 1154, True), (2,)], [(1, 123, 85, 1155, True), (2,)], [(1, 123, 85, 1156, True), (2,)], [(1, 123, 85, 1157, True), (2,)], [(1, 123, 85, 1158, True), (2,)], [(1, 123, 85, 1159, True), (2,)], [(1, 123, 85, 1160, True), (2,)], [(1, 123, 85, 1161, True), (2,)], [(1, 123, 85, 1162, True), (2,)], [(1, 123, 85, 1163, True), (2,)], [(1, 123, 85, 1164, True), (2,)], [(1, 123, 85, 1165, True), (2,)], [(1, 123, 85, 1166, True), (2,)], [(1, 123, 85, 1167, True), (2,)], [(1, 123, 85, 1168, True), (2,)], [(1, 123, 85, 1169, True), (2,)], [(1, 123, 85, 1170, True), (2,)], [(1, 123, 85, 1171, True), (2,)], [(1, 123, 85, 1172, True), (2,)], [(1, 123, 85, 1173, True), (2,)], [(1, 123, 85, 1174, True), (2,)], [(1, 123, 85, 1175, True), (2,)], [(1, 123, 85, 1176, True), (2,)], [(1, 123, 85, 1177, True), (2,)], [(1, 123, 85, 1178, True), (2,)], [(1, 123, 85, 1179, True), (2,)], [(1, 123, 85, 1180, True), (2,)], [(1, 123, 85, 1181, True), (2,)], [(1, 123, 85, 1182, True), (2,)], [(1, 123, 85, 1183, True), (2,)], [(1, 123, 85, 1184, True), (2,)], [(1, 123, 85, 1185, True), (2,)], [(1, 123, 85, 1186, True), (2,)], [(1, 123, 85, 1187, True), (2,)], [(1, 123, 85, 1188, True), (2,)], [(1, 123, 85, 1189, True), (2,)], [(1, 123, 85, 1190, True), (2,)], [(1, 123, 85, 1191, True), (2,)], [(1, 123, 85, 1192, True), (2,)], [(1, 123, 85, 1193, True), (2,)], [(1, 123, 85, 1194, True), (2,)], [(1, 123, 85, 1195, True), (2,)], [(1, 123, 85, 1196, True), (2,)], [(1, 123, 85, 1197, True), (2,)], [(1, 123, 85, 1198, True), (2,)], [(1, 123, 85, 1199, True), (2,)], [(1, 123, 85, 1200, True), (2,)], [(1, 123, 85, 1201, True), (2,)], [(1, 123, 85, 1202, True), (2,)], [(1, 123, 85, 1203, True), (2,)], [(1, 123, 85, 1204, True), (2,)], [(1, 123, 85, 1205, True), (2,)], [(1, 123, 85, 1206, True), (2,)], [(1, 123, 85, 1207, True), (2,)], [(1, 123, 85, 1208, True), (2,)], [(1, 123, 85, 1209, True), (2,)], [(1, 123, 85, 1210, True), (2,)], [(1, 123, 85, 1211, True), (2,)], [(1, 123, 85, 1212, True), (2,)], [(1, 123, 85, 1213, True), (2,)], [(1, 123, 85, 1214, True), (2,)], [(1, 123, 85, 1215, True), (2,)], [(1, 123, 85, 1216, True), (2,)], [(1, 123, 85, 1217, True), (2,)], [(1, 123, 85, 1218, True), (2,)], [(1, 123, 85, 1219, True), (2,)], [(1, 123, 85, 1220, True), (2,)], [(1, 123, 85, 1221, True), (2,)], [(1, 123, 85, 1222, True), (2,)], [(1, 123, 85, 1223, True), (2,)], [(1, 123, 85, 1224, True), (2,)], [(1, 123, 85, 1225, True), (2,)], [(1, 123, 85, 1226, True), (2,)], [(1, 123, 85, 1227, True), (2,)], [(1, 123, 85, 1228, True), (2,)], [(1, 123, 85, 1229, True), (2,)], [(1, 123, 85, 1230, True), (2,)], [(1, 123, 85, 1231, True), (2,)], [(1, 123, 85, 1232, True), (2,)], [(1, 123, 85, 1233, True), (2,)], [(1, 123, 85, 1234, True), (2,)], [(1, 123, 85, 1235, True), (2,)], [(1, 123, 85, 1236, True), (2,)], [(1, 123, 85, 1237, True), (2,)], [(1, 123, 85, 1238, True), (2,)], [(1, 123, 85, 1239, True), (2,)], [(1, 123, 85, 1240, True), (2,)], [(1, 123, 85, 1241, True), (2,)], [(1, 123, 85, 1242, True), (2,)], [(1, 123, 85, 1243, True), (2,)], [(1, 123, 85, 1244, True), (2,)], [(1, 123, 85, 1245, True), (2,)], [(1, 123, 85, 1246, True), (2,)], [(1, 123, 85, 1247, True), (2,)], [(1, 123, 85, 1248, True), (2,)], [(1, 123, 85, 1249, True), (2,)], [(1, 123, 85, 1250, True), (2,)], [(1, 123, 85, 1251, True), (2,)], [(1, 123, 85, 1252, True), (2,)], [(1, 123, 85, 1253, True), (2,)], [(1, 123, 85, 1254, True), (2,)], [(1, 123, 85, 1255, True), (2,)], [(1, 123, 85, 1256, True), (2,)], [(1, 123, 85, 1257, True), (2,)], [(1, 123, 85, 1258, True), (2,)], [(1, 123, 85, 1259, True), (2,)], [(1, 123, 85, 1260, True), (2,)], [(1, 123, 85, 1261, True), (2,)], [(1, 123, 85, 1262, True), (2,)], [(1, 123, 85, 1263, True), (2,)], [(1, 123, 85, 1264, True), (2,)], [(1, 123, 85, 1265, True), (2,)], [(1, 123, 85, 1266, True), (2,)], [(1, 123, 85, 1267, True), (2,)], [(1, 123, 85, 1268, True), (2,)], [(1, 123, 85, 1269, True), (2,)], [(1, 123, 85, 1270, True), (2,)], [(1, 123, 85, 1271, True), (2,)], [(1, 123, 85, 1272, True), (2,)], [(1, 123, 85, 1273, True), (2,)], [(1, 123, 85, 1274, True), (2,)], [(1, 123, 85, 1275, True), (2,)], [(1, 123, 85, 1276, True), (2,)], [(1, 123, 85, 1277, True), (2,)], [(1, 123, 85, 1278, True), (2,)], [(1, 123, 85, 1279, True), (2,)], [(1, 123, 85, 1280, True), (2,)], [(1, 123, 85, 1281, True), (2,)], [(1, 123, 85, 1282, True), (2,)], [(1, 123, 85, 1283, True), (2,)], [(1, 123, 85, 1284, True), (2,)], [(1, 123, 85, 1285, True), (2,)], [(1, 123, 85, 1286, True), (2,)], [(1, 123, 85, 1287, True), (2,)], [(1, 123, 85, 1288, True), (2,)], [(1, 123, 85, 1289, True), (2,)], [(1, 123, 85, 1290, True), (2,)], [(1, 123, 85, 1291, True), (2,)], [(1, 123, 85, 1292, True), (2,)], [(1, 123, 85, 1293, True), (2,)], [(1, 123, 85, 1294, True), (2,)], [(1, 123, 85, 1295, True), (2,)], [(1, 123, 85, 1296, True), (2,)], [(1, 123, 85, 1297, True), (2,)], [(1, 123, 85, 1298, True), (2,)], [(1, 123, 85, 1299, True), (2,)], [(1, 123, 85, 1300, True), (2,)], [(1, 123, 85, 1301, True), (2,)], [(1, 123, 85, 1302, True), (2,)], [(1, 123, 85, 1303, True), (2,)], [(1, 123, 85, 1304, True), (2,)], [(1, 123, 85, 1305, True), (2,)], [(1, 123, 85, 1306, True), (2,)], [(1, 123, 85, 1307, True), (2,)], [(1, 123, 85, 1308, True), (2,)], [(1, 123, 85, 1309, True), (2,)], [(1, 123, 85, 1310, True), (2,)], [(1, 123, 85, 1311, True), (2,)], [(1, 123, 85, 1312, True), (2,)], [(1, 123, 85, 1313, True), (2,)], [(1, 123, 85, 1314, True), (2,)], [(1, 123, 85, 1315, True), (2,)], [(1, 123, 85, 1316, True), (2,)], [(1, 123, 85, 1317, True), (2,)], [(1, 123, 85, 1318, True), (2,)], [(1, 123, 85, 1319, True), (2,)], [(1, 123, 85, 1320, True), (2,)], [(1, 123, 85, 1321, True), (2,)], [(1, 123, 85, 1322, True), (2,)], [(1, 123, 85, 1323, True), (2,)], [(1, 123, 85, 1324, True), (2,)], [(1, 123, 85, 1325, True), (2,)], [(1, 123, 85, 1326, True), (2,)], [(1, 123, 85, 1327, True), (2,)], [(1, 123, 85, 1328, True), (2,)], [(1, 123, 85, 1329, True), (2,)], [(1, 123, 85, 1330, True), (2,)], [(1, 123, 85, 1331, True), (2,)], [(1, 123, 85, 1332, True), (2,)], [(1, 123, 85, 1333, True), (2,)], [(1, 123, 85, 1334, True), (2,)], [(1, 123, 85, 1335, True), (2,)], [(1, 123, 85, 1336, True), (2,)], [(1, 123, 85, 1337, True), (2,)], [(1, 123, 85, 1338, True), (2,)], [(1, 123, 85, 1339, True), (2,)], [(1, 123, 85, 1340, True), (2,)], [(1, 123, 85, 1341, True), (2,)], [(1, 123, 85, 1342, True), (2,)], [(1, 123, 85, 1343, True), (2,)], [(1, 123, 85, 1344, True), (2,)], [(1, 123, 85, 1345, True), (2,)], [(1, 123, 85, 1346, True), (2,)], [(1, 123, 85, 1347, True), (2,)], [(1, 123, 85, 1348, True), (2,)], [(1, 123, 85, 1349, True), (2,)], [(1, 123, 85, 1350, True), (2,)], [(1, 123, 85, 1351, True), (2,)], [(1, 123, 85, 1352, True), (2,)], [(1, 123, 85, 1353, True), (2,)], [(1, 123, 85, 1354, True), (2,)], [(1, 123, 85, 1355, True), (2,)], [(1, 123, 85, 1356, True), (2,)], [(1, 123, 85, 1357, True), (2,)], [(1, 123, 85, 1358, True), (2,)], [(1, 123, 85, 1359, True), (2,)], [(1, 123, 85, 1360, True), (2,)], [(1, 123, 85, 1361, True), (2,)], [(1, 123, 85, 1362, True), (2,)], [(1, 123, 85, 1363, True), (2,)], [(1, 123, 85, 1364, True), (2,)], [(1, 123, 85, 1365, True), (2,)], [(1, 123, 85, 1366, True), (2,)], [(1, 123, 85, 1367, True), (2,)], [(1, 123, 85, 1368, True), (2,)], [(1, 123, 85, 1369, True), (2,)], [(1, 123, 85, 1370, True), (2,)], [(1, 123, 85, 1371, True), (2,)], [(1, 123, 85, 1372, True), (2,)], [(1, 123, 85, 1373, True), (2,)], [(1, 123, 85, 1374, True), (2,)], [(1, 123, 85, 1375, True), (2,)], [(1, 123, 85, 1376, True), (2,)], [(1, 123, 85, 1377, True), (2,)], [(1, 123, 85, 1378, True), (2,)], [(1, 123, 85, 1379, True), (2,)], [(1, 123, 85, 1380, True), (2,)], [(1, 123, 85, 1381, True), (2,)], [(1, 123, 85, 1382, True), (2,)], [(1, 123, 85, 1383, True), (2,)], [(1, 123, 85, 1384, True), (2,)], [(1, 123, 85, 1385, True), (2,)], [(1, 123, 85, 1386, True), (2,)], [(1, 123, 85, 1387, True), (2,)], [(1, 123, 85, 1388, True), (2,)], [(1, 123, 85, 1389, True), (2,)], [(1, 123, 85, 1390, True), (2,)], [(1, 123, 85, 1391, True), (2,)], [(1, 123, 85, 1392, True), (2,)], [(1, 123, 85, 1393, True), (2,)], [(1, 123, 85, 1394, True), (2,)], [(1, 123, 85, 1395, True), (2,)], [(1, 123, 85, 1396, True), (2,)], [(1, 123, 85, 1397, True), (2,)], [(1, 123, 85, 1398, True), (2,)], [(1, 123, 85, 1399, True), (2,)], [(1, 123, 85, 1400, True), (2,)], [(1, 123, 85, 1401, True), (2,)], [(1, 123, 85, 1402, True), (2,)], [(1, 123, 85, 1403, True), (2,)], [(1, 123, 85, 1404, True), (2,)], [(1, 123, 85, 1405, True), (2,)], [(1, 123, 85, 1406, True), (2,)], [(1, 123, 85, 1407, True), (2,)], [(1, 123, 85, 1408, True), (2,)], [(1, 123, 85, 1409, True), (2,)], [(1, 123, 85, 1410, True), (2,)], [(1, 123, 85, 1411, True), (2,)], [(1, 123, 85, 1412, True), (2,)], [(1, 123, 85, 1413, True), (2,)], [(1, 123, 85, 1414, True), (2,)], [(1, 123, 85, 1415, True), (2,)], [(1, 123, 85, 1416, True), (2,)], [(1, 123, 85, 1417, True), (2,)], [(1, 123, 85, 1418, True), (2,)], [(1, 123, 85, 1419, True), (2,)], [(1, 123, 85, 1420, True), (2,)], [(1, 123, 85, 1421, True), (2,)], [(1, 123, 85, 1422, True), (2,)], [(1, 123, 85, 1423, True), (2,)], [(1, 123, 85, 1424, True), (2,)], [(1, 123, 85, 1425, True), (2,)], [(1, 123, 85, 1426, True), (2,)], [(1, 123, 85, 1427, True), (2,)], [(1, 123, 85, 1428, True), (2,)], [(1, 123, 85, 1429, True), (2,)], [(1, 123, 85, 1430, True), (2,)], [(1, 123, 85, 1431, True), (2,)], [(1, 123, 85, 1432, True), (2,)], [(1, 123, 85, 1433, True), (2,)], [(1, 123, 85, 1434, True), (2,)], [(1, 123, 85, 1435, True), (2,)], [(1, 123, 85, 1436, True), (2,)], [(1, 123, 85, 1437, True), (2,)], [(1, 123, 85, 1438, True), (2,)], [(1, 123, 85, 1439, True), (2,)], [(1, 123, 85, 1440, True), (2,)], [(1, 123, 85, 1441, True), (2,)], [(1, 123, 85, 1442, True), (2,)], [(1, 123, 85, 1443, True), (2,)], [(1, 123, 85, 1444, True), (2,)], [(1, 123, 85, 1445, True), (2,)], [(1, 123, 85, 1446, True), (2,)], [(1, 123, 85, 1447, True), (2,)], [(1, 123, 85, 1448, True), (2,)], [(1, 123, 85, 1449, True), (2,)], [(1, 123, 85, 1450, True), (2,)], [(1, 123, 85, 1451, True), (2,)], [(1, 123, 85, 1452, True), (2,)], [(1, 123, 85, 1453, True), (2,)], [(1, 123, 85, 1454, True), (2,)], [(1, 123, 85, 1455, True), (2,)], [(1, 123, 85, 1456, True), (2,)], [(1, 123, 85, 1457, True), (2,)], [(1, 123, 85, 1458, True), (2,)], [(1, 123, 85, 1459, True), (2,)], [(1, 123, 85, 1460, True), (2,)], [(1, 123, 85, 1461, True), (2,)], [(1, 123, 85, 1462, True), (2,)], [(1, 123, 85, 1463, True), (2,)], [(1, 123, 85, 1464, True), (2,)], [(1, 123, 85, 1465, True), (2,)], [(1, 123, 85, 1466, True), (2,)], [(1, 123, 85, 1467, True), (2,)], [(1, 123, 85, 1468, True), (2,)], [(1, 123, 85, 1469, True), (2,)], [(1, 123, 85, 1470, True), (2,)], [(1, 123, 85, 1471, True), (2,)], [(1, 123, 85, 1472, True), (2,)], [(1, 123, 85, 1473, True), (2,)], [(1, 123, 85, 1474, True), (2,)], [(1, 123, 85, 1475, True), (2,)], [(1, 123, 85, 1476, True), (2,)], [(1, 123, 85, 1477, True), (2,)], [(1, 123, 85, 1478, True), (2,)], [(1, 123, 85, 1479, True), (2,)], [(1, 123, 85, 1480, True), (2,)], [(1, 123, 85, 1481, True), (2,)], [(1, 123, 85, 1482, True), (2,)], [(1, 123, 85, 1483, True), (2,)], [(1, 123, 85, 1484, True), (2,)], [(1, 123, 85, 1485, True), (2,)], [(1, 123, 85, 1486, True), (2,)], [(1, 123, 85, 1487, True), (2,)], [(1, 123, 85, 1488, True), (2,)], [(1, 123, 85, 1489, True), (2,)], [(1, 123, 85, 1490, True), (2,)], [(1, 123, 85, 1491, True), (2,)], [(1, 123, 85, 1492, True), (2,)], [(1, 123, 85, 1493, True), (2,)], [(1, 123, 85, 1494, True), (2,)], [(1, 123, 85, 1495, True), (2,)], [(1, 123, 85, 1496, True), (2,)], [(1, 123, 85, 1497, True), (2,)], [(1, 123, 85, 1498, True), (2,)], [(1, 123, 85, 1499, True), (2,)], [(1, 123, 85, 1500, True), (2,)], [(1, 123, 85, 1501, True), (2,)], [(1, 123, 85, 1502, True), (2,)], [(1, 123, 85, 1503, True), (2,)], [(1, 123, 85, 1504, True), (2,)], [(1, 123, 85, 1505, True), (2,)], [(1, 123, 85, 1506, True), (2,)], [(1, 123, 85, 1507, True), (2,)], [(1, 123, 85, 1508, True), (2,)], [(1, 123, 85, 1509, True), (2,)], [(1, 123, 85, 1510, True), (2,)], [(1, 123, 85, 1511, True), (2,)], [(1, 123, 85, 1512, True), (2,)], [(1, 123, 85, 1513, True), (2,)], [(1, 123, 85, 1514, True), (2,)], [(1, 123, 85, 1515, True), (2,)], [(1, 123, 85, 1516, True), (2,)], [(1, 123, 85, 1517, True), (2,)], [(1, 123, 85, 1518, True), (2,)], [(1, 123, 85, 1519, True), (2,)], [(1, 123, 85, 1520, True), (2,)], [(1, 123, 85, 1521, True), (2,)], [(1, 123, 85, 1522, True), (2,)], [(1, 123, 85, 1523, True), (2,)], [(1, 123, 85, 1524, True), (2,)], [(1, 123, 85, 1525, True), (2,)], [(1, 123, 85, 1526, True), (2,)], [(1, 123, 85, 1527, True), (2,)], [(1, 123, 85, 1528, True), (2,)], [(1, 123, 85, 1529, True), (2,)], [(1, 123, 85, 1530, True), (2,)], [(1, 123, 85, 1531, True), (2,)], [(1, 123, 85, 1532, True), (2,)], [(1, 123, 85, 1533, True), (2,)], [(1, 123, 85, 1534, True), (2,)], [(1, 123, 85, 1535, True), (2,)], [(1, 123, 85, 1536, True), (2,)], [(1, 123, 85, 1537, True), (2,)], [(1, 123, 85, 1538, True), (2,)], [(1, 123, 85, 1539, True), (2,)], [(1, 123, 85, 1540, True), (2,)], [(1, 123, 85, 1541, True), (2,)], [(1, 123, 85, 1542, True), (2,)], [(1, 123, 85, 1543, True), (2,)], [(1, 123, 85, 1544, True), (2,)], [(1, 123, 85, 1545, True), (2,)], [(1, 123, 85, 1546, True), (2,)], [(1, 123, 85, 1547, True), (2,)], [(1, 123, 85, 1548, True), (2,)], [(1, 123, 85, 1549, True), (2,)], [(1, 123, 85, 1550, True), (2,)], [(1, 123, 85, 1551, True), (2,)], [(1, 123, 85, 1552, True), (2,)], [(1, 123, 85, 1553, True), (2,)], [(1, 123, 85, 1554, True), (2,)], [(1, 123, 85, 1555, True), (2,)], [(1, 123, 85, 1556, True), (2,)], [(1, 123, 85, 1557, True), (2,)], [(1, 123, 85, 1558, True), (2,)], [(1, 123, 85, 1559, True), (2,)], [(1, 123, 85, 1560, True), (2,)], [(1, 123, 85, 1561, True), (2,)], [(1, 123, 85, 1562, True), (2,)], [(1, 123, 85, 1563, True), (2,)], [(1, 123, 85, 1564, True), (2,)], [(1, 123, 85, 1565, True), (2,)], [(1, 123, 85, 1566, True), (2,)], [(1, 123, 85, 1567, True), (2,)], [(1, 123, 85, 1568, True), (2,)], [(1, 123, 85, 1569, True), (2,)], [(1, 123, 85, 1570, True), (2,)], [(1, 123, 85, 1571, True), (2,)], [(1, 123, 85, 1572, True), (2,)], [(1, 123, 85, 1573, True), (2,)], [(1, 123, 85, 1574, True), (2,)], [(1, 123, 85, 1575, True), (2,)], [(1, 123, 85, 1576, True), (2,)], [(1, 123, 85, 1577, True), (2,)], [(1, 123, 85, 1578, True), (2,)], [(1, 123, 85, 1579, True), (2,)], [(1, 123, 85, 1580, True), (2,)], [(1, 123, 85, 1581, True), (2,)], [(1, 123, 85, 1582, True), (2,)], [(1, 123, 85, 1583, True), (2,)], [(1, 123, 85, 1584, True), (2,)], [(1, 123, 85, 1585, True), (2,)], [(1, 123, 85, 1586, True), (2,)], [(1, 123, 85, 1587, True), (2,)], [(1, 123, 85, 1588, True), (2,)], [(1, 123, 85, 1589, True), (2,)], [(1, 123, 85, 1590, True), (2,)], [(1, 123, 85, 1591, True), (2,)], [(1, 123, 85, 1592, True), (2,)], [(1, 123, 85, 1593, True), (2,)], [(1, 123, 85, 1594, True), (2,)], [(1, 123, 85, 1595, True), (2,)], [(1, 123, 85, 1596, True), (2,)], [(1, 123, 85, 1597, True), (2,)], [(1, 123, 85, 1598, True), (2,)], [(1, 123, 85, 1599, True), (2,)], [(1, 123, 85, 1600, True), (2,)], [(1, 123, 85, 1601, True), (2,)], [(1, 123, 85, 1602, True), (2,)], [(1, 123, 85, 1603, True), (2,)], [(1, 123, 85, 1604, True), (2,)], [(1, 123, 85, 1605, True), (2,)], [(1, 123, 85, 1606, True), (2,)], [(1, 123, 85, 1607, True), (2,)], [(1, 123, 85, 1608, True), (2,)], [(1, 123, 85, 1609, True), (2,)], [(1, 123, 85, 1610, True), (2,)], [(1, 123, 85, 1611, True), (2,)], [(1, 123, 85, 1612, True), (2,)], [(1, 123, 85, 1613, True), (2,)], [(1, 123, 85, 1614, True), (2,)], [(1, 123, 85, 1615, True), (2,)], [(1, 123, 85, 1616, True), (2,)], [(1, 123, 85, 1617, True), (2,)], [(1, 123, 85, 1618, True), (2,)], [(1, 123, 85, 1619, True), (2,)], [(1, 123, 85, 1620, True), (2,)], [(1, 123, 85, 1621, True), (2,)], [(1, 123, 85, 1622, True), (2,)], [(1, 123, 85, 1623, True), (2,)], [(1, 123, 85, 1624, True), (2,)], [(1, 123, 85, 1625, True), (2,)], [(1, 123, 85, 1626, True), (2,)], [(1, 123, 85, 1627, True), (2,)], [(1, 123, 85, 1628, True), (2,)], [(1, 123, 85, 1629, True), (2,)], [(1, 123, 85, 1630, True), (2,)], [(1, 123, 85, 1631, True), (2,)], [(1, 123, 85, 1632, True), (2,)], [(1, 123, 85, 1633, True), (2,)], [(1, 123, 85, 1634, True), (2,)], [(1, 123, 85, 1635, True), (2,)], [(1, 123, 85, 1636, True), (2,)], [(1, 123, 85, 1637, True), (2,)], [(1, 123, 85, 1638, True), (2,)], [(1, 123, 85, 1639, True), (2,)], [(1, 123, 85, 1640, True), (2,)], [(1, 123, 85, 1641, True), (2,)], [(1, 123, 85, 1642, True), (2,)], [(1, 123, 85, 1643, True), (2,)], [(1, 123, 85, 1644, True), (2,)], [(1, 123, 85, 1645, True), (2,)], [(1, 123, 85, 1646, True), (2,)], [(1, 123, 85, 1647, True), (2,)], [(1, 123, 85, 1648, True), (2,)], [(1, 123, 85, 1649, True), (2,)], [(1, 123, 85, 1650, True), (2,)], [(1, 123, 85, 1651, True), (2,)], [(1, 123, 85, 1652, True), (2,)], [(1, 123, 85, 1653, True), (2,)], [(1, 123, 85, 1654, True), (2,)], [(1, 123, 85, 1655, True), (2,)], [(1, 123, 85, 1656, True), (2,)], [(1, 123, 85, 1657, True), (2,)], [(1, 123, 85, 1658, True), (2,)], [(1, 123, 85, 1659, True), (2,)], [(1, 123, 85, 1660, True), (2,)], [(1, 123, 85, 1661, True), (2,)], [(1, 123, 85, 1662, True), (2,)], [(1, 123, 85, 1663, True), (2,)], [(1, 123, 85, 1664, True), (2,)], [(1, 123, 85, 1665, True), (2,)], [(1, 123, 85, 1666, True), (2,)], [(1, 123, 85, 1667, True), (2,)], [(1, 123, 85, 1668, True), (2,)], [(1, 123, 85, 1669, True), (2,)], [(1, 123, 85, 1670, True), (2,)], [(1, 123, 85, 1671, True), (2,)], [(1, 123, 85, 1672, True), (2,)], [(1, 123, 85, 1673, True), (2,)], [(1, 123, 85, 1674, True), (2,)], [(1, 123, 85, 1675, True), (2,)], [(1, 123, 85, 1676, True), (2,)], [(1, 123, 85, 1677, True), (2,)], [(1, 123, 85, 1678, True), (2,)], [(1, 123, 85, 1679, True), (2,)], [(1, 123, 85, 1680, True), (2,)], [(1, 123, 85, 1681, True), (2,)], [(1, 123, 85, 1682, True), (2,)], [(1, 123, 85, 1683, True), (2,)], [(1, 123, 85, 1684, True), (2,)], [(1, 123, 85, 1685, True), (2,)], [(1, 123, 85, 1686, True), (2,)], [(1, 123, 85, 1687, True), (2,)], [(1, 123, 85, 1688, True), (2,)], [(1, 123, 85, 1689, True), (2,)], [(1, 123, 85, 1690, True), (2,)], [(1, 123, 85, 1691, True), (2,)], [(1, 123, 85, 1692, True), (2,)], [(1, 123, 85, 1693, True), (2,)], [(1, 123, 85, 1694, True), (2,)], [(1, 123, 85, 1695, True), (2,)], [(1, 123, 85, 1696, True), (2,)], [(1, 123, 85, 1697, True), (2,)], [(1, 123, 85, 1698, True), (2,)], [(1, 123, 85, 1699, True), (2,)], [(1, 123, 85, 1700, True), (2,)], [(1, 123, 85, 1701, True), (2,)], [(1, 123, 85, 1702, True), (2,)], [(1, 123, 85, 1703, True), (2,)], [(1, 123, 85, 1704, True), (2,)], [(1, 123, 85, 1705, True), (2,)], [(1, 123, 85, 1706, True), (2,)], [(1, 123, 85, 1707, True), (2,)], [(1, 123, 85, 1708, True), (2,)], [(1, 123, 85, 1709, True), (2,)], [(1, 123, 85, 1710, True), (2,)], [(1, 123, 85, 1711, True), (2,)], [(1, 123, 85, 1712, True), (2,)], [(1, 123, 85, 1713, True), (2,)], [(1, 123, 85, 1714, True), (2,)], [(1, 123, 85, 1715, True), (2,)], [(1, 123, 85, 1716, True), (2,)], [(1, 123, 85, 1717, True), (2,)], [(1, 123, 85, 1718, True), (2,)], [(1, 123, 85, 1719, True), (2,)], [(1, 123, 85, 1720, True), (2,)], [(1, 123, 85, 1721, True), (2,)], [(1, 123, 85, 1722, True), (2,)], [(1, 123, 85, 1723, True), (2,)], [(1, 123, 85, 1724, True), (2,)], [(1, 123, 85, 1725, True), (2,)], [(1, 123, 85, 1726, True), (2,)], [(1, 123, 85, 1727, True), (2,)], [(1, 123, 85, 1728, True), (2,)], [(1, 123, 85, 1729, True), (2,)], [(1, 123, 85, 1730, True), (2,)], [(1, 123, 85, 1731, True), (2,)], [(1, 123, 85, 1732, True), (2,)], [(1, 123, 85, 1733, True), (2,)], [(1, 123, 85, 1734, True), (2,)], [(1, 123, 85, 1735, True), (2,)], [(1, 123, 85, 1736, True), (2,)], [(1, 123, 85, 1737, True), (2,)], [(1, 123, 85, 1738, True), (2,)], [(1, 123, 85, 1739, True), (2,)], [(1, 123, 85, 1740, True), (2,)], [(1, 123, 85, 1741, True), (2,)], [(1, 123, 85, 1742, True), (2,)], [(1, 123, 85, 1743, True), (2,)], [(1, 123, 85, 1744, True), (2,)], [(1, 123, 85, 1745, True), (2,)], [(1, 123, 85, 1746, True), (2,)], [(1, 123, 85, 1747, True), (2,)], [(1, 123, 85, 1748, True), (2,)], [(1, 123, 85, 1749, True), (2,)], [(1, 123, 85, 1750, True), (2,)], [(1, 123, 85, 1751, True), (2,)], [(1, 123, 85, 1752, True), (2,)], [(1, 123, 85, 1753, True), (2,)], [(1, 123, 85, 1754, True), (2,)], [(1, 123, 85, 1755, True), (2,)], [(1, 123, 85, 1756, True), (2,)], [(1, 123, 85, 1757, True), (2,)], [(1, 123, 85, 1758, True), (2,)], [(1, 123, 85, 1759, True), (2,)], [(1, 123, 85, 1760, True), (2,)], [(1, 123, 85, 1761, True), (2,)], [(1, 123, 85, 1762, True), (2,)], [(1, 123, 85, 1763, True), (2,)], [(1, 123, 85, 1764, True), (2,)], [(1, 123, 85, 1765, True), (2,)], [(1, 123, 85, 1766, True), (2,)], [(1, 123, 85, 1767, True), (2,)], [(1, 123, 85, 1768, True), (2,)], [(1, 123, 85, 1769, True), (2,)], [(1, 123, 85, 1770, True), (2,)], [(1, 123, 85, 1771, True), (2,)], [(1, 123, 85, 1772, True), (2,)], [(1, 123, 85, 1773, True), (2,)], [(1, 123, 85, 1774, True), (2,)], [(1, 123, 85, 1775, True), (2,)], [(1, 123, 85, 1776, True), (2,)], [(1, 123, 85, 1777, True), (2,)], [(1, 123, 85, 1778, True), (2,)], [(1, 123, 85, 1779, True), (2,)], [(1, 123, 85, 1780, True), (2,)], [(1, 123, 85, 1781, True), (2,)], [(1, 123, 85, 1782, True), (2,)], [(1, 123, 85, 1783, True), (2,)], [(1, 123, 85, 1784, True), (2,)], [(1, 123, 85, 1785, True), (2,)], [(1, 123, 85, 1786, True), (2,)], [(1, 123, 85, 1787, True), (2,)], [(1, 123, 85, 1788, True), (2,)], [(1, 123, 85, 1789, True), (2,)], [(1, 123, 85, 1790, True), (2,)], [(1, 123, 85, 1791, True), (2,)], [(1, 123, 85, 1792, True), (2,)], [(1, 123, 85, 1793, True), (2,)], [(1, 123, 85, 1794, True), (2,)], [(1, 123, 85, 1795, True), (2,)], [(1, 123, 85, 1796, True), (2,)], [(1, 123, 85, 1797, True), (2,)], [(1, 123, 85, 1798, True), (2,)], [(1, 123, 85, 1799, True), (2,)], [(1, 123, 85, 1800, True), (2,)], [(1, 123, 85, 1801, True), (2,)], [(1, 123, 85, 1802, True), (2,)], [(1, 123, 85, 1803, True), (2,)], [(1, 123, 85, 1804, True), (2,)], [(1, 123, 85, 1805, True), (2,)], [(1, 123, 85, 1806, True), (2,)], [(1, 123, 85, 1807, True), (2,)], [(1, 123, 85, 1808, True), (2,)], [(1, 123, 85, 1809, True), (2,)], [(1, 123, 85, 1810, True), (2,)], [(1, 123, 85, 1811, True), (2,)], [(1, 123, 85, 1812, True), (2,)], [(1, 123, 85, 1813, True), (2,)], [(1, 123, 85, 1814, True), (2,)], [(1, 123, 85, 1815, True), (2,)], [(1, 123, 85, 1816, True), (2,)], [(1, 123, 85, 1817, True), (2,)], [(1, 123, 85, 1818, True), (2,)], [(1, 123, 85, 1819, True), (2,)], [(1, 123, 85, 1820, True), (2,)], [(1, 123, 85, 1821, True), (2,)], [(1, 123, 85, 1822, True), (2,)], [(1, 123, 85, 1823, True), (2,)], [(1, 123, 85, 1824, True), (2,)], [(1, 123, 85, 1825, True), (2,)], [(1, 123, 85, 1826, True), (2,)], [(1, 123, 85, 1827, True), (2,)], [(1, 123, 85, 1828, True), (2,)], [(1, 123, 85, 1829, True), (2,)], [(1, 123, 85, 1830, True), (2,)], [(1, 123, 85, 1831, True), (2,)], [(1, 123, 85, 1832, True), (2,)], [(1, 123, 85, 1833, True), (2,)], [(1, 123, 85, 1834, True), (2,)], [(1, 123, 85, 1835, True), (2,)], [(1, 123, 85, 1836, True), (2,)], [(1, 123, 85, 1837, True), (2,)], [(1, 123, 85, 1838, True), (2,)], [(1, 123, 85, 1839, True), (2,)], [(1, 123, 85, 1840, True), (2,)], [(1, 123, 85, 1841, True), (2,)], [(1, 123, 85, 1842, True), (2,)], [(1, 123, 85, 1843, True), (2,)], [(1, 123, 85, 1844, True), (2,)], [(1, 123, 85, 1845, True), (2,)], [(1, 123, 85, 1846, True), (2,)], [(1, 123, 85, 1847, True), (2,)], [(1, 123, 85, 1848, True), (2,)], [(1, 123, 85, 1849, True), (2,)], [(1, 123, 85, 1850, True), (2,)], [(1, 123, 85, 1851, True), (2,)], [(1, 123, 85, 1852, True), (2,)], [(1, 123, 85, 1853, True), (2,)], [(1, 123, 85, 1854, True), (2,)], [(1, 123, 85, 1855, True), (2,)], [(1, 123, 85, 1856, True), (2,)], [(1, 123, 85, 1857, True), (2,)], [(1, 123, 85, 1858, True), (2,)], [(1, 123, 85, 1859, True), (2,)], [(1, 123, 85, 1860, True), (2,)], [(1, 123, 85, 1861, True), (2,)], [(1, 123, 85, 1862, True), (2,)], [(1, 123, 85, 1863, True), (2,)], [(1, 123, 85, 1864, True), (2,)], [(1, 123, 85, 1865, True), (2,)], [(1, 123, 85, 1866, True), (2,)], [(1, 123, 85, 1867, True), (2,)], [(1, 123, 85, 1868, True), (2,)], [(1, 123, 85, 1869, True), (2,)], [(1, 123, 85, 1870, True), (2,)], [(1, 123, 85, 1871, True), (2,)], [(1, 123, 85, 1872, True), (2,)], [(1, 123, 85, 1873, True), (2,)], [(1, 123, 85, 1874, True), (2,)], [(1, 123, 85, 1875, True), (2,)], [(1, 123, 85, 1876, True), (2,)], [(1, 123, 85, 1877, True), (2,)], [(1, 123, 85, 1878, True), (2,)], [(1, 123, 85, 1879, True), (2,)], [(1, 123, 85, 1880, True), (2,)], [(1, 123, 85, 1881, True), (2,)], [(1, 123, 85, 1882, True), (2,)], [(1, 123, 85, 1883, True), (2,)], [(1, 123, 85, 1884, True), (2,)], [(1, 123, 85, 1885, True), (2,)], [(1, 123, 85, 1886, True), (2,)], [(1, 123, 85, 1887, True), (2,)], [(1, 123, 85, 1888, True), (2,)], [(1, 123, 85, 1889, True), (2,)], [(1, 123, 85, 1890, True), (2,)], [(1, 123, 85, 1891, True), (2,)], [(1, 123, 85, 1892, True), (2,)], [(1, 123, 85, 1893, True), (2,)], [(1, 123, 85, 1894, True), (2,)], [(1, 123, 85, 1895, True), (2,)], [(1, 123, 85, 1896, True), (2,)], [(1, 123, 85, 1897, True), (2,)], [(1, 123, 85, 1898, True), (2,)], [(1, 123, 85, 1899, True), (2,)], [(1, 123, 85, 1900, True), (2,)], [(1, 123, 85, 1901, True), (2,)], [(1, 123, 85, 1902, True), (2,)], [(1, 123, 85, 1903, True), (2,)], [(1, 123, 85, 1904, True), (2,)], [(1, 123, 85, 1905, True), (2,)], [(1, 123, 85, 1906, True), (2,)], [(1, 123, 85, 1907, True), (2,)], [(1, 123, 85, 1908, True), (2,)], [(1, 123, 85, 1909, True), (2,)], [(1, 123, 85, 1910, True), (2,)], [(1, 123, 85, 1911, True), (2,)], [(1, 123, 85, 1912, True), (2,)], [(1, 123, 85, 1913, True), (2,)], [(1, 123, 85, 1914, True), (2,)], [(1, 123, 85, 1915, True), (2,)], [(1, 123, 85, 1916, True), (2,)], [(1, 123, 85, 1917, True), (2,)], [(1, 123, 85, 1918, True), (2,)], [(1, 123, 85, 1919, True), (2,)], [(1, 123, 85, 1920, True), (2,)], [(1, 123, 85, 1921, True), (2,)], [(1, 123, 85, 1922, True), (2,)], [(1, 123, 85, 1923, True), (2,)], [(1, 123, 85, 1924, True), (2,)], [(1, 123, 85, 1925, True), (2,)], [(1, 123, 85, 1926, True), (2,)], [(1, 123, 85, 1927, True), (2,)], [(1, 123, 85, 1928, True), (2,)], [(1, 123, 85, 1929, True), (2,)], [(1, 123, 85, 1930, True), (2,)], [(1, 123, 85, 1931, True), (2,)], [(1, 123, 85, 1932, True), (2,)], [(1, 123, 85, 1933, True), (2,)], [(1, 123, 85, 1934, True), (2,)], [(1, 123, 85, 1935, True), (2,)], [(1, 123, 85, 1936, True), (2,)], [(1, 123, 85, 1937, True), (2,)], [(1, 123, 85, 1938, True), (2,)], [(1, 123, 85, 1939, True), (2,)], [(1, 123, 85, 1940, True), (2,)], [(1, 123, 85, 1941, True), (2,)], [(1, 123, 85, 1942, True), (2,)], [(1, 123, 85, 1943, True), (2,)], [(1, 123, 85, 1944, True), (2,)], [(1, 123, 85, 1945, True), (2,)], [(1, 123, 85, 1946, True), (2,)], [(1, 123, 85, 1947, True), (2,)], [(1, 123, 85, 1948, True), (2,)], [(1, 123, 85, 1949, True), (2,)], [(1, 123, 85, 1950, True), (2,)], [(1, 123, 85, 1951, True), (2,)], [(1, 123, 85, 1952, True), (2,)], [(1, 123, 85, 1953, True), (2,)], [(1, 123, 85, 1954, True), (2,)], [(1, 123, 85, 1955, True), (2,)], [(1, 123, 85, 1956, True), (2,)], [(1, 123, 85, 1957, True), (2,)], [(1, 123, 85, 1958, True), (2,)], [(1, 123, 85, 1959, True), (2,)], [(1, 123, 85, 1960, True), (2,)], [(1, 123, 85, 1961, True), (2,)], [(1, 123, 85, 1962, True), (2,)], [(1, 123, 85, 1963, True), (2,)], [(1, 123, 85, 1964, True), (2,)], [(1, 123, 85, 1965, True), (2,)], [(1, 123, 85, 1966, True), (2,)], [(1, 123, 85, 1967, True), (2,)], [(1, 123, 85, 1968, True), (2,)], [(1, 123, 85, 1969, True), (2,)], [(1, 123, 85, 1970, True), (2,)], [(1, 123, 85, 1971, True), (2,)], [(1, 123, 85, 1972, True), (2,)], [(1, 123, 85, 1973, True), (2,)], [(1, 123, 85, 1974, True), (2,)], [(1, 123, 85, 1975, True), (2,)], [(1, 123, 85, 1976, True), (2,)], [(1, 123, 85, 1977, True), (2,)], [(1, 123, 85, 1978, True), (2,)], [(1, 123, 85, 1979, True), (2,)], [(1, 123, 85, 1980, True), (2,)], [(1, 123, 85, 1981, True), (2,)], [(1, 123, 85, 1982, True), (2,)], [(1, 123, 85, 1983, True), (2,)], [(1, 123, 85, 1984, True), (2,)], [(1, 123, 85, 1985, True), (2,)], [(1, 123, 85, 1986, True), (2,)], [(1, 123, 85, 1987, True), (2,)], [(1, 123, 85, 1988, True), (2,)], [(1, 123, 85, 1989, True), (2,)], [(1, 123, 85, 1990, True), (2,)], [(1, 123, 85, 1991, True), (2,)], [(1, 123, 85, 1992, True), (2,)], [(1, 123, 85, 1993, True), (2,)], [(1, 123, 85, 1994, True), (2,)], [(1, 123, 85, 1995, True), (2,)], [(1, 123, 85, 1996, True), (2,)], [(1, 123, 85, 1997, True), (2,)], [(1, 123, 85, 1998, True), (2,)], [(1, 123, 85, 1999, True), (2,)], [(1, 123, 85, 2000, True), (2,)], [(1, 123, 85, 2001, True), (2,)], [(1, 123, 85, 2002, True), (2,)], [(1, 123, 85, 2003, True), (2,)], [(1, 123, 85, 2004, True), (2,)], [(1, 123, 85, 2005, True), (2,)], [(1, 123, 85, 2006, True), (2,)], [(1, 123, 85, 2007, True), (2,)], [(1, 123, 85, 2008, True), (2,)], [(1, 123, 85, 2009, True), (2,)], [(1, 123, 85, 2010, True), (2,)], [(1, 123, 85, 2011, True), (2,)], [(1, 123, 85, 2012, True), (2,)], [(1, 123, 85, 2013, True), (2,)], [(1, 123, 85, 2014, True), (2,)], [(1, 123, 85, 2015, True), (2,)], [(1, 123, 85, 2016, True), (2,)], [(1, 123, 85, 2017, True), (2,)], [(1, 123, 85, 2018, True), (2,)], [(1, 123, 85, 2019, True), (2,)], [(1, 123, 85, 2020, True), (2,)], [(1, 123, 85, 2021, True), (2,)], [(1, 123, 85, 2022, True), (2,)], [(1, 123, 85, 2023, True), (2,)], [(1, 123, 85, 2024, True), (2,)], [(1, 123, 85, 2025, True), (2,)], [(1, 123, 85, 2026, True), (2,)], [(1, 123, 85, 2027, True), (2,)], [(1, 123, 85, 2028, True), (2,)], [(1, 123, 85, 2029, True), (2,)], [(1, 123, 85, 2030, True), (2,)], [(1, 123, 85, 2031, True), (2,)], [(1, 123, 85, 2032, True), (2,)], [(1, 123, 85, 2033, True), (2,)], [(1, 123, 85, 2034, True), (2,)], [(1, 123, 85, 2035, True), (2,)], [(1, 123, 85, 2036, True), (2,)], [(1, 123, 85, 2037, True), (2,)], [(1, 123, 85, 2038, True), (2,)], [(1, 123, 85, 2039, True), (2,)], [(1, 123, 85, 2040, True), (2,)], [(1, 123, 85, 2041, True), (2,)], [(1, 123, 85, 2042, True), (2,)], [(1, 123, 85, 2043, True), (2,)], [(1, 123, 85, 2044, True), (2,)], [(1, 123, 85, 2045, True), (2,)], [(1, 123, 85, 2046, True), (2,)], [(1, 123, 85, 2047, True), (2,)], [(1, 123, 85, 2048, True), (2,)], [(2,)]]),
    ('c', [[(1, 119, 86, 1, False)], [(1, 120, 71, 2, False)], [(1, 121, 71, 3, False), (1, 122, 71, 4, False), (2,)], [(1, 122, 71, 4, False), (2,)], [(2,)]]),
    ('s', [[(3, 26, 1)], [(2,)]]),
    ('s', [[(3, 27, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 135, 89, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 133, 90, 1, False)], [(1, 134, 91, 2, False)], [(2,)]]),
    ('s', [[(3, 28, 1)], [(2,)]]),
    ('s', [[(3, 29, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 157, 93, 2, False)], [(1, 158, 94, 3, False), (1, 159, 96, 4, False)], [(2,)], [(2,)]]),
    ('s', [[(3, 30, 1)], [(2,)]]),
    ('c', [[(1, 137, 86, 1, False)], [(1, 138, 95, 2, False), (1, 139, 95, 3, False), (1, 140, 71, 4, False)], [(1, 139, 95, 3, False), (1, 140, 71, 4, False)], [(1, 140, 71, 4, False)], [(1, 141, 71, 5, False)], [(1, 142, 71, 6, False)], [(1, 143, 71, 7, False), (1, 144, 71, 8, False), (2,)], [(1, 144, 71, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 31, 1)], [(2,)]]),
    ('c', [[(1, 137, 86, 1, False), (1, 140, 71, 2, False), (1, 141, 71, 3, False), (1, 142, 71, 4, False), (1, 156, 97, 5, False), (2,)], [(1, 140, 71, 2, False), (1, 141, 71, 3, False), (1, 142, 71, 4, False), (1, 156, 97, 5, False), (2,)], [(1, 141, 71, 3, False), (1, 142, 71, 4, False), (1, 156, 97, 5, False), (2,)], [(1, 142, 71, 4, False), (1, 156, 97, 5, False), (2,)], [(1, 156, 97, 5, False), (2,)], [(2,)]]),
    ('c', [[(1, 154, 98, 1, False)], [(1, 155, 101, 2, False)], [(2,)]]),
    ('c', [[(1, 124, 3, 1, False)], [(1, 146, 99, 2, False)], [(2,)]]),
    ('c', [[(1, 145, 100, 1, True)], [(1, 145, 100, 2, True), (2,)], [(1, 145, 100, 3, True), (2,)], [(1, 145, 100, 4, True), (2,)], [(1, 145, 100, 5, True), (2,)], [(1, 145, 100, 6, True), (2,)], [(1, 145, 100, 7, True), (2,)], [(1, 145, 100, 8, True), (2,)], [(1, 145, 100, 9, True), (2,)], [(1, 145, 100, 10, True), (2,)], [(1, 145, 100, 11, True), (2,)], [(1, 145, 100, 12, True), (2,)], [(1, 145, 100, 13, True), (2,)], [(1, 145, 100, 14, True), (2,)], [(1, 145, 100, 15, True), (2,)], [(1, 145, 100, 16, True), (2,)], [(1, 145, 100, 17, True), (2,)], [(1, 145, 100, 18, True), (2,)], [(1, 145, 100, 19, True), (2,)], [(1, 145, 100, 20, True), (2,)], [(1, 145, 100, 21, True), (2,)], [(1, 145, 100, 22, True), (2,)], [(1, 145, 100, 23, True), (2,)], [(1, 145, 100, 24, True), (2,)], [(1, 145, 100, 25, True), (2,)], [(1, 145, 100, 26, True), (2,)], [(1, 145, 100, 27, True), (2,)], [(1, 145, 100, 28, True), (2,)], [(1, 145, 100, 29, True), (2,)], [(1, 145, 100, 30, True), (2,)], [(1, 145, 100, 31, True), (2,)], [(1, 145, 100, 32, True), (2,)], [(1, 145, 100, 33, True), (2,)], [(1, 145, 100, 34, True), (2,)], [(1, 145, 100, 35, True), (2,)], [(1, 145, 100, 36, True), (2,)], [(1, 145, 100, 37, True), (2,)], [(1, 145, 100, 38, True), (2,)], [(1, 145, 100, 39, True), (2,)], [(1, 145, 100, 40, True), (2,)], [(1, 145, 100, 41, True), (2,)], [(1, 145, 100, 42, True), (2,)], [(1, 145, 100, 43, True), (2,)], [(1, 145, 100, 44, True), (2,)], [(1, 145, 100, 45, True), (2,)], [(1, 145, 100, 46, True), (2,)], [(1, 145, 100, 47, True), (2,)], [(1, 145, 100, 48, True), (2,)], [(1, 145, 100, 49, True), (2,)], [(1, 145, 100, 50, True), (2,)], [(1, 145, 100, 51, True), (2,)], [(1, 145, 100, 52, True), (2,)], [(1, 145, 100, 53, True), (2,)], [(1, 145, 100, 54, True), (2,)], [(1, 145, 100, 55, True), (2,)], [(1, 145, 100, 56, True), (2,)], [(1, 145, 100, 57, True), (2,)], [(1, 145, 100, 58, True), (2,)], [(1, 145, 100, 59, True), (2,)], [(1, 145, 100, 60, True), (2,)], [(1, 145, 100, 61, True), (2,)], [(1, 145, 100, 62, True), (2,)], [(1, 145, 100, 63, True), (2,)], [(1, 145, 100, 64, True), (2,)], [(1, 145, 100, 65, True), (2,)], [(1, 145, 100, 66, True), (2,)], [(1, 145, 100, 67, True), (2,)], [(1, 145, 100, 68, True), (2,)], [(1, 145, 100, 69, True), (2,)], [(1, 145, 100, 70, True), (2,)], [(1, 145, 100, 71, True), (2,)], [(1, 145, 100, 72, True), (2,)], [(1, 145, 100, 73, True), (2,)], [(1, 145, 100, 74, True), (2,)], [(1, 145, 100, 75, True), (2,)], [(1, 145, 100, 76, True), (2,)], [(1, 145, 100, 77, True), (2,)], [(1, 145, 100, 78, True), (2,)], [(1, 145, 100, 79, True), (2,)], [(1, 145, 100, 80, True), (2,)], [(1, 145, 100, 81, True), (2,)], [(1, 145, 100, 82, True), (2,)], [(1, 145, 100, 83, True), (2,)], [(1, 145, 100, 84, True), (2,)], [(1, 145, 100, 85, True), (2,)], [(1, 145, 100, 86, True), (2,)], [(1, 145, 100, 87, True), (2,)], [(1, 145, 100, 88, True), (2,)], [(1, 145, 100, 89, True), (2,)], [(1, 145, 100, 90, True), (2,)], [(1, 145, 100, 91, True), (2,)], [(1, 145, 100, 92, True), (2,)], [(1, 145, 100, 93, True), (2,)], [(1, 145, 100, 94, True), (2,)], [(1, 145, 100, 95, True), (2,)], [(1, 145, 100, 96, True), (2,)], [(1, 145, 100, 97, True), (2,)], [(1, 145, 100, 98, True), (2,)], [(1, 145, 100, 99, True), (2,)], [(1, 145, 100, 100, True), (2,)], [(1, 145, 100, 101, True), (2,)], [(1, 145, 100, 102, True), (2,)], [(1, 145, 100, 103, True), (2,)], [(1, 145, 100, 104, True), (2,)], [(1, 145, 100, 105, True), (2,)], [(1, 145, 100, 106, True), (2,)], [(1, 145, 100, 107, True), (2,)], [(1, 145, 100, 108, True), (2,)], [(1, 145, 100, 109, True), (2,)], [(1, 145, 100, 110, True), (2,)], [(1, 145, 100, 111, True), (2,)], [(1, 145, 100, 112, True), (2,)], [(1, 145, 100, 113, True), (2,)], [(1, 145, 100, 114, True), (2,)], [(1, 145, 100, 115, True), (2,)], [(1, 145, 100, 116, True), (2,)], [(1, 145, 100, 117, True), (2,)], [(1, 145, 100, 118, True), (2,)], [(1, 145, 100, 119, True), (2,)], [(1, 145, 100, 120, True), (2,)], [(1, 145, 100, 121, True), (2,)], [(1, 145, 100, 122, True), (2,)], [(1, 145, 100, 123, True), (2,)], [(1, 145, 100, 124, True), (2,)], [(1, 145, 100, 125, True), (2,)], [(1, 145, 100, 126, True), (2,)], [(1, 145, 100, 127, True), (2,)], [(1, 145, 100, 128, True), (2,)], [(1, 145, 100, 129, True), (2,)], [(1, 145, 100, 130, True), (2,)], [(1, 145, 100, 131, True), (2,)], [(1, 145, 100, 132, True), (2,)], [(1, 145, 100, 133, True), (2,)], [(1, 145, 100, 134, True), (2,)], [(1, 145, 100, 135, True), (2,)], [(1, 145, 100, 136, True), (2,)], [(1, 145, 100, 137, True), (2,)], [(1, 145, 100, 138, True), (2,)], [(1, 145, 100, 139, True), (2,)], [(1, 145, 100, 140, True), (2,)], [(1, 145, 100, 141, True), (2,)], [(1, 145, 100, 142, True), (2,)], [(1, 145, 100, 143, True), (2,)], [(1, 145, 100, 144, True), (2,)], [(1, 145, 100, 145, True), (2,)], [(1, 145, 100, 146, True), (2,)], [(1, 145, 100, 147, True), (2,)], [(1, 145, 100, 148, True), (2,)], [(1, 145, 100, 149, True), (2,)], [(1, 145, 100, 150, True), (2,)], [(1, 145, 100, 151, True), (2,)], [(1, 145, 100, 152, True), (2,)], [(1, 145, 100, 153, True), (2,)], [(1, 145, 100, 154, True), (2,)], [(1, 145, 100, 155, True), (2,)], [(1, 145, 100, 156, True), (2,)], [(1, 145, 100, 157, True), (2,)], [(1, 145, 100, 158, True), (2,)], [(1, 145, 100, 159, True), (2,)], [(1, 145, 100, 160, True), (2,)], [(1, 145, 100, 161, True), (2,)], [(1, 145, 100, 162, True), (2,)], [(1, 145, 100, 163, True), (2,)], [(1, 145, 100, 164, True), (2,)], [(1, 145, 100, 165, True), (2,)], [(1, 145, 100, 166, True), (2,)], [(1, 145, 100, 167, True), (2,)], [(1, 145, 100, 168, True), (2,)], [(1, 145, 100, 169, True), (2,)], [(1, 145, 100, 170, True), (2,)], [(1, 145, 100, 171, True), (2,)], [(1, 145, 100, 172, True), (2,)], [(1, 145, 100, 173, True), (2,)], [(1, 145, 100, 174, True), (2,)], [(1, 145, 100, 175, True), (2,)], [(1, 145, 100, 176, True), (2,)], [(1, 145, 100, 177, True), (2,)], [(1, 145, 100, 178, True), (2,)], [(1, 145, 100, 179, True), (2,)], [(1, 145, 100, 180, True), (2,)], [(1, 145, 100, 181, True), (2,)], [(1, 145, 100, 182, True), (2,)], [(1, 145, 100, 183, True), (2,)], [(1, 145, 100, 184, True), (2,)], [(1, 145, 100, 185, True), (2,)], [(1, 145, 100, 186, True), (2,)], [(1, 145, 100, 187, True), (2,)], [(1, 145, 100, 188, True), (2,)], [(1, 145, 100, 189, True), (2,)], [(1, 145, 100, 190, True), (2,)], [(1, 145, 100, 191, True), (2,)], [(1, 145, 100, 192, True), (2,)], [(1, 145, 100, 193, True), (2,)], [(1, 145, 100, 194, True), (2,)], [(1, 145, 100, 195, True), (2,)], [(1, 145, 100, 196, True), (2,)], [(1, 145, 100, 197, True), (2,)], [(1, 145, 100, 198, True), (2,)], [(1, 145, 100, 199, True), (2,)], [(1, 145, 100, 200, True), (2,)], [(1, 145, 100, 201, True), (2,)], [(1, 145, 100, 202, True), (2,)], [(1, 145, 100, 203, True), (2,)], [(1, 145, 100, 204, True), (2,)], [(1, 145, 100, 205, True), (2,)], [(1, 145, 100, 206, True), (2,)], [(1, 145, 100, 207, True), (2,)], [(1, 145, 100, 208, True), (2,)], [(1, 145, 100, 209, True), (2,)], [(1, 145, 100, 210, True), (2,)], [(1, 145, 100, 211, True), (2,)], [(1, 145, 100, 212, True), (2,)], [(1, 145, 100, 213, True), (2,)], [(1, 145, 100, 214, True), (2,)], [(1, 145, 100, 215, True), (2,)], [(1, 145, 100, 216, True), (2,)], [(1, 145, 100, 217, True), (2,)], [(1, 145, 100, 218, True), (2,)], [(1, 145, 100, 219, True), (2,)], [(1, 145, 100, 220, True), (2,)], [(1, 145, 100, 221, True), (2,)], [(1, 145, 100, 222, True), (2,)], [(1, 145, 100, 223, True), (2,)], [(1, 145, 100, 224, True), (2,)], [(1, 145, 100, 225, True), (2,)], [(1, 145, 100, 226, True), (2,)], [(1, 145, 100, 227, True), (2,)], [(1, 145, 100, 228, True), (2,)], [(1, 145, 100, 229, True), (2,)], [(1, 145, 100, 230, True), (2,)], [(1, 145, 100, 231, True), (2,)], [(1, 145, 100, 232, True), (2,)], [(1, 145, 100, 233, True), (2,)], [(1, 145, 100, 234, True), (2,)], [(1, 145, 100, 235, True), (2,)], [(1, 145, 100, 236, True), (2,)], [(1, 145, 100, 237, True), (2,)], [(1, 145, 100, 238, True), (2,)], [(1, 145, 100, 239, True), (2,)], [(1, 145, 100, 240, True), (2,)], [(1, 145, 100, 241, True), (2,)], [(1, 145, 100, 242, True), (2,)], [(1, 145, 100, 243, True), (2,)], [(1, 145, 100, 244, True), (2,)], [(1, 145, 100, 245, True), (2,)], [(1, 145, 100, 246, True), (2,)], [(1, 145, 100, 247, True), (2,)], [(1, 145, 100, 248, True), (2,)], [(1, 145, 100, 249, True), (2,)], [(1, 145, 100, 250, True), (2,)], [(1, 145, 100, 251, True), (2,)], [(1, 145, 100, 252, True), (2,)], [(1, 145, 100, 253, True), (2,)], [(1, 145, 100, 254, True), (2,)], [(1, 145, 100, 255, True), (2,)], [(1, 145, 100, 256, True), (2,)], [(1, 145, 100, 257, True), (2,)], [(1, 145, 100, 258, True), (2,)], [(1, 145, 100, 259, True), (2,)], [(1, 145, 100, 260, True), (2,)], [(1, 145, 100, 261, True), (2,)], [(1, 145, 100, 262, True), (2,)], [(1, 145, 100, 263, True), (2,)], [(1, 145, 100, 264, True), (2,)], [(1, 145, 100, 265, True), (2,)], [(1, 145, 100, 266, True), (2,)], [(1, 145, 100, 267, True), (2,)], [(1, 145, 100, 268, True), (2,)], [(1, 145, 100, 269, True), (2,)], [(1, 145, 100, 270, True), (2,)], [(1, 145, 100, 271, True), (2,)], [(1, 145, 100, 272, True), (2,)], [(1, 145, 100, 273, True), (2,)], [(1, 145, 100, 274, True), (2,)], [(1, 145, 100, 275, True), (2,)], [(1, 145, 100, 276, True), (2,)], [(1, 145, 100, 277, True), (2,)], [(1, 145, 100, 278, True), (2,)], [(1, 145, 100, 279, True), (2,)], [(1, 145, 100, 280, True), (2,)], [(1, 145, 100, 281, True), (2,)], [(1, 145, 100, 282, True), (2,)], [(1, 145, 100, 283, True), (2,)], [(1, 145, 100, 284, True), (2,)], [(1, 145, 100, 285, True), (2,)], [(1, 145, 100, 286, True), (2,)], [(1, 145, 100, 287, True), (2,)], [(1, 145, 100, 288, True), (2,)], [(1, 145, 100, 289, True), (2,)], [(1, 145, 100, 290, True), (2,)], [(1, 145, 100, 291, True), (2,)], [(1, 145, 100, 292, True), (2,)], [(1, 145, 100, 293, True), (2,)], [(1, 145, 100, 294, True), (2,)], [(1, 145, 100, 295, True), (2,)], [(1, 145, 100, 296, True), (2,)], [(1, 145, 100, 297, True), (2,)], [(1, 145, 100, 298, True), (2,)], [(1, 145, 100, 299, True), (2,)], [(1, 145, 100, 300, True), (2,)], [(1, 145, 100, 301, True), (2,)], [(1, 145, 100, 302, True), (2,)], [(1, 145, 100, 303, True), (2,)], [(1, 145, 100, 304, True), (2,)], [(1, 145, 100, 305, True), (2,)], [(1, 145, 100, 306, True), (2,)], [(1, 145, 100, 307, True), (2,)], [(1, 145, 100, 308, True), (2,)], [(1, 145, 100, 309, True), (2,)], [(1, 145, 100, 310, True), (2,)], [(1, 145, 100, 311, True), (2,)], [(1, 145, 100, 312, True), (2,)], [(1, 145, 100, 313, True), (2,)], [(1, 145, 100, 314, True), (2,)], [(1, 145, 100, 315, True), (2,)], [(1, 145, 100, 316, True), (2,)], [(1, 145, 100, 317, True), (2,)], [(1, 145, 100, 318, True), (2,)], [(1, 145, 100, 319, True), (2,)], [(1, 145, 100, 320, True), (2,)], [(1, 145, 100, 321, True), (2,)], [(1, 145, 100, 322, True), (2,)], [(1, 145, 100, 323, True), (2,)], [(1, 145, 100, 324, True), (2,)], [(1, 145, 100, 325, True), (2,)], [(1, 145, 100, 326, True), (2,)], [(1, 145, 100, 327, True), (2,)], [(1, 145, 100, 328, True), (2,)], [(1, 145, 100, 329, True), (2,)], [(1, 145, 100, 330, True), (2,)], [(1, 145, 100, 331, True), (2,)], [(1, 145, 100, 332, True), (2,)], [(1, 145, 100, 333, True), (2,)], [(1, 145, 100, 334, True), (2,)], [(1, 145, 100, 335, True), (2,)], [(1, 145, 100, 336, True), (2,)], [(1, 145, 100, 337, True), (2,)], [(1, 145, 100, 338, True), (2,)], [(1, 145, 100, 339, True), (2,)], [(1, 145, 100, 340, True), (2,)], [(1, 145, 100, 341, True), (2,)], [(1, 145, 100, 342, True), (2,)], [(1, 145, 100, 343, True), (2,)], [(1, 145, 100, 344, True), (2,)], [(1, 145, 100, 345, True), (2,)], [(1, 145, 100, 346, True), (2,)], [(1, 145, 100, 347, True), (2,)], [(1, 145, 100, 348, True), (2,)], [(1, 145, 100, 349, True), (2,)], [(1, 145, 100, 350, True), (2,)], [(1, 145, 100, 351, True), (2,)], [(1, 145, 100, 352, True), (2,)], [(1, 145, 100, 353, True), (2,)], [(1, 145, 100, 354, True), (2,)], [(1, 145, 100, 355, True), (2,)], [(1, 145, 100, 356, True), (2,)], [(1, 145, 100, 357, True), (2,)], [(1, 145, 100, 358, True), (2,)], [(1, 145, 100, 359, True), (2,)], [(1, 145, 100, 360, True), (2,)], [(1, 145, 100, 361, True), (2,)], [(1, 145, 100, 362, True), (2,)], [(1, 145, 100, 363, True), (2,)], [(1, 145, 100, 364, True), (2,)], [(1, 145, 100, 365, True), (2,)], [(1, 145, 100, 366, True), (2,)], [(1, 145, 100, 367, True), (2,)], [(1, 145, 100, 368, True), (2,)], [(1, 145, 100, 369, True), (2,)], [(1, 145, 100, 370, True), (2,)], [(1, 145, 100, 371, True), (2,)], [(1, 145, 100, 372, True), (2,)], [(1, 145, 100, 373, True), (2,)], [(1, 145, 100, 374, True), (2,)], [(1, 145, 100, 375, True), (2,)], [(1, 145, 100, 376, True), (2,)], [(1, 145, 100, 377, True), (2,)], [(1, 145, 100, 378, True), (2,)], [(1, 145, 100, 379, True), (2,)], [(1, 145, 100, 380, True), (2,)], [(1, 145, 100, 381, True), (2,)], [(1, 145, 100, 382, True), (2,)], [(1, 145, 100, 383, True), (2,)], [(1, 145, 100, 384, True), (2,)], [(1, 145, 100, 385, True), (2,)], [(1, 145, 100, 386, True), (2,)], [(1, 145, 100, 387, True), (2,)], [(1, 145, 100, 388, True), (2,)], [(1, 145, 100, 389, True), (2,)], [(1, 145, 100, 390, True), (2,)], [(1, 145, 100, 391, True), (2,)], [(1, 145, 100, 392, True), (2,)], [(1, 145, 100, 393, True), (2,)], [(1, 145, 100, 394, True), (2,)], [(1, 145, 100, 395, True), (2,)], [(1, 145, 100, 396, True), (2,)], [(1, 145, 100, 397, True), (2,)], [(1, 145, 100, 398, True), (2,)], [(1, 145, 100, 399, True), (2,)], [(1, 145, 100, 400, True), (2,)], [(1, 145, 100, 401, True), (2,)], [(1, 145, 100, 402, True), (2,)], [(1, 145, 100, 403, True), (2,)], [(1, 145, 100, 404, True), (2,)], [(1, 145, 100, 405, True), (2,)], [(1, 145, 100, 406, True), (2,)], [(1, 145, 100, 407, True), (2,)], [(1, 145, 100, 408, True), (2,)], [(1, 145, 100, 409, True), (2,)], [(1, 145, 100, 410, True), (2,)], [(1, 145, 100, 411, True), (2,)], [(1, 145, 100, 412, True), (2,)], [(1, 145, 100, 413, True), (2,)], [(1, 145, 100, 414, True), (2,)], [(1, 145, 100, 415, True), (2,)], [(1, 145, 100, 416, True), (2,)], [(1, 145, 100, 417, True), (2,)], [(1, 145, 100, 418, True), (2,)], [(1, 145, 100, 419, True), (2,)], [(1, 145, 100, 420, True), (2,)], [(1, 145, 100, 421, True), (2,)], [(1, 145, 100, 422, True), (2,)], [(1, 145, 100, 423, True), (2,)], [(1, 145, 100, 424, True), (2,)], [(1, 145, 100, 425, True), (2,)], [(1, 145, 100, 426, True), (2,)], [(1, 145, 100, 427, True), (2,)], [(1, 145, 100, 428, True), (2,)], [(1, 145, 100, 429, True), (2,)], [(1, 145, 100, 430, True), (2,)], [(1, 145, 100, 431, True), (2,)], [(1, 145, 100, 432, True), (2,)], [(1, 145, 100, 433, True), (2,)], [(1, 145, 100, 434, True), (2,)], [(1, 145, 100, 435, True), (2,)], [(1, 145, 100, 436, True), (2,)], [(1, 145, 100, 437, True), (2,)], [(1, 145, 100, 438, True), (2,)], [(1, 145, 100, 439, True), (2,)], [(1, 145, 100, 440, True), (2,)], [(1, 145, 100, 441, True), (2,)], [(1, 145, 100, 442, True), (2,)], [(1, 145, 100, 443, True), (2,)], [(1, 145, 100, 444, True), (2,)], [(1, 145, 100, 445, True), (2,)], [(1, 145, 100, 446, True), (2,)], [(1, 145, 100, 447, True), (2,)], [(1, 145, 100, 448, True), (2,)], [(1, 145, 100, 449, True), (2,)], [(1, 145, 100, 450, True), (2,)], [(1, 145, 100, 451, True), (2,)], [(1, 145, 100, 452, True), (2,)], [(1, 145, 100, 453, True), (2,)], [(1, 145, 100, 454, True), (2,)], [(1, 145, 100, 455, True), (2,)], [(1, 145, 100, 456, True), (2,)], [(1, 145, 100, 457, True), (2,)], [(1, 145, 100, 458, True), (2,)], [(1, 145, 100, 459, True), (2,)], [(1, 145, 100, 460, True), (2,)], [(1, 145, 100, 461, True), (2,)], [(1, 145, 100, 462, True), (2,)], [(1, 145, 100, 463, True), (2,)], [(1, 145, 100, 464, True), (2,)], [(1, 145, 100, 465, True), (2,)], [(1, 145, 100, 466, True), (2,)], [(1, 145, 100, 467, True), (2,)], [(1, 145, 100, 468, True), (2,)], [(1, 145, 100, 469, True), (2,)], [(1, 145, 100, 470, True), (2,)], [(1, 145, 100, 471, True), (2,)], [(1, 145, 100, 472, True), (2,)], [(1, 145, 100, 473, True), (2,)], [(1, 145, 100, 474, True), (2,)], [(1, 145, 100, 475, True), (2,)], [(1, 145, 100, 476, True), (2,)], [(1, 145, 100, 477, True), (2,)], [(1, 145, 100, 478, True), (2,)], [(1, 145, 100, 479, True), (2,)], [(1, 145, 100, 480, True), (2,)], [(1, 145, 100, 481, True), (2,)], [(1, 145, 100, 482, True), (2,)], [(1, 145, 100, 483, True), (2,)], [(1, 145, 100, 484, True), (2,)], [(1, 145, 100, 485, True), (2,)], [(1, 145, 100, 486, True), (2,)], [(1, 145, 100, 487, True), (2,)], [(1, 145, 100, 488, True), (2,)], [(1, 145, 100, 489, True), (2,)], [(1, 145, 100, 490, True), (2,)], [(1, 145, 100, 491, True), (2,)], [(1, 145, 100, 492, True), (2,)], [(1, 145, 100, 493, True), (2,)], [(1, 145, 100, 494, True), (2,)], [(1, 145, 100, 495, True), (2,)], [(1, 145, 100, 496, True), (2,)], [(1, 145, 100, 497, True), (2,)], [(1, 145, 100, 498, True), (2,)], [(1, 145, 100, 499, True), (2,)], [(1, 145, 100, 500, True), (2,)], [(1, 145, 100, 501, True), (2,)], [(1, 145, 100, 502, True), (2,)], [(1, 145, 100, 503, True), (2,)], [(1, 145, 100, 504, True), (2,)], [(1, 145, 100, 505, True), (2,)], [(1, 145, 100, 506, True), (2,)], [(1, 145, 100, 507, True), (2,)], [(1, 145, 100, 508, True), (2,)], [(1, 145, 100, 509, True), (2,)], [(1, 145, 100, 510, True), (2,)], [(1, 145, 100, 511, True), (2,)], [(1, 145, 100, 512, True), (2,)], [(1, 145, 100, 513, True), (2,)], [(1, 145, 100, 514, True), (2,)], [(1, 145, 100, 515, True), (2,)], [(1, 145, 100, 516, True), (2,)], [(1, 145, 100, 517, True), (2,)], [(1, 145, 100, 518, True), (2,)], [(1, 145, 100, 519, True), (2,)], [(1, 145, 100, 520, True), (2,)], [(1, 145, 100, 521, True), (2,)], [(1, 145, 100, 522, True), (2,)], [(1, 145, 100, 523, True), (2,)], [(1, 145, 100, 524, True), (2,)], [(1, 145, 100, 525, True), (2,)], [(1, 145, 100, 526, True), (2,)], [(1, 145, 100, 527, True), (2,)], [(1, 145, 100, 528, True), (2,)], [(1, 145, 100, 529, True), (2,)], [(1, 145, 100, 530, True), (2,)], [(1, 145, 100, 531, True), (2,)], [(1, 145, 100, 532, True), (2,)], [(1, 145, 100, 533, True), (2,)], [(1, 145, 100, 534, True), (2,)], [(1, 145, 100, 535, True), (2,)], [(1, 145, 100, 536, True), (2,)], [(1, 145, 100, 537, True), (2,)], [(1, 145, 100, 538, True), (2,)], [(1, 145, 100, 539, True), (2,)], [(1, 145, 100, 540, True), (2,)], [(1, 145, 100, 541, True), (2,)], [(1, 145, 100, 542, True), (2,)], [(1, 145, 100, 543, True), (2,)], [(1, 145, 100, 544, True), (2,)], [(1, 145, 100, 545, True), (2,)], [(1, 145, 100, 546, True), (2,)], [(1, 145, 100, 547, True), (2,)], [(1, 145, 100, 548, True), (2,)], [(1, 145, 100, 549, True), (2,)], [(1, 145, 100, 550, True), (2,)], [(1, 145, 100, 551, True), (2,)], [(1, 145, 100, 552, True), (2,)], [(1, 145, 100, 553, True), (2,)], [(1, 145, 100, 554, True), (2,)], [(1, 145, 100, 555, True), (2,)], [(1, 145, 100, 556, True), (2,)], [(1, 145, 100, 557, True), (2,)], [(1, 145, 100, 558, True), (2,)], [(1, 145, 100, 559, True), (2,)], [(1, 145, 100, 560, True), (2,)], [(1, 145, 100, 561, True), (2,)], [(1, 145, 100, 562, True), (2,)], [(1, 145, 100, 563, True), (2,)], [(1, 145, 100, 564, True), (2,)], [(1, 145, 100, 565, True), (2,)], [(1, 145, 100, 566, True), (2,)], [(1, 145, 100, 567, True), (2,)], [(1, 145, 100, 568, True), (2,)], [(1, 145, 100, 569, True), (2,)], [(1, 145, 100, 570, True), (2,)], [(1, 145, 100, 571, True), (2,)], [(1, 145, 100, 572, True), (2,)], [(1, 145, 100, 573, True), (2,)], [(1, 145, 100, 574, True), (2,)], [(1, 145, 100, 575, True), (2,)], [(1, 145, 100, 576, True), (2,)], [(1, 145, 100, 577, True), (2,)], [(1, 145, 100, 578, True), (2,)], [(1, 145, 100, 579, True), (2,)], [(1, 145, 100, 580, True), (2,)], [(1, 145, 100, 581, True), (2,)], [(1, 145, 100, 582, True), (2,)], [(1, 145, 100, 583, True), (2,)], [(1, 145, 100, 584, True), (2,)], [(1, 145, 100, 585, True), (2,)], [(1, 145, 100, 586, True), (2,)], [(1, 145, 100, 587, True), (2,)], [(1, 145, 100, 588, True), (2,)], [(1, 145, 100, 589, True), (2,)], [(1, 145, 100, 590, True), (2,)], [(1, 145, 100, 591, True), (2,)], [(1, 145, 100, 592, True), (2,)], [(1, 145, 100, 593, True), (2,)], [(1, 145, 100, 594, True), (2,)], [(1, 145, 100, 595, True), (2,)], [(1, 145, 100, 596, True), (2,)], [(1, 145, 100, 597, True), (2,)], [(1, 145, 100, 598, True), (2,)], [(1, 145, 100, 599, True), (2,)], [(1, 145, 100, 600, True), (2,)], [(1, 145, 100, 601, True), (2,)], [(1, 145, 100, 602, True), (2,)], [(1, 145, 100, 603, True), (2,)], [(1, 145, 100, 604, True), (2,)], [(1, 145, 100, 605, True), (2,)], [(1, 145, 100, 606, True), (2,)], [(1, 145, 100, 607, True), (2,)], [(1, 145, 100, 608, True), (2,)], [(1, 145, 100, 609, True), (2,)], [(1, 145, 100, 610, True), (2,)], [(1, 145, 100, 611, True), (2,)], [(1, 145, 100, 612, True), (2,)], [(1, 145, 100, 613, True), (2,)], [(1, 145, 100, 614, True), (2,)], [(1, 145, 100, 615, True), (2,)], [(1, 145, 100, 616, True), (2,)], [(1, 145, 100, 617, True), (2,)], [(1, 145, 100, 618, True), (2,)], [(1, 145, 100, 619, True), (2,)], [(1, 145, 100, 620, True), (2,)], [(1, 145, 100, 621, True), (2,)], [(1, 145, 100, 622, True), (2,)], [(1, 145, 100, 623, True), (2,)], [(1, 145, 100, 624, True), (2,)], [(1, 145, 100, 625, True), (2,)], [(1, 145, 100, 626, True), (2,)], [(1, 145, 100, 627, True), (2,)], [(1, 145, 100, 628, True), (2,)], [(1, 145, 100, 629, True), (2,)], [(1, 145, 100, 630, True), (2,)], [(1, 145, 100, 631, True), (2,)], [(1, 145, 100, 632, True), (2,)], [(1, 145, 100, 633, True), (2,)], [(1, 145, 100, 634, True), (2,)], [(1, 145, 100, 635, True), (2,)], [(1, 145, 100, 636, True), (2,)], [(1, 145, 100, 637, True), (2,)], [(1, 145, 100, 638, True), (2,)], [(1, 145, 100, 639, True), (2,)], [(1, 145, 100, 640, True), (2,)], [(1, 145, 100, 641, True), (2,)], [(1, 145, 100, 642, True), (2,)], [(1, 145, 100, 643, True), (2,)], [(1, 145, 100, 644, True), (2,)], [(1, 145, 100, 645, True), (2,)], [(1, 145, 100, 646, True), (2,)], [(1, 145, 100, 647, True), (2,)], [(1, 145, 100, 648, True), (2,)], [(1, 145, 100, 649, True), (2,)], [(1, 145, 100, 650, True), (2,)], [(1, 145, 100, 651, True), (2,)], [(1, 145, 100, 652, True), (2,)], [(1, 145, 100, 653, True), (2,)], [(1, 145, 100, 654, True), (2,)], [(1, 145, 100, 655, True), (2,)], [(1, 145, 100, 656, True), (2,)], [(1, 145, 100, 657, True), (2,)], [(1, 145, 100, 658, True), (2,)], [(1, 145, 100, 659, True), (2,)], [(1, 145, 100, 660, True), (2,)], [(1, 145, 100, 661, True), (2,)], [(1, 145, 100, 662, True), (2,)], [(1, 145, 100, 663, True), (2,)], [(1, 145, 100, 664, True), (2,)], [(1, 145, 100, 665, True), (2,)], [(1, 145, 100, 666, True), (2,)], [(1, 145, 100, 667, True), (2,)], [(1, 145, 100, 668, True), (2,)], [(1, 145, 100, 669, True), (2,)], [(1, 145, 100, 670, True), (2,)], [(1, 145, 100, 671, True), (2,)], [(1, 145, 100, 672, True), (2,)], [(1, 145, 100, 673, True), (2,)], [(1, 145, 100, 674, True), (2,)], [(1, 145, 100, 675, True), (2,)], [(1, 145, 100, 676, True), (2,)], [(1, 145, 100, 677, True), (2,)], [(1, 145, 100, 678, True), (2,)], [(1, 145, 100, 679, True), (2,)], [(1, 145, 100, 680, True), (2,)], [(1, 145, 100, 681, True), (2,)], [(1, 145, 100, 682, True), (2,)], [(1, 145, 100, 683, True), (2,)], [(1, 145, 100, 684, True), (2,)], [(1, 145, 100, 685, True), (2,)], [(1, 145, 100, 686, True), (2,)], [(1, 145, 100, 687, True), (2,)], [(1, 145, 100, 688, True), (2,)], [(1, 145, 100, 689, True), (2,)], [(1, 145, 100, 690, True), (2,)], [(1, 145, 100, 691, True), (2,)], [(1, 145, 100, 692, True), (2,)], [(1, 145, 100, 693, True), (2,)], [(1, 145, 100, 694, True), (2,)], [(1, 145, 100, 695, True), (2,)], [(1, 145, 100, 696, True), (2,)], [(1, 145, 100, 697, True), (2,)], [(1, 145, 100, 698, True), (2,)], [(1, 145, 100, 699, True), (2,)], [(1, 145, 100, 700, True), (2,)], [(1, 145, 100, 701, True), (2,)], [(1, 145, 100, 702, True), (2,)], [(1, 145, 100, 703, True), (2,)], [(1, 145, 100, 704, True), (2,)], [(1, 145, 100, 705, True), (2,)], [(1, 145, 100, 706, True), (2,)], [(1, 145, 100, 707, True), (2,)], [(1, 145, 100, 708, True), (2,)], [(1, 145, 100, 709, True), (2,)], [(1, 145, 100, 710, True), (2,)], [(1, 145, 100, 711, True), (2,)], [(1, 145, 100, 712, True), (2,)], [(1, 145, 100, 713, True), (2,)], [(1, 145, 100, 714, True), (2,)], [(1, 145, 100, 715, True), (2,)], [(1, 145, 100, 716, True), (2,)], [(1, 145, 100, 717, True), (2,)], [(1, 145, 100, 718, True), (2,)], [(1, 145, 100, 719, True), (2,)], [(1, 145, 100, 720, True), (2,)], [(1, 145, 100, 721, True), (2,)], [(1, 145, 100, 722, True), (2,)], [(1, 145, 100, 723, True), (2,)], [(1, 145, 100, 724, True), (2,)], [(1, 145, 100, 725, True), (2,)], [(1, 145, 100, 726, True), (2,)], [(1, 145, 100, 727, True), (2,)], [(1, 145, 100, 728, True), (2,)], [(1, 145, 100, 729, True), (2,)], [(1, 145, 100, 730, True), (2,)], [(1, 145, 100, 731, True), (2,)], [(1, 145, 100, 732, True), (2,)], [(1, 145, 100, 733, True), (2,)], [(1, 145, 100, 734, True), (2,)], [(1, 145, 100, 735, True), (2,)], [(1, 145, 100, 736, True), (2,)], [(1, 145, 100, 737, True), (2,)], [(1, 145, 100, 738, True), (2,)], [(1, 145, 100, 739, True), (2,)], [(1, 145, 100, 740, True), (2,)], [(1, 145, 100, 741, True), (2,)], [(1, 145, 100, 742, True), (2,)], [(1, 145, 100, 743, True), (2,)], [(1, 145, 100, 744, True), (2,)], [(1, 145, 100, 745, True), (2,)], [(1, 145, 100, 746, True), (2,)], [(1, 145, 100, 747, True), (2,)], [(1, 145, 100, 748, True), (2,)], [(1, 145, 100, 749, True), (2,)], [(1, 145, 100, 750, True), (2,)], [(1, 145, 100, 751, True), (2,)], [(1, 145, 100, 752, True), (2,)], [(1, 145, 100, 753, True), (2,)], [(1, 145, 100, 754, True), (2,)], [(1, 145, 100, 755, True), (2,)], [(1, 145, 100, 756, True), (2,)], [(1, 145, 100, 757, True), (2,)], [(1, 145, 100, 758, True), (2,)], [(1, 145, 100, 759, True), (2,)], [(1, 145, 100, 760, True), (2,)], [(1, 145, 100, 761, True), (2,)], [(1, 145, 100, 762, True), (2,)], [(1, 145, 100, 763, True), (2,)], [(1, 145, 100, 764, True), (2,)], [(1, 145, 100, 765, True), (2,)], [(1, 145, 100, 766, True), (2,)], [(1, 145, 100, 767, True), (2,)], [(1, 145, 100, 768, True), (2,)], [(1, 145, 100, 769, True), (2,)], [(1, 145, 100, 770, True), (2,)], [(1, 145, 100, 771, True), (2,)], [(1, 145, 100, 772, True), (2,)], [(1, 145, 100, 773, True), (2,)], [(1, 145, 100, 774, True), (2,)], [(1, 145, 100, 775, True), (2,)], [(1, 145, 100, 776, True), (2,)], [(1, 145, 100, 777, True), (2,)], [(1, 145, 100, 778, True), (2,)], [(1, 145, 100, 779, True), (2,)], [(1, 145, 100, 780, True), (2,)], [(1, 145, 100, 781, True), (2,)], [(1, 145, 100, 782, True), (2,)], [(1, 145, 100, 783, True), (2,)], [(1, 145, 100, 784, True), (2,)], [(1, 145, 100, 785, True), (2,)], [(1, 145, 100, 786, True), (2,)], [(1, 145, 100, 787, True), (2,)], [(1, 145, 100, 788, True), (2,)], [(1, 145, 100, 789, True), (2,)], [(1, 145, 100, 790, True), (2,)], [(1, 145, 100, 791, True), (2,)], [(1, 145, 100, 792, True), (2,)], [(1, 145, 100, 793, True), (2,)], [(1, 145, 100, 794, True), (2,)], [(1, 145, 100, 795, True), (2,)], [(1, 145, 100, 796, True), (2,)], [(1, 145, 100, 797, True), (2,)], [(1, 145, 100, 798, True), (2,)], [(1, 145, 100, 799, True), (2,)], [(1, 145, 100, 800, True), (2,)], [(1, 145, 100, 801, True), (2,)], [(1, 145, 100, 802, True), (2,)], [(1, 145, 100, 803, True), (2,)], [(1, 145, 100, 804, True), (2,)], [(1, 145, 100, 805, True), (2,)], [(1, 145, 100, 806, True), (2,)], [(1, 145, 100, 807, True), (2,)], [(1, 145, 100, 808, True), (2,)], [(1, 145, 100, 809, True), (2,)], [(1, 145, 100, 810, True), (2,)], [(1, 145, 100, 811, True), (2,)], [(1, 145, 100, 812, True), (2,)], [(1, 145, 100, 813, True), (2,)], [(1, 145, 100, 814, True), (2,)], [(1, 145, 100, 815, True), (2,)], [(1, 145, 100, 816, True), (2,)], [(1, 145, 100, 817, True), (2,)], [(1, 145, 100, 818, True), (2,)], [(1, 145, 100, 819, True), (2,)], [(1, 145, 100, 820, True), (2,)], [(1, 145, 100, 821, True), (2,)], [(1, 145, 100, 822, True), (2,)], [(1, 145, 100, 823, True), (2,)], [(1, 145, 100, 824, True), (2,)], [(1, 145, 100, 825, True), (2,)], [(1, 145, 100, 826, True), (2,)], [(1, 145, 100, 827, True), (2,)], [(1, 145, 100, 828, True), (2,)], [(1, 145, 100, 829, True), (2,)], [(1, 145, 100, 830, True), (2,)], [(1, 145, 100, 831, True), (2,)], [(1, 145, 100, 832, True), (2,)], [(1, 145, 100, 833, True), (2,)], [(1, 145, 100, 834, True), (2,)], [(1, 145, 100, 835, True), (2,)], [(1, 145, 100, 836, True), (2,)], [(1, 145, 100, 837, True), (2,)], [(1, 145, 100, 838, True), (2,)], [(1, 145, 100, 839, True), (2,)], [(1, 145, 100, 840, True), (2,)], [(1, 145, 100, 841, True), (2,)], [(1, 145, 100, 842, True), (2,)], [(1, 145, 100, 843, True), (2,)], [(1, 145, 100, 844, True), (2,)], [(1, 145, 100, 845, True), (2,)], [(1, 145, 100, 846, True), (2,)], [(1, 145, 100, 847, True), (2,)], [(1, 145, 100, 848, True), (2,)], [(1, 145, 100, 849, True), (2,)], [(1, 145, 100, 850, True), (2,)], [(1, 145, 100, 851, True), (2,)], [(1, 145, 100, 852, True), (2,)], [(1, 145, 100, 853, True), (2,)], [(1, 145, 100, 854, True), (2,)], [(1, 145, 100, 855, True), (2,)], [(1, 145, 100, 856, True), (2,)], [(1, 145, 100, 857, True), (2,)], [(1, 145, 100, 858, True), (2,)], [(1, 145, 100, 859, True), (2,)], [(1, 145, 100, 860, True), (2,)], [(1, 145, 100, 861, True), (2,)], [(1, 145, 100, 862, True), (2,)], [(1, 145, 100, 863, True), (2,)], [(1, 145, 100, 864, True), (2,)], [(1, 145, 100, 865, True), (2,)], [(1, 145, 100, 866, True), (2,)], [(1, 145, 100, 867, True), (2,)], [(1, 145, 100, 868, True), (2,)], [(1, 145, 100, 869, True), (2,)], [(1, 145, 100, 870, True), (2,)], [(1, 145, 100, 871, True), (2,)], [(1, 145, 100, 872, True), (2,)], [(1, 145, 100, 873, True), (2,)], [(1, 145, 100, 874, True), (2,)], [(1, 145, 100, 875, True), (2,)], [(1, 145, 100, 876, True), (2,)], [(1, 145, 100, 877, True), (2,)], [(1, 145, 100, 878, True), (2,)], [(1, 145, 100, 879, True), (2,)], [(1, 145, 100, 880, True), (2,)], [(1, 145, 100, 881, True), (2,)], [(1, 145, 100, 882, True), (2,)], [(1, 145, 100, 883, True), (2,)], [(1, 145, 100, 884, True), (2,)], [(1, 145, 100, 885, True), (2,)], [(1, 145, 100, 886, True), (2,)], [(1, 145, 100, 887, True), (2,)], [(1, 145, 100, 888, True), (2,)], [(1, 145, 100, 889, True), (2,)], [(1, 145, 100, 890, True), (2,)], [(1, 145, 100, 891, True), (2,)], [(1, 145, 100, 892, True), (2,)], [(1, 145, 100, 893, True), (2,)], [(1, 145, 100, 894, True), (2,)], [(1, 145, 100, 895, True), (2,)], [(1, 145, 100, 896, True), (2,)], [(1, 145, 100, 897, True), (2,)], [(1, 145, 100, 898, True), (2,)], [(1, 145, 100, 899, True), (2,)], [(1, 145, 100, 900, True), (2,)], [(1, 145, 100, 901, True), (2,)], [(1, 145, 100, 902, True), (2,)], [(1, 145, 100, 903, True), (2,)], [(1, 145, 100, 904, True), (2,)], [(1, 145, 100, 905, True), (2,)], [(1, 145, 100, 906, True), (2,)], [(1, 145, 100, 907, True), (2,)], [(1, 145, 100, 908, True), (2,)], [(1, 145, 100, 909, True), (2,)], [(1, 145, 100, 910, True), (2,)], [(1, 145, 100, 911, True), (2,)], [(1, 145, 100, 912, True), (2,)], [(1, 145, 100, 913, True), (2,)], [(1, 145, 100, 914, True), (2,)], [(1, 145, 100, 915, True), (2,)], [(1, 145, 100, 916, True), (2,)], [(1, 145, 100, 917, True), (2,)], [(1, 145, 100, 918, True), (2,)], [(1, 145, 100, 919, True), (2,)], [(1, 145, 100, 920, True), (2,)], [(1, 145, 100, 921, True), (2,)], [(1, 145, 100, 922, True), (2,)], [(1, 145, 100, 923, True), (2,)], [(1, 145, 100, 924, True), (2,)], [(1, 145, 100, 925, True), (2,)], [(1, 145, 100, 926, True), (2,)], [(1, 145, 100, 927, True), (2,)], [(1, 145, 100, 928, True), (2,)], [(1, 145, 100, 929, True), (2,)], [(1, 145, 100, 930, True), (2,)], [(1, 145, 100, 931, True), (2,)], [(1, 145, 100, 932, True), (2,)], [(1, 145, 100, 933, True), (2,)], [(1, 145, 100, 934, True), (2,)], [(1, 145, 100, 935, True), (2,)], [(1, 145, 100, 936, True), (2,)], [(1, 145, 100, 937, True), (2,)], [(1, 145, 100, 938, True), (2,)], [(1, 145, 100, 939, True), (2,)], [(1, 145, 100, 940, True), (2,)], [(1, 145, 100, 941, True), (2,)], [(1, 145, 100, 942, True), (2,)], [(1, 145, 100, 943, True), (2,)], [(1, 145, 100, 944, True), (2,)], [(1, 145, 100, 945, True), (2,)], [(1, 145, 100, 946, True), (2,)], [(1, 145, 100, 947, True), (2,)], [(1, 145, 100, 948, True), (2,)], [(1, 145, 100, 949, True), (2,)], [(1, 145, 100, 950, True), (2,)], [(1, 145, 100, 951, True), (2,)], [(1, 145, 100, 952, True), (2,)], [(1, 145, 100, 953, True), (2,)], [(1, 145, 100, 954, True), (2,)], [(1, 145, 100, 955, True), (2,)], [(1, 145, 100, 956, True), (2,)], [(1, 145, 100, 957, True), (2,)], [(1, 145, 100, 958, True), (2,)], [(1, 145, 100, 959, True), (2,)], [(1, 145, 100, 960, True), (2,)], [(1, 145, 100, 961, True), (2,)], [(1, 145, 100, 962, True), (2,)], [(1, 145, 100, 963, True), (2,)], [(1, 145, 100, 964, True), (2,)], [(1, 145, 100, 965, True), (2,)], [(1, 145, 100, 966, True), (2,)], [(1, 145, 100, 967, True), (2,)], [(1, 145, 100, 968, True), (2,)], [(1, 145, 100, 969, True), (2,)], [(1, 145, 100, 970, True), (2,)], [(1, 145, 100, 971, True), (2,)], [(1, 145, 100, 972, True), (2,)], [(1, 145, 100, 973, True), (2,)], [(1, 145, 100, 974, True), (2,)], [(1, 145, 100, 975, True), (2,)], [(1, 145, 100, 976, True), (2,)], [(1, 145, 100, 977, True), (2,)], [(1, 145, 100, 978, True), (2,)], [(1, 145, 100, 979, True), (2,)], [(1, 145, 100, 980, True), (2,)], [(1, 145, 100, 981, True), (2,)], [(1, 145, 100, 982, True), (2,)], [(1, 145, 100, 983, True), (2,)], [(1, 145, 100, 984, True), (2,)], [(1, 145, 100, 985, True), (2,)], [(1, 145, 100, 986, True), (2,)], [(1, 145, 100, 987, True), (2,)], [(1, 145, 100, 988, True), (2,)], [(1, 145, 100, 989, True), (2,)], [(1, 145, 100, 990, True), (2,)], [(1, 145, 100, 991, True), (2,)], [(1, 145, 100, 992, True), (2,)], [(1, 145, 100, 993, True), (2,)], [(1, 145, 100, 994, True), (2,)], [(1, 145, 100, 995, True), (2,)], [(1, 145, 100, 996, True), (2,)], [(1, 145, 100, 997, True), (2,)], [(1, 145, 100, 998, True), (2,)], [(1, 145, 100, 999, True), (2,)], [(1, 145, 100, 1000, True), (2,)], [(1, 145, 100, 1001, True), (2,)], [(1, 145, 100, 1002, True), (2,)], [(1, 145, 100, 1003, True), (2,)], [(1, 145, 100, 1004, True), (2,)], [(1, 145, 100, 1005, True), (2,)], [(1, 145, 100, 1006, True), (2,)], [(1, 145, 100, 1007, True), (2,)], [(1, 145, 100, 1008, True), (2,)], [(1, 145, 100, 1009, True), (2,)], [(1, 145, 100, 1010, True), (2,)], [(1, 145, 100, 1011, True), (2,)], [(1, 145, 100, 1012, True), (2,)], [(1, 145, 100, 1013, True), (2,)], [(1, 145, 100, 1014, True), (2,)], [(1, 145, 100, 1015, True), (2,)], [(1, 145, 100, 1016, True), (2,)], [(1, 145, 100, 1017, True), (2,)], [(1, 145, 100, 1018, True), (2,)], [(1, 145, 100, 1019, True), (2,)], [(1, 145, 100, 1020, True), (2,)], [(1, 145, 100, 1021, True), (2,)], [(1, 145, 100, 1022, True), (2,)], [(1, 145, 100, 1023, True), (2,)], [(1, 145, 100, 1024, True), (2,)], [(2,)]]),
    ('c', [[(1, 119, 86, 1, False)], [(1, 120, 71, 2, False)], [(2,)]]),
    ('c', [[(1, 124, 3, 1, False)], [(1, 151, 102, 2, False)], [(1, 152, 53, 3, False)], [(1, 153, 103, 4, False)], [(2,)]]),
    ('s', [[(3, 32, 1)], [(2,)]]),
    ('c', [[(1, 150, 104, 1, True)], [(1, 150, 104, 2, True), (2,)], [(1, 150, 104, 3, True), (2,)], [(1, 150, 104, 4, True), (2,)], [(1, 150, 104, 5, True), (2,)], [(1, 150, 104, 6, True), (2,)], [(1, 150, 104, 7, True), (2,)], [(1, 150, 104, 8, True), (2,)], [(1, 150, 104, 9, True), (2,)], [(1, 150, 104, 10, True), (2,)], [(1, 150, 104, 11, True), (2,)], [(1, 150, 104, 12, True), (2,)], [(1, 150, 104, 13, True), (2,)], [(1, 150, 104, 14, True), (2,)], [(1, 150, 104, 15, True), (2,)], [(1, 150, 104, 16, True), (2,)], [(1, 150, 104, 17, True), (2,)], [(1, 150, 104, 18, True), (2,)], [(1, 150, 104, 19, True), (2,)], [(1, 150, 104, 20, True), (2,)], [(1, 150, 104, 21, True), (2,)], [(1, 150, 104, 22, True), (2,)], [(1, 150, 104, 23, True), (2,)], [(1, 150, 104, 24, True), (2,)], [(1, 150, 104, 25, True), (2,)], [(1, 150, 104, 26, True), (2,)], [(1, 150, 104, 27, True), (2,)], [(1, 150, 104, 28, True), (2,)], [(1, 150, 104, 29, True), (2,)], [(1, 150, 104, 30, True), (2,)], [(1, 150, 104, 31, True), (2,)], [(1, 150, 104, 32, True), (2,)], [(1, 150, 104, 33, True), (2,)], [(1, 150, 104, 34, True), (2,)], [(1, 150, 104, 35, True), (2,)], [(1, 150, 104, 36, True), (2,)], [(1, 150, 104, 37, True), (2,)], [(1, 150, 104, 38, True), (2,)], [(1, 150, 104, 39, True), (2,)], [(1, 150, 104, 40, True), (2,)], [(1, 150, 104, 41, True), (2,)], [(1, 150, 104, 42, True), (2,)], [(1, 150, 104, 43, True), (2,)], [(1, 150, 104, 44, True), (2,)], [(1, 150, 104, 45, True), (2,)], [(1, 150, 104, 46, True), (2,)], [(1, 150, 104, 47, True), (2,)], [(1, 150, 104, 48, True), (2,)], [(1, 150, 104, 49, True), (2,)], [(1, 150, 104, 50, True), (2,)], [(1, 150, 104, 51, True), (2,)], [(1, 150, 104, 52, True), (2,)], [(1, 150, 104, 53, True), (2,)], [(1, 150, 104, 54, True), (2,)], [(1, 150, 104, 55, True), (2,)], [(1, 150, 104, 56, True), (2,)], [(1, 150, 104, 57, True), (2,)], [(1, 150, 104, 58, True), (2,)], [(1, 150, 104, 59, True), (2,)], [(1, 150, 104, 60, True), (2,)], [(1, 150, 104, 61, True), (2,)], [(1, 150, 104, 62, True), (2,)], [(1, 150, 104, 63, True), (2,)], [(1, 150, 104, 64, True), (2,)], [(1, 150, 104, 65, True), (2,)], [(1, 150, 104, 66, True), (2,)], [(1, 150, 104, 67, True), (2,)], [(1, 150, 104, 68, True), (2,)], [(1, 150, 104, 69, True), (2,)], [(1, 150, 104, 70, True), (2,)], [(1, 150, 104, 71, True), (2,)], [(1, 150, 104, 72, True), (2,)], [(1, 150, 104, 73, True), (2,)], [(1, 150, 104, 74, True), (2,)], [(1, 150, 104, 75, True), (2,)], [(1, 150, 104, 76, True), (2,)], [(1, 150, 104, 77, True), (2,)], [(1, 150, 104, 78, True), (2,)], [(1, 150, 104, 79, True), (2,)], [(1, 150, 104, 80, True), (2,)], [(1, 150, 104, 81, True), (2,)], [(1, 150, 104, 82, True), (2,)], [(1, 150, 104, 83, True), (2,)], [(1, 150, 104, 84, True), (2,)], [(1, 150, 104, 85, True), (2,)], [(1, 150, 104, 86, True), (2,)], [(1, 150, 104, 87, True), (2,)], [(1, 150, 104, 88, True), (2,)], [(1, 150, 104, 89, True), (2,)], [(1, 150, 104, 90, True), (2,)], [(1, 150, 104, 91, True), (2,)], [(1, 150, 104, 92, True), (2,)], [(1, 150, 104, 93, True), (2,)], [(1, 150, 104, 94, True), (2,)], [(1, 150, 104, 95, True), (2,)], [(1, 150, 104, 96, True), (2,)], [(1, 150, 104, 97, True), (2,)], [(1, 150, 104, 98, True), (2,)], [(1, 150, 104, 99, True), (2,)], [(1, 150, 104, 100, True), (2,)], [(1, 150, 104, 101, True), (2,)], [(1, 150, 104, 102, True), (2,)], [(1, 150, 104, 103, True), (2,)], [(1, 150, 104, 104, True), (2,)], [(1, 150, 104, 105, True), (2,)], [(1, 150, 104, 106, True), (2,)], [(1, 150, 104, 107, True), (2,)], [(1, 150, 104, 108, True), (2,)], [(1, 150, 104, 109, True), (2,)], [(1, 150, 104, 110, True), (2,)], [(1, 150, 104, 111, True), (2,)], [(1, 150, 104, 112, True), (2,)], [(1, 150, 104, 113, True), (2,)], [(1, 150, 104, 114, True), (2,)], [(1, 150, 104, 115, True), (2,)], [(1, 150, 104, 116, True), (2,)], [(1, 150, 104, 117, True), (2,)], [(1, 150, 104, 118, True), (2,)], [(1, 150, 104, 119, True), (2,)], [(1, 150, 104, 120, True), (2,)], [(1, 150, 104, 121, True), (2,)], [(1, 150, 104, 122, True), (2,)], [(1, 150, 104, 123, True), (2,)], [(1, 150, 104, 124, True), (2,)], [(1, 150, 104, 125, True), (2,)], [(1, 150, 104, 126, True), (2,)], [(1, 150, 104, 127, True), (2,)], [(1, 150, 104, 128, True), (2,)], [(1, 150, 104, 129, True), (2,)], [(1, 150, 104, 130, True), (2,)], [(1, 150, 104, 131, True), (2,)], [(1, 150, 104, 132, True), (2,)], [(1, 150, 104, 133, True), (2,)], [(1, 150, 104, 134, True), (2,)], [(1, 150, 104, 135, True), (2,)], [(1, 150, 104, 136, True), (2,)], [(1, 150, 104, 137, True), (2,)], [(1, 150, 104, 138, True), (2,)], [(1, 150, 104, 139, True), (2,)], [(1, 150, 104, 140, True), (2,)], [(1, 150, 104, 141, True), (2,)], [(1, 150, 104, 142, True), (2,)], [(1, 150, 104, 143, True), (2,)], [(1, 150, 104, 144, True), (2,)], [(1, 150, 104, 145, True), (2,)], [(1, 150, 104, 146, True), (2,)], [(1, 150, 104, 147, True), (2,)], [(1, 150, 104, 148, True), (2,)], [(1, 150, 104, 149, True), (2,)], [(1, 150, 104, 150, True), (2,)], [(1, 150, 104, 151, True), (2,)], [(1, 150, 104, 152, True), (2,)], [(1, 150, 104, 153, True), (2,)], [(1, 150, 104, 154, True), (2,)], [(1, 150, 104, 155, True), (2,)], [(1, 150, 104, 156, True), (2,)], [(1, 150, 104, 157, True), (2,)], [(1, 150, 104, 158, True), (2,)], [(1, 150, 104, 159, True), (2,)], [(1, 150, 104, 160, True), (2,)], [(1, 150, 104, 161, True), (2,)], [(1, 150, 104, 162, True), (2,)], [(1, 150, 104, 163, True), (2,)], [(1, 150, 104, 164, True), (2,)], [(1, 150, 104, 165, True), (2,)], [(1, 150, 104, 166, True), (2,)], [(1, 150, 104, 167, True), (2,)], [(1, 150, 104, 168, True), (2,)], [(1, 150, 104, 169, True), (2,)], [(1, 150, 104, 170, True), (2,)], [(1, 150, 104, 171, True), (2,)], [(1, 150, 104, 172, True), (2,)], [(1, 150, 104, 173, True), (2,)], [(1, 150, 104, 174, True), (2,)], [(1, 150, 104, 175, True), (2,)], [(1, 150, 104, 176, True), (2,)], [(1, 150, 104, 177, True), (2,)], [(1, 150, 104, 178, True), (2,)], [(1, 150, 104, 179, True), (2,)], [(1, 150, 104, 180, True), (2,)], [(1, 150, 104, 181, True), (2,)], [(1, 150, 104, 182, True), (2,)], [(1, 150, 104, 183, True), (2,)], [(1, 150, 104, 184, True), (2,)], [(1, 150, 104, 185, True), (2,)], [(1, 150, 104, 186, True), (2,)], [(1, 150, 104, 187, True), (2,)], [(1, 150, 104, 188, True), (2,)], [(1, 150, 104, 189, True), (2,)], [(1, 150, 104, 190, True), (2,)], [(1, 150, 104, 191, True), (2,)], [(1, 150, 104, 192, True), (2,)], [(1, 150, 104, 193, True), (2,)], [(1, 150, 104, 194, True), (2,)], [(1, 150, 104, 195, True), (2,)], [(1, 150, 104, 196, True), (2,)], [(1, 150, 104, 197, True), (2,)], [(1, 150, 104, 198, True), (2,)], [(1, 150, 104, 199, True), (2,)], [(1, 150, 104, 200, True), (2,)], [(1, 150, 104, 201, True), (2,)], [(1, 150, 104, 202, True), (2,)], [(1, 150, 104, 203, True), (2,)], [(1, 150, 104, 204, True), (2,)], [(1, 150, 104, 205, True), (2,)], [(1, 150, 104, 206, True), (2,)], [(1, 150, 104, 207, True), (2,)], [(1, 150, 104, 208, True), (2,)], [(1, 150, 104, 209, True), (2,)], [(1, 150, 104, 210, True), (2,)], [(1, 150, 104, 211, True), (2,)], [(1, 150, 104, 212, True), (2,)], [(1, 150, 104, 213, True), (2,)], [(1, 150, 104, 214, True), (2,)], [(1, 150, 104, 215, True), (2,)], [(1, 150, 104, 216, True), (2,)], [(1, 150, 104, 217, True), (2,)], [(1, 150, 104, 218, True), (2,)], [(1, 150, 104, 219, True), (2,)], [(1, 150, 104, 220, True), (2,)], [(1, 150, 104, 221, True), (2,)], [(1, 150, 104, 222, True), (2,)], [(1, 150, 104, 223, True), (2,)], [(1, 150, 104, 224, True), (2,)], [(1, 150, 104, 225, True), (2,)], [(1, 150, 104, 226, True), (2,)], [(1, 150, 104, 227, True), (2,)], [(1, 150, 104, 228, True), (2,)], [(1, 150, 104, 229, True), (2,)], [(1, 150, 104, 230, True), (2,)], [(1, 150, 104, 231, True), (2,)], [(1, 150, 104, 232, True), (2,)], [(1, 150, 104, 233, True), (2,)], [(1, 150, 104, 234, True), (2,)], [(1, 150, 104, 235, True), (2,)], [(1, 150, 104, 236, True), (2,)], [(1, 150, 104, 237, True), (2,)], [(1, 150, 104, 238, True), (2,)], [(1, 150, 104, 239, True), (2,)], [(1, 150, 104, 240, True), (2,)], [(1, 150, 104, 241, True), (2,)], [(1, 150, 104, 242, True), (2,)], [(1, 150, 104, 243, True), (2,)], [(1, 150, 104, 244, True), (2,)], [(1, 150, 104, 245, True), (2,)], [(1, 150, 104, 246, True), (2,)], [(1, 150, 104, 247, True), (2,)], [(1, 150, 104, 248, True), (2,)], [(1, 150, 104, 249, True), (2,)], [(1, 150, 104, 250, True), (2,)], [(1, 150, 104, 251, True), (2,)], [(1, 150, 104, 252, True), (2,)], [(1, 150, 104, 253, True), (2,)], [(1, 150, 104, 254, True), (2,)], [(1, 150, 104, 255, True), (2,)], [(1, 150, 104, 256, True), (2,)], [(1, 150, 104, 257, True), (2,)], [(1, 150, 104, 258, True), (2,)], [(1, 150, 104, 259, True), (2,)], [(1, 150, 104, 260, True), (2,)], [(1, 150, 104, 261, True), (2,)], [(1, 150, 104, 262, True), (2,)], [(1, 150, 104, 263, True), (2,)], [(1, 150, 104, 264, True), (2,)], [(1, 150, 104, 265, True), (2,)], [(1, 150, 104, 266, True), (2,)], [(1, 150, 104, 267, True), (2,)], [(1, 150, 104, 268, True), (2,)], [(1, 150, 104, 269, True), (2,)], [(1, 150, 104, 270, True), (2,)], [(1, 150, 104, 271, True), (2,)], [(1, 150, 104, 272, True), (2,)], [(1, 150, 104, 273, True), (2,)], [(1, 150, 104, 274, True), (2,)], [(1, 150, 104, 275, True), (2,)], [(1, 150, 104, 276, True), (2,)], [(1, 150, 104, 277, True), (2,)], [(1, 150, 104, 278, True), (2,)], [(1, 150, 104, 279, True), (2,)], [(1, 150, 104, 280, True), (2,)], [(1, 150, 104, 281, True), (2,)], [(1, 150, 104, 282, True), (2,)], [(1, 150, 104, 283, True), (2,)], [(1, 150, 104, 284, True), (2,)], [(1, 150, 104, 285, True), (2,)], [(1, 150, 104, 286, True), (2,)], [(1, 150, 104, 287, True), (2,)], [(1, 150, 104, 288, True), (2,)], [(1, 150, 104, 289, True), (2,)], [(1, 150, 104, 290, True), (2,)], [(1, 150, 104, 291, True), (2,)], [(1, 150, 104, 292, True), (2,)], [(1, 150, 104, 293, True), (2,)], [(1, 150, 104, 294, True), (2,)], [(1, 150, 104, 295, True), (2,)], [(1, 150, 104, 296, True), (2,)], [(1, 150, 104, 297, True), (2,)], [(1, 150, 104, 298, True), (2,)], [(1, 150, 104, 299, True), (2,)], [(1, 150, 104, 300, True), (2,)], [(1, 150, 104, 301, True), (2,)], [(1, 150, 104, 302, True), (2,)], [(1, 150, 104, 303, True), (2,)], [(1, 150, 104, 304, True), (2,)], [(1, 150, 104, 305, True), (2,)], [(1, 150, 104, 306, True), (2,)], [(1, 150, 104, 307, True), (2,)], [(1, 150, 104, 308, True), (2,)], [(1, 150, 104, 309, True), (2,)], [(1, 150, 104, 310, True), (2,)], [(1, 150, 104, 311, True), (2,)], [(1, 150, 104, 312, True), (2,)], [(1, 150, 104, 313, True), (2,)], [(1, 150, 104, 314, True), (2,)], [(1, 150, 104, 315, True), (2,)], [(1, 150, 104, 316, True), (2,)], [(1, 150, 104, 317, True), (2,)], [(1, 150, 104, 318, True), (2,)], [(1, 150, 104, 319, True), (2,)], [(1, 150, 104, 320, True), (2,)], [(1, 150, 104, 321, True), (2,)], [(1, 150, 104, 322, True), (2,)], [(1, 150, 104, 323, True), (2,)], [(1, 150, 104, 324, True), (2,)], [(1, 150, 104, 325, True), (2,)], [(1, 150, 104, 326, True), (2,)], [(1, 150, 104, 327, True), (2,)], [(1, 150, 104, 328, True), (2,)], [(1, 150, 104, 329, True), (2,)], [(1, 150, 104, 330, True), (2,)], [(1, 150, 104, 331, True), (2,)], [(1, 150, 104, 332, True), (2,)], [(1, 150, 104, 333, True), (2,)], [(1, 150, 104, 334, True), (2,)], [(1, 150, 104, 335, True), (2,)], [(1, 150, 104, 336, True), (2,)], [(1, 150, 104, 337, True), (2,)], [(1, 150, 104, 338, True), (2,)], [(1, 150, 104, 339, True), (2,)], [(1, 150, 104, 340, True), (2,)], [(1, 150, 104, 341, True), (2,)], [(1, 150, 104, 342, True), (2,)], [(1, 150, 104, 343, True), (2,)], [(1, 150, 104, 344, True), (2,)], [(1, 150, 104, 345, True), (2,)], [(1, 150, 104, 346, True), (2,)], [(1, 150, 104, 347, True), (2,)], [(1, 150, 104, 348, True), (2,)], [(1, 150, 104, 349, True), (2,)], [(1, 150, 104, 350, True), (2,)], [(1, 150, 104, 351, True), (2,)], [(1, 150, 104, 352, True), (2,)], [(1, 150, 104, 353, True), (2,)], [(1, 150, 104, 354, True), (2,)], [(1, 150, 104, 355, True), (2,)], [(1, 150, 104, 356, True), (2,)], [(1, 150, 104, 357, True), (2,)], [(1, 150, 104, 358, True), (2,)], [(1, 150, 104, 359, True), (2,)], [(1, 150, 104, 360, True), (2,)], [(1, 150, 104, 361, True), (2,)], [(1, 150, 104, 362, True), (2,)], [(1, 150, 104, 363, True), (2,)], [(1, 150, 104, 364, True), (2,)], [(1, 150, 104, 365, True), (2,)], [(1, 150, 104, 366, True), (2,)], [(1, 150, 104, 367, True), (2,)], [(1, 150, 104, 368, True), (2,)], [(1, 150, 104, 369, True), (2,)], [(1, 150, 104, 370, True), (2,)], [(1, 150, 104, 371, True), (2,)], [(1, 150, 104, 372, True), (2,)], [(1, 150, 104, 373, True), (2,)], [(1, 150, 104, 374, True), (2,)], [(1, 150, 104, 375, True), (2,)], [(1, 150, 104, 376, True), (2,)], [(1, 150, 104, 377, True), (2,)], [(1, 150, 104, 378, True), (2,)], [(1, 150, 104, 379, True), (2,)], [(1, 150, 104, 380, True), (2,)], [(1, 150, 104, 381, True), (2,)], [(1, 150, 104, 382, True), (2,)], [(1, 150, 104, 383, True), (2,)], [(1, 150, 104, 384, True), (2,)], [(1, 150, 104, 385, True), (2,)], [(1, 150, 104, 386, True), (2,)], [(1, 150, 104, 387, True), (2,)], [(1, 150, 104, 388, True), (2,)], [(1, 150, 104, 389, True), (2,)], [(1, 150, 104, 390, True), (2,)], [(1, 150, 104, 391, True), (2,)], [(1, 150, 104, 392, True), (2,)], [(1, 150, 104, 393, True), (2,)], [(1, 150, 104, 394, True), (2,)], [(1, 150, 104, 395, True), (2,)], [(1, 150, 104, 396, True), (2,)], [(1, 150, 104, 397, True), (2,)], [(1, 150, 104, 398, True), (2,)], [(1, 150, 104, 399, True), (2,)], [(1, 150, 104, 400, True), (2,)], [(1, 150, 104, 401, True), (2,)], [(1, 150, 104, 402, True), (2,)], [(1, 150, 104, 403, True), (2,)], [(1, 150, 104, 404, True), (2,)], [(1, 150, 104, 405, True), (2,)], [(1, 150, 104, 406, True), (2,)], [(1, 150, 104, 407, True), (2,)], [(1, 150, 104, 408, True), (2,)], [(1, 150, 104, 409, True), (2,)], [(1, 150, 104, 410, True), (2,)], [(1, 150, 104, 411, True), (2,)], [(1, 150, 104, 412, True), (2,)], [(1, 150, 104, 413, True), (2,)], [(1, 150, 104, 414, True), (2,)], [(1, 150, 104, 415, True), (2,)], [(1, 150, 104, 416, True), (2,)], [(1, 150, 104, 417, True), (2,)], [(1, 150, 104, 418, True), (2,)], [(1, 150, 104, 419, True), (2,)], [(1, 150, 104, 420, True), (2,)], [(1, 150, 104, 421, True), (2,)], [(1, 150, 104, 422, True), (2,)], [(1, 150, 104, 423, True), (2,)], [(1, 150, 104, 424, True), (2,)], [(1, 150, 104, 425, True), (2,)], [(1, 150, 104, 426, True), (2,)], [(1, 150, 104, 427, True), (2,)], [(1, 150, 104, 428, True), (2,)], [(1, 150, 104, 429, True), (2,)], [(1, 150, 104, 430, True), (2,)], [(1, 150, 104, 431, True), (2,)], [(1, 150, 104, 432, True), (2,)], [(1, 150, 104, 433, True), (2,)], [(1, 150, 104, 434, True), (2,)], [(1, 150, 104, 435, True), (2,)], [(1, 150, 104, 436, True), (2,)], [(1, 150, 104, 437, True), (2,)], [(1, 150, 104, 438, True), (2,)], [(1, 150, 104, 439, True), (2,)], [(1, 150, 104, 440, True), (2,)], [(1, 150, 104, 441, True), (2,)], [(1, 150, 104, 442, True), (2,)], [(1, 150, 104, 443, True), (2,)], [(1, 150, 104, 444, True), (2,)], [(1, 150, 104, 445, True), (2,)], [(1, 150, 104, 446, True), (2,)], [(1, 150, 104, 447, True), (2,)], [(1, 150, 104, 448, True), (2,)], [(1, 150, 104, 449, True), (2,)], [(1, 150, 104, 450, True), (2,)], [(1, 150, 104, 451, True), (2,)], [(1, 150, 104, 452, True), (2,)], [(1, 150, 104, 453, True), (2,)], [(1, 150, 104, 454, True), (2,)], [(1, 150, 104, 455, True), (2,)], [(1, 150, 104, 456, True), (2,)], [(1, 150, 104, 457, True), (2,)], [(1, 150, 104, 458, True), (2,)], [(1, 150, 104, 459, True), (2,)], [(1, 150, 104, 460, True), (2,)], [(1, 150, 104, 461, True), (2,)], [(1, 150, 104, 462, True), (2,)], [(1, 150, 104, 463, True), (2,)], [(1, 150, 104, 464, True), (2,)], [(1, 150, 104, 465, True), (2,)], [(1, 150, 104, 466, True), (2,)], [(1, 150, 104, 467, True), (2,)], [(1, 150, 104, 468, True), (2,)], [(1, 150, 104, 469, True), (2,)], [(1, 150, 104, 470, True), (2,)], [(1, 150, 104, 471, True), (2,)], [(1, 150, 104, 472, True), (2,)], [(1, 150, 104, 473, True), (2,)], [(1, 150, 104, 474, True), (2,)], [(1, 150, 104, 475, True), (2,)], [(1, 150, 104, 476, True), (2,)], [(1, 150, 104, 477, True), (2,)], [(1, 150, 104, 478, True), (2,)], [(1, 150, 104, 479, True), (2,)], [(1, 150, 104, 480, True), (2,)], [(1, 150, 104, 481, True), (2,)], [(1, 150, 104, 482, True), (2,)], [(1, 150, 104, 483, True), (2,)], [(1, 150, 104, 484, True), (2,)], [(1, 150, 104, 485, True), (2,)], [(1, 150, 104, 486, True), (2,)], [(1, 150, 104, 487, True), (2,)], [(1, 150, 104, 488, True), (2,)], [(1, 150, 104, 489, True), (2,)], [(1, 150, 104, 490, True), (2,)], [(1, 150, 104, 491, True), (2,)], [(1, 150, 104, 492, True), (2,)], [(1, 150, 104, 493, True), (2,)], [(1, 150, 104, 494, True), (2,)], [(1, 150, 104, 495, True), (2,)], [(1, 150, 104, 496, True), (2,)], [(1, 150, 104, 497, True), (2,)], [(1, 150, 104, 498, True), (2,)], [(1, 150, 104, 499, True), (2,)], [(1, 150, 104, 500, True), (2,)], [(1, 150, 104, 501, True), (2,)], [(1, 150, 104, 502, True), (2,)], [(1, 150, 104, 503, True), (2,)], [(1, 150, 104, 504, True), (2,)], [(1, 150, 104, 505, True), (2,)], [(1, 150, 104, 506, True), (2,)], [(1, 150, 104, 507, True), (2,)], [(1, 150, 104, 508, True), (2,)], [(1, 150, 104, 509, True), (2,)], [(1, 150, 104, 510, True), (2,)], [(1, 150, 104, 511, True), (2,)], [(1, 150, 104, 512, True), (2,)], [(1, 150, 104, 513, True), (2,)], [(1, 150, 104, 514, True), (2,)], [(1, 150, 104, 515, True), (2,)], [(1, 150, 104, 516, True), (2,)], [(1, 150, 104, 517, True), (2,)], [(1, 150, 104, 518, True), (2,)], [(1, 150, 104, 519, True), (2,)], [(1, 150, 104, 520, True), (2,)], [(1, 150, 104, 521, True), (2,)], [(1, 150, 104, 522, True), (2,)], [(1, 150, 104, 523, True), (2,)], [(1, 150, 104, 524, True), (2,)], [(1, 150, 104, 525, True), (2,)], [(1, 150, 104, 526, True), (2,)], [(1, 150, 104, 527, True), (2,)], [(1, 150, 104, 528, True), (2,)], [(1, 150, 104, 529, True), (2,)], [(1, 150, 104, 530, True), (2,)], [(1, 150, 104, 531, True), (2,)], [(1, 150, 104, 532, True), (2,)], [(1, 150, 104, 533, True), (2,)], [(1, 150, 104, 534, True), (2,)], [(1, 150, 104, 535, True), (2,)], [(1, 150, 104, 536, True), (2,)], [(1, 150, 104, 537, True), (2,)], [(1, 150, 104, 538, True), (2,)], [(1, 150, 104, 539, True), (2,)], [(1, 150, 104, 540, True), (2,)], [(1, 150, 104, 541, True), (2,)], [(1, 150, 104, 542, True), (2,)], [(1, 150, 104, 543, True), (2,)], [(1, 150, 104, 544, True), (2,)], [(1, 150, 104, 545, True), (2,)], [(1, 150, 104, 546, True), (2,)], [(1, 150, 104, 547, True), (2,)], [(1, 150, 104, 548, True), (2,)], [(1, 150, 104, 549, True), (2,)], [(1, 150, 104, 550, True), (2,)], [(1, 150, 104, 551, True), (2,)], [(1, 150, 104, 552, True), (2,)], [(1, 150, 104, 553, True), (2,)], [(1, 150, 104, 554, True), (2,)], [(1, 150, 104, 555, True), (2,)], [(1, 150, 104, 556, True), (2,)], [(1, 150, 104, 557, True), (2,)], [(1, 150, 104, 558, True), (2,)], [(1, 150, 104, 559, True), (2,)], [(1, 150, 104, 560, True), (2,)], [(1, 150, 104, 561, True), (2,)], [(1, 150, 104, 562, True), (2,)], [(1, 150, 104, 563, True), (2,)], [(1, 150, 104, 564, True), (2,)], [(1, 150, 104, 565, True), (2,)], [(1, 150, 104, 566, True), (2,)], [(1, 150, 104, 567, True), (2,)], [(1, 150, 104, 568, True), (2,)], [(1, 150, 104, 569, True), (2,)], [(1, 150, 104, 570, True), (2,)], [(1, 150, 104, 571, True), (2,)], [(1, 150, 104, 572, True), (2,)], [(1, 150, 104, 573, True), (2,)], [(1, 150, 104, 574, True), (2,)], [(1, 150, 104, 575, True), (2,)], [(1, 150, 104, 576, True), (2,)], [(1, 150, 104, 577, True), (2,)], [(1, 150, 104, 578, True), (2,)], [(1, 150, 104, 579, True), (2,)], [(1, 150, 104, 580, True), (2,)], [(1, 150, 104, 581, True), (2,)], [(1, 150, 104, 582, True), (2,)], [(1, 150, 104, 583, True), (2,)], [(1, 150, 104, 584, True), (2,)], [(1, 150, 104, 585, True), (2,)], [(1, 150, 104, 586, True), (2,)], [(1, 150, 104, 587, True), (2,)], [(1, 150, 104, 588, True), (2,)], [(1, 150, 104, 589, True), (2,)], [(1, 150, 104, 590, True), (2,)], [(1, 150, 104, 591, True), (2,)], [(1, 150, 104, 592, True), (2,)], [(1, 150, 104, 593, True), (2,)], [(1, 150, 104, 594, True), (2,)], [(1, 150, 104, 595, True), (2,)], [(1, 150, 104, 596, True), (2,)], [(1, 150, 104, 597, True), (2,)], [(1, 150, 104, 598, True), (2,)], [(1, 150, 104, 599, True), (2,)], [(1, 150, 104, 600, True), (2,)], [(1, 150, 104, 601, True), (2,)], [(1, 150, 104, 602, True), (2,)], [(1, 150, 104, 603, True), (2,)], [(1, 150, 104, 604, True), (2,)], [(1, 150, 104, 605, True), (2,)], [(1, 150, 104, 606, True), (2,)], [(1, 150, 104, 607, True), (2,)], [(1, 150, 104, 608, True), (2,)], [(1, 150, 104, 609, True), (2,)], [(1, 150, 104, 610, True), (2,)], [(1, 150, 104, 611, True), (2,)], [(1, 150, 104, 612, True), (2,)], [(1, 150, 104, 613, True), (2,)], [(1, 150, 104, 614, True), (2,)], [(1, 150, 104, 615, True), (2,)], [(1, 150, 104, 616, True), (2,)], [(1, 150, 104, 617, True), (2,)], [(1, 150, 104, 618, True), (2,)], [(1, 150, 104, 619, True), (2,)], [(1, 150, 104, 620, True), (2,)], [(1, 150, 104, 621, True), (2,)], [(1, 150, 104, 622, True), (2,)], [(1, 150, 104, 623, True), (2,)], [(1, 150, 104, 624, True), (2,)], [(1, 150, 104, 625, True), (2,)], [(1, 150, 104, 626, True), (2,)], [(1, 150, 104, 627, True), (2,)], [(1, 150, 104, 628, True), (2,)], [(1, 150, 104, 629, True), (2,)], [(1, 150, 104, 630, True), (2,)], [(1, 150, 104, 631, True), (2,)], [(1, 150, 104, 632, True), (2,)], [(1, 150, 104, 633, True), (2,)], [(1, 150, 104, 634, True), (2,)], [(1, 150, 104, 635, True), (2,)], [(1, 150, 104, 636, True), (2,)], [(1, 150, 104, 637, True), (2,)], [(1, 150, 104, 638, True), (2,)], [(1, 150, 104, 639, True), (2,)], [(1, 150, 104, 640, True), (2,)], [(1, 150, 104, 641, True), (2,)], [(1, 150, 104, 642, True), (2,)], [(1, 150, 104, 643, True), (2,)], [(1, 150, 104, 644, True), (2,)], [(1, 150, 104, 645, True), (2,)], [(1, 150, 104, 646, True), (2,)], [(1, 150, 104, 647, True), (2,)], [(1, 150, 104, 648, True), (2,)], [(1, 150, 104, 649, True), (2,)], [(1, 150, 104, 650, True), (2,)], [(1, 150, 104, 651, True), (2,)], [(1, 150, 104, 652, True), (2,)], [(1, 150, 104, 653, True), (2,)], [(1, 150, 104, 654, True), (2,)], [(1, 150, 104, 655, True), (2,)], [(1, 150, 104, 656, True), (2,)], [(1, 150, 104, 657, True), (2,)], [(1, 150, 104, 658, True), (2,)], [(1, 150, 104, 659, True), (2,)], [(1, 150, 104, 660, True), (2,)], [(1, 150, 104, 661, True), (2,)], [(1, 150, 104, 662, True), (2,)], [(1, 150, 104, 663, True), (2,)], [(1, 150, 104, 664, True), (2,)], [(1, 150, 104, 665, True), (2,)], [(1, 150, 104, 666, True), (2,)], [(1, 150, 104, 667, True), (2,)], [(1, 150, 104, 668, True), (2,)], [(1, 150, 104, 669, True), (2,)], [(1, 150, 104, 670, True), (2,)], [(1, 150, 104, 671, True), (2,)], [(1, 150, 104, 672, True), (2,)], [(1, 150, 104, 673, True), (2,)], [(1, 150, 104, 674, True), (2,)], [(1, 150, 104, 675, True), (2,)], [(1, 150, 104, 676, True), (2,)], [(1, 150, 104, 677, True), (2,)], [(1, 150, 104, 678, True), (2,)], [(1, 150, 104, 679, True), (2,)], [(1, 150, 104, 680, True), (2,)], [(1, 150, 104, 681, True), (2,)], [(1, 150, 104, 682, True), (2,)], [(1, 150, 104, 683, True), (2,)], [(1, 150, 104, 684, True), (2,)], [(1, 150, 104, 685, True), (2,)], [(1, 150, 104, 686, True), (2,)], [(1, 150, 104, 687, True), (2,)], [(1, 150, 104, 688, True), (2,)], [(1, 150, 104, 689, True), (2,)], [(1, 150, 104, 690, True), (2,)], [(1, 150, 104, 691, True), (2,)], [(1, 150, 104, 692, True), (2,)], [(1, 150, 104, 693, True), (2,)], [(1, 150, 104, 694, True), (2,)], [(1, 150, 104, 695, True), (2,)], [(1, 150, 104, 696, True), (2,)], [(1, 150, 104, 697, True), (2,)], [(1, 150, 104, 698, True), (2,)], [(1, 150, 104, 699, True), (2,)], [(1, 150, 104, 700, True), (2,)], [(1, 150, 104, 701, True), (2,)], [(1, 150, 104, 702, True), (2,)], [(1, 150, 104, 703, True), (2,)], [(1, 150, 104, 704, True), (2,)], [(1, 150, 104, 705, True), (2,)], [(1, 150, 104, 706, True), (2,)], [(1, 150, 104, 707, True), (2,)], [(1, 150, 104, 708, True), (2,)], [(1, 150, 104, 709, True), (2,)], [(1, 150, 104, 710, True), (2,)], [(1, 150, 104, 711, True), (2,)], [(1, 150, 104, 712, True), (2,)], [(1, 150, 104, 713, True), (2,)], [(1, 150, 104, 714, True), (2,)], [(1, 150, 104, 715, True), (2,)], [(1, 150, 104, 716, True), (2,)], [(1, 150, 104, 717, True), (2,)], [(1, 150, 104, 718, True), (2,)], [(1, 150, 104, 719, True), (2,)], [(1, 150, 104, 720, True), (2,)], [(1, 150, 104, 721, True), (2,)], [(1, 150, 104, 722, True), (2,)], [(1, 150, 104, 723, True), (2,)], [(1, 150, 104, 724, True), (2,)], [(1, 150, 104, 725, True), (2,)], [(1, 150, 104, 726, True), (2,)], [(1, 150, 104, 727, True), (2,)], [(1, 150, 104, 728, True), (2,)], [(1, 150, 104, 729, True), (2,)], [(1, 150, 104, 730, True), (2,)], [(1, 150, 104, 731, True), (2,)], [(1, 150, 104, 732, True), (2,)], [(1, 150, 104, 733, True), (2,)], [(1, 150, 104, 734, True), (2,)], [(1, 150, 104, 735, True), (2,)], [(1, 150, 104, 736, True), (2,)], [(1, 150, 104, 737, True), (2,)], [(1, 150, 104, 738, True), (2,)], [(1, 150, 104, 739, True), (2,)], [(1, 150, 104, 740, True), (2,)], [(1, 150, 104, 741, True), (2,)], [(1, 150, 104, 742, True), (2,)], [(1, 150, 104, 743, True), (2,)], [(1, 150, 104, 744, True), (2,)], [(1, 150, 104, 745, True), (2,)], [(1, 150, 104, 746, True), (2,)], [(1, 150, 104, 747, True), (2,)], [(1, 150, 104, 748, True), (2,)], [(1, 150, 104, 749, True), (2,)], [(1, 150, 104, 750, True), (2,)], [(1, 150, 104, 751, True), (2,)], [(1, 150, 104, 752, True), (2,)], [(1, 150, 104, 753, True), (2,)], [(1, 150, 104, 754, True), (2,)], [(1, 150, 104, 755, True), (2,)], [(1, 150, 104, 756, True), (2,)], [(1, 150, 104, 757, True), (2,)], [(1, 150, 104, 758, True), (2,)], [(1, 150, 104, 759, True), (2,)], [(1, 150, 104, 760, True), (2,)], [(1, 150, 104, 761, True), (2,)], [(1, 150, 104, 762, True), (2,)], [(1, 150, 104, 763, True), (2,)], [(1, 150, 104, 764, True), (2,)], [(1, 150, 104, 765, True), (2,)], [(1, 150, 104, 766, True), (2,)], [(1, 150, 104, 767, True), (2,)], [(1, 150, 104, 768, True), (2,)], [(1, 150, 104, 769, True), (2,)], [(1, 150, 104, 770, True), (2,)], [(1, 150, 104, 771, True), (2,)], [(1, 150, 104, 772, True), (2,)], [(1, 150, 104, 773, True), (2,)], [(1, 150, 104, 774, True), (2,)], [(1, 150, 104, 775, True), (2,)], [(1, 150, 104, 776, True), (2,)], [(1, 150, 104, 777, True), (2,)], [(1, 150, 104, 778, True), (2,)], [(1, 150, 104, 779, True), (2,)], [(1, 150, 104, 780, True), (2,)], [(1, 150, 104, 781, True), (2,)], [(1, 150, 104, 782, True), (2,)], [(1, 150, 104, 783, True), (2,)], [(1, 150, 104, 784, True), (2,)], [(1, 150, 104, 785, True), (2,)], [(1, 150, 104, 786, True), (2,)], [(1, 150, 104, 787, True), (2,)], [(1, 150, 104, 788, True), (2,)], [(1, 150, 104, 789, True), (2,)], [(1, 150, 104, 790, True), (2,)], [(1, 150, 104, 791, True), (2,)], [(1, 150, 104, 792, True), (2,)], [(1, 150, 104, 793, True), (2,)], [(1, 150, 104, 794, True), (2,)], [(1, 150, 104, 795, True), (2,)], [(1, 150, 104, 796, True), (2,)], [(1, 150, 104, 797, True), (2,)], [(1, 150, 104, 798, True), (2,)], [(1, 150, 104, 799, True), (2,)], [(1, 150, 104, 800, True), (2,)], [(1, 150, 104, 801, True), (2,)], [(1, 150, 104, 802, True), (2,)], [(1, 150, 104, 803, True), (2,)], [(1, 150, 104, 804, True), (2,)], [(1, 150, 104, 805, True), (2,)], [(1, 150, 104, 806, True), (2,)], [(1, 150, 104, 807, True), (2,)], [(1, 150, 104, 808, True), (2,)], [(1, 150, 104, 809, True), (2,)], [(1, 150, 104, 810, True), (2,)], [(1, 150, 104, 811, True), (2,)], [(1, 150, 104, 812, True), (2,)], [(1, 150, 104, 813, True), (2,)], [(1, 150, 104, 814, True), (2,)], [(1, 150, 104, 815, True), (2,)], [(1, 150, 104, 816, True), (2,)], [(1, 150, 104, 817, True), (2,)], [(1, 150, 104, 818, True), (2,)], [(1, 150, 104, 819, True), (2,)], [(1, 150, 104, 820, True), (2,)], [(1, 150, 104, 821, True), (2,)], [(1, 150, 104, 822, True), (2,)], [(1, 150, 104, 823, True), (2,)], [(1, 150, 104, 824, True), (2,)], [(1, 150, 104, 825, True), (2,)], [(1, 150, 104, 826, True), (2,)], [(1, 150, 104, 827, True), (2,)], [(1, 150, 104, 828, True), (2,)], [(1, 150, 104, 829, True), (2,)], [(1, 150, 104, 830, True), (2,)], [(1, 150, 104, 831, True), (2,)], [(1, 150, 104, 832, True), (2,)], [(1, 150, 104, 833, True), (2,)], [(1, 150, 104, 834, True), (2,)], [(1, 150, 104, 835, True), (2,)], [(1, 150, 104, 836, True), (2,)], [(1, 150, 104, 837, True), (2,)], [(1, 150, 104, 838, True), (2,)], [(1, 150, 104, 839, True), (2,)], [(1, 150, 104, 840, True), (2,)], [(1, 150, 104, 841, True), (2,)], [(1, 150, 104, 842, True), (2,)], [(1, 150, 104, 843, True), (2,)], [(1, 150, 104, 844, True), (2,)], [(1, 150, 104, 845, True), (2,)], [(1, 150, 104, 846, True), (2,)], [(1, 150, 104, 847, True), (2,)], [(1, 150, 104, 848, True), (2,)], [(1, 150, 104, 849, True), (2,)], [(1, 150, 104, 850, True), (2,)], [(1, 150, 104, 851, True), (2,)], [(1, 150, 104, 852, True), (2,)], [(1, 150, 104, 853, True), (2,)], [(1, 150, 104, 854, True), (2,)], [(1, 150, 104, 855, True), (2,)], [(1, 150, 104, 856, True), (2,)], [(1, 150, 104, 857, True), (2,)], [(1, 150, 104, 858, True), (2,)], [(1, 150, 104, 859, True), (2,)], [(1, 150, 104, 860, True), (2,)], [(1, 150, 104, 861, True), (2,)], [(1, 150, 104, 862, True), (2,)], [(1, 150, 104, 863, True), (2,)], [(1, 150, 104, 864, True), (2,)], [(1, 150, 104, 865, True), (2,)], [(1, 150, 104, 866, True), (2,)], [(1, 150, 104, 867, True), (2,)], [(1, 150, 104, 868, True), (2,)], [(1, 150, 104, 869, True), (2,)], [(1, 150, 104, 870, True), (2,)], [(1, 150, 104, 871, True), (2,)], [(1, 150, 104, 872, True), (2,)], [(1, 150, 104, 873, True), (2,)], [(1, 150, 104, 874, True), (2,)], [(1, 150, 104, 875, True), (2,)], [(1, 150, 104, 876, True), (2,)], [(1, 150, 104, 877, True), (2,)], [(1, 150, 104, 878, True), (2,)], [(1, 150, 104, 879, True), (2,)], [(1, 150, 104, 880, True), (2,)], [(1, 150, 104, 881, True), (2,)], [(1, 150, 104, 882, True), (2,)], [(1, 150, 104, 883, True), (2,)], [(1, 150, 104, 884, True), (2,)], [(1, 150, 104, 885, True), (2,)], [(1, 150, 104, 886, True), (2,)], [(1, 150, 104, 887, True), (2,)], [(1, 150, 104, 888, True), (2,)], [(1, 150, 104, 889, True), (2,)], [(1, 150, 104, 890, True), (2,)], [(1, 150, 104, 891, True), (2,)], [(1, 150, 104, 892, True), (2,)], [(1, 150, 104, 893, True), (2,)], [(1, 150, 104, 894, True), (2,)], [(1, 150, 104, 895, True), (2,)], [(1, 150, 104, 896, True), (2,)], [(1, 150, 104, 897, True), (2,)], [(1, 150, 104, 898, True), (2,)], [(1, 150, 104, 899, True), (2,)], [(1, 150, 104, 900, True), (2,)], [(1, 150, 104, 901, True), (2,)], [(1, 150, 104, 902, True), (2,)], [(1, 150, 104, 903, True), (2,)], [(1, 150, 104, 904, True), (2,)], [(1, 150, 104, 905, True), (2,)], [(1, 150, 104, 906, True), (2,)], [(1, 150, 104, 907, True), (2,)], [(1, 150, 104, 908, True), (2,)], [(1, 150, 104, 909, True), (2,)], [(1, 150, 104, 910, True), (2,)], [(1, 150, 104, 911, True), (2,)], [(1, 150, 104, 912, True), (2,)], [(1, 150, 104, 913, True), (2,)], [(1, 150, 104, 914, True), (2,)], [(1, 150, 104, 915, True), (2,)], [(1, 150, 104, 916, True), (2,)], [(1, 150, 104, 917, True), (2,)], [(1, 150, 104, 918, True), (2,)], [(1, 150, 104, 919, True), (2,)], [(1, 150, 104, 920, True), (2,)], [(1, 150, 104, 921, True), (2,)], [(1, 150, 104, 922, True), (2,)], [(1, 150, 104, 923, True), (2,)], [(1, 150, 104, 924, True), (2,)], [(1, 150, 104, 925, True), (2,)], [(1, 150, 104, 926, True), (2,)], [(1, 150, 104, 927, True), (2,)], [(1, 150, 104, 928, True), (2,)], [(1, 150, 104, 929, True), (2,)], [(1, 150, 104, 930, True), (2,)], [(1, 150, 104, 931, True), (2,)], [(1, 150, 104, 932, True), (2,)], [(1, 150, 104, 933, True), (2,)], [(1, 150, 104, 934, True), (2,)], [(1, 150, 104, 935, True), (2,)], [(1, 150, 104, 936, True), (2,)], [(1, 150, 104, 937, True), (2,)], [(1, 150, 104, 938, True), (2,)], [(1, 150, 104, 939, True), (2,)], [(1, 150, 104, 940, True), (2,)], [(1, 150, 104, 941, True), (2,)], [(1, 150, 104, 942, True), (2,)], [(1, 150, 104, 943, True), (2,)], [(1, 150, 104, 944, True), (2,)], [(1, 150, 104, 945, True), (2,)], [(1, 150, 104, 946, True), (2,)], [(1, 150, 104, 947, True), (2,)], [(1, 150, 104, 948, True), (2,)], [(1, 150, 104, 949, True), (2,)], [(1, 150, 104, 950, True), (2,)], [(1, 150, 104, 951, True), (2,)], [(1, 150, 104, 952, True), (2,)], [(1, 150, 104, 953, True), (2,)], [(1, 150, 104, 954, True), (2,)], [(1, 150, 104, 955, True), (2,)], [(1, 150, 104, 956, True), (2,)], [(1, 150, 104, 957, True), (2,)], [(1, 150, 104, 958, True), (2,)], [(1, 150, 104, 959, True), (2,)], [(1, 150, 104, 960, True), (2,)], [(1, 150, 104, 961, True), (2,)], [(1, 150, 104, 962, True), (2,)], [(1, 150, 104, 963, True), (2,)], [(1, 150, 104, 964, True), (2,)], [(1, 150, 104, 965, True), (2,)], [(1, 150, 104, 966, True), (2,)], [(1, 150, 104, 967, True), (2,)], [(1, 150, 104, 968, True), (2,)], [(1, 150, 104, 969, True), (2,)], [(1, 150, 104, 970, True), (2,)], [(1, 150, 104, 971, True), (2,)], [(1, 150, 104, 972, True), (2,)], [(1, 150, 104, 973, True), (2,)], [(1, 150, 104, 974, True), (2,)], [(1, 150, 104, 975, True), (2,)], [(1, 150, 104, 976, True), (2,)], [(1, 150, 104, 977, True), (2,)], [(1, 150, 104, 978, True), (2,)], [(1, 150, 104, 979, True), (2,)], [(1, 150, 104, 980, True), (2,)], [(1, 150, 104, 981, True), (2,)], [(1, 150, 104, 982, True), (2,)], [(1, 150, 104, 983, True), (2,)], [(1, 150, 104, 984, True), (2,)], [(1, 150, 104, 985, True), (2,)], [(1, 150, 104, 986, True), (2,)], [(1, 150, 104, 987, True), (2,)], [(1, 150, 104, 988, True), (2,)], [(1, 150, 104, 989, True), (2,)], [(1, 150, 104, 990, True), (2,)], [(1, 150, 104, 991, True), (2,)], [(1, 150, 104, 992, True), (2,)], [(1, 150, 104, 993, True), (2,)], [(1, 150, 104, 994, True), (2,)], [(1, 150, 104, 995, True), (2,)], [(1, 150, 104, 996, True), (2,)], [(1, 150, 104, 997, True), (2,)], [(1, 150, 104, 998, True), (2,)], [(1, 150, 104, 999, True), (2,)], [(1, 150, 104, 1000, True), (2,)], [(1, 150, 104, 1001, True), (2,)], [(1, 150, 104, 1002, True), (2,)], [(1, 150, 104, 1003, True), (2,)], [(1, 150, 104, 1004, True), (2,)], [(1, 150, 104, 1005, True), (2,)], [(1, 150, 104, 1006, True), (2,)], [(1, 150, 104, 1007, True), (2,)], [(1, 150, 104, 1008, True), (2,)], [(1, 150, 104, 1009, True), (2,)], [(1, 150, 104, 1010, True), (2,)], [(1, 150, 104, 1011, True), (2,)], [(1, 150, 104, 1012, True), (2,)], [(1, 150, 104, 1013, True), (2,)], [(1, 150, 104, 1014, True), (2,)], [(1, 150, 104, 1015, True), (2,)], [(1, 150, 104, 1016, True), (2,)], [(1, 150, 104, 1017, True), (2,)], [(1, 150, 104, 1018, True), (2,)], [(1, 150, 104, 1019, True), (2,)], [(1, 150, 104, 1020, True), (2,)], [(1, 150, 104, 1021, True), (2,)], [(1, 150, 104, 1022, True), (2,)], [(1, 150, 104, 1023, True), (2,)], [(1, 150, 104, 1024, True), (2,)], [(2,)]]),
    ('c', [[(1, 119, 86, 1, False)], [(1, 149, 105, 2, True)], [(1, 149, 105, 3, True), (2,)], [(1, 149, 105, 4, True), (2,)], [(1, 149, 105, 5, True), (2,)], [(1, 149, 105, 6, True), (2,)], [(1, 149, 105, 7, True), (2,)], [(1, 149, 105, 8, True), (2,)], [(1, 149, 105, 9, True), (2,)], [(2,)]]),
    ('c', [[(1, 147, 71, 1, False)], [(1, 148, 71, 2, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 61, 38, 3, False)], [(1, 210, 41, 4, False), (1, 211, 107, 5, False), (1, 212, 123, 6, False)], [(1, 211, 107, 5, False), (1, 212, 123, 6, False)], [(2,)], [(2,)]]),
    ('c', [[(1, 137, 86, 1, False), (1, 138, 95, 2, False), (1, 139, 95, 3, False), (1, 199, 108, 4, False), (1, 200, 120, 5, False), (2,)], [(1, 138, 95, 2, False), (1, 139, 95, 3, False), (1, 199, 108, 4, False), (1, 200, 120, 5, False), (2,)], [(1, 139, 95, 3, False), (1, 199, 108, 4, False), (1, 200, 120, 5, False), (2,)], [(1, 199, 108, 4, False), (1, 200, 120, 5, False), (2,)], [(2,)], [(2,)]]),
    ('c', [[(0, 52, 2, 1), (1, 124, 3, 2, False)], [(1, 124, 3, 2, False)], [(1, 186, 74, 3, False)], [(1, 187, 109, 4, False), (1, 151, 102, 5, False)], [(1, 151, 102, 5, False)], [(1, 188, 110, 6, False)], [(1, 152, 53, 7, False)], [(1, 189, 71, 8, False), (1, 190, 71, 9, False), (1, 191, 111, 10, False), (1, 192, 113, 11, False)], [(1, 190, 71, 9, False), (1, 191, 111, 10, False), (1, 192, 113, 11, False)], [(1, 191, 111, 10, False), (1, 192, 113, 11, False)], [(1, 192, 113, 11, False)], [(1, 193, 116, 12, False), (1, 194, 118, 13, False), (2,)], [(1, 194, 118, 13, False), (2,)], [(2,)]]),
    ('s', [[(3, 33, 1)], [(2,)]]),
    ('s', [[(3, 32, 1)], [(2,)]]),
    ('c', [[(1, 169, 112, 1, True)], [(1, 169, 112, 2, True), (2,)], [(1, 169, 112, 3, True), (2,)], [(1, 169, 112, 4, True), (2,)], [(1, 169, 112, 5, True), (2,)], [(1, 169, 112, 6, True), (2,)], [(1, 169, 112, 7, True), (2,)], [(1, 169, 112, 8, True), (2,)], [(1, 169, 112, 9, True), (2,)], [(1, 169, 112, 10, True), (2,)], [(2,)]]),
    ('c', [[(1, 161, 74, 1, False)], [(1, 162, 45, 2, False), (1, 163, 71, 3, False)], [(1, 163, 71, 3, False)], [(1, 164, 41, 4, False), (1, 165, 41, 5, False)], [(1, 165, 41, 5, False)], [(1, 166, 41, 6, False)], [(1, 167, 41, 7, False)], [(1, 168, 41, 8, False)], [(2,)]]),
    ('c', [[(1, 175, 114, 1, True)], [(1, 175, 114, 2, True), (2,)], [(1, 175, 114, 3, True), (2,)], [(1, 175, 114, 4, True), (2,)], [(1, 175, 114, 5, True), (2,)], [(1, 175, 114, 6, True), (2,)], [(1, 175, 114, 7, True), (2,)], [(1, 175, 114, 8, True), (2,)], [(1, 175, 114, 9, True), (2,)], [(1, 175, 114, 10, True), (2,)], [(1, 175, 114, 11, True), (2,)], [(1, 175, 114, 12, True), (2,)], [(1, 175, 114, 13, True), (2,)], [(1, 175, 114, 14, True), (2,)], [(1, 175, 114, 15, True), (2,)], [(1, 175, 114, 16, True), (2,)], [(1, 175, 114, 17, True), (2,)], [(1, 175, 114, 18, True), (2,)], [(1, 175, 114, 19, True), (2,)], [(1, 175, 114, 20, True), (2,)], [(1, 175, 114, 21, True), (2,)], [(1, 175, 114, 22, True), (2,)], [(1, 175, 114, 23, True), (2,)], [(1, 175, 114, 24, True), (2,)], [(1, 175, 114, 25, True), (2,)], [(1, 175, 114, 26, True), (2,)], [(1, 175, 114, 27, True), (2,)], [(1, 175, 114, 28, True), (2,)], [(1, 175, 114, 29, True), (2,)], [(1, 175, 114, 30, True), (2,)], [(1, 175, 114, 31, True), (2,)], [(1, 175, 114, 32, True), (2,)], [(1, 175, 114, 33, True), (2,)], [(1, 175, 114, 34, True), (2,)], [(1, 175, 114, 35, True), (2,)], [(1, 175, 114, 36, True), (2,)], [(1, 175, 114, 37, True), (2,)], [(1, 175, 114, 38, True), (2,)], [(1, 175, 114, 39, True), (2,)], [(1, 175, 114, 40, True), (2,)], [(1, 175, 114, 41, True), (2,)], [(1, 175, 114, 42, True), (2,)], [(1, 175, 114, 43, True), (2,)], [(1, 175, 114, 44, True), (2,)], [(1, 175, 114, 45, True), (2,)], [(1, 175, 114, 46, True), (2,)], [(1, 175, 114, 47, True), (2,)], [(1, 175, 114, 48, True), (2,)], [(1, 175, 114, 49, True), (2,)], [(1, 175, 114, 50, True), (2,)], [(1, 175, 114, 51, True), (2,)], [(1, 175, 114, 52, True), (2,)], [(1, 175, 114, 53, True), (2,)], [(1, 175, 114, 54, True), (2,)], [(1, 175, 114, 55, True), (2,)], [(1, 175, 114, 56, True), (2,)], [(1, 175, 114, 57, True), (2,)], [(1, 175, 114, 58, True), (2,)], [(1, 175, 114, 59, True), (2,)], [(1, 175, 114, 60, True), (2,)], [(1, 175, 114, 61, True), (2,)], [(1, 175, 114, 62, True), (2,)], [(1, 175, 114, 63, True), (2,)], [(1, 175, 114, 64, True), (2,)], [(1, 175, 114, 65, True), (2,)], [(1, 175, 114, 66, True), (2,)], [(1, 175, 114, 67, True), (2,)], [(1, 175, 114, 68, True), (2,)], [(1, 175, 114, 69, True), (2,)], [(1, 175, 114, 70, True), (2,)], [(1, 175, 114, 71, True), (2,)], [(1, 175, 114, 72, True), (2,)], [(1, 175, 114, 73, True), (2,)], [(1, 175, 114, 74, True), (2,)], [(1, 175, 114, 75, True), (2,)], [(1, 175, 114, 76, True), (2,)], [(1, 175, 114, 77, True), (2,)], [(1, 175, 114, 78, True), (2,)], [(1, 175, 114, 79, True), (2,)], [(1, 175, 114, 80, True), (2,)], [(1, 175, 114, 81, True), (2,)], [(1, 175, 114, 82, True), (2,)], [(1, 175, 114, 83, True), (2,)], [(1, 175, 114, 84, True), (2,)], [(1, 175, 114, 85, True), (2,)], [(1, 175, 114, 86, True), (2,)], [(1, 175, 114, 87, True), (2,)], [(1, 175, 114, 88, True), (2,)], [(1, 175, 114, 89, True), (2,)], [(1, 175, 114, 90, True), (2,)], [(1, 175, 114, 91, True), (2,)], [(1, 175, 114, 92, True), (2,)], [(1, 175, 114, 93, True), (2,)], [(1, 175, 114, 94, True), (2,)], [(1, 175, 114, 95, True), (2,)], [(1, 175, 114, 96, True), (2,)], [(1, 175, 114, 97, True), (2,)], [(1, 175, 114, 98, True), (2,)], [(1, 175, 114, 99, True), (2,)], [(1, 175, 114, 100, True), (2,)], [(1, 175, 114, 101, True), (2,)], [(1, 175, 114, 102, True), (2,)], [(1, 175, 114, 103, True), (2,)], [(1, 175, 114, 104, True), (2,)], [(1, 175, 114, 105, True), (2,)], [(1, 175, 114, 106, True), (2,)], [(1, 175, 114, 107, True), (2,)], [(1, 175, 114, 108, True), (2,)], [(1, 175, 114, 109, True), (2,)], [(1, 175, 114, 110, True), (2,)], [(1, 175, 114, 111, True), (2,)], [(1, 175, 114, 112, True), (2,)], [(1, 175, 114, 113, True), (2,)], [(1, 175, 114, 114, True), (2,)], [(1, 175, 114, 115, True), (2,)], [(1, 175, 114, 116, True), (2,)], [(1, 175, 114, 117, True), (2,)], [(1, 175, 114, 118, True), (2,)], [(1, 175, 114, 119, True), (2,)], [(1, 175, 114, 120, True), (2,)], [(1, 175, 114, 121, True), (2,)], [(1, 175, 114, 122, True), (2,)], [(1, 175, 114, 123, True), (2,)], [(1, 175, 114, 124, True), (2,)], [(1, 175, 114, 125, True), (2,)], [(1, 175, 114, 126, True), (2,)], [(1, 175, 114, 127, True), (2,)], [(1, 175, 114, 128, True), (2,)], [(1, 175, 114, 129, True), (2,)], [(1, 175, 114, 130, True), (2,)], [(1, 175, 114, 131, True), (2,)], [(1, 175, 114, 132, True), (2,)], [(1, 175, 114, 133, True), (2,)], [(1, 175, 114, 134, True), (2,)], [(1, 175, 114, 135, True), (2,)], [(1, 175, 114, 136, True), (2,)], [(1, 175, 114, 137, True), (2,)], [(1, 175, 114, 138, True), (2,)], [(1, 175, 114, 139, True), (2,)], [(1, 175, 114, 140, True), (2,)], [(1, 175, 114, 141, True), (2,)], [(1, 175, 114, 142, True), (2,)], [(1, 175, 114, 143, True), (2,)], [(1, 175, 114, 144, True), (2,)], [(1, 175, 114, 145, True), (2,)], [(1, 175, 114, 146, True), (2,)], [(1, 175, 114, 147, True), (2,)], [(1, 175, 114, 148, True), (2,)], [(1, 175, 114, 149, True), (2,)], [(1, 175, 114, 150, True), (2,)], [(1, 175, 114, 151, True), (2,)], [(1, 175, 114, 152, True), (2,)], [(1, 175, 114, 153, True), (2,)], [(1, 175, 114, 154, True), (2,)], [(1, 175, 114, 155, True), (2,)], [(1, 175, 114, 156, True), (2,)], [(1, 175, 114, 157, True), (2,)], [(1, 175, 114, 158, True), (2,)], [(1, 175, 114, 159, True), (2,)], [(1, 175, 114, 160, True), (2,)], [(1, 175, 114, 161, True), (2,)], [(1, 175, 114, 162, True), (2,)], [(1, 175, 114, 163, True), (2,)], [(1, 175, 114, 164, True), (2,)], [(1, 175, 114, 165, True), (2,)], [(1, 175, 114, 166, True), (2,)], [(1, 175, 114, 167, True), (2,)], [(1, 175, 114, 168, True), (2,)], [(1, 175, 114, 169, True), (2,)], [(1, 175, 114, 170, True), (2,)], [(1, 175, 114, 171, True), (2,)], [(1, 175, 114, 172, True), (2,)], [(1, 175, 114, 173, True), (2,)], [(1, 175, 114, 174, True), (2,)], [(1, 175, 114, 175, True), (2,)], [(1, 175, 114, 176, True), (2,)], [(1, 175, 114, 177, True), (2,)], [(1, 175, 114, 178, True), (2,)], [(1, 175, 114, 179, True), (2,)], [(1, 175, 114, 180, True), (2,)], [(1, 175, 114, 181, True), (2,)], [(1, 175, 114, 182, True), (2,)], [(1, 175, 114, 183, True), (2,)], [(1, 175, 114, 184, True), (2,)], [(1, 175, 114, 185, True), (2,)], [(1, 175, 114, 186, True), (2,)], [(1, 175, 114, 187, True), (2,)], [(1, 175, 114, 188, True), (2,)], [(1, 175, 114, 189, True), (2,)], [(1, 175, 114, 190, True), (2,)], [(1, 175, 114, 191, True), (2,)], [(1, 175, 114, 192, True), (2,)], [(1, 175, 114, 193, True), (2,)], [(1, 175, 114, 194, True), (2,)], [(1, 175, 114, 195, True), (2,)], [(1, 175, 114, 196, True), (2,)], [(1, 175, 114, 197, True), (2,)], [(1, 175, 114, 198, True), (2,)], [(1, 175, 114, 199, True), (2,)], [(1, 175, 114, 200, True), (2,)], [(1, 175, 114, 201, True), (2,)], [(1, 175, 114, 202, True), (2,)], [(1, 175, 114, 203, True), (2,)], [(1, 175, 114, 204, True), (2,)], [(1, 175, 114, 205, True), (2,)], [(1, 175, 114, 206, True), (2,)], [(1, 175, 114, 207, True), (2,)], [(1, 175, 114, 208, True), (2,)], [(1, 175, 114, 209, True), (2,)], [(1, 175, 114, 210, True), (2,)], [(1, 175, 114, 211, True), (2,)], [(1, 175, 114, 212, True), (2,)], [(1, 175, 114, 213, True), (2,)], [(1, 175, 114, 214, True), (2,)], [(1, 175, 114, 215, True), (2,)], [(1, 175, 114, 216, True), (2,)], [(1, 175, 114, 217, True), (2,)], [(1, 175, 114, 218, True), (2,)], [(1, 175, 114, 219, True), (2,)], [(1, 175, 114, 220, True), (2,)], [(1, 175, 114, 221, True), (2,)], [(1, 175, 114, 222, True), (2,)], [(1, 175, 114, 223, True), (2,)], [(1, 175, 114, 224, True), (2,)], [(1, 175, 114, 225, True), (2,)], [(1, 175, 114, 226, True), (2,)], [(1, 175, 114, 227, True), (2,)], [(1, 175, 114, 228, True), (2,)], [(1, 175, 114, 229, True), (2,)], [(1, 175, 114, 230, True), (2,)], [(1, 175, 114, 231, True), (2,)], [(1, 175, 114, 232, True), (2,)], [(1, 175, 114, 233, True), (2,)], [(1, 175, 114, 234, True), (2,)], [(1, 175, 114, 235, True), (2,)], [(1, 175, 114, 236, True), (2,)], [(1, 175, 114, 237, True), (2,)], [(1, 175, 114, 238, True), (2,)], [(1, 175, 114, 239, True), (2,)], [(1, 175, 114, 240, True), (2,)], [(1, 175, 114, 241, True), (2,)], [(1, 175, 114, 242, True), (2,)], [(1, 175, 114, 243, True), (2,)], [(1, 175, 114, 244, True), (2,)], [(1, 175, 114, 245, True), (2,)], [(1, 175, 114, 246, True), (2,)], [(1, 175, 114, 247, True), (2,)], [(1, 175, 114, 248, True), (2,)], [(1, 175, 114, 249, True), (2,)], [(1, 175, 114, 250, True), (2,)], [(1, 175, 114, 251, True), (2,)], [(1, 175, 114, 252, True), (2,)], [(1, 175, 114, 253, True), (2,)], [(1, 175, 114, 254, True), (2,)], [(1, 175, 114, 255, True), (2,)], [(1, 175, 114, 256, True), (2,)], [(1, 175, 114, 257, True), (2,)], [(1, 175, 114, 258, True), (2,)], [(1, 175, 114, 259, True), (2,)], [(1, 175, 114, 260, True), (2,)], [(1, 175, 114, 261, True), (2,)], [(1, 175, 114, 262, True), (2,)], [(1, 175, 114, 263, True), (2,)], [(1, 175, 114, 264, True), (2,)], [(1, 175, 114, 265, True), (2,)], [(1, 175, 114, 266, True), (2,)], [(1, 175, 114, 267, True), (2,)], [(1, 175, 114, 268, True), (2,)], [(1, 175, 114, 269, True), (2,)], [(1, 175, 114, 270, True), (2,)], [(1, 175, 114, 271, True), (2,)], [(1, 175, 114, 272, True), (2,)], [(1, 175, 114, 273, True), (2,)], [(1, 175, 114, 274, True), (2,)], [(1, 175, 114, 275, True), (2,)], [(1, 175, 114, 276, True), (2,)], [(1, 175, 114, 277, True), (2,)], [(1, 175, 114, 278, True), (2,)], [(1, 175, 114, 279, True), (2,)], [(1, 175, 114, 280, True), (2,)], [(1, 175, 114, 281, True), (2,)], [(1, 175, 114, 282, True), (2,)], [(1, 175, 114, 283, True), (2,)], [(1, 175, 114, 284, True), (2,)], [(1, 175, 114, 285, True), (2,)], [(1, 175, 114, 286, True), (2,)], [(1, 175, 114, 287, True), (2,)], [(1, 175, 114, 288, True), (2,)], [(1, 175, 114, 289, True), (2,)], [(1, 175, 114, 290, True), (2,)], [(1, 175, 114, 291, True), (2,)], [(1, 175, 114, 292, True), (2,)], [(1, 175, 114, 293, True), (2,)], [(1, 175, 114, 294, True), (2,)], [(1, 175, 114, 295, True), (2,)], [(1, 175, 114, 296, True), (2,)], [(1, 175, 114, 297, True), (2,)], [(1, 175, 114, 298, True), (2,)], [(1, 175, 114, 299, True), (2,)], [(1, 175, 114, 300, True), (2,)], [(1, 175, 114, 301, True), (2,)], [(1, 175, 114, 302, True), (2,)], [(1, 175, 114, 303, True), (2,)], [(1, 175, 114, 304, True), (2,)], [(1, 175, 114, 305, True), (2,)], [(1, 175, 114, 306, True), (2,)], [(1, 175, 114, 307, True), (2,)], [(1, 175, 114, 308, True), (2,)], [(1, 175, 114, 309, True), (2,)], [(1, 175, 114, 310, True), (2,)], [(1, 175, 114, 311, True), (2,)], [(1, 175, 114, 312, True), (2,)], [(1, 175, 114, 313, True), (2,)], [(1, 175, 114, 314, True), (2,)], [(1, 175, 114, 315, True), (2,)], [(1, 175, 114, 316, True), (2,)], [(1, 175, 114, 317, True), (2,)], [(1, 175, 114, 318, True), (2,)], [(1, 175, 114, 319, True), (2,)], [(1, 175, 114, 320, True), (2,)], [(1, 175, 114, 321, True), (2,)], [(1, 175, 114, 322, True), (2,)], [(1, 175, 114, 323, True), (2,)], [(1, 175, 114, 324, True), (2,)], [(1, 175, 114, 325, True), (2,)], [(1, 175, 114, 326, True), (2,)], [(1, 175, 114, 327, True), (2,)], [(1, 175, 114, 328, True), (2,)], [(1, 175, 114, 329, True), (2,)], [(1, 175, 114, 330, True), (2,)], [(1, 175, 114, 331, True), (2,)], [(1, 175, 114, 332, True), (2,)], [(1, 175, 114, 333, True), (2,)], [(1, 175, 114, 334, True), (2,)], [(1, 175, 114, 335, True), (2,)], [(1, 175, 114, 336, True), (2,)], [(1, 175, 114, 337, True), (2,)], [(1, 175, 114, 338, True), (2,)], [(1, 175, 114, 339, True), (2,)], [(1, 175, 114, 340, True), (2,)], [(1, 175, 114, 341, True), (2,)], [(1, 175, 114, 342, True), (2,)], [(1, 175, 114, 343, True), (2,)], [(1, 175, 114, 344, True), (2,)], [(1, 175, 114, 345, True), (2,)], [(1, 175, 114, 346, True), (2,)], [(1, 175, 114, 347, True), (2,)], [(1, 175, 114, 348, True), (2,)], [(1, 175, 114, 349, True), (2,)], [(1, 175, 114, 350, True), (2,)], [(1, 175, 114, 351, True), (2,)], [(1, 175, 114, 352, True), (2,)], [(1, 175, 114, 353, True), (2,)], [(1, 175, 114, 354, True), (2,)], [(1, 175, 114, 355, True), (2,)], [(1, 175, 114, 356, True), (2,)], [(1, 175, 114, 357, True), (2,)], [(1, 175, 114, 358, True), (2,)], [(1, 175, 114, 359, True), (2,)], [(1, 175, 114, 360, True), (2,)], [(1, 175, 114, 361, True), (2,)], [(1, 175, 114, 362, True), (2,)], [(1, 175, 114, 363, True), (2,)], [(1, 175, 114, 364, True), (2,)], [(1, 175, 114, 365, True), (2,)], [(1, 175, 114, 366, True), (2,)], [(1, 175, 114, 367, True), (2,)], [(1, 175, 114, 368, True), (2,)], [(1, 175, 114, 369, True), (2,)], [(1, 175, 114, 370, True), (2,)], [(1, 175, 114, 371, True), (2,)], [(1, 175, 114, 372, True), (2,)], [(1, 175, 114, 373, True), (2,)], [(1, 175, 114, 374, True), (2,)], [(1, 175, 114, 375, True), (2,)], [(1, 175, 114, 376, True), (2,)], [(1, 175, 114, 377, True), (2,)], [(1, 175, 114, 378, True), (2,)], [(1, 175, 114, 379, True), (2,)], [(1, 175, 114, 380, True), (2,)], [(1, 175, 114, 381, True), (2,)], [(1, 175, 114, 382, True), (2,)], [(1, 175, 114, 383, True), (2,)], [(1, 175, 114, 384, True), (2,)], [(1, 175, 114, 385, True), (2,)], [(1, 175, 114, 386, True), (2,)], [(1, 175, 114, 387, True), (2,)], [(1, 175, 114, 388, True), (2,)], [(1, 175, 114, 389, True), (2,)], [(1, 175, 114, 390, True), (2,)], [(1, 175, 114, 391, True), (2,)], [(1, 175, 114, 392, True), (2,)], [(1, 175, 114, 393, True), (2,)], [(1, 175, 114, 394, True), (2,)], [(1, 175, 114, 395, True), (2,)], [(1, 175, 114, 396, True), (2,)], [(1, 175, 114, 397, True), (2,)], [(1, 175, 114, 398, True), (2,)], [(1, 175, 114, 399, True), (2,)], [(1, 175, 114, 400, True), (2,)], [(1, 175, 114, 401, True), (2,)], [(1, 175, 114, 402, True), (2,)], [(1, 175, 114, 403, True), (2,)], [(1, 175, 114, 404, True), (2,)], [(1, 175, 114, 405, True), (2,)], [(1, 175, 114, 406, True), (2,)], [(1, 175, 114, 407, True), (2,)], [(1, 175, 114, 408, True), (2,)], [(1, 175, 114, 409, True), (2,)], [(1, 175, 114, 410, True), (2,)], [(1, 175, 114, 411, True), (2,)], [(1, 175, 114, 412, True), (2,)], [(1, 175, 114, 413, True), (2,)], [(1, 175, 114, 414, True), (2,)], [(1, 175, 114, 415, True), (2,)], [(1, 175, 114, 416, True), (2,)], [(1, 175, 114, 417, True), (2,)], [(1, 175, 114, 418, True), (2,)], [(1, 175, 114, 419, True), (2,)], [(1, 175, 114, 420, True), (2,)], [(1, 175, 114, 421, True), (2,)], [(1, 175, 114, 422, True), (2,)], [(1, 175, 114, 423, True), (2,)], [(1, 175, 114, 424, True), (2,)], [(1, 175, 114, 425, True), (2,)], [(1, 175, 114, 426, True), (2,)], [(1, 175, 114, 427, True), (2,)], [(1, 175, 114, 428, True), (2,)], [(1, 175, 114, 429, True), (2,)], [(1, 175, 114, 430, True), (2,)], [(1, 175, 114, 431, True), (2,)], [(1, 175, 114, 432, True), (2,)], [(1, 175, 114, 433, True), (2,)], [(1, 175, 114, 434, True), (2,)], [(1, 175, 114, 435, True), (2,)], [(1, 175, 114, 436, True), (2,)], [(1, 175, 114, 437, True), (2,)], [(1, 175, 114, 438, True), (2,)], [(1, 175, 114, 439, True), (2,)], [(1, 175, 114, 440, True), (2,)], [(1, 175, 114, 441, True), (2,)], [(1, 175, 114, 442, True), (2,)], [(1, 175, 114, 443, True), (2,)], [(1, 175, 114, 444, True), (2,)], [(1, 175, 114, 445, True), (2,)], [(1, 175, 114, 446, True), (2,)], [(1, 175, 114, 447, True), (2,)], [(1, 175, 114, 448, True), (2,)], [(1, 175, 114, 449, True), (2,)], [(1, 175, 114, 450, True), (2,)], [(1, 175, 114, 451, True), (2,)], [(1, 175, 114, 452, True), (2,)], [(1, 175, 114, 453, True), (2,)], [(1, 175, 114, 454, True), (2,)], [(1, 175, 114, 455, True), (2,)], [(1, 175, 114, 456, True), (2,)], [(1, 175, 114, 457, True), (2,)], [(1, 175, 114, 458, True), (2,)], [(1, 175, 114, 459, True), (2,)], [(1, 175, 114, 460, True), (2,)], [(1, 175, 114, 461, True), (2,)], [(1, 175, 114, 462, True), (2,)], [(1, 175, 114, 463, True), (2,)], [(1, 175, 114, 464, True), (2,)], [(1, 175, 114, 465, True), (2,)], [(1, 175, 114, 466, True), (2,)], [(1, 175, 114, 467, True), (2,)], [(1, 175, 114, 468, True), (2,)], [(1, 175, 114, 469, True), (2,)], [(1, 175, 114, 470, True), (2,)], [(1, 175, 114, 471, True), (2,)], [(1, 175, 114, 472, True), (2,)], [(1, 175, 114, 473, True), (2,)], [(1, 175, 114, 474, True), (2,)], [(1, 175, 114, 475, True), (2,)], [(1, 175, 114, 476, True), (2,)], [(1, 175, 114, 477, True), (2,)], [(1, 175, 114, 478, True), (2,)], [(1, 175, 114, 479, True), (2,)], [(1, 175, 114, 480, True), (2,)], [(1, 175, 114, 481, True), (2,)], [(1, 175, 114, 482, True), (2,)], [(1, 175, 114, 483, True), (2,)], [(1, 175, 114, 484, True), (2,)], [(1, 175, 114, 485, True), (2,)], [(1, 175, 114, 486, True), (2,)], [(1, 175, 114, 487, True), (2,)], [(1, 175, 114, 488, True), (2,)], [(1, 175, 114, 489, True), (2,)], [(1, 175, 114, 490, True), (2,)], [(1, 175, 114, 491, True), (2,)], [(1, 175, 114, 492, True), (2,)], [(1, 175, 114, 493, True), (2,)], [(1, 175, 114, 494, True), (2,)], [(1, 175, 114, 495, True), (2,)], [(1, 175, 114, 496, True), (2,)], [(1, 175, 114, 497, True), (2,)], [(1, 175, 114, 498, True), (2,)], [(1, 175, 114, 499, True), (2,)], [(1, 175, 114, 500, True), (2,)], [(1, 175, 114, 501, True), (2,)], [(1, 175, 114, 502, True), (2,)], [(1, 175, 114, 503, True), (2,)], [(1, 175, 114, 504, True), (2,)], [(1, 175, 114, 505, True), (2,)], [(1, 175, 114, 506, True), (2,)], [(1, 175, 114, 507, True), (2,)], [(1, 175, 114, 508, True), (2,)], [(1, 175, 114, 509, True), (2,)], [(1, 175, 114, 510, True), (2,)], [(1, 175, 114, 511, True), (2,)], [(1, 175, 114, 512, True), (2,)], [(1, 175, 114, 513, True), (2,)], [(1, 175, 114, 514, True), (2,)], [(1, 175, 114, 515, True), (2,)], [(1, 175, 114, 516, True), (2,)], [(1, 175, 114, 517, True), (2,)], [(1, 175, 114, 518, True), (2,)], [(1, 175, 114, 519, True), (2,)], [(1, 175, 114, 520, True), (2,)], [(1, 175, 114, 521, True), (2,)], [(1, 175, 114, 522, True), (2,)], [(1, 175, 114, 523, True), (2,)], [(1, 175, 114, 524, True), (2,)], [(1, 175, 114, 525, True), (2,)], [(1, 175, 114, 526, True), (2,)], [(1, 175, 114, 527, True), (2,)], [(1, 175, 114, 528, True), (2,)], [(1, 175, 114, 529, True), (2,)], [(1, 175, 114, 530, True), (2,)], [(1, 175, 114, 531, True), (2,)], [(1, 175, 114, 532, True), (2,)], [(1, 175, 114, 533, True), (2,)], [(1, 175, 114, 534, True), (2,)], [(1, 175, 114, 535, True), (2,)], [(1, 175, 114, 536, True), (2,)], [(1, 175, 114, 537, True), (2,)], [(1, 175, 114, 538, True), (2,)], [(1, 175, 114, 539, True), (2,)], [(1, 175, 114, 540, True), (2,)], [(1, 175, 114, 541, True), (2,)], [(1, 175, 114, 542, True), (2,)], [(1, 175, 114, 543, True), (2,)], [(1, 175, 114, 544, True), (2,)], [(1, 175, 114, 545, True), (2,)], [(1, 175, 114, 546, True), (2,)], [(1, 175, 114, 547, True), (2,)], [(1, 175, 114, 548, True), (2,)], [(1, 175, 114, 549, True), (2,)], [(1, 175, 114, 550, True), (2,)], [(1, 175, 114, 551, True), (2,)], [(1, 175, 114, 552, True), (2,)], [(1, 175, 114, 553, True), (2,)], [(1, 175, 114, 554, True), (2,)], [(1, 175, 114, 555, True), (2,)], [(1, 175, 114, 556, True), (2,)], [(1, 175, 114, 557, True), (2,)], [(1, 175, 114, 558, True), (2,)], [(1, 175, 114, 559, True), (2,)], [(1, 175, 114, 560, True), (2,)], [(1, 175, 114, 561, True), (2,)], [(1, 175, 114, 562, True), (2,)], [(1, 175, 114, 563, True), (2,)], [(1, 175, 114, 564, True), (2,)], [(1, 175, 114, 565, True), (2,)], [(1, 175, 114, 566, True), (2,)], [(1, 175, 114, 567, True), (2,)], [(1, 175, 114, 568, True), (2,)], [(1, 175, 114, 569, True), (2,)], [(1, 175, 114, 570, True), (2,)], [(1, 175, 114, 571, True), (2,)], [(1, 175, 114, 572, True), (2,)], [(1, 175, 114, 573, True), (2,)], [(1, 175, 114, 574, True), (2,)], [(1, 175, 114, 575, True), (2,)], [(1, 175, 114, 576, True), (2,)], [(1, 175, 114, 577, True), (2,)], [(1, 175, 114, 578, True), (2,)], [(1, 175, 114, 579, True), (2,)], [(1, 175, 114, 580, True), (2,)], [(1, 175, 114, 581, True), (2,)], [(1, 175, 114, 582, True), (2,)], [(1, 175, 114, 583, True), (2,)], [(1, 175, 114, 584, True), (2,)], [(1, 175, 114, 585, True), (2,)], [(1, 175, 114, 586, True), (2,)], [(1, 175, 114, 587, True), (2,)], [(1, 175, 114, 588, True), (2,)], [(1, 175, 114, 589, True), (2,)], [(1, 175, 114, 590, True), (2,)], [(1, 175, 114, 591, True), (2,)], [(1, 175, 114, 592, True), (2,)], [(1, 175, 114, 593, True), (2,)], [(1, 175, 114, 594, True), (2,)], [(1, 175, 114, 595, True), (2,)], [(1, 175, 114, 596, True), (2,)], [(1, 175, 114, 597, True), (2,)], [(1, 175, 114, 598, True), (2,)], [(1, 175, 114, 599, True), (2,)], [(1, 175, 114, 600, True), (2,)], [(1, 175, 114, 601, True), (2,)], [(1, 175, 114, 602, True), (2,)], [(1, 175, 114, 603, True), (2,)], [(1, 175, 114, 604, True), (2,)], [(1, 175, 114, 605, True), (2,)], [(1, 175, 114, 606, True), (2,)], [(1, 175, 114, 607, True), (2,)], [(1, 175, 114, 608, True), (2,)], [(1, 175, 114, 609, True), (2,)], [(1, 175, 114, 610, True), (2,)], [(1, 175, 114, 611, True), (2,)], [(1, 175, 114, 612, True), (2,)], [(1, 175, 114, 613, True), (2,)], [(1, 175, 114, 614, True), (2,)], [(1, 175, 114, 615, True), (2,)], [(1, 175, 114, 616, True), (2,)], [(1, 175, 114, 617, True), (2,)], [(1, 175, 114, 618, True), (2,)], [(1, 175, 114, 619, True), (2,)], [(1, 175, 114, 620, True), (2,)], [(1, 175, 114, 621, True), (2,)], [(1, 175, 114, 622, True), (2,)], [(1, 175, 114, 623, True), (2,)], [(1, 175, 114, 624, True), (2,)], [(1, 175, 114, 625, True), (2,)], [(1, 175, 114, 626, True), (2,)], [(1, 175, 114, 627, True), (2,)], [(1, 175, 114, 628, True), (2,)], [(1, 175, 114, 629, True), (2,)], [(1, 175, 114, 630, True), (2,)], [(1, 175, 114, 631, True), (2,)], [(1, 175, 114, 632, True), (2,)], [(1, 175, 114, 633, True), (2,)], [(1, 175, 114, 634, True), (2,)], [(1, 175, 114, 635, True), (2,)], [(1, 175, 114, 636, True), (2,)], [(1, 175, 114, 637, True), (2,)], [(1, 175, 114, 638, True), (2,)], [(1, 175, 114, 639, True), (2,)], [(1, 175, 114, 640, True), (2,)], [(1, 175, 114, 641, True), (2,)], [(1, 175, 114, 642, True), (2,)], [(1, 175, 114, 643, True), (2,)], [(1, 175, 114, 644, True), (2,)], [(1, 175, 114, 645, True), (2,)], [(1, 175, 114, 646, True), (2,)], [(1, 175, 114, 647, True), (2,)], [(1, 175, 114, 648, True), (2,)], [(1, 175, 114, 649, True), (2,)], [(1, 175, 114, 650, True), (2,)], [(1, 175, 114, 651, True), (2,)], [(1, 175, 114, 652, True), (2,)], [(1, 175, 114, 653, True), (2,)], [(1, 175, 114, 654, True), (2,)], [(1, 175, 114, 655, True), (2,)], [(1, 175, 114, 656, True), (2,)], [(1, 175, 114, 657, True), (2,)], [(1, 175, 114, 658, True), (2,)], [(1, 175, 114, 659, True), (2,)], [(1, 175, 114, 660, True), (2,)], [(1, 175, 114, 661, True), (2,)], [(1, 175, 114, 662, True), (2,)], [(1, 175, 114, 663, True), (2,)], [(1, 175, 114, 664, True), (2,)], [(1, 175, 114, 665, True), (2,)], [(1, 175, 114, 666, True), (2,)], [(1, 175, 114, 667, True), (2,)], [(1, 175, 114, 668, True), (2,)], [(1, 175, 114, 669, True), (2,)], [(1, 175, 114, 670, True), (2,)], [(1, 175, 114, 671, True), (2,)], [(1, 175, 114, 672, True), (2,)], [(1, 175, 114, 673, True), (2,)], [(1, 175, 114, 674, True), (2,)], [(1, 175, 114, 675, True), (2,)], [(1, 175, 114, 676, True), (2,)], [(1, 175, 114, 677, True), (2,)], [(1, 175, 114, 678, True), (2,)], [(1, 175, 114, 679, True), (2,)], [(1, 175, 114, 680, True), (2,)], [(1, 175, 114, 681, True), (2,)], [(1, 175, 114, 682, True), (2,)], [(1, 175, 114, 683, True), (2,)], [(1, 175, 114, 684, True), (2,)], [(1, 175, 114, 685, True), (2,)], [(1, 175, 114, 686, True), (2,)], [(1, 175, 114, 687, True), (2,)], [(1, 175, 114, 688, True), (2,)], [(1, 175, 114, 689, True), (2,)], [(1, 175, 114, 690, True), (2,)], [(1, 175, 114, 691, True), (2,)], [(1, 175, 114, 692, True), (2,)], [(1, 175, 114, 693, True), (2,)], [(1, 175, 114, 694, True), (2,)], [(1, 175, 114, 695, True), (2,)], [(1, 175, 114, 696, True), (2,)], [(1, 175, 114, 697, True), (2,)], [(1, 175, 114, 698, True), (2,)], [(1, 175, 114, 699, True), (2,)], [(1, 175, 114, 700, True), (2,)], [(1, 175, 114, 701, True), (2,)], [(1, 175, 114, 702, True), (2,)], [(1, 175, 114, 703, True), (2,)], [(1, 175, 114, 704, True), (2,)], [(1, 175, 114, 705, True), (2,)], [(1, 175, 114, 706, True), (2,)], [(1, 175, 114, 707, True), (2,)], [(1, 175, 114, 708, True), (2,)], [(1, 175, 114, 709, True), (2,)], [(1, 175, 114, 710, True), (2,)], [(1, 175, 114, 711, True), (2,)], [(1, 175, 114, 712, True), (2,)], [(1, 175, 114, 713, True), (2,)], [(1, 175, 114, 714, True), (2,)], [(1, 175, 114, 715, True), (2,)], [(1, 175, 114, 716, True), (2,)], [(1, 175, 114, 717, True), (2,)], [(1, 175, 114, 718, True), (2,)], [(1, 175, 114, 719, True), (2,)], [(1, 175, 114, 720, True), (2,)], [(1, 175, 114, 721, True), (2,)], [(1, 175, 114, 722, True), (2,)], [(1, 175, 114, 723, True), (2,)], [(1, 175, 114, 724, True), (2,)], [(1, 175, 114, 725, True), (2,)], [(1, 175, 114, 726, True), (2,)], [(1, 175, 114, 727, True), (2,)], [(1, 175, 114, 728, True), (2,)], [(1, 175, 114, 729, True), (2,)], [(1, 175, 114, 730, True), (2,)], [(1, 175, 114, 731, True), (2,)], [(1, 175, 114, 732, True), (2,)], [(1, 175, 114, 733, True), (2,)], [(1, 175, 114, 734, True), (2,)], [(1, 175, 114, 735, True), (2,)], [(1, 175, 114, 736, True), (2,)], [(1, 175, 114, 737, True), (2,)], [(1, 175, 114, 738, True), (2,)], [(1, 175, 114, 739, True), (2,)], [(1, 175, 114, 740, True), (2,)], [(1, 175, 114, 741, True), (2,)], [(1, 175, 114, 742, True), (2,)], [(1, 175, 114, 743, True), (2,)], [(1, 175, 114, 744, True), (2,)], [(1, 175, 114, 745, True), (2,)], [(1, 175, 114, 746, True), (2,)], [(1, 175, 114, 747, True), (2,)], [(1, 175, 114, 748, True), (2,)], [(1, 175, 114, 749, True), (2,)], [(1, 175, 114, 750, True), (2,)], [(1, 175, 114, 751, True), (2,)], [(1, 175, 114, 752, True), (2,)], [(1, 175, 114, 753, True), (2,)], [(1, 175, 114, 754, True), (2,)], [(1, 175, 114, 755, True), (2,)], [(1, 175, 114, 756, True), (2,)], [(1, 175, 114, 757, True), (2,)], [(1, 175, 114, 758, True), (2,)], [(1, 175, 114, 759, True), (2,)], [(1, 175, 114, 760, True), (2,)], [(1, 175, 114, 761, True), (2,)], [(1, 175, 114, 762, True), (2,)], [(1, 175, 114, 763, True), (2,)], [(1, 175, 114, 764, True), (2,)], [(1, 175, 114, 765, True), (2,)], [(1, 175, 114, 766, True), (2,)], [(1, 175, 114, 767, True), (2,)], [(1, 175, 114, 768, True), (2,)], [(1, 175, 114, 769, True), (2,)], [(1, 175, 114, 770, True), (2,)], [(1, 175, 114, 771, True), (2,)], [(1, 175, 114, 772, True), (2,)], [(1, 175, 114, 773, True), (2,)], [(1, 175, 114, 774, True), (2,)], [(1, 175, 114, 775, True), (2,)], [(1, 175, 114, 776, True), (2,)], [(1, 175, 114, 777, True), (2,)], [(1, 175, 114, 778, True), (2,)], [(1, 175, 114, 779, True), (2,)], [(1, 175, 114, 780, True), (2,)], [(1, 175, 114, 781, True), (2,)], [(1, 175, 114, 782, True), (2,)], [(1, 175, 114, 783, True), (2,)], [(1, 175, 114, 784, True), (2,)], [(1, 175, 114, 785, True), (2,)], [(1, 175, 114, 786, True), (2,)], [(1, 175, 114, 787, True), (2,)], [(1, 175, 114, 788, True), (2,)], [(1, 175, 114, 789, True), (2,)], [(1, 175, 114, 790, True), (2,)], [(1, 175, 114, 791, True), (2,)], [(1, 175, 114, 792, True), (2,)], [(1, 175, 114, 793, True), (2,)], [(1, 175, 114, 794, True), (2,)], [(1, 175, 114, 795, True), (2,)], [(1, 175, 114, 796, True), (2,)], [(1, 175, 114, 797, True), (2,)], [(1, 175, 114, 798, True), (2,)], [(1, 175, 114, 799, True), (2,)], [(1, 175, 114, 800, True), (2,)], [(1, 175, 114, 801, True), (2,)], [(1, 175, 114, 802, True), (2,)], [(1, 175, 114, 803, True), (2,)], [(1, 175, 114, 804, True), (2,)], [(1, 175, 114, 805, True), (2,)], [(1, 175, 114, 806, True), (2,)], [(1, 175, 114, 807, True), (2,)], [(1, 175, 114, 808, True), (2,)], [(1, 175, 114, 809, True), (2,)], [(1, 175, 114, 810, True), (2,)], [(1, 175, 114, 811, True), (2,)], [(1, 175, 114, 812, True), (2,)], [(1, 175, 114, 813, True), (2,)], [(1, 175, 114, 814, True), (2,)], [(1, 175, 114, 815, True), (2,)], [(1, 175, 114, 816, True), (2,)], [(1, 175, 114, 817, True), (2,)], [(1, 175, 114, 818, True), (2,)], [(1, 175, 114, 819, True), (2,)], [(1, 175, 114, 820, True), (2,)], [(1, 175, 114, 821, True), (2,)], [(1, 175, 114, 822, True), (2,)], [(1, 175, 114, 823, True), (2,)], [(1, 175, 114, 824, True), (2,)], [(1, 175, 114, 825, True), (2,)], [(1, 175, 114, 826, True), (2,)], [(1, 175, 114, 827, True), (2,)], [(1, 175, 114, 828, True), (2,)], [(1, 175, 114, 829, True), (2,)], [(1, 175, 114, 830, True), (2,)], [(1, 175, 114, 831, True), (2,)], [(1, 175, 114, 832, True), (2,)], [(1, 175, 114, 833, True), (2,)], [(1, 175, 114, 834, True), (2,)], [(1, 175, 114, 835, True), (2,)], [(1, 175, 114, 836, True), (2,)], [(1, 175, 114, 837, True), (2,)], [(1, 175, 114, 838, True), (2,)], [(1, 175, 114, 839, True), (2,)], [(1, 175, 114, 840, True), (2,)], [(1, 175, 114, 841, True), (2,)], [(1, 175, 114, 842, True), (2,)], [(1, 175, 114, 843, True), (2,)], [(1, 175, 114, 844, True), (2,)], [(1, 175, 114, 845, True), (2,)], [(1, 175, 114, 846, True), (2,)], [(1, 175, 114, 847, True), (2,)], [(1, 175, 114, 848, True), (2,)], [(1, 175, 114, 849, True), (2,)], [(1, 175, 114, 850, True), (2,)], [(1, 175, 114, 851, True), (2,)], [(1, 175, 114, 852, True), (2,)], [(1, 175, 114, 853, True), (2,)], [(1, 175, 114, 854, True), (2,)], [(1, 175, 114, 855, True), (2,)], [(1, 175, 114, 856, True), (2,)], [(1, 175, 114, 857, True), (2,)], [(1, 175, 114, 858, True), (2,)], [(1, 175, 114, 859, True), (2,)], [(1, 175, 114, 860, True), (2,)], [(1, 175, 114, 861, True), (2,)], [(1, 175, 114, 862, True), (2,)], [(1, 175, 114, 863, True), (2,)], [(1, 175, 114, 864, True), (2,)], [(1, 175, 114, 865, True), (2,)], [(1, 175, 114, 866, True), (2,)], [(1, 175, 114, 867, True), (2,)], [(1, 175, 114, 868, True), (2,)], [(1, 175, 114, 869, True), (2,)], [(1, 175, 114, 870, True), (2,)], [(1, 175, 114, 871, True), (2,)], [(1, 175, 114, 872, True), (2,)], [(1, 175, 114, 873, True), (2,)], [(1, 175, 114, 874, True), (2,)], [(1, 175, 114, 875, True), (2,)], [(1, 175, 114, 876, True), (2,)], [(1, 175, 114, 877, True), (2,)], [(1, 175, 114, 878, True), (2,)], [(1, 175, 114, 879, True), (2,)], [(1, 175, 114, 880, True), (2,)], [(1, 175, 114, 881, True), (2,)], [(1, 175, 114, 882, True), (2,)], [(1, 175, 114, 883, True), (2,)], [(1, 175, 114, 884, True), (2,)], [(1, 175, 114, 885, True), (2,)], [(1, 175, 114, 886, True), (2,)], [(1, 175, 114, 887, True), (2,)], [(1, 175, 114, 888, True), (2,)], [(1, 175, 114, 889, True), (2,)], [(1, 175, 114, 890, True), (2,)], [(1, 175, 114, 891, True), (2,)], [(1, 175, 114, 892, True), (2,)], [(1, 175, 114, 893, True), (2,)], [(1, 175, 114, 894, True), (2,)], [(1, 175, 114, 895, True), (2,)], [(1, 175, 114, 896, True), (2,)], [(1, 175, 114, 897, True), (2,)], [(1, 175, 114, 898, True), (2,)], [(1, 175, 114, 899, True), (2,)], [(1, 175, 114, 900, True), (2,)], [(1, 175, 114, 901, True), (2,)], [(1, 175, 114, 902, True), (2,)], [(1, 175, 114, 903, True), (2,)], [(1, 175, 114, 904, True), (2,)], [(1, 175, 114, 905, True), (2,)], [(1, 175, 114, 906, True), (2,)], [(1, 175, 114, 907, True), (2,)], [(1, 175, 114, 908, True), (2,)], [(1, 175, 114, 909, True), (2,)], [(1, 175, 114, 910, True), (2,)], [(1, 175, 114, 911, True), (2,)], [(1, 175, 114, 912, True), (2,)], [(1, 175, 114, 913, True), (2,)], [(1, 175, 114, 914, True), (2,)], [(1, 175, 114, 915, True), (2,)], [(1, 175, 114, 916, True), (2,)], [(1, 175, 114, 917, True), (2,)], [(1, 175, 114, 918, True), (2,)], [(1, 175, 114, 919, True), (2,)], [(1, 175, 114, 920, True), (2,)], [(1, 175, 114, 921, True), (2,)], [(1, 175, 114, 922, True), (2,)], [(1, 175, 114, 923, True), (2,)], [(1, 175, 114, 924, True), (2,)], [(1, 175, 114, 925, True), (2,)], [(1, 175, 114, 926, True), (2,)], [(1, 175, 114, 927, True), (2,)], [(1, 175, 114, 928, True), (2,)], [(1, 175, 114, 929, True), (2,)], [(1, 175, 114, 930, True), (2,)], [(1, 175, 114, 931, True), (2,)], [(1, 175, 114, 932, True), (2,)], [(1, 175, 114, 933, True), (2,)], [(1, 175, 114, 934, True), (2,)], [(1, 175, 114, 935, True), (2,)], [(1, 175, 114, 936, True), (2,)], [(1, 175, 114, 937, True), (2,)], [(1, 175, 114, 938, True), (2,)], [(1, 175, 114, 939, True), (2,)], [(1, 175, 114, 940, True), (2,)], [(1, 175, 114, 941, True), (2,)], [(1, 175, 114, 942, True), (2,)], [(1, 175, 114, 943, True), (2,)], [(1, 175, 114, 944, True), (2,)], [(1, 175, 114, 945, True), (2,)], [(1, 175, 114, 946, True), (2,)], [(1, 175, 114, 947, True), (2,)], [(1, 175, 114, 948, True), (2,)], [(1, 175, 114, 949, True), (2,)], [(1, 175, 114, 950, True), (2,)], [(1, 175, 114, 951, True), (2,)], [(1, 175, 114, 952, True), (2,)], [(1, 175, 114, 953, True), (2,)], [(1, 175, 114, 954, True), (2,)], [(1, 175, 114, 955, True), (2,)], [(1, 175, 114, 956, True), (2,)], [(1, 175, 114, 957, True), (2,)], [(1, 175, 114, 958, True), (2,)], [(1, 175, 114, 959, True), (2,)], [(1, 175, 114, 960, True), (2,)], [(1, 175, 114, 961, True), (2,)], [(1, 175, 114, 962, True), (2,)], [(1, 175, 114, 963, True), (2,)], [(1, 175, 114, 964, True), (2,)], [(1, 175, 114, 965, True), (2,)], [(1, 175, 114, 966, True), (2,)], [(1, 175, 114, 967, True), (2,)], [(1, 175, 114, 968, True), (2,)], [(1, 175, 114, 969, True), (2,)], [(1, 175, 114, 970, True), (2,)], [(1, 175, 114, 971, True), (2,)], [(1, 175, 114, 972, True), (2,)], [(1, 175, 114, 973, True), (2,)], [(1, 175, 114, 974, True), (2,)], [(1, 175, 114, 975, True), (2,)], [(1, 175, 114, 976, True), (2,)], [(1, 175, 114, 977, True), (2,)], [(1, 175, 114, 978, True), (2,)], [(1, 175, 114, 979, True), (2,)], [(1, 175, 114, 980, True), (2,)], [(1, 175, 114, 981, True), (2,)], [(1, 175, 114, 982, True), (2,)], [(1, 175, 114, 983, True), (2,)], [(1, 175, 114, 984, True), (2,)], [(1, 175, 114, 985, True), (2,)], [(1, 175, 114, 986, True), (2,)], [(1, 175, 114, 987, True), (2,)], [(1, 175, 114, 988, True), (2,)], [(1, 175, 114, 989, True), (2,)], [(1, 175, 114, 990, True), (2,)], [(1, 175, 114, 991, True), (2,)], [(1, 175, 114, 992, True), (2,)], [(1, 175, 114, 993, True), (2,)], [(1, 175, 114, 994, True), (2,)], [(1, 175, 114, 995, True), (2,)], [(1, 175, 114, 996, True), (2,)], [(1, 175, 114, 997, True), (2,)], [(1, 175, 114, 998, True), (2,)], [(1, 175, 114, 999, True), (2,)], [(1, 175, 114, 1000, True), (2,)], [(1, 175, 114, 1001, True), (2,)], [(1, 175, 114, 1002, True), (2,)], [(1, 175, 114, 1003, True), (2,)], [(1, 175, 114, 1004, True), (2,)], [(1, 175, 114, 1005, True), (2,)], [(1, 175, 114, 1006, True), (2,)], [(1, 175, 114, 1007, True), (2,)], [(1, 175, 114, 1008, True), (2,)], [(1, 175, 114, 1009, True), (2,)], [(1, 175, 114, 1010, True), (2,)], [(1, 175, 114, 1011, True), (2,)], [(1, 175, 114, 1012, True), (2,)], [(1, 175, 114, 1013, True), (2,)], [(1, 175, 114, 1014, True), (2,)], [(1, 175, 114, 1015, True), (2,)], [(1, 175, 114, 1016, True), (2,)], [(1, 175, 114, 1017, True), (2,)], [(1, 175, 114, 1018, True), (2,)], [(1, 175, 114, 1019, True), (2,)], [(1, 175, 114, 1020, True), (2,)], [(1, 175, 114, 1021, True), (2,)], [(1, 175, 114, 1022, True), (2,)], [(1, 175, 114, 1023, True), (2,)], [(1, 175, 114, 1024, True), (2,)], [(2,)]]),
    ('c', [[(1, 119, 86, 1, False)], [(1, 174, 115, 2, True)], [(1, 174, 115, 3, True), (2,)], [(1, 174, 115, 4, True), (2,)], [(1, 174, 115, 5, True), (2,)], [(1, 174, 115, 6, True), (2,)], [(1, 174, 115, 7, True), (2,)], [(1, 174, 115, 8, True), (2,)], [(1, 174, 115, 9, True), (2,)], [(2,)]]),
    ('c', [[(1, 147, 71, 1, False)], [(1, 170, 71, 2, False), (1, 171, 86, 3, False), (1, 172, 90, 4, False), (1, 173, 51, 5, False), (1, 148, 71, 6, False)], [(1, 171, 86, 3, False), (1, 172, 90, 4, False), (1, 173, 51, 5, False), (1, 148, 71, 6, False)], [(1, 172, 90, 4, False), (1, 173, 51, 5, False), (1, 148, 71, 6, False)], [(1, 173, 51, 5, False), (1, 148, 71, 6, False)], [(1, 148, 71, 6, False)], [(2,)]]),
    ('c', [[(1, 180, 86, 1, False), (1, 181, 71, 2, False), (1, 182, 117, 3, True)], [(1, 181, 71, 2, False), (1, 182, 117, 3, True)], [(1, 182, 117, 3, True)], [(1, 182, 117, 4, True), (2,)], [(1, 182, 117, 5, True), (2,)], [(1, 182, 117, 6, True), (2,)], [(1, 182, 117, 7, True), (2,)], [(2,)]]),
    ('c', [[(1, 176, 109, 1, False), (1, 177, 86, 2, False)], [(1, 177, 86, 2, False)], [(1, 178, 71, 3, False)], [(1, 179, 86, 4, False)], [(2,)]]),
    ('c', [[(1, 185, 119, 1, True)], [(1, 185, 119, 2, True), (2,)], [(1, 185, 119, 3, True), (2,)], [(1, 185, 119, 4, True), (2,)], [(1, 185, 119, 5, True), (2,)], [(2,)]]),
    ('c', [[(1, 183, 45, 1, False)], [(1, 184, 71, 2, False)], [(2,)]]),
    ('c', [[(0, 52, 2, 1), (1, 124, 3, 2, False)], [(1, 124, 3, 2, False)], [(1, 186, 74, 3, False)], [(1, 187, 109, 4, False), (1, 197, 51, 5, False)], [(1, 197, 51, 5, False)], [(1, 198, 121, 6, False)], [(2,)]]),
    ('c', [[(1, 196, 122, 1, True)], [(1, 196, 122, 2, True), (2,)], [(1, 196, 122, 3, True), (2,)], [(1, 196, 122, 4, True), (2,)], [(1, 196, 122, 5, True), (2,)], [(1, 196, 122, 6, True), (2,)], [(1, 196, 122, 7, True), (2,)], [(1, 196, 122, 8, True), (2,)], [(1, 196, 122, 9, True), (2,)], [(1, 196, 122, 10, True), (2,)], [(1, 196, 122, 11, True), (2,)], [(1, 196, 122, 12, True), (2,)], [(1, 196, 122, 13, True), (2,)], [(1, 196, 122, 14, True), (2,)], [(1, 196, 122, 15, True), (2,)], [(1, 196, 122, 16, True), (2,)], [(1, 196, 122, 17, True), (2,)], [(1, 196, 122, 18, True), (2,)], [(1, 196, 122, 19, True), (2,)], [(1, 196, 122, 20, True), (2,)], [(1, 196, 122, 21, True), (2,)], [(1, 196, 122, 22, True), (2,)], [(1, 196, 122, 23, True), (2,)], [(1, 196, 122, 24, True), (2,)], [(1, 196, 122, 25, True), (2,)], [(1, 196, 122, 26, True), (2,)], [(1, 196, 122, 27, True), (2,)], [(1, 196, 122, 28, True), (2,)], [(1, 196, 122, 29, True), (2,)], [(1, 196, 122, 30, True), (2,)], [(1, 196, 122, 31, True), (2,)], [(1, 196, 122, 32, True), (2,)], [(1, 196, 122, 33, True), (2,)], [(1, 196, 122, 34, True), (2,)], [(1, 196, 122, 35, True), (2,)], [(1, 196, 122, 36, True), (2,)], [(1, 196, 122, 37, True), (2,)], [(1, 196, 122, 38, True), (2,)], [(1, 196, 122, 39, True), (2,)], [(1, 196, 122, 40, True), (2,)], [(1, 196, 122, 41, True), (2,)], [(1, 196, 122, 42, True), (2,)], [(1, 196, 122, 43, True), (2,)], [(1, 196, 122, 44, True), (2,)], [(1, 196, 122, 45, True), (2,)], [(1, 196, 122, 46, True), (2,)], [(1, 196, 122, 47, True), (2,)], [(1, 196, 122, 48, True), (2,)], [(1, 196, 122, 49, True), (2,)], [(1, 196, 122, 50, True), (2,)], [(1, 196, 122, 51, True), (2,)], [(1, 196, 122, 52, True), (2,)], [(1, 196, 122, 53, True), (2,)], [(1, 196, 122, 54, True), (2,)], [(1, 196, 122, 55, True), (2,)], [(1, 196, 122, 56, True), (2,)], [(1, 196, 122, 57, True), (2,)], [(1, 196, 122, 58, True), (2,)], [(1, 196, 122, 59, True), (2,)], [(1, 196, 122, 60, True), (2,)], [(1, 196, 122, 61, True), (2,)], [(1, 196, 122, 62, True), (2,)], [(1, 196, 122, 63, True), (2,)], [(1, 196, 122, 64, True), (2,)], [(1, 196, 122, 65, True), (2,)], [(1, 196, 122, 66, True), (2,)], [(1, 196, 122, 67, True), (2,)], [(1, 196, 122, 68, True), (2,)], [(1, 196, 122, 69, True), (2,)], [(1, 196, 122, 70, True), (2,)], [(1, 196, 122, 71, True), (2,)], [(1, 196, 122, 72, True), (2,)], [(1, 196, 122, 73, True), (2,)], [(1, 196, 122, 74, True), (2,)], [(1, 196, 122, 75, True), (2,)], [(1, 196, 122, 76, True), (2,)], [(1, 196, 122, 77, True), (2,)], [(1, 196, 122, 78, True), (2,)], [(1, 196, 122, 79, True), (2,)], [(1, 196, 122, 80, True), (2,)], [(1, 196, 122, 81, True), (2,)], [(1, 196, 122, 82, True), (2,)], [(1, 196, 122, 83, True), (2,)], [(1, 196, 122, 84, True), (2,)], [(1, 196, 122, 85, True), (2,)], [(1, 196, 122, 86, True), (2,)], [(1, 196, 122, 87, True), (2,)], [(1, 196, 122, 88, True), (2,)], [(1, 196, 122, 89, True), (2,)], [(1, 196, 122, 90, True), (2,)], [(1, 196, 122, 91, True), (2,)], [(1, 196, 122, 92, True), (2,)], [(1, 196, 122, 93, True), (2,)], [(1, 196, 122, 94, True), (2,)], [(1, 196, 122, 95, True), (2,)], [(1, 196, 122, 96, True), (2,)], [(1, 196, 122, 97, True), (2,)], [(1, 196, 122, 98, True), (2,)], [(1, 196, 122, 99, True), (2,)], [(1, 196, 122, 100, True), (2,)], [(1, 196, 122, 101, True), (2,)], [(1, 196, 122, 102, True), (2,)], [(1, 196, 122, 103, True), (2,)], [(1, 196, 122, 104, True), (2,)], [(1, 196, 122, 105, True), (2,)], [(1, 196, 122, 106, True), (2,)], [(1, 196, 122, 107, True), (2,)], [(1, 196, 122, 108, True), (2,)], [(1, 196, 122, 109, True), (2,)], [(1, 196, 122, 110, True), (2,)], [(1, 196, 122, 111, True), (2,)], [(1, 196, 122, 112, True), (2,)], [(1, 196, 122, 113, True), (2,)], [(1, 196, 122, 114, True), (2,)], [(1, 196, 122, 115, True), (2,)], [(1, 196, 122, 116, True), (2,)], [(1, 196, 122, 117, True), (2,)], [(1, 196, 122, 118, True), (2,)], [(1, 196, 122, 119, True), (2,)], [(1, 196, 122, 120, True), (2,)], [(1, 196, 122, 121, True), (2,)], [(1, 196, 122, 122, True), (2,)], [(1, 196, 122, 123, True), (2,)], [(1, 196, 122, 124, True), (2,)], [(1, 196, 122, 125, True), (2,)], [(1, 196, 122, 126, True), (2,)], [(1, 196, 122, 127, True), (2,)], [(1, 196, 122, 128, True), (2,)], [(1, 196, 122, 129, True), (2,)], [(1, 196, 122, 130, True), (2,)], [(1, 196, 122, 131, True), (2,)], [(1, 196, 122, 132, True), (2,)], [(1, 196, 122, 133, True), (2,)], [(1, 196, 122, 134, True), (2,)], [(1, 196, 122, 135, True), (2,)], [(1, 196, 122, 136, True), (2,)], [(1, 196, 122, 137, True), (2,)], [(1, 196, 122, 138, True), (2,)], [(1, 196, 122, 139, True), (2,)], [(1, 196, 122, 140, True), (2,)], [(1, 196, 122, 141, True), (2,)], [(1, 196, 122, 142, True), (2,)], [(1, 196, 122, 143, True), (2,)], [(1, 196, 122, 144, True), (2,)], [(1, 196, 122, 145, True), (2,)], [(1, 196, 122, 146, True), (2,)], [(1, 196, 122, 147, True), (2,)], [(1, 196, 122, 148, True), (2,)], [(1, 196, 122, 149, True), (2,)], [(1, 196, 122, 150, True), (2,)], [(1, 196, 122, 151, True), (2,)], [(1, 196, 122, 152, True), (2,)], [(1, 196, 122, 153, True), (2,)], [(1, 196, 122, 154, True), (2,)], [(1, 196, 122, 155, True), (2,)], [(1, 196, 122, 156, True), (2,)], [(1, 196, 122, 157, True), (2,)], [(1, 196, 122, 158, True), (2,)], [(1, 196, 122, 159, True), (2,)], [(1, 196, 122, 160, True), (2,)], [(1, 196, 122, 161, True), (2,)], [(1, 196, 122, 162, True), (2,)], [(1, 196, 122, 163, True), (2,)], [(1, 196, 122, 164, True), (2,)], [(1, 196, 122, 165, True), (2,)], [(1, 196, 122, 166, True), (2,)], [(1, 196, 122, 167, True), (2,)], [(1, 196, 122, 168, True), (2,)], [(1, 196, 122, 169, True), (2,)], [(1, 196, 122, 170, True), (2,)], [(1, 196, 122, 171, True), (2,)], [(1, 196, 122, 172, True), (2,)], [(1, 196, 122, 173, True), (2,)], [(1, 196, 122, 174, True), (2,)], [(1, 196, 122, 175, True), (2,)], [(1, 196, 122, 176, True), (2,)], [(1, 196, 122, 177, True), (2,)], [(1, 196, 122, 178, True), (2,)], [(1, 196, 122, 179, True), (2,)], [(1, 196, 122, 180, True), (2,)], [(1, 196, 122, 181, True), (2,)], [(1, 196, 122, 182, True), (2,)], [(1, 196, 122, 183, True), (2,)], [(1, 196, 122, 184, True), (2,)], [(1, 196, 122, 185, True), (2,)], [(1, 196, 122, 186, True), (2,)], [(1, 196, 122, 187, True), (2,)], [(1, 196, 122, 188, True), (2,)], [(1, 196, 122, 189, True), (2,)], [(1, 196, 122, 190, True), (2,)], [(1, 196, 122, 191, True), (2,)], [(1, 196, 122, 192, True), (2,)], [(1, 196, 122, 193, True), (2,)], [(1, 196, 122, 194, True), (2,)], [(1, 196, 122, 195, True), (2,)], [(1, 196, 122, 196, True), (2,)], [(1, 196, 122, 197, True), (2,)], [(1, 196, 122, 198, True), (2,)], [(1, 196, 122, 199, True), (2,)], [(1, 196, 122, 200, True), (2,)], [(1, 196, 122, 201, True), (2,)], [(1, 196, 122, 202, True), (2,)], [(1, 196, 122, 203, True), (2,)], [(1, 196, 122, 204, True), (2,)], [(1, 196, 122, 205, True), (2,)], [(1, 196, 122, 206, True), (2,)], [(1, 196, 122, 207, True), (2,)], [(1, 196, 122, 208, True), (2,)], [(1, 196, 122, 209, True), (2,)], [(1, 196, 122, 210, True), (2,)], [(1, 196, 122, 211, True), (2,)], [(1, 196, 122, 212, True), (2,)], [(1, 196, 122, 213, True), (2,)], [(1, 196, 122, 214, True), (2,)], [(1, 196, 122, 215, True), (2,)], [(1, 196, 122, 216, True), (2,)], [(1, 196, 122, 217, True), (2,)], [(1, 196, 122, 218, True), (2,)], [(1, 196, 122, 219, True), (2,)], [(1, 196, 122, 220, True), (2,)], [(1, 196, 122, 221, True), (2,)], [(1, 196, 122, 222, True), (2,)], [(1, 196, 122, 223, True), (2,)], [(1, 196, 122, 224, True), (2,)], [(1, 196, 122, 225, True), (2,)], [(1, 196, 122, 226, True), (2,)], [(1, 196, 122, 227, True), (2,)], [(1, 196, 122, 228, True), (2,)], [(1, 196, 122, 229, True), (2,)], [(1, 196, 122, 230, True), (2,)], [(1, 196, 122, 231, True), (2,)], [(1, 196, 122, 232, True), (2,)], [(1, 196, 122, 233, True), (2,)], [(1, 196, 122, 234, True), (2,)], [(1, 196, 122, 235, True), (2,)], [(1, 196, 122, 236, True), (2,)], [(1, 196, 122, 237, True), (2,)], [(1, 196, 122, 238, True), (2,)], [(1, 196, 122, 239, True), (2,)], [(1, 196, 122, 240, True), (2,)], [(1, 196, 122, 241, True), (2,)], [(1, 196, 122, 242, True), (2,)], [(1, 196, 122, 243, True), (2,)], [(1, 196, 122, 244, True), (2,)], [(1, 196, 122, 245, True), (2,)], [(1, 196, 122, 246, True), (2,)], [(1, 196, 122, 247, True), (2,)], [(1, 196, 122, 248, True), (2,)], [(1, 196, 122, 249, True), (2,)], [(1, 196, 122, 250, True), (2,)], [(1, 196, 122, 251, True), (2,)], [(1, 196, 122, 252, True), (2,)], [(1, 196, 122, 253, True), (2,)], [(1, 196, 122, 254, True), (2,)], [(1, 196, 122, 255, True), (2,)], [(1, 196, 122, 256, True), (2,)], [(1, 196, 122, 257, True), (2,)], [(1, 196, 122, 258, True), (2,)], [(1, 196, 122, 259, True), (2,)], [(1, 196, 122, 260, True), (2,)], [(1, 196, 122, 261, True), (2,)], [(1, 196, 122, 262, True), (2,)], [(1, 196, 122, 263, True), (2,)], [(1, 196, 122, 264, True), (2,)], [(1, 196, 122, 265, True), (2,)], [(1, 196, 122, 266, True), (2,)], [(1, 196, 122, 267, True), (2,)], [(1, 196, 122, 268, True), (2,)], [(1, 196, 122, 269, True), (2,)], [(1, 196, 122, 270, True), (2,)], [(1, 196, 122, 271, True), (2,)], [(1, 196, 122, 272, True), (2,)], [(1, 196, 122, 273, True), (2,)], [(1, 196, 122, 274, True), (2,)], [(1, 196, 122, 275, True), (2,)], [(1, 196, 122, 276, True), (2,)], [(1, 196, 122, 277, True), (2,)], [(1, 196, 122, 278, True), (2,)], [(1, 196, 122, 279, True), (2,)], [(1, 196, 122, 280, True), (2,)], [(1, 196, 122, 281, True), (2,)], [(1, 196, 122, 282, True), (2,)], [(1, 196, 122, 283, True), (2,)], [(1, 196, 122, 284, True), (2,)], [(1, 196, 122, 285, True), (2,)], [(1, 196, 122, 286, True), (2,)], [(1, 196, 122, 287, True), (2,)], [(1, 196, 122, 288, True), (2,)], [(1, 196, 122, 289, True), (2,)], [(1, 196, 122, 290, True), (2,)], [(1, 196, 122, 291, True), (2,)], [(1, 196, 122, 292, True), (2,)], [(1, 196, 122, 293, True), (2,)], [(1, 196, 122, 294, True), (2,)], [(1, 196, 122, 295, True), (2,)], [(1, 196, 122, 296, True), (2,)], [(1, 196, 122, 297, True), (2,)], [(1, 196, 122, 298, True), (2,)], [(1, 196, 122, 299, True), (2,)], [(1, 196, 122, 300, True), (2,)], [(1, 196, 122, 301, True), (2,)], [(1, 196, 122, 302, True), (2,)], [(1, 196, 122, 303, True), (2,)], [(1, 196, 122, 304, True), (2,)], [(1, 196, 122, 305, True), (2,)], [(1, 196, 122, 306, True), (2,)], [(1, 196, 122, 307, True), (2,)], [(1, 196, 122, 308, True), (2,)], [(1, 196, 122, 309, True), (2,)], [(1, 196, 122, 310, True), (2,)], [(1, 196, 122, 311, True), (2,)], [(1, 196, 122, 312, True), (2,)], [(1, 196, 122, 313, True), (2,)], [(1, 196, 122, 314, True), (2,)], [(1, 196, 122, 315, True), (2,)], [(1, 196, 122, 316, True), (2,)], [(1, 196, 122, 317, True), (2,)], [(1, 196, 122, 318, True), (2,)], [(1, 196, 122, 319, True), (2,)], [(1, 196, 122, 320, True), (2,)], [(1, 196, 122, 321, True), (2,)], [(1, 196, 122, 322, True), (2,)], [(1, 196, 122, 323, True), (2,)], [(1, 196, 122, 324, True), (2,)], [(1, 196, 122, 325, True), (2,)], [(1, 196, 122, 326, True), (2,)], [(1, 196, 122, 327, True), (2,)], [(1, 196, 122, 328, True), (2,)], [(1, 196, 122, 329, True), (2,)], [(1, 196, 122, 330, True), (2,)], [(1, 196, 122, 331, True), (2,)], [(1, 196, 122, 332, True), (2,)], [(1, 196, 122, 333, True), (2,)], [(1, 196, 122, 334, True), (2,)], [(1, 196, 122, 335, True), (2,)], [(1, 196, 122, 336, True), (2,)], [(1, 196, 122, 337, True), (2,)], [(1, 196, 122, 338, True), (2,)], [(1, 196, 122, 339, True), (2,)], [(1, 196, 122, 340, True), (2,)], [(1, 196, 122, 341, True), (2,)], [(1, 196, 122, 342, True), (2,)], [(1, 196, 122, 343, True), (2,)], [(1, 196, 122, 344, True), (2,)], [(1, 196, 122, 345, True), (2,)], [(1, 196, 122, 346, True), (2,)], [(1, 196, 122, 347, True), (2,)], [(1, 196, 122, 348, True), (2,)], [(1, 196, 122, 349, True), (2,)], [(1, 196, 122, 350, True), (2,)], [(1, 196, 122, 351, True), (2,)], [(1, 196, 122, 352, True), (2,)], [(1, 196, 122, 353, True), (2,)], [(1, 196, 122, 354, True), (2,)], [(1, 196, 122, 355, True), (2,)], [(1, 196, 122, 356, True), (2,)], [(1, 196, 122, 357, True), (2,)], [(1, 196, 122, 358, True), (2,)], [(1, 196, 122, 359, True), (2,)], [(1, 196, 122, 360, True), (2,)], [(1, 196, 122, 361, True), (2,)], [(1, 196, 122, 362, True), (2,)], [(1, 196, 122, 363, True), (2,)], [(1, 196, 122, 364, True), (2,)], [(1, 196, 122, 365, True), (2,)], [(1, 196, 122, 366, True), (2,)], [(1, 196, 122, 367, True), (2,)], [(1, 196, 122, 368, True), (2,)], [(1, 196, 122, 369, True), (2,)], [(1, 196, 122, 370, True), (2,)], [(1, 196, 122, 371, True), (2,)], [(1, 196, 122, 372, True), (2,)], [(1, 196, 122, 373, True), (2,)], [(1, 196, 122, 374, True), (2,)], [(1, 196, 122, 375, True), (2,)], [(1, 196, 122, 376, True), (2,)], [(1, 196, 122, 377, True), (2,)], [(1, 196, 122, 378, True), (2,)], [(1, 196, 122, 379, True), (2,)], [(1, 196, 122, 380, True), (2,)], [(1, 196, 122, 381, True), (2,)], [(1, 196, 122, 382, True), (2,)], [(1, 196, 122, 383, True), (2,)], [(1, 196, 122, 384, True), (2,)], [(1, 196, 122, 385, True), (2,)], [(1, 196, 122, 386, True), (2,)], [(1, 196, 122, 387, True), (2,)], [(1, 196, 122, 388, True), (2,)], [(1, 196, 122, 389, True), (2,)], [(1, 196, 122, 390, True), (2,)], [(1, 196, 122, 391, True), (2,)], [(1, 196, 122, 392, True), (2,)], [(1, 196, 122, 393, True), (2,)], [(1, 196, 122, 394, True), (2,)], [(1, 196, 122, 395, True), (2,)], [(1, 196, 122, 396, True), (2,)], [(1, 196, 122, 397, True), (2,)], [(1, 196, 122, 398, True), (2,)], [(1, 196, 122, 399, True), (2,)], [(1, 196, 122, 400, True), (2,)], [(1, 196, 122, 401, True), (2,)], [(1, 196, 122, 402, True), (2,)], [(1, 196, 122, 403, True), (2,)], [(1, 196, 122, 404, True), (2,)], [(1, 196, 122, 405, True), (2,)], [(1, 196, 122, 406, True), (2,)], [(1, 196, 122, 407, True), (2,)], [(1, 196, 122, 408, True), (2,)], [(1, 196, 122, 409, True), (2,)], [(1, 196, 122, 410, True), (2,)], [(1, 196, 122, 411, True), (2,)], [(1, 196, 122, 412, True), (2,)], [(1, 196, 122, 413, True), (2,)], [(1, 196, 122, 414, True), (2,)], [(1, 196, 122, 415, True), (2,)], [(1, 196, 122, 416, True), (2,)], [(1, 196, 122, 417, True), (2,)], [(1, 196, 122, 418, True), (2,)], [(1, 196, 122, 419, True), (2,)], [(1, 196, 122, 420, True), (2,)], [(1, 196, 122, 421, True), (2,)], [(1, 196, 122, 422, True), (2,)], [(1, 196, 122, 423, True), (2,)], [(1, 196, 122, 424, True), (2,)], [(1, 196, 122, 425, True), (2,)], [(1, 196, 122, 426, True), (2,)], [(1, 196, 122, 427, True), (2,)], [(1, 196, 122, 428, True), (2,)], [(1, 196, 122, 429, True), (2,)], [(1, 196, 122, 430, True), (2,)], [(1, 196, 122, 431, True), (2,)], [(1, 196, 122, 432, True), (2,)], [(1, 196, 122, 433, True), (2,)], [(1, 196, 122, 434, True), (2,)], [(1, 196, 122, 435, True), (2,)], [(1, 196, 122, 436, True), (2,)], [(1, 196, 122, 437, True), (2,)], [(1, 196, 122, 438, True), (2,)], [(1, 196, 122, 439, True), (2,)], [(1, 196, 122, 440, True), (2,)], [(1, 196, 122, 441, True), (2,)], [(1, 196, 122, 442, True), (2,)], [(1, 196, 122, 443, True), (2,)], [(1, 196, 122, 444, True), (2,)], [(1, 196, 122, 445, True), (2,)], [(1, 196, 122, 446, True), (2,)], [(1, 196, 122, 447, True), (2,)], [(1, 196, 122, 448, True), (2,)], [(1, 196, 122, 449, True), (2,)], [(1, 196, 122, 450, True), (2,)], [(1, 196, 122, 451, True), (2,)], [(1, 196, 122, 452, True), (2,)], [(1, 196, 122, 453, True), (2,)], [(1, 196, 122, 454, True), (2,)], [(1, 196, 122, 455, True), (2,)], [(1, 196, 122, 456, True), (2,)], [(1, 196, 122, 457, True), (2,)], [(1, 196, 122, 458, True), (2,)], [(1, 196, 122, 459, True), (2,)], [(1, 196, 122, 460, True), (2,)], [(1, 196, 122, 461, True), (2,)], [(1, 196, 122, 462, True), (2,)], [(1, 196, 122, 463, True), (2,)], [(1, 196, 122, 464, True), (2,)], [(1, 196, 122, 465, True), (2,)], [(1, 196, 122, 466, True), (2,)], [(1, 196, 122, 467, True), (2,)], [(1, 196, 122, 468, True), (2,)], [(1, 196, 122, 469, True), (2,)], [(1, 196, 122, 470, True), (2,)], [(1, 196, 122, 471, True), (2,)], [(1, 196, 122, 472, True), (2,)], [(1, 196, 122, 473, True), (2,)], [(1, 196, 122, 474, True), (2,)], [(1, 196, 122, 475, True), (2,)], [(1, 196, 122, 476, True), (2,)], [(1, 196, 122, 477, True), (2,)], [(1, 196, 122, 478, True), (2,)], [(1, 196, 122, 479, True), (2,)], [(1, 196, 122, 480, True), (2,)], [(1, 196, 122, 481, True), (2,)], [(1, 196, 122, 482, True), (2,)], [(1, 196, 122, 483, True), (2,)], [(1, 196, 122, 484, True), (2,)], [(1, 196, 122, 485, True), (2,)], [(1, 196, 122, 486, True), (2,)], [(1, 196, 122, 487, True), (2,)], [(1, 196, 122, 488, True), (2,)], [(1, 196, 122, 489, True), (2,)], [(1, 196, 122, 490, True), (2,)], [(1, 196, 122, 491, True), (2,)], [(1, 196, 122, 492, True), (2,)], [(1, 196, 122, 493, True), (2,)], [(1, 196, 122, 494, True), (2,)], [(1, 196, 122, 495, True), (2,)], [(1, 196, 122, 496, True), (2,)], [(1, 196, 122, 497, True), (2,)], [(1, 196, 122, 498, True), (2,)], [(1, 196, 122, 499, True), (2,)], [(1, 196, 122, 500, True), (2,)], [(1, 196, 122, 501, True), (2,)], [(1, 196, 122, 502, True), (2,)], [(1, 196, 122, 503, True), (2,)], [(1, 196, 122, 504, True), (2,)], [(1, 196, 122, 505, True), (2,)], [(1, 196, 122, 506, True), (2,)], [(1, 196, 122, 507, True), (2,)], [(1, 196, 122, 508, True), (2,)], [(1, 196, 122, 509, True), (2,)], [(1, 196, 122, 510, True), (2,)], [(1, 196, 122, 511, True), (2,)], [(1, 196, 122, 512, True), (2,)], [(1, 196, 122, 513, True), (2,)], [(1, 196, 122, 514, True), (2,)], [(1, 196, 122, 515, True), (2,)], [(1, 196, 122, 516, True), (2,)], [(1, 196, 122, 517, True), (2,)], [(1, 196, 122, 518, True), (2,)], [(1, 196, 122, 519, True), (2,)], [(1, 196, 122, 520, True), (2,)], [(1, 196, 122, 521, True), (2,)], [(1, 196, 122, 522, True), (2,)], [(1, 196, 122, 523, True), (2,)], [(1, 196, 122, 524, True), (2,)], [(1, 196, 122, 525, True), (2,)], [(1, 196, 122, 526, True), (2,)], [(1, 196, 122, 527, True), (2,)], [(1, 196, 122, 528, True), (2,)], [(1, 196, 122, 529, True), (2,)], [(1, 196, 122, 530, True), (2,)], [(1, 196, 122, 531, True), (2,)], [(1, 196, 122, 532, True), (2,)], [(1, 196, 122, 533, True), (2,)], [(1, 196, 122, 534, True), (2,)], [(1, 196, 122, 535, True), (2,)], [(1, 196, 122, 536, True), (2,)], [(1, 196, 122, 537, True), (2,)], [(1, 196, 122, 538, True), (2,)], [(1, 196, 122, 539, True), (2,)], [(1, 196, 122, 540, True), (2,)], [(1, 196, 122, 541, True), (2,)], [(1, 196, 122, 542, True), (2,)], [(1, 196, 122, 543, True), (2,)], [(1, 196, 122, 544, True), (2,)], [(1, 196, 122, 545, True), (2,)], [(1, 196, 122, 546, True), (2,)], [(1, 196, 122, 547, True), (2,)], [(1, 196, 122, 548, True), (2,)], [(1, 196, 122, 549, True), (2,)], [(1, 196, 122, 550, True), (2,)], [(1, 196, 122, 551, True), (2,)], [(1, 196, 122, 552, True), (2,)], [(1, 196, 122, 553, True), (2,)], [(1, 196, 122, 554, True), (2,)], [(1, 196, 122, 555, True), (2,)], [(1, 196, 122, 556, True), (2,)], [(1, 196, 122, 557, True), (2,)], [(1, 196, 122, 558, True), (2,)], [(1, 196, 122, 559, True), (2,)], [(1, 196, 122, 560, True), (2,)], [(1, 196, 122, 561, True), (2,)], [(1, 196, 122, 562, True), (2,)], [(1, 196, 122, 563, True), (2,)], [(1, 196, 122, 564, True), (2,)], [(1, 196, 122, 565, True), (2,)], [(1, 196, 122, 566, True), (2,)], [(1, 196, 122, 567, True), (2,)], [(1, 196, 122, 568, True), (2,)], [(1, 196, 122, 569, True), (2,)], [(1, 196, 122, 570, True), (2,)], [(1, 196, 122, 571, True), (2,)], [(1, 196, 122, 572, True), (2,)], [(1, 196, 122, 573, True), (2,)], [(1, 196, 122, 574, True), (2,)], [(1, 196, 122, 575, True), (2,)], [(1, 196, 122, 576, True), (2,)], [(1, 196, 122, 577, True), (2,)], [(1, 196, 122, 578, True), (2,)], [(1, 196, 122, 579, True), (2,)], [(1, 196, 122, 580, True), (2,)], [(1, 196, 122, 581, True), (2,)], [(1, 196, 122, 582, True), (2,)], [(1, 196, 122, 583, True), (2,)], [(1, 196, 122, 584, True), (2,)], [(1, 196, 122, 585, True), (2,)], [(1, 196, 122, 586, True), (2,)], [(1, 196, 122, 587, True), (2,)], [(1, 196, 122, 588, True), (2,)], [(1, 196, 122, 589, True), (2,)], [(1, 196, 122, 590, True), (2,)], [(1, 196, 122, 591, True), (2,)], [(1, 196, 122, 592, True), (2,)], [(1, 196, 122, 593, True), (2,)], [(1, 196, 122, 594, True), (2,)], [(1, 196, 122, 595, True), (2,)], [(1, 196, 122, 596, True), (2,)], [(1, 196, 122, 597, True), (2,)], [(1, 196, 122, 598, True), (2,)], [(1, 196, 122, 599, True), (2,)], [(1, 196, 122, 600, True), (2,)], [(1, 196, 122, 601, True), (2,)], [(1, 196, 122, 602, True), (2,)], [(1, 196, 122, 603, True), (2,)], [(1, 196, 122, 604, True), (2,)], [(1, 196, 122, 605, True), (2,)], [(1, 196, 122, 606, True), (2,)], [(1, 196, 122, 607, True), (2,)], [(1, 196, 122, 608, True), (2,)], [(1, 196, 122, 609, True), (2,)], [(1, 196, 122, 610, True), (2,)], [(1, 196, 122, 611, True), (2,)], [(1, 196, 122, 612, True), (2,)], [(1, 196, 122, 613, True), (2,)], [(1, 196, 122, 614, True), (2,)], [(1, 196, 122, 615, True), (2,)], [(1, 196, 122, 616, True), (2,)], [(1, 196, 122, 617, True), (2,)], [(1, 196, 122, 618, True), (2,)], [(1, 196, 122, 619, True), (2,)], [(1, 196, 122, 620, True), (2,)], [(1, 196, 122, 621, True), (2,)], [(1, 196, 122, 622, True), (2,)], [(1, 196, 122, 623, True), (2,)], [(1, 196, 122, 624, True), (2,)], [(1, 196, 122, 625, True), (2,)], [(1, 196, 122, 626, True), (2,)], [(1, 196, 122, 627, True), (2,)], [(1, 196, 122, 628, True), (2,)], [(1, 196, 122, 629, True), (2,)], [(1, 196, 122, 630, True), (2,)], [(1, 196, 122, 631, True), (2,)], [(1, 196, 122, 632, True), (2,)], [(1, 196, 122, 633, True), (2,)], [(1, 196, 122, 634, True), (2,)], [(1, 196, 122, 635, True), (2,)], [(1, 196, 122, 636, True), (2,)], [(1, 196, 122, 637, True), (2,)], [(1, 196, 122, 638, True), (2,)], [(1, 196, 122, 639, True), (2,)], [(1, 196, 122, 640, True), (2,)], [(1, 196, 122, 641, True), (2,)], [(1, 196, 122, 642, True), (2,)], [(1, 196, 122, 643, True), (2,)], [(1, 196, 122, 644, True), (2,)], [(1, 196, 122, 645, True), (2,)], [(1, 196, 122, 646, True), (2,)], [(1, 196, 122, 647, True), (2,)], [(1, 196, 122, 648, True), (2,)], [(1, 196, 122, 649, True), (2,)], [(1, 196, 122, 650, True), (2,)], [(1, 196, 122, 651, True), (2,)], [(1, 196, 122, 652, True), (2,)], [(1, 196, 122, 653, True), (2,)], [(1, 196, 122, 654, True), (2,)], [(1, 196, 122, 655, True), (2,)], [(1, 196, 122, 656, True), (2,)], [(1, 196, 122, 657, True), (2,)], [(1, 196, 122, 658, True), (2,)], [(1, 196, 122, 659, True), (2,)], [(1, 196, 122, 660, True), (2,)], [(1, 196, 122, 661, True), (2,)], [(1, 196, 122, 662, True), (2,)], [(1, 196, 122, 663, True), (2,)], [(1, 196, 122, 664, True), (2,)], [(1, 196, 122, 665, True), (2,)], [(1, 196, 122, 666, True), (2,)], [(1, 196, 122, 667, True), (2,)], [(1, 196, 122, 668, True), (2,)], [(1, 196, 122, 669, True), (2,)], [(1, 196, 122, 670, True), (2,)], [(1, 196, 122, 671, True), (2,)], [(1, 196, 122, 672, True), (2,)], [(1, 196, 122, 673, True), (2,)], [(1, 196, 122, 674, True), (2,)], [(1, 196, 122, 675, True), (2,)], [(1, 196, 122, 676, True), (2,)], [(1, 196, 122, 677, True), (2,)], [(1, 196, 122, 678, True), (2,)], [(1, 196, 122, 679, True), (2,)], [(1, 196, 122, 680, True), (2,)], [(1, 196, 122, 681, True), (2,)], [(1, 196, 122, 682, True), (2,)], [(1, 196, 122, 683, True), (2,)], [(1, 196, 122, 684, True), (2,)], [(1, 196, 122, 685, True), (2,)], [(1, 196, 122, 686, True), (2,)], [(1, 196, 122, 687, True), (2,)], [(1, 196, 122, 688, True), (2,)], [(1, 196, 122, 689, True), (2,)], [(1, 196, 122, 690, True), (2,)], [(1, 196, 122, 691, True), (2,)], [(1, 196, 122, 692, True), (2,)], [(1, 196, 122, 693, True), (2,)], [(1, 196, 122, 694, True), (2,)], [(1, 196, 122, 695, True), (2,)], [(1, 196, 122, 696, True), (2,)], [(1, 196, 122, 697, True), (2,)], [(1, 196, 122, 698, True), (2,)], [(1, 196, 122, 699, True), (2,)], [(1, 196, 122, 700, True), (2,)], [(1, 196, 122, 701, True), (2,)], [(1, 196, 122, 702, True), (2,)], [(1, 196, 122, 703, True), (2,)], [(1, 196, 122, 704, True), (2,)], [(1, 196, 122, 705, True), (2,)], [(1, 196, 122, 706, True), (2,)], [(1, 196, 122, 707, True), (2,)], [(1, 196, 122, 708, True), (2,)], [(1, 196, 122, 709, True), (2,)], [(1, 196, 122, 710, True), (2,)], [(1, 196, 122, 711, True), (2,)], [(1, 196, 122, 712, True), (2,)], [(1, 196, 122, 713, True), (2,)], [(1, 196, 122, 714, True), (2,)], [(1, 196, 122, 715, True), (2,)], [(1, 196, 122, 716, True), (2,)], [(1, 196, 122, 717, True), (2,)], [(1, 196, 122, 718, True), (2,)], [(1, 196, 122, 719, True), (2,)], [(1, 196, 122, 720, True), (2,)], [(1, 196, 122, 721, True), (2,)], [(1, 196, 122, 722, True), (2,)], [(1, 196, 122, 723, True), (2,)], [(1, 196, 122, 724, True), (2,)], [(1, 196, 122, 725, True), (2,)], [(1, 196, 122, 726, True), (2,)], [(1, 196, 122, 727, True), (2,)], [(1, 196, 122, 728, True), (2,)], [(1, 196, 122, 729, True), (2,)], [(1, 196, 122, 730, True), (2,)], [(1, 196, 122, 731, True), (2,)], [(1, 196, 122, 732, True), (2,)], [(1, 196, 122, 733, True), (2,)], [(1, 196, 122, 734, True), (2,)], [(1, 196, 122, 735, True), (2,)], [(1, 196, 122, 736, True), (2,)], [(1, 196, 122, 737, True), (2,)], [(1, 196, 122, 738, True), (2,)], [(1, 196, 122, 739, True), (2,)], [(1, 196, 122, 740, True), (2,)], [(1, 196, 122, 741, True), (2,)], [(1, 196, 122, 742, True), (2,)], [(1, 196, 122, 743, True), (2,)], [(1, 196, 122, 744, True), (2,)], [(1, 196, 122, 745, True), (2,)], [(1, 196, 122, 746, True), (2,)], [(1, 196, 122, 747, True), (2,)], [(1, 196, 122, 748, True), (2,)], [(1, 196, 122, 749, True), (2,)], [(1, 196, 122, 750, True), (2,)], [(1, 196, 122, 751, True), (2,)], [(1, 196, 122, 752, True), (2,)], [(1, 196, 122, 753, True), (2,)], [(1, 196, 122, 754, True), (2,)], [(1, 196, 122, 755, True), (2,)], [(1, 196, 122, 756, True), (2,)], [(1, 196, 122, 757, True), (2,)], [(1, 196, 122, 758, True), (2,)], [(1, 196, 122, 759, True), (2,)], [(1, 196, 122, 760, True), (2,)], [(1, 196, 122, 761, True), (2,)], [(1, 196, 122, 762, True), (2,)], [(1, 196, 122, 763, True), (2,)], [(1, 196, 122, 764, True), (2,)], [(1, 196, 122, 765, True), (2,)], [(1, 196, 122, 766, True), (2,)], [(1, 196, 122, 767, True), (2,)], [(1, 196, 122, 768, True), (2,)], [(1, 196, 122, 769, True), (2,)], [(1, 196, 122, 770, True), (2,)], [(1, 196, 122, 771, True), (2,)], [(1, 196, 122, 772, True), (2,)], [(1, 196, 122, 773, True), (2,)], [(1, 196, 122, 774, True), (2,)], [(1, 196, 122, 775, True), (2,)], [(1, 196, 122, 776, True), (2,)], [(1, 196, 122, 777, True), (2,)], [(1, 196, 122, 778, True), (2,)], [(1, 196, 122, 779, True), (2,)], [(1, 196, 122, 780, True), (2,)], [(1, 196, 122, 781, True), (2,)], [(1, 196, 122, 782, True), (2,)], [(1, 196, 122, 783, True), (2,)], [(1, 196, 122, 784, True), (2,)], [(1, 196, 122, 785, True), (2,)], [(1, 196, 122, 786, True), (2,)], [(1, 196, 122, 787, True), (2,)], [(1, 196, 122, 788, True), (2,)], [(1, 196, 122, 789, True), (2,)], [(1, 196, 122, 790, True), (2,)], [(1, 196, 122, 791, True), (2,)], [(1, 196, 122, 792, True), (2,)], [(1, 196, 122, 793, True), (2,)], [(1, 196, 122, 794, True), (2,)], [(1, 196, 122, 795, True), (2,)], [(1, 196, 122, 796, True), (2,)], [(1, 196, 122, 797, True), (2,)], [(1, 196, 122, 798, True), (2,)], [(1, 196, 122, 799, True), (2,)], [(1, 196, 122, 800, True), (2,)], [(1, 196, 122, 801, True), (2,)], [(1, 196, 122, 802, True), (2,)], [(1, 196, 122, 803, True), (2,)], [(1, 196, 122, 804, True), (2,)], [(1, 196, 122, 805, True), (2,)], [(1, 196, 122, 806, True), (2,)], [(1, 196, 122, 807, True), (2,)], [(1, 196, 122, 808, True), (2,)], [(1, 196, 122, 809, True), (2,)], [(1, 196, 122, 810, True), (2,)], [(1, 196, 122, 811, True), (2,)], [(1, 196, 122, 812, True), (2,)], [(1, 196, 122, 813, True), (2,)], [(1, 196, 122, 814, True), (2,)], [(1, 196, 122, 815, True), (2,)], [(1, 196, 122, 816, True), (2,)], [(1, 196, 122, 817, True), (2,)], [(1, 196, 122, 818, True), (2,)], [(1, 196, 122, 819, True), (2,)], [(1, 196, 122, 820, True), (2,)], [(1, 196, 122, 821, True), (2,)], [(1, 196, 122, 822, True), (2,)], [(1, 196, 122, 823, True), (2,)], [(1, 196, 122, 824, True), (2,)], [(1, 196, 122, 825, True), (2,)], [(1, 196, 122, 826, True), (2,)], [(1, 196, 122, 827, True), (2,)], [(1, 196, 122, 828, True), (2,)], [(1, 196, 122, 829, True), (2,)], [(1, 196, 122, 830, True), (2,)], [(1, 196, 122, 831, True), (2,)], [(1, 196, 122, 832, True), (2,)], [(1, 196, 122, 833, True), (2,)], [(1, 196, 122, 834, True), (2,)], [(1, 196, 122, 835, True), (2,)], [(1, 196, 122, 836, True), (2,)], [(1, 196, 122, 837, True), (2,)], [(1, 196, 122, 838, True), (2,)], [(1, 196, 122, 839, True), (2,)], [(1, 196, 122, 840, True), (2,)], [(1, 196, 122, 841, True), (2,)], [(1, 196, 122, 842, True), (2,)], [(1, 196, 122, 843, True), (2,)], [(1, 196, 122, 844, True), (2,)], [(1, 196, 122, 845, True), (2,)], [(1, 196, 122, 846, True), (2,)], [(1, 196, 122, 847, True), (2,)], [(1, 196, 122, 848, True), (2,)], [(1, 196, 122, 849, True), (2,)], [(1, 196, 122, 850, True), (2,)], [(1, 196, 122, 851, True), (2,)], [(1, 196, 122, 852, True), (2,)], [(1, 196, 122, 853, True), (2,)], [(1, 196, 122, 854, True), (2,)], [(1, 196, 122, 855, True), (2,)], [(1, 196, 122, 856, True), (2,)], [(1, 196, 122, 857, True), (2,)], [(1, 196, 122, 858, True), (2,)], [(1, 196, 122, 859, True), (2,)], [(1, 196, 122, 860, True), (2,)], [(1, 196, 122, 861, True), (2,)], [(1, 196, 122, 862, True), (2,)], [(1, 196, 122, 863, True), (2,)], [(1, 196, 122, 864, True), (2,)], [(1, 196, 122, 865, True), (2,)], [(1, 196, 122, 866, True), (2,)], [(1, 196, 122, 867, True), (2,)], [(1, 196, 122, 868, True), (2,)], [(1, 196, 122, 869, True), (2,)], [(1, 196, 122, 870, True), (2,)], [(1, 196, 122, 871, True), (2,)], [(1, 196, 122, 872, True), (2,)], [(1, 196, 122, 873, True), (2,)], [(1, 196, 122, 874, True), (2,)], [(1, 196, 122, 875, True), (2,)], [(1, 196, 122, 876, True), (2,)], [(1, 196, 122, 877, True), (2,)], [(1, 196, 122, 878, True), (2,)], [(1, 196, 122, 879, True), (2,)], [(1, 196, 122, 880, True), (2,)], [(1, 196, 122, 881, True), (2,)], [(1, 196, 122, 882, True), (2,)], [(1, 196, 122, 883, True), (2,)], [(1, 196, 122, 884, True), (2,)], [(1, 196, 122, 885, True), (2,)], [(1, 196, 122, 886, True), (2,)], [(1, 196, 122, 887, True), (2,)], [(1, 196, 122, 888, True), (2,)], [(1, 196, 122, 889, True), (2,)], [(1, 196, 122, 890, True), (2,)], [(1, 196, 122, 891, True), (2,)], [(1, 196, 122, 892, True), (2,)], [(1, 196, 122, 893, True), (2,)], [(1, 196, 122, 894, True), (2,)], [(1, 196, 122, 895, True), (2,)], [(1, 196, 122, 896, True), (2,)], [(1, 196, 122, 897, True), (2,)], [(1, 196, 122, 898, True), (2,)], [(1, 196, 122, 899, True), (2,)], [(1, 196, 122, 900, True), (2,)], [(1, 196, 122, 901, True), (2,)], [(1, 196, 122, 902, True), (2,)], [(1, 196, 122, 903, True), (2,)], [(1, 196, 122, 904, True), (2,)], [(1, 196, 122, 905, True), (2,)], [(1, 196, 122, 906, True), (2,)], [(1, 196, 122, 907, True), (2,)], [(1, 196, 122, 908, True), (2,)], [(1, 196, 122, 909, True), (2,)], [(1, 196, 122, 910, True), (2,)], [(1, 196, 122, 911, True), (2,)], [(1, 196, 122, 912, True), (2,)], [(1, 196, 122, 913, True), (2,)], [(1, 196, 122, 914, True), (2,)], [(1, 196, 122, 915, True), (2,)], [(1, 196, 122, 916, True), (2,)], [(1, 196, 122, 917, True), (2,)], [(1, 196, 122, 918, True), (2,)], [(1, 196, 122, 919, True), (2,)], [(1, 196, 122, 920, True), (2,)], [(1, 196, 122, 921, True), (2,)], [(1, 196, 122, 922, True), (2,)], [(1, 196, 122, 923, True), (2,)], [(1, 196, 122, 924, True), (2,)], [(1, 196, 122, 925, True), (2,)], [(1, 196, 122, 926, True), (2,)], [(1, 196, 122, 927, True), (2,)], [(1, 196, 122, 928, True), (2,)], [(1, 196, 122, 929, True), (2,)], [(1, 196, 122, 930, True), (2,)], [(1, 196, 122, 931, True), (2,)], [(1, 196, 122, 932, True), (2,)], [(1, 196, 122, 933, True), (2,)], [(1, 196, 122, 934, True), (2,)], [(1, 196, 122, 935, True), (2,)], [(1, 196, 122, 936, True), (2,)], [(1, 196, 122, 937, True), (2,)], [(1, 196, 122, 938, True), (2,)], [(1, 196, 122, 939, True), (2,)], [(1, 196, 122, 940, True), (2,)], [(1, 196, 122, 941, True), (2,)], [(1, 196, 122, 942, True), (2,)], [(1, 196, 122, 943, True), (2,)], [(1, 196, 122, 944, True), (2,)], [(1, 196, 122, 945, True), (2,)], [(1, 196, 122, 946, True), (2,)], [(1, 196, 122, 947, True), (2,)], [(1, 196, 122, 948, True), (2,)], [(1, 196, 122, 949, True), (2,)], [(1, 196, 122, 950, True), (2,)], [(1, 196, 122, 951, True), (2,)], [(1, 196, 122, 952, True), (2,)], [(1, 196, 122, 953, True), (2,)], [(1, 196, 122, 954, True), (2,)], [(1, 196, 122, 955, True), (2,)], [(1, 196, 122, 956, True), (2,)], [(1, 196, 122, 957, True), (2,)], [(1, 196, 122, 958, True), (2,)], [(1, 196, 122, 959, True), (2,)], [(1, 196, 122, 960, True), (2,)], [(1, 196, 122, 961, True), (2,)], [(1, 196, 122, 962, True), (2,)], [(1, 196, 122, 963, True), (2,)], [(1, 196, 122, 964, True), (2,)], [(1, 196, 122, 965, True), (2,)], [(1, 196, 122, 966, True), (2,)], [(1, 196, 122, 967, True), (2,)], [(1, 196, 122, 968, True), (2,)], [(1, 196, 122, 969, True), (2,)], [(1, 196, 122, 970, True), (2,)], [(1, 196, 122, 971, True), (2,)], [(1, 196, 122, 972, True), (2,)], [(1, 196, 122, 973, True), (2,)], [(1, 196, 122, 974, True), (2,)], [(1, 196, 122, 975, True), (2,)], [(1, 196, 122, 976, True), (2,)], [(1, 196, 122, 977, True), (2,)], [(1, 196, 122, 978, True), (2,)], [(1, 196, 122, 979, True), (2,)], [(1, 196, 122, 980, True), (2,)], [(1, 196, 122, 981, True), (2,)], [(1, 196, 122, 982, True), (2,)], [(1, 196, 122, 983, True), (2,)], [(1, 196, 122, 984, True), (2,)], [(1, 196, 122, 985, True), (2,)], [(1, 196, 122, 986, True), (2,)], [(1, 196, 122, 987, True), (2,)], [(1, 196, 122, 988, True), (2,)], [(1, 196, 122, 989, True), (2,)], [(1, 196, 122, 990, True), (2,)], [(1, 196, 122, 991, True), (2,)], [(1, 196, 122, 992, True), (2,)], [(1, 196, 122, 993, True), (2,)], [(1, 196, 122, 994, True), (2,)], [(1, 196, 122, 995, True), (2,)], [(1, 196, 122, 996, True), (2,)], [(1, 196, 122, 997, True), (2,)], [(1, 196, 122, 998, True), (2,)], [(1, 196, 122, 999, True), (2,)], [(1, 196, 122, 1000, True), (2,)], [(1, 196, 122, 1001, True), (2,)], [(1, 196, 122, 1002, True), (2,)], [(1, 196, 122, 1003, True), (2,)], [(1, 196, 122, 1004, True), (2,)], [(1, 196, 122, 1005, True), (2,)], [(1, 196, 122, 1006, True), (2,)], [(1, 196, 122, 1007, True), (2,)], [(1, 196, 122, 1008, True), (2,)], [(1, 196, 122, 1009, True), (2,)], [(1, 196, 122, 1010, True), (2,)], [(1, 196, 122, 1011, True), (2,)], [(1, 196, 122, 1012, True), (2,)], [(1, 196, 122, 1013, True), (2,)], [(1, 196, 122, 1014, True), (2,)], [(1, 196, 122, 1015, True), (2,)], [(1, 196, 122, 1016, True), (2,)], [(1, 196, 122, 1017, True), (2,)], [(1, 196, 122, 1018, True), (2,)], [(1, 196, 122, 1019, True), (2,)], [(1, 196, 122, 1020, True), (2,)], [(1, 196, 122, 1021, True), (2,)], [(1, 196, 122, 1022, True), (2,)], [(1, 196, 122, 1023, True), (2,)], [(1, 196, 122, 1024, True), (2,)], [(2,)]]),
    ('c', [[(1, 119, 86, 1, False)], [(1, 195, 51, 2, False)], [(2,)]]),
    ('c', [[(1, 209, 124, 1, True)], [(1, 209, 124, 2, True), (2,)], [(1, 209, 124, 3, True), (2,)], [(2,)]]),
    ('c', [[(1, 206, 74, 1, False)], [(1, 207, 125, 2, False)], [(1, 208, 125, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 205, 126, 1, False)], [(1, 199, 108, 2, False), (1, 200, 120, 3, False), (2,)], [(2,)], [(2,)]]),
    ('c', [[(1, 124, 3, 1, False)], [(1, 202, 71, 2, False), (1, 203, 71, 3, False), (1, 204, 127, 4, False)], [(1, 203, 71, 3, False), (1, 204, 127, 4, False)], [(1, 204, 127, 4, False)], [(2,)]]),
    ('c', [[(1, 201, 85, 1, True)], [(1, 201, 85, 2, True), (2,)], [(1, 201, 85, 3, True), (2,)], [(1, 201, 85, 4, True), (2,)], [(1, 201, 85, 5, True), (2,)], [(1, 201, 85, 6, True), (2,)], [(1, 201, 85, 7, True), (2,)], [(1, 201, 85, 8, True), (2,)], [(1, 201, 85, 9, True), (2,)], [(1, 201, 85, 10, True), (2,)], [(1, 201, 85, 11, True), (2,)], [(1, 201, 85, 12, True), (2,)], [(1, 201, 85, 13, True), (2,)], [(1, 201, 85, 14, True), (2,)], [(1, 201, 85, 15, True), (2,)], [(1, 201, 85, 16, True), (2,)], [(1, 201, 85, 17, True), (2,)], [(1, 201, 85, 18, True), (2,)], [(1, 201, 85, 19, True), (2,)], [(1, 201, 85, 20, True), (2,)], [(1, 201, 85, 21, True), (2,)], [(1, 201, 85, 22, True), (2,)], [(1, 201, 85, 23, True), (2,)], [(1, 201, 85, 24, True), (2,)], [(1, 201, 85, 25, True), (2,)], [(1, 201, 85, 26, True), (2,)], [(1, 201, 85, 27, True), (2,)], [(1, 201, 85, 28, True), (2,)], [(1, 201, 85, 29, True), (2,)], [(1, 201, 85, 30, True), (2,)], [(1, 201, 85, 31, True), (2,)], [(1, 201, 85, 32, True), (2,)], [(1, 201, 85, 33, True), (2,)], [(1, 201, 85, 34, True), (2,)], [(1, 201, 85, 35, True), (2,)], [(1, 201, 85, 36, True), (2,)], [(1, 201, 85, 37, True), (2,)], [(1, 201, 85, 38, True), (2,)], [(1, 201, 85, 39, True), (2,)], [(1, 201, 85, 40, True), (2,)], [(1, 201, 85, 41, True), (2,)], [(1, 201, 85, 42, True), (2,)], [(1, 201, 85, 43, True), (2,)], [(1, 201, 85, 44, True), (2,)], [(1, 201, 85, 45, True), (2,)], [(1, 201, 85, 46, True), (2,)], [(1, 201, 85, 47, True), (2,)], [(1, 201, 85, 48, True), (2,)], [(1, 201, 85, 49, True), (2,)], [(1, 201, 85, 50, True), (2,)], [(1, 201, 85, 51, True), (2,)], [(1, 201, 85, 52, True), (2,)], [(1, 201, 85, 53, True), (2,)], [(1, 201, 85, 54, True), (2,)], [(1, 201, 85, 55, True), (2,)], [(1, 201, 85, 56, True), (2,)], [(1, 201, 85, 57, True), (2,)], [(1, 201, 85, 58, True), (2,)], [(1, 201, 85, 59, True), (2,)], [(1, 201, 85, 60, True), (2,)], [(1, 201, 85, 61, True), (2,)], [(1, 201, 85, 62, True), (2,)], [(1, 201, 85, 63, True), (2,)], [(1, 201, 85, 64, True), (2,)], [(1, 201, 85, 65, True), (2,)], [(1, 201, 85, 66, True), (2,)], [(1, 201, 85, 67, True), (2,)], [(1, 201, 85, 68, True), (2,)], [(1, 201, 85, 69, True), (2,)], [(1, 201, 85, 70, True), (2,)], [(1, 201, 85, 71, True), (2,)], [(1, 201, 85, 72, True), (2,)], [(1, 201, 85, 73, True), (2,)], [(1, 201, 85, 74, True), (2,)], [(1, 201, 85, 75, True), (2,)], [(1, 201, 85, 76, True), (2,)], [(1, 201, 85, 77, True), (2,)], [(1, 201, 85, 78, True), (2,)], [(1, 201, 85, 79, True), (2,)], [(1, 201, 85, 80, True), (2,)], [(1, 201, 85, 81, True), (2,)], [(1, 201, 85, 82, True), (2,)], [(1, 201, 85, 83, True), (2,)], [(1, 201, 85, 84, True), (2,)], [(1, 201, 85, 85, True), (2,)], [(1, 201, 85, 86, True), (2,)], [(1, 201, 85, 87, True), (2,)], [(1, 201, 85, 88, True), (2,)], [(1, 201, 85, 89, True), (2,)], [(1, 201, 85, 90, True), (2,)], [(1, 201, 85, 91, True), (2,)], [(1, 201, 85, 92, True), (2,)], [(1, 201, 85, 93, True), (2,)], [(1, 201, 85, 94, True), (2,)], [(1, 201, 85, 95, True), (2,)], [(1, 201, 85, 96, True), (2,)], [(1, 201, 85, 97, True), (2,)], [(1, 201, 85, 98, True), (2,)], [(1, 201, 85, 99, True), (2,)], [(1, 201, 85, 100, True), (2,)], [(1, 201, 85, 101, True), (2,)], [(1, 201, 85, 102, True), (2,)], [(1, 201, 85, 103, True), (2,)], [(1, 201, 85, 104, True), (2,)], [(1, 201, 85, 105, True), (2,)], [(1, 201, 85, 106, True), (2,)], [(1, 201, 85, 107, True), (2,)], [(1, 201, 85, 108, True), (2,)], [(1, 201, 85, 109, True), (2,)], [(1, 201, 85, 110, True), (2,)], [(1, 201, 85, 111, True), (2,)], [(1, 201, 85, 112, True), (2,)], [(1, 201, 85, 113, True), (2,)], [(1, 201, 85, 114, True), (2,)], [(1, 201, 85, 115, True), (2,)], [(1, 201, 85, 116, True), (2,)], [(1, 201, 85, 117, True), (2,)], [(1, 201, 85, 118, True), (2,)], [(1, 201, 85, 119, True), (2,)], [(1, 201, 85, 120, True), (2,)], [(1, 201, 85, 121, True), (2,)], [(1, 201, 85, 122, True), (2,)], [(1, 201, 85, 123, True), (2,)], [(1, 201, 85, 124, True), (2,)], [(1, 201, 85, 125, True), (2,)], [(1, 201, 85, 126, True), (2,)], [(1, 201, 85, 127, True), (2,)], [(1, 201, 85, 128, True), (2,)], [(1, 201, 85, 129, True), (2,)], [(1, 201, 85, 130, True), (2,)], [(1, 201, 85, 131, True), (2,)], [(1, 201, 85, 132, True), (2,)], [(1, 201, 85, 133, True), (2,)], [(1, 201, 85, 134, True), (2,)], [(1, 201, 85, 135, True), (2,)], [(1, 201, 85, 136, True), (2,)], [(1, 201, 85, 137, True), (2,)], [(1, 201, 85, 138, True), (2,)], [(1, 201, 85, 139, True), (2,)], [(1, 201, 85, 140, True), (2,)], [(1, 201, 85, 141, True), (2,)], [(1, 201, 85, 142, True), (2,)], [(1, 201, 85, 143, True), (2,)], [(1, 201, 85, 144, True), (2,)], [(1, 201, 85, 145, True), (2,)], [(1, 201, 85, 146, True), (2,)], [(1, 201, 85, 147, True), (2,)], [(1, 201, 85, 148, True), (2,)], [(1, 201, 85, 149, True), (2,)], [(1, 201, 85, 150, True), (2,)], [(1, 201, 85, 151, True), (2,)], [(1, 201, 85, 152, True), (2,)], [(1, 201, 85, 153, True), (2,)], [(1, 201, 85, 154, True), (2,)], [(1, 201, 85, 155, True), (2,)], [(1, 201, 85, 156, True), (2,)], [(1, 201, 85, 157, True), (2,)], [(1, 201, 85, 158, True), (2,)], [(1, 201, 85, 159, True), (2,)], [(1, 201, 85, 160, True), (2,)], [(1, 201, 85, 161, True), (2,)], [(1, 201, 85, 162, True), (2,)], [(1, 201, 85, 163, True), (2,)], [(1, 201, 85, 164, True), (2,)], [(1, 201, 85, 165, True), (2,)], [(1, 201, 85, 166, True), (2,)], [(1, 201, 85, 167, True), (2,)], [(1, 201, 85, 168, True), (2,)], [(1, 201, 85, 169, True), (2,)], [(1, 201, 85, 170, True), (2,)], [(1, 201, 85, 171, True), (2,)], [(1, 201, 85, 172, True), (2,)], [(1, 201, 85, 173, True), (2,)], [(1, 201, 85, 174, True), (2,)], [(1, 201, 85, 175, True), (2,)], [(1, 201, 85, 176, True), (2,)], [(1, 201, 85, 177, True), (2,)], [(1, 201, 85, 178, True), (2,)], [(1, 201, 85, 179, True), (2,)], [(1, 201, 85, 180, True), (2,)], [(1, 201, 85, 181, True), (2,)], [(1, 201, 85, 182, True), (2,)], [(1, 201, 85, 183, True), (2,)], [(1, 201, 85, 184, True), (2,)], [(1, 201, 85, 185, True), (2,)], [(1, 201, 85, 186, True), (2,)], [(1, 201, 85, 187, True), (2,)], [(1, 201, 85, 188, True), (2,)], [(1, 201, 85, 189, True), (2,)], [(1, 201, 85, 190, True), (2,)], [(1, 201, 85, 191, True), (2,)], [(1, 201, 85, 192, True), (2,)], [(1, 201, 85, 193, True), (2,)], [(1, 201, 85, 194, True), (2,)], [(1, 201, 85, 195, True), (2,)], [(1, 201, 85, 196, True), (2,)], [(1, 201, 85, 197, True), (2,)], [(1, 201, 85, 198, True), (2,)], [(1, 201, 85, 199, True), (2,)], [(1, 201, 85, 200, True), (2,)], [(1, 201, 85, 201, True), (2,)], [(1, 201, 85, 202, True), (2,)], [(1, 201, 85, 203, True), (2,)], [(1, 201, 85, 204, True), (2,)], [(1, 201, 85, 205, True), (2,)], [(1, 201, 85, 206, True), (2,)], [(1, 201, 85, 207, True), (2,)], [(1, 201, 85, 208, True), (2,)], [(1, 201, 85, 209, True), (2,)], [(1, 201, 85, 210, True), (2,)], [(1, 201, 85, 211, True), (2,)], [(1, 201, 85, 212, True), (2,)], [(1, 201, 85, 213, True), (2,)], [(1, 201, 85, 214, True), (2,)], [(1, 201, 85, 215, True), (2,)], [(1, 201, 85, 216, True), (2,)], [(1, 201, 85, 217, True), (2,)], [(1, 201, 85, 218, True), (2,)], [(1, 201, 85, 219, True), (2,)], [(1, 201, 85, 220, True), (2,)], [(1, 201, 85, 221, True), (2,)], [(1, 201, 85, 222, True), (2,)], [(1, 201, 85, 223, True), (2,)], [(1, 201, 85, 224, True), (2,)], [(1, 201, 85, 225, True), (2,)], [(1, 201, 85, 226, True), (2,)], [(1, 201, 85, 227, True), (2,)], [(1, 201, 85, 228, True), (2,)], [(1, 201, 85, 229, True), (2,)], [(1, 201, 85, 230, True), (2,)], [(1, 201, 85, 231, True), (2,)], [(1, 201, 85, 232, True), (2,)], [(1, 201, 85, 233, True), (2,)], [(1, 201, 85, 234, True), (2,)], [(1, 201, 85, 235, True), (2,)], [(1, 201, 85, 236, True), (2,)], [(1, 201, 85, 237, True), (2,)], [(1, 201, 85, 238, True), (2,)], [(1, 201, 85, 239, True), (2,)], [(1, 201, 85, 240, True), (2,)], [(1, 201, 85, 241, True), (2,)], [(1, 201, 85, 242, True), (2,)], [(1, 201, 85, 243, True), (2,)], [(1, 201, 85, 244, True), (2,)], [(1, 201, 85, 245, True), (2,)], [(1, 201, 85, 246, True), (2,)], [(1, 201, 85, 247, True), (2,)], [(1, 201, 85, 248, True), (2,)], [(1, 201, 85, 249, True), (2,)], [(1, 201, 85, 250, True), (2,)], [(1, 201, 85, 251, True), (2,)], [(1, 201, 85, 252, True), (2,)], [(1, 201, 85, 253, True), (2,)], [(1, 201, 85, 254, True), (2,)], [(1, 201, 85, 255, True), (2,)], [(1, 201, 85, 256, True), (2,)], [(1, 201, 85, 257, True), (2,)], [(1, 201, 85, 258, True), (2,)], [(1, 201, 85, 259, True), (2,)], [(1, 201, 85, 260, True), (2,)], [(1, 201, 85, 261, True), (2,)], [(1, 201, 85, 262, True), (2,)], [(1, 201, 85, 263, True), (2,)], [(1, 201, 85, 264, True), (2,)], [(1, 201, 85, 265, True), (2,)], [(1, 201, 85, 266, True), (2,)], [(1, 201, 85, 267, True), (2,)], [(1, 201, 85, 268, True), (2,)], [(1, 201, 85, 269, True), (2,)], [(1, 201, 85, 270, True), (2,)], [(1, 201, 85, 271, True), (2,)], [(1, 201, 85, 272, True), (2,)], [(1, 201, 85, 273, True), (2,)], [(1, 201, 85, 274, True), (2,)], [(1, 201, 85, 275, True), (2,)], [(1, 201, 85, 276, True), (2,)], [(1, 201, 85, 277, True), (2,)], [(1, 201, 85, 278, True), (2,)], [(1, 201, 85, 279, True), (2,)], [(1, 201, 85, 280, True), (2,)], [(1, 201, 85, 281, True), (2,)], [(1, 201, 85, 282, True), (2,)], [(1, 201, 85, 283, True), (2,)], [(1, 201, 85, 284, True), (2,)], [(1, 201, 85, 285, True), (2,)], [(1, 201, 85, 286, True), (2,)], [(1, 201, 85, 287, True), (2,)], [(1, 201, 85, 288, True), (2,)], [(1, 201, 85, 289, True), (2,)], [(1, 201, 85, 290, True), (2,)], [(1, 201, 85, 291, True), (2,)], [(1, 201, 85, 292, True), (2,)], [(1, 201, 85, 293, True), (2,)], [(1, 201, 85, 294, True), (2,)], [(1, 201, 85, 295, True), (2,)], [(1, 201, 85, 296, True), (2,)], [(1, 201, 85, 297, True), (2,)], [(1, 201, 85, 298, True), (2,)], [(1, 201, 85, 299, True), (2,)], [(1, 201, 85, 300, True), (2,)], [(1, 201, 85, 301, True), (2,)], [(1, 201, 85, 302, True), (2,)], [(1, 201, 85, 303, True), (2,)], [(1, 201, 85, 304, True), (2,)], [(1, 201, 85, 305, True), (2,)], [(1, 201, 85, 306, True), (2,)], [(1, 201, 85, 307, True), (2,)], [(1, 201, 85, 308, True), (2,)], [(1, 201, 85, 309, True), (2,)], [(1, 201, 85, 310, True), (2,)], [(1, 201, 85, 311, True), (2,)], [(1, 201, 85, 312, True), (2,)], [(1, 201, 85, 313, True), (2,)], [(1, 201, 85, 314, True), (2,)], [(1, 201, 85, 315, True), (2,)], [(1, 201, 85, 316, True), (2,)], [(1, 201, 85, 317, True), (2,)], [(1, 201, 85, 318, True), (2,)], [(1, 201, 85, 319, True), (2,)], [(1, 201, 85, 320, True), (2,)], [(1, 201, 85, 321, True), (2,)], [(1, 201, 85, 322, True), (2,)], [(1, 201, 85, 323, True), (2,)], [(1, 201, 85, 324, True), (2,)], [(1, 201, 85, 325, True), (2,)], [(1, 201, 85, 326, True), (2,)], [(1, 201, 85, 327, True), (2,)], [(1, 201, 85, 328, True), (2,)], [(1, 201, 85, 329, True), (2,)], [(1, 201, 85, 330, True), (2,)], [(1, 201, 85, 331, True), (2,)], [(1, 201, 85, 332, True), (2,)], [(1, 201, 85, 333, True), (2,)], [(1, 201, 85, 334, True), (2,)], [(1, 201, 85, 335, True), (2,)], [(1, 201, 85, 336, True), (2,)], [(1, 201, 85, 337, True), (2,)], [(1, 201, 85, 338, True), (2,)], [(1, 201, 85, 339, True), (2,)], [(1, 201, 85, 340, True), (2,)], [(1, 201, 85, 341, True), (2,)], [(1, 201, 85, 342, True), (2,)], [(1, 201, 85, 343, True), (2,)], [(1, 201, 85, 344, True), (2,)], [(1, 201, 85, 345, True), (2,)], [(1, 201, 85, 346, True), (2,)], [(1, 201, 85, 347, True), (2,)], [(1, 201, 85, 348, True), (2,)], [(1, 201, 85, 349, True), (2,)], [(1, 201, 85, 350, True), (2,)], [(1, 201, 85, 351, True), (2,)], [(1, 201, 85, 352, True), (2,)], [(1, 201, 85, 353, True), (2,)], [(1, 201, 85, 354, True), (2,)], [(1, 201, 85, 355, True), (2,)], [(1, 201, 85, 356, True), (2,)], [(1, 201, 85, 357, True), (2,)], [(1, 201, 85, 358, True), (2,)], [(1, 201, 85, 359, True), (2,)], [(1, 201, 85, 360, True), (2,)], [(1, 201, 85, 361, True), (2,)], [(1, 201, 85, 362, True), (2,)], [(1, 201, 85, 363, True), (2,)], [(1, 201, 85, 364, True), (2,)], [(1, 201, 85, 365, True), (2,)], [(1, 201, 85, 366, True), (2,)], [(1, 201, 85, 367, True), (2,)], [(1, 201, 85, 368, True), (2,)], [(1, 201, 85, 369, True), (2,)], [(1, 201, 85, 370, True), (2,)], [(1, 201, 85, 371, True), (2,)], [(1, 201, 85, 372, True), (2,)], [(1, 201, 85, 373, True), (2,)], [(1, 201, 85, 374, True), (2,)], [(1, 201, 85, 375, True), (2,)], [(1, 201, 85, 376, True), (2,)], [(1, 201, 85, 377, True), (2,)], [(1, 201, 85, 378, True), (2,)], [(1, 201, 85, 379, True), (2,)], [(1, 201, 85, 380, True), (2,)], [(1, 201, 85, 381, True), (2,)], [(1, 201, 85, 382, True), (2,)], [(1, 201, 85, 383, True), (2,)], [(1, 201, 85, 384, True), (2,)], [(1, 201, 85, 385, True), (2,)], [(1, 201, 85, 386, True), (2,)], [(1, 201, 85, 387, True), (2,)], [(1, 201, 85, 388, True), (2,)], [(1, 201, 85, 389, True), (2,)], [(1, 201, 85, 390, True), (2,)], [(1, 201, 85, 391, True), (2,)], [(1, 201, 85, 392, True), (2,)], [(1, 201, 85, 393, True), (2,)], [(1, 201, 85, 394, True), (2,)], [(1, 201, 85, 395, True), (2,)], [(1, 201, 85, 396, True), (2,)], [(1, 201, 85, 397, True), (2,)], [(1, 201, 85, 398, True), (2,)], [(1, 201, 85, 399, True), (2,)], [(1, 201, 85, 400, True), (2,)], [(1, 201, 85, 401, True), (2,)], [(1, 201, 85, 402, True), (2,)], [(1, 201, 85, 403, True), (2,)], [(1, 201, 85, 404, True), (2,)], [(1, 201, 85, 405, True), (2,)], [(1, 201, 85, 406, True), (2,)], [(1, 201, 85, 407, True), (2,)], [(1, 201, 85, 408, True), (2,)], [(1, 201, 85, 409, True), (2,)], [(1, 201, 85, 410, True), (2,)], [(1, 201, 85, 411, True), (2,)], [(1, 201, 85, 412, True), (2,)], [(1, 201, 85, 413, True), (2,)], [(1, 201, 85, 414, True), (2,)], [(1, 201, 85, 415, True), (2,)], [(1, 201, 85, 416, True), (2,)], [(1, 201, 85, 417, True), (2,)], [(1, 201, 85, 418, True), (2,)], [(1, 201, 85, 419, True), (2,)], [(1, 201, 85, 420, True), (2,)], [(1, 201, 85, 421, True), (2,)], [(1, 201, 85, 422, True), (2,)], [(1, 201, 85, 423, True), (2,)], [(1, 201, 85, 424, True), (2,)], [(1, 201, 85, 425, True), (2,)], [(1, 201, 85, 426, True), (2,)], [(1, 201, 85, 427, True), (2,)], [(1, 201, 85, 428, True), (2,)], [(1, 201, 85, 429, True), (2,)], [(1, 201, 85, 430, True), (2,)], [(1, 201, 85, 431, True), (2,)], [(1, 201, 85, 432, True), (2,)], [(1, 201, 85, 433, True), (2,)], [(1, 201, 85, 434, True), (2,)], [(1, 201, 85, 435, True), (2,)], [(1, 201, 85, 436, True), (2,)], [(1, 201, 85, 437, True), (2,)], [(1, 201, 85, 438, True), (2,)], [(1, 201, 85, 439, True), (2,)], [(1, 201, 85, 440, True), (2,)], [(1, 201, 85, 441, True), (2,)], [(1, 201, 85, 442, True), (2,)], [(1, 201, 85, 443, True), (2,)], [(1, 201, 85, 444, True), (2,)], [(1, 201, 85, 445, True), (2,)], [(1, 201, 85, 446, True), (2,)], [(1, 201, 85, 447, True), (2,)], [(1, 201, 85, 448, True), (2,)], [(1, 201, 85, 449, True), (2,)], [(1, 201, 85, 450, True), (2,)], [(1, 201, 85, 451, True), (2,)], [(1, 201, 85, 452, True), (2,)], [(1, 201, 85, 453, True), (2,)], [(1, 201, 85, 454, True), (2,)], [(1, 201, 85, 455, True), (2,)], [(1, 201, 85, 456, True), (2,)], [(1, 201, 85, 457, True), (2,)], [(1, 201, 85, 458, True), (2,)], [(1, 201, 85, 459, True), (2,)], [(1, 201, 85, 460, True), (2,)], [(1, 201, 85, 461, True), (2,)], [(1, 201, 85, 462, True), (2,)], [(1, 201, 85, 463, True), (2,)], [(1, 201, 85, 464, True), (2,)], [(1, 201, 85, 465, True), (2,)], [(1, 201, 85, 466, True), (2,)], [(1, 201, 85, 467, True), (2,)], [(1, 201, 85, 468, True), (2,)], [(1, 201, 85, 469, True), (2,)], [(1, 201, 85, 470, True), (2,)], [(1, 201, 85, 471, True), (2,)], [(1, 201, 85, 472, True), (2,)], [(1, 201, 85, 473, True), (2,)], [(1, 201, 85, 474, True), (2,)], [(1, 201, 85, 475, True), (2,)], [(1, 201, 85, 476, True), (2,)], [(1, 201, 85, 477, True), (2,)], [(1, 201, 85, 478, True), (2,)], [(1, 201, 85, 479, True), (2,)], [(1, 201, 85, 480, True), (2,)], [(1, 201, 85, 481, True), (2,)], [(1, 201, 85, 482, True), (2,)], [(1, 201, 85, 483, True), (2,)], [(1, 201, 85, 484, True), (2,)], [(1, 201, 85, 485, True), (2,)], [(1, 201, 85, 486, True), (2,)], [(1, 201, 85, 487, True), (2,)], [(1, 201, 85, 488, True), (2,)], [(1, 201, 85, 489, True), (2,)], [(1, 201, 85, 490, True), (2,)], [(1, 201, 85, 491, True), (2,)], [(1, 201, 85, 492, True), (2,)], [(1, 201, 85, 493, True), (2,)], [(1, 201, 85, 494, True), (2,)], [(1, 201, 85, 495, True), (2,)], [(1, 201, 85, 496, True), (2,)], [(1, 201, 85, 497, True), (2,)], [(1, 201, 85, 498, True), (2,)], [(1, 201, 85, 499, True), (2,)], [(1, 201, 85, 500, True), (2,)], [(1, 201, 85, 501, True), (2,)], [(1, 201, 85, 502, True), (2,)], [(1, 201, 85, 503, True), (2,)], [(1, 201, 85, 504, True), (2,)], [(1, 201, 85, 505, True), (2,)], [(1, 201, 85, 506, True), (2,)], [(1, 201, 85, 507, True), (2,)], [(1, 201, 85, 508, True), (2,)], [(1, 201, 85, 509, True), (2,)], [(1, 201, 85, 510, True), (2,)], [(1, 201, 85, 511, True), (2,)], [(1, 201, 85, 512, True), (2,)], [(1, 201, 85, 513, True), (2,)], [(1, 201, 85, 514, True), (2,)], [(1, 201, 85, 515, True), (2,)], [(1, 201, 85, 516, True), (2,)], [(1, 201, 85, 517, True), (2,)], [(1, 201, 85, 518, True), (2,)], [(1, 201, 85, 519, True), (2,)], [(1, 201, 85, 520, True), (2,)], [(1, 201, 85, 521, True), (2,)], [(1, 201, 85, 522, True), (2,)], [(1, 201, 85, 523, True), (2,)], [(1, 201, 85, 524, True), (2,)], [(1, 201, 85, 525, True), (2,)], [(1, 201, 85, 526, True), (2,)], [(1, 201, 85, 527, True), (2,)], [(1, 201, 85, 528, True), (2,)], [(1, 201, 85, 529, True), (2,)], [(1, 201, 85, 530, True), (2,)], [(1, 201, 85, 531, True), (2,)], [(1, 201, 85, 532, True), (2,)], [(1, 201, 85, 533, True), (2,)], [(1, 201, 85, 534, True), (2,)], [(1, 201, 85, 535, True), (2,)], [(1, 201, 85, 536, True), (2,)], [(1, 201, 85, 537, True), (2,)], [(1, 201, 85, 538, True), (2,)], [(1, 201, 85, 539, True), (2,)], [(1, 201, 85, 540, True), (2,)], [(1, 201, 85, 541, True), (2,)], [(1, 201, 85, 542, True), (2,)], [(1, 201, 85, 543, True), (2,)], [(1, 201, 85, 544, True), (2,)], [(1, 201, 85, 545, True), (2,)], [(1, 201, 85, 546, True), (2,)], [(1, 201, 85, 547, True), (2,)], [(1, 201, 85, 548, True), (2,)], [(1, 201, 85, 549, True), (2,)], [(1, 201, 85, 550, True), (2,)], [(1, 201, 85, 551, True), (2,)], [(1, 201, 85, 552, True), (2,)], [(1, 201, 85, 553, True), (2,)], [(1, 201, 85, 554, True), (2,)], [(1, 201, 85, 555, True), (2,)], [(1, 201, 85, 556, True), (2,)], [(1, 201, 85, 557, True), (2,)], [(1, 201, 85, 558, True), (2,)], [(1, 201, 85, 559, True), (2,)], [(1, 201, 85, 560, True), (2,)], [(1, 201, 85, 561, True), (2,)], [(1, 201, 85, 562, True), (2,)], [(1, 201, 85, 563, True), (2,)], [(1, 201, 85, 564, True), (2,)], [(1, 201, 85, 565, True), (2,)], [(1, 201, 85, 566, True), (2,)], [(1, 201, 85, 567, True), (2,)], [(1, 201, 85, 568, True), (2,)], [(1, 201, 85, 569, True), (2,)], [(1, 201, 85, 570, True), (2,)], [(1, 201, 85, 571, True), (2,)], [(1, 201, 85, 572, True), (2,)], [(1, 201, 85, 573, True), (2,)], [(1, 201, 85, 574, True), (2,)], [(1, 201, 85, 575, True), (2,)], [(1, 201, 85, 576, True), (2,)], [(1, 201, 85, 577, True), (2,)], [(1, 201, 85, 578, True), (2,)], [(1, 201, 85, 579, True), (2,)], [(1, 201, 85, 580, True), (2,)], [(1, 201, 85, 581, True), (2,)], [(1, 201, 85, 582, True), (2,)], [(1, 201, 85, 583, True), (2,)], [(1, 201, 85, 584, True), (2,)], [(1, 201, 85, 585, True), (2,)], [(1, 201, 85, 586, True), (2,)], [(1, 201, 85, 587, True), (2,)], [(1, 201, 85, 588, True), (2,)], [(1, 201, 85, 589, True), (2,)], [(1, 201, 85, 590, True), (2,)], [(1, 201, 85, 591, True), (2,)], [(1, 201, 85, 592, True), (2,)], [(1, 201, 85, 593, True), (2,)], [(1, 201, 85, 594, True), (2,)], [(1, 201, 85, 595, True), (2,)], [(1, 201, 85, 596, True), (2,)], [(1, 201, 85, 597, True), (2,)], [(1, 201, 85, 598, True), (2,)], [(1, 201, 85, 599, True), (2,)], [(1, 201, 85, 600, True), (2,)], [(1, 201, 85, 601, True), (2,)], [(1, 201, 85, 602, True), (2,)], [(1, 201, 85, 603, True), (2,)], [(1, 201, 85, 604, True), (2,)], [(1, 201, 85, 605, True), (2,)], [(1, 201, 85, 606, True), (2,)], [(1, 201, 85, 607, True), (2,)], [(1, 201, 85, 608, True), (2,)], [(1, 201, 85, 609, True), (2,)], [(1, 201, 85, 610, True), (2,)], [(1, 201, 85, 611, True), (2,)], [(1, 201, 85, 612, True), (2,)], [(1, 201, 85, 613, True), (2,)], [(1, 201, 85, 614, True), (2,)], [(1, 201, 85, 615, True), (2,)], [(1, 201, 85, 616, True), (2,)], [(1, 201, 85, 617, True), (2,)], [(1, 201, 85, 618, True), (2,)], [(1, 201, 85, 619, True), (2,)], [(1, 201, 85, 620, True), (2,)], [(1, 201, 85, 621, True), (2,)], [(1, 201, 85, 622, True), (2,)], [(1, 201, 85, 623, True), (2,)], [(1, 201, 85, 624, True), (2,)], [(1, 201, 85, 625, True), (2,)], [(1, 201, 85, 626, True), (2,)], [(1, 201, 85, 627, True), (2,)], [(1, 201, 85, 628, True), (2,)], [(1, 201, 85, 629, True), (2,)], [(1, 201, 85, 630, True), (2,)], [(1, 201, 85, 631, True), (2,)], [(1, 201, 85, 632, True), (2,)], [(1, 201, 85, 633, True), (2,)], [(1, 201, 85, 634, True), (2,)], [(1, 201, 85, 635, True), (2,)], [(1, 201, 85, 636, True), (2,)], [(1, 201, 85, 637, True), (2,)], [(1, 201, 85, 638, True), (2,)], [(1, 201, 85, 639, True), (2,)], [(1, 201, 85, 640, True), (2,)], [(1, 201, 85, 641, True), (2,)], [(1, 201, 85, 642, True), (2,)], [(1, 201, 85, 643, True), (2,)], [(1, 201, 85, 644, True), (2,)], [(1, 201, 85, 645, True), (2,)], [(1, 201, 85, 646, True), (2,)], [(1, 201, 85, 647, True), (2,)], [(1, 201, 85, 648, True), (2,)], [(1, 201, 85, 649, True), (2,)], [(1, 201, 85, 650, True), (2,)], [(1, 201, 85, 651, True), (2,)], [(1, 201, 85, 652, True), (2,)], [(1, 201, 85, 653, True), (2,)], [(1, 201, 85, 654, True), (2,)], [(1, 201, 85, 655, True), (2,)], [(1, 201, 85, 656, True), (2,)], [(1, 201, 85, 657, True), (2,)], [(1, 201, 85, 658, True), (2,)], [(1, 201, 85, 659, True), (2,)], [(1, 201, 85, 660, True), (2,)], [(1, 201, 85, 661, True), (2,)], [(1, 201, 85, 662, True), (2,)], [(1, 201, 85, 663, True), (2,)], [(1, 201, 85, 664, True), (2,)], [(1, 201, 85, 665, True), (2,)], [(1, 201, 85, 666, True), (2,)], [(1, 201, 85, 667, True), (2,)], [(1, 201, 85, 668, True), (2,)], [(1, 201, 85, 669, True), (2,)], [(1, 201, 85, 670, True), (2,)], [(1, 201, 85, 671, True), (2,)], [(1, 201, 85, 672, True), (2,)], [(1, 201, 85, 673, True), (2,)], [(1, 201, 85, 674, True), (2,)], [(1, 201, 85, 675, True), (2,)], [(1, 201, 85, 676, True), (2,)], [(1, 201, 85, 677, True), (2,)], [(1, 201, 85, 678, True), (2,)], [(1, 201, 85, 679, True), (2,)], [(1, 201, 85, 680, True), (2,)], [(1, 201, 85, 681, True), (2,)], [(1, 201, 85, 682, True), (2,)], [(1, 201, 85, 683, True), (2,)], [(1, 201, 85, 684, True), (2,)], [(1, 201, 85, 685, True), (2,)], [(1, 201, 85, 686, True), (2,)], [(1, 201, 85, 687, True), (2,)], [(1, 201, 85, 688, True), (2,)], [(1, 201, 85, 689, True), (2,)], [(1, 201, 85, 690, True), (2,)], [(1, 201, 85, 691, True), (2,)], [(1, 201, 85, 692, True), (2,)], [(1, 201, 85, 693, True), (2,)], [(1, 201, 85, 694, True), (2,)], [(1, 201, 85, 695, True), (2,)], [(1, 201, 85, 696, True), (2,)], [(1, 201, 85, 697, True), (2,)], [(1, 201, 85, 698, True), (2,)], [(1, 201, 85, 699, True), (2,)], [(1, 201, 85, 700, True), (2,)], [(1, 201, 85, 701, True), (2,)], [(1, 201, 85, 702, True), (2,)], [(1, 201, 85, 703, True), (2,)], [(1, 201, 85, 704, True), (2,)], [(1, 201, 85, 705, True), (2,)], [(1, 201, 85, 706, True), (2,)], [(1, 201, 85, 707, True), (2,)], [(1, 201, 85, 708, True), (2,)], [(1, 201, 85, 709, True), (2,)], [(1, 201, 85, 710, True), (2,)], [(1, 201, 85, 711, True), (2,)], [(1, 201, 85, 712, True), (2,)], [(1, 201, 85, 713, True), (2,)], [(1, 201, 85, 714, True), (2,)], [(1, 201, 85, 715, True), (2,)], [(1, 201, 85, 716, True), (2,)], [(1, 201, 85, 717, True), (2,)], [(1, 201, 85, 718, True), (2,)], [(1, 201, 85, 719, True), (2,)], [(1, 201, 85, 720, True), (2,)], [(1, 201, 85, 721, True), (2,)], [(1, 201, 85, 722, True), (2,)], [(1, 201, 85, 723, True), (2,)], [(1, 201, 85, 724, True), (2,)], [(1, 201, 85, 725, True), (2,)], [(1, 201, 85, 726, True), (2,)], [(1, 201, 85, 727, True), (2,)], [(1, 201, 85, 728, True), (2,)], [(1, 201, 85, 729, True), (2,)], [(1, 201, 85, 730, True), (2,)], [(1, 201, 85, 731, True), (2,)], [(1, 201, 85, 732, True), (2,)], [(1, 201, 85, 733, True), (2,)], [(1, 201, 85, 734, True), (2,)], [(1, 201, 85, 735, True), (2,)], [(1, 201, 85, 736, True), (2,)], [(1, 201, 85, 737, True), (2,)], [(1, 201, 85, 738, True), (2,)], [(1, 201, 85, 739, True), (2,)], [(1, 201, 85, 740, True), (2,)], [(1, 201, 85, 741, True), (2,)], [(1, 201, 85, 742, True), (2,)], [(1, 201, 85, 743, True), (2,)], [(1, 201, 85, 744, True), (2,)], [(1, 201, 85, 745, True), (2,)], [(1, 201, 85, 746, True), (2,)], [(1, 201, 85, 747, True), (2,)], [(1, 201, 85, 748, True), (2,)], [(1, 201, 85, 749, True), (2,)], [(1, 201, 85, 750, True), (2,)], [(1, 201, 85, 751, True), (2,)], [(1, 201, 85, 752, True), (2,)], [(1, 201, 85, 753, True), (2,)], [(1, 201, 85, 754, True), (2,)], [(1, 201, 85, 755, True), (2,)], [(1, 201, 85, 756, True), (2,)], [(1, 201, 85, 757, True), (2,)], [(1, 201, 85, 758, True), (2,)], [(1, 201, 85, 759, True), (2,)], [(1, 201, 85, 760, True), (2,)], [(1, 201, 85, 761, True), (2,)], [(1, 201, 85, 762, True), (2,)], [(1, 201, 85, 763, True), (2,)], [(1, 201, 85, 764, True), (2,)], [(1, 201, 85, 765, True), (2,)], [(1, 201, 85, 766, True), (2,)], [(1, 201, 85, 767, True), (2,)], [(1, 201, 85, 768, True), (2,)], [(1, 201, 85, 769, True), (2,)], [(1, 201, 85, 770, True), (2,)], [(1, 201, 85, 771, True), (2,)], [(1, 201, 85, 772, True), (2,)], [(1, 201, 85, 773, True), (2,)], [(1, 201, 85, 774, True), (2,)], [(1, 201, 85, 775, True), (2,)], [(1, 201, 85, 776, True), (2,)], [(1, 201, 85, 777, True), (2,)], [(1, 201, 85, 778, True), (2,)], [(1, 201, 85, 779, True), (2,)], [(1, 201, 85, 780, True), (2,)], [(1, 201, 85, 781, True), (2,)], [(1, 201, 85, 782, True), (2,)], [(1, 201, 85, 783, True), (2,)], [(1, 201, 85, 784, True), (2,)], [(1, 201, 85, 785, True), (2,)], [(1, 201, 85, 786, True), (2,)], [(1, 201, 85, 787, True), (2,)], [(1, 201, 85, 788, True), (2,)], [(1, 201, 85, 789, True), (2,)], [(1, 201, 85, 790, True), (2,)], [(1, 201, 85, 791, True), (2,)], [(1, 201, 85, 792, True), (2,)], [(1, 201, 85, 793, True), (2,)], [(1, 201, 85, 794, True), (2,)], [(1, 201, 85, 795, True), (2,)], [(1, 201, 85, 796, True), (2,)], [(1, 201, 85, 797, True), (2,)], [(1, 201, 85, 798, True), (2,)], [(1, 201, 85, 799, True), (2,)], [(1, 201, 85, 800, True), (2,)], [(1, 201, 85, 801, True), (2,)], [(1, 201, 85, 802, True), (2,)], [(1, 201, 85, 803, True), (2,)], [(1, 201, 85, 804, True), (2,)], [(1, 201, 85, 805, True), (2,)], [(1, 201, 85, 806, True), (2,)], [(1, 201, 85, 807, True), (2,)], [(1, 201, 85, 808, True), (2,)], [(1, 201, 85, 809, True), (2,)], [(1, 201, 85, 810, True), (2,)], [(1, 201, 85, 811, True), (2,)], [(1, 201, 85, 812, True), (2,)], [(1, 201, 85, 813, True), (2,)], [(1, 201, 85, 814, True), (2,)], [(1, 201, 85, 815, True), (2,)], [(1, 201, 85, 816, True), (2,)], [(1, 201, 85, 817, True), (2,)], [(1, 201, 85, 818, True), (2,)], [(1, 201, 85, 819, True), (2,)], [(1, 201, 85, 820, True), (2,)], [(1, 201, 85, 821, True), (2,)], [(1, 201, 85, 822, True), (2,)], [(1, 201, 85, 823, True), (2,)], [(1, 201, 85, 824, True), (2,)], [(1, 201, 85, 825, True), (2,)], [(1, 201, 85, 826, True), (2,)], [(1, 201, 85, 827, True), (2,)], [(1, 201, 85, 828, True), (2,)], [(1, 201, 85, 829, True), (2,)], [(1, 201, 85, 830, True), (2,)], [(1, 201, 85, 831, True), (2,)], [(1, 201, 85, 832, True), (2,)], [(1, 201, 85, 833, True), (2,)], [(1, 201, 85, 834, True), (2,)], [(1, 201, 85, 835, True), (2,)], [(1, 201, 85, 836, True), (2,)], [(1, 201, 85, 837, True), (2,)], [(1, 201, 85, 838, True), (2,)], [(1, 201, 85, 839, True), (2,)], [(1, 201, 85, 840, True), (2,)], [(1, 201, 85, 841, True), (2,)], [(1, 201, 85, 842, True), (2,)], [(1, 201, 85, 843, True), (2,)], [(1, 201, 85, 844, True), (2,)], [(1, 201, 85, 845, True), (2,)], [(1, 201, 85, 846, True), (2,)], [(1, 201, 85, 847, True), (2,)], [(1, 201, 85, 848, True), (2,)], [(1, 201, 85, 849, True), (2,)], [(1, 201, 85, 850, True), (2,)], [(1, 201, 85, 851, True), (2,)], [(1, 201, 85, 852, True), (2,)], [(1, 201, 85, 853, True), (2,)], [(1, 201, 85, 854, True), (2,)], [(1, 201, 85, 855, True), (2,)], [(1, 201, 85, 856, True), (2,)], [(1, 201, 85, 857, True), (2,)], [(1, 201, 85, 858, True), (2,)], [(1, 201, 85, 859, True), (2,)], [(1, 201, 85, 860, True), (2,)], [(1, 201, 85, 861, True), (2,)], [(1, 201, 85, 862, True), (2,)], [(1, 201, 85, 863, True), (2,)], [(1, 201, 85, 864, True), (2,)], [(1, 201, 85, 865, True), (2,)], [(1, 201, 85, 866, True), (2,)], [(1, 201, 85, 867, True), (2,)], [(1, 201, 85, 868, True), (2,)], [(1, 201, 85, 869, True), (2,)], [(1, 201, 85, 870, True), (2,)], [(1, 201, 85, 871, True), (2,)], [(1, 201, 85, 872, True), (2,)], [(1, 201, 85, 873, True), (2,)], [(1, 201, 85, 874, True), (2,)], [(1, 201, 85, 875, True), (2,)], [(1, 201, 85, 876, True), (2,)], [(1, 201, 85, 877, True), (2,)], [(1, 201, 85, 878, True), (2,)], [(1, 201, 85, 879, True), (2,)], [(1, 201, 85, 880, True), (2,)], [(1, 201, 85, 881, True), (2,)], [(1, 201, 85, 882, True), (2,)], [(1, 201, 85, 883, True), (2,)], [(1, 201, 85, 884, True), (2,)], [(1, 201, 85, 885, True), (2,)], [(1, 201, 85, 886, True), (2,)], [(1, 201, 85, 887, True), (2,)], [(1, 201, 85, 888, True), (2,)], [(1, 201, 85, 889, True), (2,)], [(1, 201, 85, 890, True), (2,)], [(1, 201, 85, 891, True), (2,)], [(1, 201, 85, 892, True), (2,)], [(1, 201, 85, 893, True), (2,)], [(1, 201, 85, 894, True), (2,)], [(1, 201, 85, 895, True), (2,)], [(1, 201, 85, 896, True), (2,)], [(1, 201, 85, 897, True), (2,)], [(1, 201, 85, 898, True), (2,)], [(1, 201, 85, 899, True), (2,)], [(1, 201, 85, 900, True), (2,)], [(1, 201, 85, 901, True), (2,)], [(1, 201, 85, 902, True), (2,)], [(1, 201, 85, 903, True), (2,)], [(1, 201, 85, 904, True), (2,)], [(1, 201, 85, 905, True), (2,)], [(1, 201, 85, 906, True), (2,)], [(1, 201, 85, 907, True), (2,)], [(1, 201, 85, 908, True), (2,)], [(1, 201, 85, 909, True), (2,)], [(1, 201, 85, 910, True), (2,)], [(1, 201, 85, 911, True), (2,)], [(1, 201, 85, 912, True), (2,)], [(1, 201, 85, 913, True), (2,)], [(1, 201, 85, 914, True), (2,)], [(1, 201, 85, 915, True), (2,)], [(1, 201, 85, 916, True), (2,)], [(1, 201, 85, 917, True), (2,)], [(1, 201, 85, 918, True), (2,)], [(1, 201, 85, 919, True), (2,)], [(1, 201, 85, 920, True), (2,)], [(1, 201, 85, 921, True), (2,)], [(1, 201, 85, 922, True), (2,)], [(1, 201, 85, 923, True), (2,)], [(1, 201, 85, 924, True), (2,)], [(1, 201, 85, 925, True), (2,)], [(1, 201, 85, 926, True), (2,)], [(1, 201, 85, 927, True), (2,)], [(1, 201, 85, 928, True), (2,)], [(1, 201, 85, 929, True), (2,)], [(1, 201, 85, 930, True), (2,)], [(1, 201, 85, 931, True), (2,)], [(1, 201, 85, 932, True), (2,)], [(1, 201, 85, 933, True), (2,)], [(1, 201, 85, 934, True), (2,)], [(1, 201, 85, 935, True), (2,)], [(1, 201, 85, 936, True), (2,)], [(1, 201, 85, 937, True), (2,)], [(1, 201, 85, 938, True), (2,)], [(1, 201, 85, 939, True), (2,)], [(1, 201, 85, 940, True), (2,)], [(1, 201, 85, 941, True), (2,)], [(1, 201, 85, 942, True), (2,)], [(1, 201, 85, 943, True), (2,)], [(1, 201, 85, 944, True), (2,)], [(1, 201, 85, 945, True), (2,)], [(1, 201, 85, 946, True), (2,)], [(1, 201, 85, 947, True), (2,)], [(1, 201, 85, 948, True), (2,)], [(1, 201, 85, 949, True), (2,)], [(1, 201, 85, 950, True), (2,)], [(1, 201, 85, 951, True), (2,)], [(1, 201, 85, 952, True), (2,)], [(1, 201, 85, 953, True), (2,)], [(1, 201, 85, 954, True), (2,)], [(1, 201, 85, 955, True), (2,)], [(1, 201, 85, 956, True), (2,)], [(1, 201, 85, 957, True), (2,)], [(1, 201, 85, 958, True), (2,)], [(1, 201, 85, 959, True), (2,)], [(1, 201, 85, 960, True), (2,)], [(1, 201, 85, 961, True), (2,)], [(1, 201, 85, 962, True), (2,)], [(1, 201, 85, 963, True), (2,)], [(1, 201, 85, 964, True), (2,)], [(1, 201, 85, 965, True), (2,)], [(1, 201, 85, 966, True), (2,)], [(1, 201, 85, 967, True), (2,)], [(1, 201, 85, 968, True), (2,)], [(1, 201, 85, 969, True), (2,)], [(1, 201, 85, 970, True), (2,)], [(1, 201, 85, 971, True), (2,)], [(1, 201, 85, 972, True), (2,)], [(1, 201, 85, 973, True), (2,)], [(1, 201, 85, 974, True), (2,)], [(1, 201, 85, 975, True), (2,)], [(1, 201, 85, 976, True), (2,)], [(1, 201, 85, 977, True), (2,)], [(1, 201, 85, 978, True), (2,)], [(1, 201, 85, 979, True), (2,)], [(1, 201, 85, 980, True), (2,)], [(1, 201, 85, 981, True), (2,)], [(1, 201, 85, 982, True), (2,)], [(1, 201, 85, 983, True), (2,)], [(1, 201, 85, 984, True), (2,)], [(1, 201, 85, 985, True), (2,)], [(1, 201, 85, 986, True), (2,)], [(1, 201, 85, 987, True), (2,)], [(1, 201, 85, 988, True), (2,)], [(1, 201, 85, 989, True), (2,)], [(1, 201, 85, 990, True), (2,)], [(1, 201, 85, 991, True), (2,)], [(1, 201, 85, 992, True), (2,)], [(1, 201, 85, 993, True), (2,)], [(1, 201, 85, 994, True), (2,)], [(1, 201, 85, 995, True), (2,)], [(1, 201, 85, 996, True), (2,)], [(1, 201, 85, 997, True), (2,)], [(1, 201, 85, 998, True), (2,)], [(1, 201, 85, 999, True), (2,)], [(1, 201, 85, 1000, True), (2,)], [(1, 201, 85, 1001, True), (2,)], [(1, 201, 85, 1002, True), (2,)], [(1, 201, 85, 1003, True), (2,)], [(1, 201, 85, 1004, True), (2,)], [(1, 201, 85, 1005, True), (2,)], [(1, 201, 85, 1006, True), (2,)], [(1, 201, 85, 1007, True), (2,)], [(1, 201, 85, 1008, True), (2,)], [(1, 201, 85, 1009, True), (2,)], [(1, 201, 85, 1010, True), (2,)], [(1, 201, 85, 1011, True), (2,)], [(1, 201, 85, 1012, True), (2,)], [(1, 201, 85, 1013, True), (2,)], [(1, 201, 85, 1014, True), (2,)], [(1, 201, 85, 1015, True), (2,)], [(1, 201, 85, 1016, True), (2,)], [(1, 201, 85, 1017, True), (2,)], [(1, 201, 85, 1018, True), (2,)], [(1, 201, 85, 1019, True), (2,)], [(1, 201, 85, 1020, True), (2,)], [(1, 201, 85, 1021, True), (2,)], [(1, 201, 85, 1022, True), (2,)], [(1, 201, 85, 1023, True), (2,)], [(1, 201, 85, 1024, True), (2,)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 214, 129, 2, False)], [(2,)]]),
    ('s', [[(3, 28, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 214, 129, 3, False)], [(1, 226, 131, 4, False)], [(2,)]]),
    ('c', [[(1, 225, 132, 1, True)], [(1, 225, 132, 2, True), (2,)], [(1, 225, 132, 3, True), (2,)], [(1, 225, 132, 4, True), (2,)], [(1, 225, 132, 5, True), (2,)], [(1, 225, 132, 6, True), (2,)], [(1, 225, 132, 7, True), (2,)], [(1, 225, 132, 8, True), (2,)], [(1, 225, 132, 9, True), (2,)], [(1, 225, 132, 10, True), (2,)], [(1, 225, 132, 11, True), (2,)], [(1, 225, 132, 12, True), (2,)], [(1, 225, 132, 13, True), (2,)], [(1, 225, 132, 14, True), (2,)], [(1, 225, 132, 15, True), (2,)], [(1, 225, 132, 16, True), (2,)], [(1, 225, 132, 17, True), (2,)], [(1, 225, 132, 18, True), (2,)], [(1, 225, 132, 19, True), (2,)], [(1, 225, 132, 20, True), (2,)], [(1, 225, 132, 21, True), (2,)], [(1, 225, 132, 22, True), (2,)], [(1, 225, 132, 23, True), (2,)], [(1, 225, 132, 24, True), (2,)], [(1, 225, 132, 25, True), (2,)], [(1, 225, 132, 26, True), (2,)], [(1, 225, 132, 27, True), (2,)], [(1, 225, 132, 28, True), (2,)], [(1, 225, 132, 29, True), (2,)], [(1, 225, 132, 30, True), (2,)], [(1, 225, 132, 31, True), (2,)], [(1, 225, 132, 32, True), (2,)], [(2,)]]),
    ('c', [[(1, 223, 129, 1, False)], [(1, 224, 133, 2, True)], [(1, 224, 133, 3, True), (2,)], [(1, 224, 133, 4, True), (2,)], [(1, 224, 133, 5, True), (2,)], [(1, 224, 133, 6, True), (2,)], [(1, 224, 133, 7, True), (2,)], [(1, 224, 133, 8, True), (2,)], [(1, 224, 133, 9, True), (2,)], [(1, 224, 133, 10, True), (2,)], [(1, 224, 133, 11, True), (2,)], [(1, 224, 133, 12, True), (2,)], [(1, 224, 133, 13, True), (2,)], [(1, 224, 133, 14, True), (2,)], [(1, 224, 133, 15, True), (2,)], [(1, 224, 133, 16, True), (2,)], [(1, 224, 133, 17, True), (2,)], [(1, 224, 133, 18, True), (2,)], [(1, 224, 133, 19, True), (2,)], [(1, 224, 133, 20, True), (2,)], [(1, 224, 133, 21, True), (2,)], [(1, 224, 133, 22, True), (2,)], [(1, 224, 133, 23, True), (2,)], [(1, 224, 133, 24, True), (2,)], [(1, 224, 133, 25, True), (2,)], [(1, 224, 133, 26, True), (2,)], [(1, 224, 133, 27, True), (2,)], [(1, 224, 133, 28, True), (2,)], [(1, 224, 133, 29, True), (2,)], [(1, 224, 133, 30, True), (2,)], [(1, 224, 133, 31, True), (2,)], [(1, 224, 133, 32, True), (2,)], [(1, 224, 133, 33, True), (2,)], [(2,)]]),
    ('c', [[(0, 216, 11, 1)], [(1, 217, 41, 2, False), (1, 218, 72, 3, False), (1, 219, 68, 4, False), (1, 220, 134, 5, False), (1, 221, 71, 6, False), (1, 222, 45, 7, False)], [(2,)], [(2,)], [(2,)], [(2,)], [(2,)], [(2,)]]),
    ('s', [[(3, 34, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 228, 136, 2, False), (2,)], [(2,)]]),
    ('c', [[(1, 214, 129, 1, True)], [(1, 214, 129, 2, True), (2,)], [(1, 214, 129, 3, True), (2,)], [(1, 214, 129, 4, True), (2,)], [(1, 214, 129, 5, True), (2,)], [(1, 214, 129, 6, True), (2,)], [(1, 214, 129, 7, True), (2,)], [(1, 214, 129, 8, True), (2,)], [(1, 214, 129, 9, True), (2,)], [(1, 214, 129, 10, True), (2,)], [(1, 214, 129, 11, True), (2,)], [(1, 214, 129, 12, True), (2,)], [(1, 214, 129, 13, True), (2,)], [(1, 214, 129, 14, True), (2,)], [(1, 214, 129, 15, True), (2,)], [(1, 214, 129, 16, True), (2,)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 232, 41, 3, False)], [(1, 233, 138, 4, False)], [(1, 234, 138, 5, False), (2,)], [(2,)]]),
    ('c', [[(1, 231, 139, 1, True)], [(1, 231, 139, 2, True), (2,)], [(1, 231, 139, 3, True), (2,)], [(1, 231, 139, 4, True), (2,)], [(1, 231, 139, 5, True), (2,)], [(1, 231, 139, 6, True), (2,)], [(1, 231, 139, 7, True), (2,)], [(1, 231, 139, 8, True), (2,)], [(2,)]]),
    ('c', [[(1, 214, 129, 1, False)], [(1, 230, 41, 2, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 237, 141, 2, False)], [(1, 238, 142, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 214, 129, 1, False)], [(1, 223, 129, 2, False)], [(2,)]]),
    ('c', [[(1, 236, 141, 1, True)], [(1, 236, 141, 2, True), (2,)], [(1, 236, 141, 3, True), (2,)], [(1, 236, 141, 4, True), (2,)], [(1, 236, 141, 5, True), (2,)], [(1, 236, 141, 6, True), (2,)], [(1, 236, 141, 7, True), (2,)], [(1, 236, 141, 8, True), (2,)], [(1, 236, 141, 9, True), (2,)], [(1, 236, 141, 10, True), (2,)], [(1, 236, 141, 11, True), (2,)], [(1, 236, 141, 12, True), (2,)], [(1, 236, 141, 13, True), (2,)], [(1, 236, 141, 14, True), (2,)], [(1, 236, 141, 15, True), (2,)], [(1, 236, 141, 16, True), (2,)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 241, 53, 2, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 243, 53, 3, False)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 245, 147, 2, False)], [(1, 246, 45, 3, False), (1, 247, 109, 4, False), (2,)], [(1, 247, 109, 4, False), (2,)], [(2,)]]),
    ('s', [[(3, 35, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 251, 150, 2, True)], [(1, 251, 150, 2, True)], [(1, 251, 150, 3, True), (2,)], [(1, 251, 150, 3, True), (2,)]]),
    ('c', [[(0, 4, 2, 1), (0, 250, 2, 2)], [(0, 250, 2, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 253, 152, 2, False)], [(1, 254, 153, 3, False)], [(1, 255, 68, 4, False), (1, 256, 68, 5, False), (1, 257, 68, 6, False), (2,)], [(1, 256, 68, 5, False), (1, 257, 68, 6, False), (2,)], [(1, 257, 68, 6, False), (2,)], [(2,)]]),
    ('s', [[(3, 36, 1)], [(2,)]]),
    ('s', [[(3, 37, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 259, 68, 3, False), (1, 260, 68, 4, False), (1, 261, 68, 5, False), (2,)], [(1, 260, 68, 4, False), (1, 261, 68, 5, False), (2,)], [(1, 261, 68, 5, False), (2,)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 263, 156, 2, False)], [(1, 264, 3, 3, False)], [(2,)]]),
    ('s', [[(3, 38, 1)], [(2,)]]),
    ('c', [[(1, 55, 1, 1, False)], [(1, 60, 37, 2, False)], [(1, 266, 158, 3, False)], [(2,)]]),
    ('s', [[(3, 39, 1)], [(2,)]]),
    ('c', [[(1, 268, 95, 1, False), (1, 269, 95, 2, False), (1, 270, 95, 3, False), (1, 271, 95, 4, False), (1, 272, 86, 5, False), (1, 273, 86, 6, False), (1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 269, 95, 2, False), (1, 270, 95, 3, False), (1, 271, 95, 4, False), (1, 272, 86, 5, False), (1, 273, 86, 6, False), (1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 270, 95, 3, False), (1, 271, 95, 4, False), (1, 272, 86, 5, False), (1, 273, 86, 6, False), (1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 271, 95, 4, False), (1, 272, 86, 5, False), (1, 273, 86, 6, False), (1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 272, 86, 5, False), (1, 273, 86, 6, False), (1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 273, 86, 6, False), (1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 274, 86, 7, False), (1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 275, 41, 8, False), (1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 276, 71, 9, False), (1, 277, 41, 10, False), (2,)], [(1, 277, 41, 10, False), (2,)], [(2,)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T5 = ('EIM', 'PnC')
M5 = {'EIM': 0, 'PnC': 1}
T8 = ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter')
M8 = {'OK': 0, 'OK_CertificateExpiresSoon': 1, 'OK_NewSessionEstablished': 2, 'OK_OldSessionJoined': 3, 'OK_PowerToleranceConfirmed': 4, 'WARNING_AuthorizationSelectionInvalid': 5, 'WARNING_CertificateExpired': 6, 'WARNING_CertificateNotYetValid': 7, 'WARNING_CertificateRevoked': 8, 'WARNING_CertificateValidationError': 9, 'WARNING_ChallengeInvalid': 10, 'WARNING_EIMAuthorizationFailure': 11, 'WARNING_eMSPUnknown': 12, 'WARNING_EVPowerProfileViolation': 13, 'WARNING_GeneralPnCAuthorizationError': 14, 'WARNING_NoCertificateAvailable': 15, 'WARNING_NoContractMatchingPCIDFound': 16, 'WARNING_PowerToleranceNotConfirmed': 17, 'WARNING_ScheduleRenegotiationFailed': 18, 'WARNING_StandbyNotAllowed': 19, 'WARNING_WPT': 20, 'FAILED': 21, 'FAILED_AssociationError': 22, 'FAILED_ContactorError': 23, 'FAILED_EVPowerProfileInvalid': 24, 'FAILED_EVPowerProfileViolation': 25, 'FAILED_MeteringSignatureNotValid': 26, 'FAILED_NoEnergyTransferServiceSelected': 27, 'FAILED_NoServiceRenegotiationSupported': 28, 'FAILED_PauseNotAllowed': 29, 'FAILED_PowerDeliveryNotApplied': 30, 'FAILED_PowerToleranceNotConfirmed': 31, 'FAILED_ScheduleRenegotiation': 32, 'FAILED_ScheduleSelectionInvalid': 33, 'FAILED_SequenceError': 34, 'FAILED_ServiceIDInvalid': 35, 'FAILED_ServiceSelectionInvalid': 36, 'FAILED_SignatureError': 37, 'FAILED_UnknownSession': 38, 'FAILED_WrongChargeParameter': 39}
T9 = ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction')
M9 = {'Finished': 0, 'Ongoing': 1, 'Ongoing_WaitingForCustomerInteraction': 2}
T14 = ('SECP521', 'X448')
M14 = {'SECP521': 0, 'X448': 1}
T24 = ('Start', 'Stop', 'Standby', 'ScheduleRenegotiation')
M24 = {'Start': 0, 'Stop': 1, 'Standby': 2, 'ScheduleRenegotiation': 3}
T25 = ('PowerToleranceNotConfirmed', 'PowerToleranceConfirmed')
M25 = {'PowerToleranceNotConfirmed': 0, 'PowerToleranceConfirmed': 1}
T27 = ('Charge', 'Discharge')
M27 = {'Charge': 0, 'Discharge': 1}
T29 = ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation')
M29 = {'Pause': 0, 'ExitStandby': 1, 'Terminate': 2, 'ScheduleRenegotiation': 3, 'ServiceRenegotiation': 4, 'MeteringConfirmation': 5}
T35 = ('Pause', 'Terminate', 'ServiceRenegotiation')
M35 = {'Pause': 0, 'Terminate': 1, 'ServiceRenegotiation': 2}
T36 = ('CheckIn', 'Processing', 'Completed')
M36 = {'CheckIn': 0, 'Processing': 1, 'Completed': 2}
T37 = ('AutoParking', 'MVGuideManual', 'Manual')
M37 = {'AutoParking': 0, 'MVGuideManual': 1, 'Manual': 2}
T38 = ('CheckOut', 'Processing', 'Completed')
M38 = {'CheckOut': 0, 'Processing': 1, 'Completed': 2}
T39 = ('Scheduled', 'Completed')
M39 = {'Scheduled': 0, 'Completed': 1}


def d0(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T5[x >> 1]
                o['SelectedAuthorizationService'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d30(r, V, N, p, 57)
                o['EIM_AReqAuthorizationMode'] = x
                s = 3
            elif c == 1:
                x, p = d31(r, V, N, p, 58)
                o['PnC_AReqAuthorizationMode'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e0(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SelectedAuthorizationService' in v:
                x = v['SelectedAuthorizationService']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EIM_AReqAuthorizationMode' in v:
                x = v['EIM_AReqAuthorizationMode']
                c += 1
                a = (a << 2) | 0
                a = e30(x, a)
                s = 3
            elif 'PnC_AReqAuthorizationMode' in v:
                x = v['PnC_AReqAuthorizationMode']
                c += 1
                a = (a << 2) | 1
                a = e31(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d1(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = x.hex().upper()
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SessionID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeStamp'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d4(r, V, N, p, 49)
                o['Signature'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e1(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SessionID' in v:
                x = v['SessionID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = hex_w(a, x, 8)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'TimeStamp' in v:
                x = v['TimeStamp']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'Signature' in v:
                x = v['Signature']
                c += 1
                a = (a << 2) | 0
                a = e4(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d2(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e2(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


def d3(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e3(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 18446744073709551615:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d4(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 4)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d5(r, V, N, p, 43)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d5(r, V, N, p, 43)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d15(r, V, N, p, 44)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 16, 45, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 28, 46, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 28, 46, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 28, 46, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e4(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Object')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 2) | 1
                a = e5(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e5(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e15(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 16, 45, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 28, 46, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 28, 46, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 28, 46, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d5(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 4)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 6, 10, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 6, 10, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 7, 11, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e5(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Reference')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 6, 10, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 6, 10, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 7, 11, x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e9(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e9(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e9(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d8(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 9)) & 511
    p += 9
    if x & 128:
        x2, p = uint_more(V, N, p, x & 255)
        x = -x2 - 1 if x & 256 else x2
    elif x & 256:
        x = -(x & 127) - 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e8(v, a):
    x = v
    a <<= 1
    if type(x) is not int:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d9(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 4)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 5)
                o['Type'] = x
                s = 2
            elif c == 2:
                x, p = str_r(r, V, N, p, 6)
                o['URI'] = x
                s = 3
            elif c == 3:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 13, 8, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 5)
                o['Type'] = x
                s = 2
            elif c == 1:
                x, p = str_r(r, V, N, p, 6)
                o['URI'] = x
                s = 3
            elif c == 2:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 13, 8, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 6)
                o['URI'] = x
                s = 3
            elif c == 1:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 13, 8, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 13, 8, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 13, 8, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DigestValue'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e9(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 3) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'Type' in v:
                x = v['Type']
                c += 1
                a = (a << 3) | 1
                a = str_w(a, x, -1)
                s = 2
            elif 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 3) | 2
                a = str_w(a, x, -1)
                s = 3
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 3) | 3
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 13, 8, x, a)
                s = 5
            else:
                raise Bad
        if s == 1:
            if 'Type' in v:
                x = v['Type']
                c += 1
                a = (a << 3) | 0
                a = str_w(a, x, -1)
                s = 2
            elif 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 3) | 1
                a = str_w(a, x, -1)
                s = 3
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 3) | 2
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 13, 8, x, a)
                s = 5
            else:
                raise Bad
        if s == 2:
            if 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 3
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 1
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 13, 8, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 13, 8, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 13, 8, x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'DigestValue' in v:
                x = v['DigestValue']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d10(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 11, 3, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 11, 3, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 11, 3, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e10(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Transform')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = interp_e(G, 11, 3, x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 11, 3, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 11, 3, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d12(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e12(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


def d14(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e14(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d15(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 4)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                o['value'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                o['value'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e15(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'value' in v:
                x = v['value']
                c += 1
                a = (a << 2) | 1
                a = b64_w(a, x, -1)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'value' in v:
                x = v['value']
                c += 1
                a = (a << 1) | 0
                a = b64_w(a, x, -1)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d18(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['P'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['G'] = x
                s = 2
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Y'] = x
                s = 3
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Q'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Y'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['J'] = x
                s = 5
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Seed'] = x
                s = 6
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['G'] = x
                s = 2
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Y'] = x
                s = 3
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Seed'] = x
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PgenCounter'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e18(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'P' in v:
                x = v['P']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 1
            elif 'G' in v:
                x = v['G']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 2
            elif 'Y' in v:
                x = v['Y']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 1:
            if 'Q' in v:
                x = v['Q']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'Y' in v:
                x = v['Y']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'J' in v:
                x = v['J']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 5
            elif 'Seed' in v:
                x = v['Seed']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 'G' in v:
                x = v['G']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 2
            elif 'Y' in v:
                x = v['Y']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 5:
            if 'Seed' in v:
                x = v['Seed']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if 'PgenCounter' in v:
                x = v['PgenCounter']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d19(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e19(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d20(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Modulus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Exponent'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e20(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Modulus' in v:
                x = v['Modulus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Exponent' in v:
                x = v['Exponent']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d21(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 5)
                o['Type'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 6)
                o['URI'] = x
                s = 2
            elif c == 2:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 3
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 6)
                o['URI'] = x
                s = 2
            elif c == 1:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 3
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d10(r, V, N, p, 7)
                o['Transforms'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e21(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Type' in v:
                x = v['Type']
                c += 1
                a = (a << 3) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 3) | 1
                a = str_w(a, x, -1)
                s = 2
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 3) | 2
                a = e10(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 1:
            if 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 2
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 1
                a = e10(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 2:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e10(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d23(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 24)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['X509IssuerName'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['X509SerialNumber'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e23(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'X509IssuerName' in v:
                x = v['X509IssuerName']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, -1)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'X509SerialNumber' in v:
                x = v['X509SerialNumber']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d24(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 9)) & 511
    p += 9
    if x & 128:
        x2, p = uint_more(V, N, p, x & 255)
        x = -x2 - 1 if x & 256 else x2
    elif x & 256:
        x = -(x & 127) - 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e24(v, a):
    x = v
    a <<= 1
    if type(x) is not int:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d25(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e25(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d29(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T5[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e29(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M5[x]
    return a << 1


def d30(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e30(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d31(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['GenChallenge'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 54)
                o['ContractCertificateChain'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e31(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'GenChallenge' in v:
                x = v['GenChallenge']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 16)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ContractCertificateChain' in v:
                x = v['ContractCertificateChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d32(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e32(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 16)
    return a << 1


def d33(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Certificate'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 51)
                o['SubCertificates'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e33(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Certificate' in v:
                x = v['Certificate']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 1600)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SubCertificates' in v:
                x = v['SubCertificates']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d34(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e34(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 1600)
    return a << 1


def d35(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'Certificate' in o:
                    o['Certificate'].append(x)
                else:
                    o['Certificate'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'Certificate' in o:
                    o['Certificate'].append(x)
                else:
                    o['Certificate'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'Certificate' in o:
                    o['Certificate'].append(x)
                else:
                    o['Certificate'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e35(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Certificate')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 1600)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 1600)
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 1600)
                a <<= 1
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d36(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T9[x >> 1]
                o['EVSEProcessing'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e36(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M9[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d37(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 6)) & 63
    p += 6
    x = T8[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e37(v, a):
    x = v
    a <<= 1
    a = (a << 6) | M8[x]
    return a << 1


def d38(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T9[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e38(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M9[x]
    return a << 1


def d39(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e39(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d40(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T5[x >> 1]
                if 'AuthorizationServices' in o:
                    o['AuthorizationServices'].append(x)
                else:
                    o['AuthorizationServices'] = [x]
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T5[x >> 1]
                if 'AuthorizationServices' in o:
                    o['AuthorizationServices'].append(x)
                else:
                    o['AuthorizationServices'] = [x]
                s = 4
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['CertificateInstallationService'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['CertificateInstallationService'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d42(r, V, N, p, 68)
                o['EIM_ASResAuthorizationMode'] = x
                s = 6
            elif c == 1:
                x, p = d43(r, V, N, p, 69)
                o['PnC_ASResAuthorizationMode'] = x
                s = 7
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e40(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('AuthorizationServices')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M5[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 1) | M5[x]
                a <<= 1
                s = 4
            elif 'CertificateInstallationService' in v:
                x = v['CertificateInstallationService']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'CertificateInstallationService' in v:
                x = v['CertificateInstallationService']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EIM_ASResAuthorizationMode' in v:
                x = v['EIM_ASResAuthorizationMode']
                c += 1
                a = (a << 2) | 0
                a = e42(x, a)
                s = 6
            elif 'PnC_ASResAuthorizationMode' in v:
                x = v['PnC_ASResAuthorizationMode']
                c += 1
                a = (a << 2) | 1
                a = e43(x, a)
                s = 7
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d41(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e41(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
    return a << 1


def d42(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e42(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d43(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['GenChallenge'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 44, 65, p)
                o['SupportedProviders'] = x
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e43(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'GenChallenge' in v:
                x = v['GenChallenge']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 16)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SupportedProviders' in v:
                x = v['SupportedProviders']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 44, 65, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d45(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e45(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 80)
    return a << 1


def d46(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e46(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d47(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e47(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d48(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d49(r, V, N, p, 75)
                o['OEMProvisioningCertificateChain'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d50(r, V, N, p, 76)
                o['ListOfRootCertificateIDs'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['MaximumContractCertificateChains'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d52(r, V, N, p, 78)
                o['PrioritizedEMAIDs'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e48(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'OEMProvisioningCertificateChain' in v:
                x = v['OEMProvisioningCertificateChain']
                c += 1
                a = (a << 1) | 0
                a = e49(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ListOfRootCertificateIDs' in v:
                x = v['ListOfRootCertificateIDs']
                c += 1
                a = (a << 1) | 0
                a = e50(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'MaximumContractCertificateChains' in v:
                x = v['MaximumContractCertificateChains']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'PrioritizedEMAIDs' in v:
                x = v['PrioritizedEMAIDs']
                c += 1
                a = (a << 2) | 0
                a = e52(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d49(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Certificate'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d35(r, V, N, p, 51)
                o['SubCertificates'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e49(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Certificate' in v:
                x = v['Certificate']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 1600)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SubCertificates' in v:
                x = v['SubCertificates']
                c += 1
                a = (a << 2) | 0
                a = e35(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d50(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d23(r, V, N, p, 73)
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e50(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('RootCertificateID')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e23(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 17
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 18
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 19
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e23(x, a)
                s = 20
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 20:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d51(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e51(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 255:
        raise Bad
    a = (a << 8) | x
    return a << 1


def d52(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 74)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'EMAID' in o:
                    o['EMAID'].append(x)
                else:
                    o['EMAID'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e52(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('EMAID')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d53(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e53(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 255)
    return a << 1


def d54(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T9[x >> 1]
                o['EVSEProcessing'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d55(r, V, N, p, 85)
                o['CPSCertificateChain'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d56(r, V, N, p, 86)
                o['SignedInstallationData'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['RemainingContractCertificateChains'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e54(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M9[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'CPSCertificateChain' in v:
                x = v['CPSCertificateChain']
                c += 1
                a = (a << 1) | 0
                a = e55(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'SignedInstallationData' in v:
                x = v['SignedInstallationData']
                c += 1
                a = (a << 1) | 0
                a = e56(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'RemainingContractCertificateChains' in v:
                x = v['RemainingContractCertificateChains']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d55(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Certificate'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d35(r, V, N, p, 51)
                o['SubCertificates'] = x
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e55(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Certificate' in v:
                x = v['Certificate']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 1600)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SubCertificates' in v:
                x = v['SubCertificates']
                c += 1
                a = (a << 2) | 0
                a = e35(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d56(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 54)
                o['ContractCertificateChain'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T14[x >> 1]
                o['ECDHCurve'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DHPublicKey'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SECP521_EncryptedPrivateKey'] = x
                s = 5
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['X448_EncryptedPrivateKey'] = x
                s = 6
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TPM_EncryptedPrivateKey'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e56(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ContractCertificateChain' in v:
                x = v['ContractCertificateChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ECDHCurve' in v:
                x = v['ECDHCurve']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M14[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'DHPublicKey' in v:
                x = v['DHPublicKey']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 133)
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'SECP521_EncryptedPrivateKey' in v:
                x = v['SECP521_EncryptedPrivateKey']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 94)
                a <<= 1
                s = 5
            elif 'X448_EncryptedPrivateKey' in v:
                x = v['X448_EncryptedPrivateKey']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 84)
                a <<= 1
                s = 6
            elif 'TPM_EncryptedPrivateKey' in v:
                x = v['TPM_EncryptedPrivateKey']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                a = b64_w(a, x, 206)
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d57(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T14[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e57(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M14[x]
    return a << 1


def d58(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e58(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 133)
    return a << 1


def d59(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e59(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 94)
    return a << 1


def d60(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e60(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 84)
    return a << 1


def d61(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e61(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 206)
    return a << 1


def d62(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 4)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d9(r, V, N, p, 12)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e62(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Reference')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e9(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e9(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e9(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e9(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d63(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d64(r, V, N, p, 115)
                o['SignedMeteringData'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e63(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SignedMeteringData' in v:
                x = v['SignedMeteringData']
                c += 1
                a = (a << 1) | 0
                a = e64(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d64(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = x.hex().upper()
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SessionID'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d65(r, V, N, p, 111)
                o['MeterInfo'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d69(r, V, N, p, 112)
                o['Receipt'] = x
                s = 4
            elif c == 1:
                x, p = d75(r, V, N, p, 113)
                o['Dynamic_SMDTControlMode'] = x
                s = 5
            elif c == 2:
                x, p = d76(r, V, N, p, 114)
                o['Scheduled_SMDTControlMode'] = x
                s = 6
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d75(r, V, N, p, 113)
                o['Dynamic_SMDTControlMode'] = x
                s = 5
            elif c == 1:
                x, p = d76(r, V, N, p, 114)
                o['Scheduled_SMDTControlMode'] = x
                s = 6
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e64(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SessionID' in v:
                x = v['SessionID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = hex_w(a, x, 8)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 1) | 0
                a = e65(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 2) | 0
                a = e69(x, a)
                s = 4
            elif 'Dynamic_SMDTControlMode' in v:
                x = v['Dynamic_SMDTControlMode']
                c += 1
                a = (a << 2) | 1
                a = e75(x, a)
                s = 5
            elif 'Scheduled_SMDTControlMode' in v:
                x = v['Scheduled_SMDTControlMode']
                c += 1
                a = (a << 2) | 2
                a = e76(x, a)
                s = 6
            else:
                raise Bad
        if s == 4:
            if 'Dynamic_SMDTControlMode' in v:
                x = v['Dynamic_SMDTControlMode']
                c += 1
                a = (a << 2) | 0
                a = e75(x, a)
                s = 5
            elif 'Scheduled_SMDTControlMode' in v:
                x = v['Scheduled_SMDTControlMode']
                c += 1
                a = (a << 2) | 1
                a = e76(x, a)
                s = 6
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d65(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 90)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ChargedEnergyReadingWh'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['BPT_DischargedEnergyReadingWh'] = x
                s = 3
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['CapacitiveEnergyReadingVARh'] = x
                s = 4
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['BPT_InductiveEnergyReadingVARh'] = x
                s = 5
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterSignature'] = x
                s = 6
            elif c == 4:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterStatus'] = x
                s = 7
            elif c == 5:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterTimestamp'] = x
                s = 8
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['CapacitiveEnergyReadingVARh'] = x
                s = 4
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['BPT_InductiveEnergyReadingVARh'] = x
                s = 5
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterSignature'] = x
                s = 6
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterStatus'] = x
                s = 7
            elif c == 4:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterTimestamp'] = x
                s = 8
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['BPT_InductiveEnergyReadingVARh'] = x
                s = 5
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterSignature'] = x
                s = 6
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterStatus'] = x
                s = 7
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterTimestamp'] = x
                s = 8
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterSignature'] = x
                s = 6
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterStatus'] = x
                s = 7
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterTimestamp'] = x
                s = 8
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterStatus'] = x
                s = 7
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterTimestamp'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterTimestamp'] = x
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e65(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'MeterID' in v:
                x = v['MeterID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 32)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ChargedEnergyReadingWh' in v:
                x = v['ChargedEnergyReadingWh']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'BPT_DischargedEnergyReadingWh' in v:
                x = v['BPT_DischargedEnergyReadingWh']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            elif 'CapacitiveEnergyReadingVARh' in v:
                x = v['CapacitiveEnergyReadingVARh']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            elif 'BPT_InductiveEnergyReadingVARh' in v:
                x = v['BPT_InductiveEnergyReadingVARh']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'MeterSignature' in v:
                x = v['MeterSignature']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                a = b64_w(a, x, 64)
                a <<= 1
                s = 6
            elif 'MeterStatus' in v:
                x = v['MeterStatus']
                c += 1
                a = (a << 3) | 4
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 7
            elif 'MeterTimestamp' in v:
                x = v['MeterTimestamp']
                c += 1
                a = (a << 3) | 5
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 3:
            if 'CapacitiveEnergyReadingVARh' in v:
                x = v['CapacitiveEnergyReadingVARh']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            elif 'BPT_InductiveEnergyReadingVARh' in v:
                x = v['BPT_InductiveEnergyReadingVARh']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'MeterSignature' in v:
                x = v['MeterSignature']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                a = b64_w(a, x, 64)
                a <<= 1
                s = 6
            elif 'MeterStatus' in v:
                x = v['MeterStatus']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 7
            elif 'MeterTimestamp' in v:
                x = v['MeterTimestamp']
                c += 1
                a = (a << 3) | 4
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 4:
            if 'BPT_InductiveEnergyReadingVARh' in v:
                x = v['BPT_InductiveEnergyReadingVARh']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'MeterSignature' in v:
                x = v['MeterSignature']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = b64_w(a, x, 64)
                a <<= 1
                s = 6
            elif 'MeterStatus' in v:
                x = v['MeterStatus']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 7
            elif 'MeterTimestamp' in v:
                x = v['MeterTimestamp']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 5:
            if 'MeterSignature' in v:
                x = v['MeterSignature']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                a = b64_w(a, x, 64)
                a <<= 1
                s = 6
            elif 'MeterStatus' in v:
                x = v['MeterStatus']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 7
            elif 'MeterTimestamp' in v:
                x = v['MeterTimestamp']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 6:
            if 'MeterStatus' in v:
                x = v['MeterStatus']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 7
            elif 'MeterTimestamp' in v:
                x = v['MeterTimestamp']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if 'MeterTimestamp' in v:
                x = v['MeterTimestamp']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d66(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e66(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d67(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e67(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 64)
    return a << 1


def d68(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 9)) & 511
    p += 9
    if x & 128:
        x2, p = uint_more(V, N, p, x & 255)
        x = -x2 - 1 if x & 256 else x2
    elif x & 256:
        x = -(x & 127) - 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e68(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < -32768 or x > 32767:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d69(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d70(r, V, N, p, 104)
                o['EnergyCosts'] = x
                s = 2
            elif c == 1:
                x, p = d70(r, V, N, p, 105)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 2:
                x, p = d70(r, V, N, p, 106)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 3:
                x, p = d70(r, V, N, p, 107)
                o['OverstayCosts'] = x
                s = 5
            elif c == 4:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 6
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d70(r, V, N, p, 105)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 1:
                x, p = d70(r, V, N, p, 106)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 2:
                x, p = d70(r, V, N, p, 107)
                o['OverstayCosts'] = x
                s = 5
            elif c == 3:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 6
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d70(r, V, N, p, 106)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 1:
                x, p = d70(r, V, N, p, 107)
                o['OverstayCosts'] = x
                s = 5
            elif c == 2:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 6
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d70(r, V, N, p, 107)
                o['OverstayCosts'] = x
                s = 5
            elif c == 1:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 6
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d73(r, V, N, p, 108)
                if 'TaxCosts' in o:
                    o['TaxCosts'].append(x)
                else:
                    o['TaxCosts'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e69(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('TaxCosts')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EnergyCosts' in v:
                x = v['EnergyCosts']
                c += 1
                a = (a << 3) | 0
                a = e70(x, a)
                s = 2
            elif 'OccupancyCosts' in v:
                x = v['OccupancyCosts']
                c += 1
                a = (a << 3) | 1
                a = e70(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 2
                a = e70(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 3
                a = e70(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 4
                a = e73(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 2:
            if 'OccupancyCosts' in v:
                x = v['OccupancyCosts']
                c += 1
                a = (a << 3) | 0
                a = e70(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 1
                a = e70(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 2
                a = e70(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 3
                a = e73(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 3:
            if 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 0
                a = e70(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 1
                a = e70(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a = e73(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 4:
            if 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 2) | 0
                a = e70(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e73(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e73(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d70(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 100)
                o['Amount'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 101)
                o['CostPerUnit'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e70(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Amount' in v:
                x = v['Amount']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'CostPerUnit' in v:
                x = v['CostPerUnit']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d71(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x = (x >> 1) + -128
                o['Exponent'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Value'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e71(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Exponent' in v:
                x = v['Exponent']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not -128 <= x <= 127:
                    raise Bad
                a = (a << 8) | (x - -128)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Value' in v:
                x = v['Value']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d72(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += -128
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e72(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -128 <= x <= 127:
        raise Bad
    a = (a << 8) | (x - -128)
    return a << 1


def d73(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TaxRuleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 100)
                o['Amount'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e73(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TaxRuleID' in v:
                x = v['TaxRuleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Amount' in v:
                x = v['Amount']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d74(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e74(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 1 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d75(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e75(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d76(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SelectedScheduleTupleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e76(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SelectedScheduleTupleID' in v:
                x = v['SelectedScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d77(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e77(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d78(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T9[x >> 1]
                o['EVProcessing'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T24[x >> 1]
                o['ChargeProgress'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d80(r, V, N, p, 130)
                o['EVPowerProfile'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T27[x >> 1]
                o['BPT_ChannelSelection'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T27[x >> 1]
                o['BPT_ChannelSelection'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e78(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M9[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ChargeProgress' in v:
                x = v['ChargeProgress']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M24[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVPowerProfile' in v:
                x = v['EVPowerProfile']
                c += 1
                a = (a << 2) | 0
                a = e80(x, a)
                s = 4
            elif 'BPT_ChannelSelection' in v:
                x = v['BPT_ChannelSelection']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 1) | M27[x]
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 'BPT_ChannelSelection' in v:
                x = v['BPT_ChannelSelection']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 1) | M27[x]
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d79(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T24[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e79(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M24[x]
    return a << 1


def d80(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d81(r, V, N, p, 125)
                o['Dynamic_EVPPTControlMode'] = x
                s = 2
            elif c == 1:
                x, p = d82(r, V, N, p, 126)
                o['Scheduled_EVPPTControlMode'] = x
                s = 3
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 84, 127, p)
                o['EVPowerProfileEntries'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 84, 127, p)
                o['EVPowerProfileEntries'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e80(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Dynamic_EVPPTControlMode' in v:
                x = v['Dynamic_EVPPTControlMode']
                c += 1
                a = (a << 2) | 0
                a = e81(x, a)
                s = 2
            elif 'Scheduled_EVPPTControlMode' in v:
                x = v['Scheduled_EVPPTControlMode']
                c += 1
                a = (a << 2) | 1
                a = e82(x, a)
                s = 3
            else:
                raise Bad
        if s == 2:
            if 'EVPowerProfileEntries' in v:
                x = v['EVPowerProfileEntries']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 84, 127, x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVPowerProfileEntries' in v:
                x = v['EVPowerProfileEntries']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 84, 127, x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d81(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e81(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d82(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SelectedScheduleTupleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T25[x >> 1]
                o['PowerToleranceAcceptance'] = x
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e82(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SelectedScheduleTupleID' in v:
                x = v['SelectedScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PowerToleranceAcceptance' in v:
                x = v['PowerToleranceAcceptance']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 1) | M25[x]
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d83(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T25[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e83(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M25[x]
    return a << 1


def d85(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Duration'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 120)
                o['Power'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 121)
                o['Power_L2'] = x
                s = 3
            elif c == 1:
                x, p = d71(r, V, N, p, 122)
                o['Power_L3'] = x
                s = 4
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 122)
                o['Power_L3'] = x
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e85(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Duration' in v:
                x = v['Duration']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Power' in v:
                x = v['Power']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'Power_L2' in v:
                x = v['Power_L2']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 3
            elif 'Power_L3' in v:
                x = v['Power_L3']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 3:
            if 'Power_L3' in v:
                x = v['Power_L3']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d86(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e86(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d87(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T27[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e87(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M27[x]
    return a << 1


def d88(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d89(r, V, N, p, 135)
                o['EVSEStatus'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e88(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEStatus' in v:
                x = v['EVSEStatus']
                c += 1
                a = (a << 2) | 0
                a = e89(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d89(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['NotificationMaxDelay'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T29[x >> 1]
                o['EVSENotification'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e89(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'NotificationMaxDelay' in v:
                x = v['NotificationMaxDelay']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSENotification' in v:
                x = v['EVSENotification']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 3) | M29[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d90(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e90(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d91(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T29[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e91(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M29[x]
    return a << 1


def d92(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 12)) & 4095
                p += 12
                if x & 2049:
                    raise Bad
                x = (x >> 1) + 12
                o['MaximumSupportingPoints'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 158)
                o['Dynamic_SEReqControlMode'] = x
                s = 3
            elif c == 1:
                x, p = d96(r, V, N, p, 159)
                o['Scheduled_SEReqControlMode'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e92(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'MaximumSupportingPoints' in v:
                x = v['MaximumSupportingPoints']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 12 <= x <= 1035:
                    raise Bad
                a = (a << 10) | (x - 12)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'Dynamic_SEReqControlMode' in v:
                x = v['Dynamic_SEReqControlMode']
                c += 1
                a = (a << 2) | 0
                a = e94(x, a)
                s = 3
            elif 'Scheduled_SEReqControlMode' in v:
                x = v['Scheduled_SEReqControlMode']
                c += 1
                a = (a << 2) | 1
                a = e96(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d93(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 10)) & 1023
    p += 10
    x += 12
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e93(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 12 <= x <= 1035:
        raise Bad
    a = (a << 10) | (x - 12)
    return a << 1


def d94(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DepartureTime'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MinimumSOC'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 2:
                x, p = d71(r, V, N, p, 140)
                o['EVTargetEnergyRequest'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 1:
                x, p = d71(r, V, N, p, 140)
                o['EVTargetEnergyRequest'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 140)
                o['EVTargetEnergyRequest'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 141)
                o['EVMaximumEnergyRequest'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 142)
                o['EVMinimumEnergyRequest'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 143)
                o['EVMaximumV2XEnergyRequest'] = x
                s = 7
            elif c == 1:
                x, p = d71(r, V, N, p, 144)
                o['EVMinimumV2XEnergyRequest'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 144)
                o['EVMinimumV2XEnergyRequest'] = x
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e94(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DepartureTime' in v:
                x = v['DepartureTime']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'MinimumSOC' in v:
                x = v['MinimumSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 2
            elif 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 2) | 2
                a = e71(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVMaximumV2XEnergyRequest' in v:
                x = v['EVMaximumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 7
            elif 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d95(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e95(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d96(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DepartureTime'] = x
                s = 1
            elif c == 1:
                x, p = d71(r, V, N, p, 140)
                o['EVTargetEnergyRequest'] = x
                s = 2
            elif c == 2:
                x, p = d71(r, V, N, p, 141)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            elif c == 3:
                x, p = d71(r, V, N, p, 142)
                o['EVMinimumEnergyRequest'] = x
                s = 4
            elif c == 4:
                x, p = d97(r, V, N, p, 156)
                o['EVEnergyOffer'] = x
                s = 5
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d71(r, V, N, p, 140)
                o['EVTargetEnergyRequest'] = x
                s = 2
            elif c == 1:
                x, p = d71(r, V, N, p, 141)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            elif c == 2:
                x, p = d71(r, V, N, p, 142)
                o['EVMinimumEnergyRequest'] = x
                s = 4
            elif c == 3:
                x, p = d97(r, V, N, p, 156)
                o['EVEnergyOffer'] = x
                s = 5
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d71(r, V, N, p, 141)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            elif c == 1:
                x, p = d71(r, V, N, p, 142)
                o['EVMinimumEnergyRequest'] = x
                s = 4
            elif c == 2:
                x, p = d97(r, V, N, p, 156)
                o['EVEnergyOffer'] = x
                s = 5
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 142)
                o['EVMinimumEnergyRequest'] = x
                s = 4
            elif c == 1:
                x, p = d97(r, V, N, p, 156)
                o['EVEnergyOffer'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d97(r, V, N, p, 156)
                o['EVEnergyOffer'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e96(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DepartureTime' in v:
                x = v['DepartureTime']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            elif 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e71(x, a)
                s = 2
            elif 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 3) | 2
                a = e71(x, a)
                s = 3
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 3) | 3
                a = e71(x, a)
                s = 4
            elif 'EVEnergyOffer' in v:
                x = v['EVEnergyOffer']
                c += 1
                a = (a << 3) | 4
                a = e97(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 1:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 3) | 0
                a = e71(x, a)
                s = 2
            elif 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e71(x, a)
                s = 3
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 3) | 2
                a = e71(x, a)
                s = 4
            elif 'EVEnergyOffer' in v:
                x = v['EVEnergyOffer']
                c += 1
                a = (a << 3) | 3
                a = e97(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 2:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 3) | 0
                a = e71(x, a)
                s = 3
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e71(x, a)
                s = 4
            elif 'EVEnergyOffer' in v:
                x = v['EVEnergyOffer']
                c += 1
                a = (a << 3) | 2
                a = e97(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 3:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 4
            elif 'EVEnergyOffer' in v:
                x = v['EVEnergyOffer']
                c += 1
                a = (a << 2) | 1
                a = e97(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 'EVEnergyOffer' in v:
                x = v['EVEnergyOffer']
                c += 1
                a = (a << 2) | 0
                a = e97(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d97(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d98(r, V, N, p, 154)
                o['EVPowerSchedule'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d101(r, V, N, p, 155)
                o['EVAbsolutePriceSchedule'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e97(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVPowerSchedule' in v:
                x = v['EVPowerSchedule']
                c += 1
                a = (a << 1) | 0
                a = e98(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVAbsolutePriceSchedule' in v:
                x = v['EVAbsolutePriceSchedule']
                c += 1
                a = (a << 1) | 0
                a = e101(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d98(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 99, 146, p)
                o['EVPowerScheduleEntries'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e98(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVPowerScheduleEntries' in v:
                x = v['EVPowerScheduleEntries']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 99, 146, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d100(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Duration'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 120)
                o['Power'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e100(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Duration' in v:
                x = v['Duration']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Power' in v:
                x = v['Power']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d101(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 151)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Currency'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 152)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PriceAlgorithm'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 103, 153, p)
                o['EVPriceRuleStacks'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e101(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Currency' in v:
                x = v['Currency']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 3)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'PriceAlgorithm' in v:
                x = v['PriceAlgorithm']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVPriceRuleStacks' in v:
                x = v['EVPriceRuleStacks']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 103, 153, x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d102(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e102(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 3)
    return a << 1


def d104(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Duration'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d105(r, V, N, p, 149)
                if 'EVPriceRule' in o:
                    o['EVPriceRule'].append(x)
                else:
                    o['EVPriceRule'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e104(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('EVPriceRule')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Duration' in v:
                x = v['Duration']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e105(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e105(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d105(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 147)
                o['EnergyFee'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 148)
                o['PowerRangeStart'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e105(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EnergyFee' in v:
                x = v['EnergyFee']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PowerRangeStart' in v:
                x = v['PowerRangeStart']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d106(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T9[x >> 1]
                o['EVSEProcessing'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['GoToPause'] = x
                s = 4
            elif c == 1:
                x, p = d107(r, V, N, p, 211)
                o['Dynamic_SEResControlMode'] = x
                s = 5
            elif c == 2:
                x, p = d123(r, V, N, p, 212)
                o['Scheduled_SEResControlMode'] = x
                s = 6
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d107(r, V, N, p, 211)
                o['Dynamic_SEResControlMode'] = x
                s = 5
            elif c == 1:
                x, p = d123(r, V, N, p, 212)
                o['Scheduled_SEResControlMode'] = x
                s = 6
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e106(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M9[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'GoToPause' in v:
                x = v['GoToPause']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 4
            elif 'Dynamic_SEResControlMode' in v:
                x = v['Dynamic_SEResControlMode']
                c += 1
                a = (a << 2) | 1
                a = e107(x, a)
                s = 5
            elif 'Scheduled_SEResControlMode' in v:
                x = v['Scheduled_SEResControlMode']
                c += 1
                a = (a << 2) | 2
                a = e123(x, a)
                s = 6
            else:
                raise Bad
        if s == 4:
            if 'Dynamic_SEResControlMode' in v:
                x = v['Dynamic_SEResControlMode']
                c += 1
                a = (a << 2) | 0
                a = e107(x, a)
                s = 5
            elif 'Scheduled_SEResControlMode' in v:
                x = v['Scheduled_SEResControlMode']
                c += 1
                a = (a << 2) | 1
                a = e123(x, a)
                s = 6
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d107(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DepartureTime'] = x
                s = 1
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MinimumSOC'] = x
                s = 2
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 3:
                x, p = d108(r, V, N, p, 199)
                o['AbsolutePriceSchedule'] = x
                s = 4
            elif c == 4:
                x, p = d120(r, V, N, p, 200)
                o['PriceLevelSchedule'] = x
                s = 5
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MinimumSOC'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 2:
                x, p = d108(r, V, N, p, 199)
                o['AbsolutePriceSchedule'] = x
                s = 4
            elif c == 3:
                x, p = d120(r, V, N, p, 200)
                o['PriceLevelSchedule'] = x
                s = 5
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 1:
                x, p = d108(r, V, N, p, 199)
                o['AbsolutePriceSchedule'] = x
                s = 4
            elif c == 2:
                x, p = d120(r, V, N, p, 200)
                o['PriceLevelSchedule'] = x
                s = 5
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d108(r, V, N, p, 199)
                o['AbsolutePriceSchedule'] = x
                s = 4
            elif c == 1:
                x, p = d120(r, V, N, p, 200)
                o['PriceLevelSchedule'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e107(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DepartureTime' in v:
                x = v['DepartureTime']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            elif 'MinimumSOC' in v:
                x = v['MinimumSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 2
            elif 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'AbsolutePriceSchedule' in v:
                x = v['AbsolutePriceSchedule']
                c += 1
                a = (a << 3) | 3
                a = e108(x, a)
                s = 4
            elif 'PriceLevelSchedule' in v:
                x = v['PriceLevelSchedule']
                c += 1
                a = (a << 3) | 4
                a = e120(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 1:
            if 'MinimumSOC' in v:
                x = v['MinimumSOC']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 2
            elif 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'AbsolutePriceSchedule' in v:
                x = v['AbsolutePriceSchedule']
                c += 1
                a = (a << 3) | 2
                a = e108(x, a)
                s = 4
            elif 'PriceLevelSchedule' in v:
                x = v['PriceLevelSchedule']
                c += 1
                a = (a << 3) | 3
                a = e120(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 2:
            if 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'AbsolutePriceSchedule' in v:
                x = v['AbsolutePriceSchedule']
                c += 1
                a = (a << 3) | 1
                a = e108(x, a)
                s = 4
            elif 'PriceLevelSchedule' in v:
                x = v['PriceLevelSchedule']
                c += 1
                a = (a << 3) | 2
                a = e120(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 3:
            if 'AbsolutePriceSchedule' in v:
                x = v['AbsolutePriceSchedule']
                c += 1
                a = (a << 2) | 0
                a = e108(x, a)
                s = 4
            elif 'PriceLevelSchedule' in v:
                x = v['PriceLevelSchedule']
                c += 1
                a = (a << 2) | 1
                a = e120(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d108(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['Id'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PriceScheduleID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 187)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PriceScheduleDescription'] = x
                s = 4
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 151)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Currency'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 151)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Currency'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 188)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Language'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 152)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PriceAlgorithm'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d71(r, V, N, p, 189)
                o['MinimumCost'] = x
                s = 8
            elif c == 1:
                x, p = d71(r, V, N, p, 190)
                o['MaximumCost'] = x
                s = 9
            elif c == 2:
                x, p = d111(r, V, N, p, 191)
                o['TaxRules'] = x
                s = 10
            elif c == 3:
                x, p = interp_d(r, 113, 192, p)
                o['PriceRuleStacks'] = x
                s = 11
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 190)
                o['MaximumCost'] = x
                s = 9
            elif c == 1:
                x, p = d111(r, V, N, p, 191)
                o['TaxRules'] = x
                s = 10
            elif c == 2:
                x, p = interp_d(r, 113, 192, p)
                o['PriceRuleStacks'] = x
                s = 11
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d111(r, V, N, p, 191)
                o['TaxRules'] = x
                s = 10
            elif c == 1:
                x, p = interp_d(r, 113, 192, p)
                o['PriceRuleStacks'] = x
                s = 11
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 113, 192, p)
                o['PriceRuleStacks'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d116(r, V, N, p, 193)
                o['OverstayRules'] = x
                s = 12
            elif c == 1:
                x, p = d118(r, V, N, p, 194)
                o['AdditionalSelectedServices'] = x
                s = 13
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d118(r, V, N, p, 194)
                o['AdditionalSelectedServices'] = x
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e108(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'PriceScheduleID' in v:
                x = v['PriceScheduleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'PriceScheduleDescription' in v:
                x = v['PriceScheduleDescription']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 160)
                a <<= 1
                s = 4
            elif 'Currency' in v:
                x = v['Currency']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = str_w(a, x, 3)
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'Currency' in v:
                x = v['Currency']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 3)
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'Language' in v:
                x = v['Language']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 3)
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'PriceAlgorithm' in v:
                x = v['PriceAlgorithm']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'MinimumCost' in v:
                x = v['MinimumCost']
                c += 1
                a = (a << 3) | 0
                a = e71(x, a)
                s = 8
            elif 'MaximumCost' in v:
                x = v['MaximumCost']
                c += 1
                a = (a << 3) | 1
                a = e71(x, a)
                s = 9
            elif 'TaxRules' in v:
                x = v['TaxRules']
                c += 1
                a = (a << 3) | 2
                a = e111(x, a)
                s = 10
            elif 'PriceRuleStacks' in v:
                x = v['PriceRuleStacks']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 113, 192, x, a)
                s = 11
            else:
                raise Bad
        if s == 8:
            if 'MaximumCost' in v:
                x = v['MaximumCost']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 9
            elif 'TaxRules' in v:
                x = v['TaxRules']
                c += 1
                a = (a << 2) | 1
                a = e111(x, a)
                s = 10
            elif 'PriceRuleStacks' in v:
                x = v['PriceRuleStacks']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 113, 192, x, a)
                s = 11
            else:
                raise Bad
        if s == 9:
            if 'TaxRules' in v:
                x = v['TaxRules']
                c += 1
                a = (a << 2) | 0
                a = e111(x, a)
                s = 10
            elif 'PriceRuleStacks' in v:
                x = v['PriceRuleStacks']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 113, 192, x, a)
                s = 11
            else:
                raise Bad
        if s == 10:
            if 'PriceRuleStacks' in v:
                x = v['PriceRuleStacks']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 113, 192, x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 'OverstayRules' in v:
                x = v['OverstayRules']
                c += 1
                a = (a << 2) | 0
                a = e116(x, a)
                s = 12
            elif 'AdditionalSelectedServices' in v:
                x = v['AdditionalSelectedServices']
                c += 1
                a = (a << 2) | 1
                a = e118(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if 'AdditionalSelectedServices' in v:
                x = v['AdditionalSelectedServices']
                c += 1
                a = (a << 2) | 0
                a = e118(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d109(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e109(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 160)
    return a << 1


def d110(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e110(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 3)
    return a << 1


def d111(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 169)
                if 'TaxRule' in o:
                    o['TaxRule'].append(x)
                else:
                    o['TaxRule'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e111(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('TaxRule')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e112(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d112(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TaxRuleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 162)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TaxRuleName'] = x
                s = 2
            elif c == 1:
                x, p = d71(r, V, N, p, 163)
                o['TaxRate'] = x
                s = 3
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 163)
                o['TaxRate'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['TaxIncludedInPrice'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['AppliesToEnergyFee'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['AppliesToEnergyFee'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['AppliesToParkingFee'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['AppliesToOverstayFee'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['AppliesMinimumMaximumCost'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e112(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TaxRuleID' in v:
                x = v['TaxRuleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'TaxRuleName' in v:
                x = v['TaxRuleName']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 80)
                a <<= 1
                s = 2
            elif 'TaxRate' in v:
                x = v['TaxRate']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 3
            else:
                raise Bad
        if s == 2:
            if 'TaxRate' in v:
                x = v['TaxRate']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'TaxIncludedInPrice' in v:
                x = v['TaxIncludedInPrice']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 4
            elif 'AppliesToEnergyFee' in v:
                x = v['AppliesToEnergyFee']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'AppliesToEnergyFee' in v:
                x = v['AppliesToEnergyFee']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'AppliesToParkingFee' in v:
                x = v['AppliesToParkingFee']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'AppliesToOverstayFee' in v:
                x = v['AppliesToOverstayFee']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'AppliesMinimumMaximumCost' in v:
                x = v['AppliesMinimumMaximumCost']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            else:
                raise Bad
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d114(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Duration'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d115(r, V, N, p, 174)
                if 'PriceRule' in o:
                    o['PriceRule'].append(x)
                else:
                    o['PriceRule'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e114(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('PriceRule')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Duration' in v:
                x = v['Duration']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e115(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e115(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d115(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 147)
                o['EnergyFee'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d71(r, V, N, p, 170)
                o['ParkingFee'] = x
                s = 2
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ParkingFeePeriod'] = x
                s = 3
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['CarbonDioxideEmission'] = x
                s = 4
            elif c == 3:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['RenewableGenerationPercentage'] = x
                s = 5
            elif c == 4:
                x, p = d71(r, V, N, p, 148)
                o['PowerRangeStart'] = x
                s = 6
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ParkingFeePeriod'] = x
                s = 3
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['CarbonDioxideEmission'] = x
                s = 4
            elif c == 2:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['RenewableGenerationPercentage'] = x
                s = 5
            elif c == 3:
                x, p = d71(r, V, N, p, 148)
                o['PowerRangeStart'] = x
                s = 6
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['CarbonDioxideEmission'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['RenewableGenerationPercentage'] = x
                s = 5
            elif c == 2:
                x, p = d71(r, V, N, p, 148)
                o['PowerRangeStart'] = x
                s = 6
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['RenewableGenerationPercentage'] = x
                s = 5
            elif c == 1:
                x, p = d71(r, V, N, p, 148)
                o['PowerRangeStart'] = x
                s = 6
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 148)
                o['PowerRangeStart'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e115(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EnergyFee' in v:
                x = v['EnergyFee']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ParkingFee' in v:
                x = v['ParkingFee']
                c += 1
                a = (a << 3) | 0
                a = e71(x, a)
                s = 2
            elif 'ParkingFeePeriod' in v:
                x = v['ParkingFeePeriod']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            elif 'CarbonDioxideEmission' in v:
                x = v['CarbonDioxideEmission']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            elif 'RenewableGenerationPercentage' in v:
                x = v['RenewableGenerationPercentage']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 5
            elif 'PowerRangeStart' in v:
                x = v['PowerRangeStart']
                c += 1
                a = (a << 3) | 4
                a = e71(x, a)
                s = 6
            else:
                raise Bad
        if s == 2:
            if 'ParkingFeePeriod' in v:
                x = v['ParkingFeePeriod']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            elif 'CarbonDioxideEmission' in v:
                x = v['CarbonDioxideEmission']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            elif 'RenewableGenerationPercentage' in v:
                x = v['RenewableGenerationPercentage']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 5
            elif 'PowerRangeStart' in v:
                x = v['PowerRangeStart']
                c += 1
                a = (a << 3) | 3
                a = e71(x, a)
                s = 6
            else:
                raise Bad
        if s == 3:
            if 'CarbonDioxideEmission' in v:
                x = v['CarbonDioxideEmission']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            elif 'RenewableGenerationPercentage' in v:
                x = v['RenewableGenerationPercentage']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 5
            elif 'PowerRangeStart' in v:
                x = v['PowerRangeStart']
                c += 1
                a = (a << 2) | 2
                a = e71(x, a)
                s = 6
            else:
                raise Bad
        if s == 4:
            if 'RenewableGenerationPercentage' in v:
                x = v['RenewableGenerationPercentage']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 5
            elif 'PowerRangeStart' in v:
                x = v['PowerRangeStart']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 6
            else:
                raise Bad
        if s == 5:
            if 'PowerRangeStart' in v:
                x = v['PowerRangeStart']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d116(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['OverstayTimeThreshold'] = x
                s = 1
            elif c == 1:
                x, p = d71(r, V, N, p, 181)
                o['OverstayPowerThreshold'] = x
                s = 2
            elif c == 2:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 3
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 181)
                o['OverstayPowerThreshold'] = x
                s = 2
            elif c == 1:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 3
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d117(r, V, N, p, 182)
                if 'OverstayRule' in o:
                    o['OverstayRule'].append(x)
                else:
                    o['OverstayRule'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e116(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('OverstayRule')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'OverstayTimeThreshold' in v:
                x = v['OverstayTimeThreshold']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            elif 'OverstayPowerThreshold' in v:
                x = v['OverstayPowerThreshold']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 2
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 2
                a = e117(x, a)
                s = 3
            else:
                raise Bad
        if s == 1:
            if 'OverstayPowerThreshold' in v:
                x = v['OverstayPowerThreshold']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 2
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e117(x, a)
                s = 3
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e117(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e117(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e117(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e117(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e117(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d117(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 176)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['OverstayRuleDescription'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['StartTime'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['StartTime'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 178)
                o['OverstayFee'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['OverstayFeePeriod'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e117(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'OverstayRuleDescription' in v:
                x = v['OverstayRuleDescription']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 160)
                a <<= 1
                s = 1
            elif 'StartTime' in v:
                x = v['StartTime']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'StartTime' in v:
                x = v['StartTime']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'OverstayFee' in v:
                x = v['OverstayFee']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'OverstayFeePeriod' in v:
                x = v['OverstayFeePeriod']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d118(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d119(r, V, N, p, 185)
                if 'AdditionalService' in o:
                    o['AdditionalService'].append(x)
                else:
                    o['AdditionalService'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d119(r, V, N, p, 185)
                if 'AdditionalService' in o:
                    o['AdditionalService'].append(x)
                else:
                    o['AdditionalService'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d119(r, V, N, p, 185)
                if 'AdditionalService' in o:
                    o['AdditionalService'].append(x)
                else:
                    o['AdditionalService'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d119(r, V, N, p, 185)
                if 'AdditionalService' in o:
                    o['AdditionalService'].append(x)
                else:
                    o['AdditionalService'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d119(r, V, N, p, 185)
                if 'AdditionalService' in o:
                    o['AdditionalService'].append(x)
                else:
                    o['AdditionalService'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e118(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('AdditionalService')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e119(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e119(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e119(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e119(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e119(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d119(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 183)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceName'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d71(r, V, N, p, 184)
                o['ServiceFee'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e119(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ServiceName' in v:
                x = v['ServiceName']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 80)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ServiceFee' in v:
                x = v['ServiceFee']
                c += 1
                a = (a << 1) | 0
                a = e71(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d120(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['Id'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PriceScheduleID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 187)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PriceScheduleDescription'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['NumberOfPriceLevels'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['NumberOfPriceLevels'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 121, 198, p)
                o['PriceLevelScheduleEntries'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e120(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'PriceScheduleID' in v:
                x = v['PriceScheduleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'PriceScheduleDescription' in v:
                x = v['PriceScheduleDescription']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 160)
                a <<= 1
                s = 4
            elif 'NumberOfPriceLevels' in v:
                x = v['NumberOfPriceLevels']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'NumberOfPriceLevels' in v:
                x = v['NumberOfPriceLevels']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'PriceLevelScheduleEntries' in v:
                x = v['PriceLevelScheduleEntries']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 121, 198, x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d122(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Duration'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['PriceLevel'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e122(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Duration' in v:
                x = v['Duration']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PriceLevel' in v:
                x = v['PriceLevel']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d123(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d124(r, V, N, p, 209)
                if 'ScheduleTuple' in o:
                    o['ScheduleTuple'].append(x)
                else:
                    o['ScheduleTuple'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d124(r, V, N, p, 209)
                if 'ScheduleTuple' in o:
                    o['ScheduleTuple'].append(x)
                else:
                    o['ScheduleTuple'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d124(r, V, N, p, 209)
                if 'ScheduleTuple' in o:
                    o['ScheduleTuple'].append(x)
                else:
                    o['ScheduleTuple'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e123(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('ScheduleTuple')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e124(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e124(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e124(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d124(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ScheduleTupleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d125(r, V, N, p, 207)
                o['ChargingSchedule'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d125(r, V, N, p, 208)
                o['DischargingSchedule'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e124(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ScheduleTupleID' in v:
                x = v['ScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ChargingSchedule' in v:
                x = v['ChargingSchedule']
                c += 1
                a = (a << 1) | 0
                a = e125(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'DischargingSchedule' in v:
                x = v['DischargingSchedule']
                c += 1
                a = (a << 2) | 0
                a = e125(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d125(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d126(r, V, N, p, 205)
                o['PowerSchedule'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d108(r, V, N, p, 199)
                o['AbsolutePriceSchedule'] = x
                s = 2
            elif c == 1:
                x, p = d120(r, V, N, p, 200)
                o['PriceLevelSchedule'] = x
                s = 3
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e125(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'PowerSchedule' in v:
                x = v['PowerSchedule']
                c += 1
                a = (a << 1) | 0
                a = e126(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AbsolutePriceSchedule' in v:
                x = v['AbsolutePriceSchedule']
                c += 1
                a = (a << 2) | 0
                a = e108(x, a)
                s = 2
            elif 'PriceLevelSchedule' in v:
                x = v['PriceLevelSchedule']
                c += 1
                a = (a << 2) | 1
                a = e120(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d126(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TimeAnchor'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 202)
                o['AvailableEnergy'] = x
                s = 2
            elif c == 1:
                x, p = d71(r, V, N, p, 203)
                o['PowerTolerance'] = x
                s = 3
            elif c == 2:
                x, p = interp_d(r, 127, 204, p)
                o['PowerScheduleEntries'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 203)
                o['PowerTolerance'] = x
                s = 3
            elif c == 1:
                x, p = interp_d(r, 127, 204, p)
                o['PowerScheduleEntries'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 127, 204, p)
                o['PowerScheduleEntries'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e126(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TimeAnchor' in v:
                x = v['TimeAnchor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AvailableEnergy' in v:
                x = v['AvailableEnergy']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 2
            elif 'PowerTolerance' in v:
                x = v['PowerTolerance']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 3
            elif 'PowerScheduleEntries' in v:
                x = v['PowerScheduleEntries']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 127, 204, x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'PowerTolerance' in v:
                x = v['PowerTolerance']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 3
            elif 'PowerScheduleEntries' in v:
                x = v['PowerScheduleEntries']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 127, 204, x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'PowerScheduleEntries' in v:
                x = v['PowerScheduleEntries']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 127, 204, x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d128(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceID'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e128(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ServiceID' in v:
                x = v['ServiceID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d129(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e129(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d130(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d131(r, V, N, p, 226)
                o['ServiceParameterList'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e130(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ServiceID' in v:
                x = v['ServiceID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ServiceParameterList' in v:
                x = v['ServiceParameterList']
                c += 1
                a = (a << 1) | 0
                a = e131(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d131(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 23
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 23:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 24
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 24:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 25
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 25:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 26
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 26:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 27
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 27:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 28
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 28:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 29
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 29:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 30
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 30:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 31
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 31:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 225)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 32
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 32:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e131(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('ParameterSet')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e132(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 17
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 18
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 19
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 20
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 20:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 21:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 22
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 22:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 23
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 23:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 24
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 24:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 25
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 25:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 26
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 26:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 27
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 27:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 28
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 28:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 29
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 29:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 30
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 30:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 31
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 31:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e132(x, a)
                s = 32
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 32:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d132(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ParameterSetID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 23
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 23:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 24
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 24:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 25
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 25:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 26
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 26:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 27
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 27:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 28
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 28:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 29
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 29:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 30
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 30:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 31
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 31:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 32
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 32:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d133(r, V, N, p, 224)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 33
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 33:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e132(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Parameter')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'ParameterSetID' in v:
                x = v['ParameterSetID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e133(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 17
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 18
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 19
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 20
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 20:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 21:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 22
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 22:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 23
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 23:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 24
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 24:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 25
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 25:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 26
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 26:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 27
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 27:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 28
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 28:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 29
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 29:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 30
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 30:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 31
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 31:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 32
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 32:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e133(x, a)
                s = 33
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 33:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d133(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 216)
                o['Name'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['boolValue'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x = (x >> 1) + -128
                o['byteValue'] = x
                s = 3
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['shortValue'] = x
                s = 4
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['intValue'] = x
                s = 5
            elif c == 4:
                x, p = d71(r, V, N, p, 221)
                o['rationalNumber'] = x
                s = 6
            elif c == 5:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 222)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['finiteString'] = x
                s = 7
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e133(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Name' in v:
                x = v['Name']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, 80)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'boolValue' in v:
                x = v['boolValue']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 2
            elif 'byteValue' in v:
                x = v['byteValue']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not -128 <= x <= 127:
                    raise Bad
                a = (a << 8) | (x - -128)
                a <<= 1
                s = 3
            elif 'shortValue' in v:
                x = v['shortValue']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 4
            elif 'intValue' in v:
                x = v['intValue']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or x < -2147483648 or x > 2147483647:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 5
            elif 'rationalNumber' in v:
                x = v['rationalNumber']
                c += 1
                a = (a << 3) | 4
                a = e71(x, a)
                s = 6
            elif 'finiteString' in v:
                x = v['finiteString']
                c += 1
                a = (a << 3) | 5
                a <<= 1
                a = str_w(a, x, 80)
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d134(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 9)) & 511
    p += 9
    if x & 128:
        x2, p = uint_more(V, N, p, x & 255)
        x = -x2 - 1 if x & 256 else x2
    elif x & 256:
        x = -(x & 127) - 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e134(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < -2147483648 or x > 2147483647:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d135(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d136(r, V, N, p, 228)
                o['SupportedServiceIDs'] = x
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e135(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SupportedServiceIDs' in v:
                x = v['SupportedServiceIDs']
                c += 1
                a = (a << 2) | 0
                a = e136(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d136(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ServiceID' in o:
                    o['ServiceID'].append(x)
                else:
                    o['ServiceID'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e136(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('ServiceID')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 16:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d137(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ServiceRenegotiationSupported'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d138(r, V, N, p, 233)
                o['EnergyTransferServiceList'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d138(r, V, N, p, 234)
                o['VASList'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e137(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ServiceRenegotiationSupported' in v:
                x = v['ServiceRenegotiationSupported']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EnergyTransferServiceList' in v:
                x = v['EnergyTransferServiceList']
                c += 1
                a = (a << 1) | 0
                a = e138(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'VASList' in v:
                x = v['VASList']
                c += 1
                a = (a << 2) | 0
                a = e138(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d138(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d139(r, V, N, p, 231)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e138(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Service')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e139(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e139(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d139(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['FreeService'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e139(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ServiceID' in v:
                x = v['ServiceID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'FreeService' in v:
                x = v['FreeService']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d140(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d141(r, V, N, p, 237)
                o['SelectedEnergyTransferService'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d142(r, V, N, p, 238)
                o['SelectedVASList'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e140(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SelectedEnergyTransferService' in v:
                x = v['SelectedEnergyTransferService']
                c += 1
                a = (a << 1) | 0
                a = e141(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SelectedVASList' in v:
                x = v['SelectedVASList']
                c += 1
                a = (a << 2) | 0
                a = e142(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d141(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ParameterSetID'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e141(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ServiceID' in v:
                x = v['ServiceID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ParameterSetID' in v:
                x = v['ParameterSetID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 65535:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d142(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d141(r, V, N, p, 236)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e142(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('SelectedService')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e141(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e141(x, a)
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 16:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d143(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e143(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d144(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 241)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVCCID'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e144(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVCCID' in v:
                x = v['EVCCID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d145(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 243)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e145(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d146(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T35[x >> 1]
                o['ChargingSession'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 246)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVTerminationCode'] = x
                s = 3
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 247)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVTerminationExplanation'] = x
                s = 4
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 247)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVTerminationExplanation'] = x
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e146(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ChargingSession' in v:
                x = v['ChargingSession']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M35[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVTerminationCode' in v:
                x = v['EVTerminationCode']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 80)
                a <<= 1
                s = 3
            elif 'EVTerminationExplanation' in v:
                x = v['EVTerminationExplanation']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = str_w(a, x, 160)
                a <<= 1
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 3:
            if 'EVTerminationExplanation' in v:
                x = v['EVTerminationExplanation']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 160)
                a <<= 1
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d147(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T35[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e147(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M35[x]
    return a << 1


def d148(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e148(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d149(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 4)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 150, 251, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 150, 251, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 150, 251, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 150, 251, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e149(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('SignatureProperty')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 150, 251, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = interp_e(G, 150, 251, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 150, 251, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 150, 251, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d151(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T36[x >> 1]
                o['EVCheckInStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T37[x >> 1]
                o['ParkingMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['VehicleFrame'] = x
                s = 4
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DeviceOffset'] = x
                s = 5
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['VehicleTravel'] = x
                s = 6
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DeviceOffset'] = x
                s = 5
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['VehicleTravel'] = x
                s = 6
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['VehicleTravel'] = x
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e151(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVCheckInStatus' in v:
                x = v['EVCheckInStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M36[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ParkingMethod' in v:
                x = v['ParkingMethod']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M37[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'VehicleFrame' in v:
                x = v['VehicleFrame']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 4
            elif 'DeviceOffset' in v:
                x = v['DeviceOffset']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 5
            elif 'VehicleTravel' in v:
                x = v['VehicleTravel']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 4:
            if 'DeviceOffset' in v:
                x = v['DeviceOffset']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 5
            elif 'VehicleTravel' in v:
                x = v['VehicleTravel']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 5:
            if 'VehicleTravel' in v:
                x = v['VehicleTravel']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d152(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T36[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e152(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M36[x]
    return a << 1


def d153(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T37[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e153(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M37[x]
    return a << 1


def d154(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ParkingSpace'] = x
                s = 3
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DeviceLocation'] = x
                s = 4
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TargetDistance'] = x
                s = 5
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DeviceLocation'] = x
                s = 4
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TargetDistance'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['TargetDistance'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e154(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ParkingSpace' in v:
                x = v['ParkingSpace']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 3
            elif 'DeviceLocation' in v:
                x = v['DeviceLocation']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 4
            elif 'TargetDistance' in v:
                x = v['TargetDistance']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 3:
            if 'DeviceLocation' in v:
                x = v['DeviceLocation']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 4
            elif 'TargetDistance' in v:
                x = v['TargetDistance']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 'TargetDistance' in v:
                x = v['TargetDistance']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d155(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T38[x >> 1]
                o['EVCheckOutStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['CheckOutTime'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e155(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVCheckOutStatus' in v:
                x = v['EVCheckOutStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M38[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'CheckOutTime' in v:
                x = v['CheckOutTime']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 18446744073709551615:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d156(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T38[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e156(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M38[x]
    return a << 1


def d157(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 55)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x & 129:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T39[x >> 1]
                o['EVSECheckOutStatus'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e157(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSECheckOutStatus' in v:
                x = v['EVSECheckOutStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M39[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d158(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T39[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e158(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M39[x]
    return a << 1


def d159(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['PresentSOC'] = x
                s = 1
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MinimumSOC'] = x
                s = 2
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 3:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MaximumSOC'] = x
                s = 4
            elif c == 4:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMinimumSOC'] = x
                s = 5
            elif c == 5:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToTargetSOC'] = x
                s = 6
            elif c == 6:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 7:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 8:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 9:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 10:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MinimumSOC'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MaximumSOC'] = x
                s = 4
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMinimumSOC'] = x
                s = 5
            elif c == 4:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToTargetSOC'] = x
                s = 6
            elif c == 5:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 6:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 7:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 8:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 9:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['TargetSOC'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MaximumSOC'] = x
                s = 4
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMinimumSOC'] = x
                s = 5
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToTargetSOC'] = x
                s = 6
            elif c == 4:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 5:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 6:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 7:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['MaximumSOC'] = x
                s = 4
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMinimumSOC'] = x
                s = 5
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToTargetSOC'] = x
                s = 6
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 4:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 5:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 6:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMinimumSOC'] = x
                s = 5
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToTargetSOC'] = x
                s = 6
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 3:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 4:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 5:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToTargetSOC'] = x
                s = 6
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 2:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 3:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 4:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['RemainingTimeToMaximumSOC'] = x
                s = 7
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 2:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 3:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 8
            elif c == 1:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 2:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d71(r, V, N, p, 276)
                o['BatteryEnergyCapacity'] = x
                s = 9
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['InletHot'] = x
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e159(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'PresentSOC' in v:
                x = v['PresentSOC']
                c += 1
                a = (a << 4) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 1
            elif 'MinimumSOC' in v:
                x = v['MinimumSOC']
                c += 1
                a = (a << 4) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 2
            elif 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 4) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'MaximumSOC' in v:
                x = v['MaximumSOC']
                c += 1
                a = (a << 4) | 3
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 4
            elif 'RemainingTimeToMinimumSOC' in v:
                x = v['RemainingTimeToMinimumSOC']
                c += 1
                a = (a << 4) | 4
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'RemainingTimeToTargetSOC' in v:
                x = v['RemainingTimeToTargetSOC']
                c += 1
                a = (a << 4) | 5
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            elif 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 4) | 6
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 4) | 7
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 4) | 8
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 4) | 9
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 10
        if s == 1:
            if 'MinimumSOC' in v:
                x = v['MinimumSOC']
                c += 1
                a = (a << 4) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 2
            elif 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 4) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'MaximumSOC' in v:
                x = v['MaximumSOC']
                c += 1
                a = (a << 4) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 4
            elif 'RemainingTimeToMinimumSOC' in v:
                x = v['RemainingTimeToMinimumSOC']
                c += 1
                a = (a << 4) | 3
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'RemainingTimeToTargetSOC' in v:
                x = v['RemainingTimeToTargetSOC']
                c += 1
                a = (a << 4) | 4
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            elif 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 4) | 5
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 4) | 6
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 4) | 7
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 4) | 8
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 9
        if s == 2:
            if 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 4) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            elif 'MaximumSOC' in v:
                x = v['MaximumSOC']
                c += 1
                a = (a << 4) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 4
            elif 'RemainingTimeToMinimumSOC' in v:
                x = v['RemainingTimeToMinimumSOC']
                c += 1
                a = (a << 4) | 2
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'RemainingTimeToTargetSOC' in v:
                x = v['RemainingTimeToTargetSOC']
                c += 1
                a = (a << 4) | 3
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            elif 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 4) | 4
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 4) | 5
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 4) | 6
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 4) | 7
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 3:
            if 'MaximumSOC' in v:
                x = v['MaximumSOC']
                c += 1
                a = (a << 4) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 4
            elif 'RemainingTimeToMinimumSOC' in v:
                x = v['RemainingTimeToMinimumSOC']
                c += 1
                a = (a << 4) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'RemainingTimeToTargetSOC' in v:
                x = v['RemainingTimeToTargetSOC']
                c += 1
                a = (a << 4) | 2
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            elif 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 4) | 3
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 4) | 4
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 4) | 5
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 4) | 6
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 4:
            if 'RemainingTimeToMinimumSOC' in v:
                x = v['RemainingTimeToMinimumSOC']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 5
            elif 'RemainingTimeToTargetSOC' in v:
                x = v['RemainingTimeToTargetSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            elif 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 3) | 4
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 3) | 5
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 5:
            if 'RemainingTimeToTargetSOC' in v:
                x = v['RemainingTimeToTargetSOC']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 6
            elif 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 3) | 3
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 3) | 4
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 6:
            if 'RemainingTimeToMaximumSOC' in v:
                x = v['RemainingTimeToMaximumSOC']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 7
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 3) | 2
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 7:
            if 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            elif 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 3) | 1
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 8:
            if 'BatteryEnergyCapacity' in v:
                x = v['BatteryEnergyCapacity']
                c += 1
                a = (a << 2) | 0
                a = e71(x, a)
                s = 9
            elif 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 9:
            if 'InletHot' in v:
                x = v['InletHot']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 8: d8, 9: d9, 10: d10, 12: d12, 14: d14, 15: d15, 18: d18, 19: d19, 20: d20, 21: d21, 23: d23, 24: d24, 25: d25, 29: d29, 30: d30, 31: d31, 32: d32, 33: d33, 34: d34, 35: d35, 36: d36, 37: d37, 38: d38, 39: d39, 40: d40, 41: d41, 42: d42, 43: d43, 45: d45, 46: d46, 47: d47, 48: d48, 49: d49, 50: d50, 51: d51, 52: d52, 53: d53, 54: d54, 55: d55, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63, 64: d64, 65: d65, 66: d66, 67: d67, 68: d68, 69: d69, 70: d70, 71: d71, 72: d72, 73: d73, 74: d74, 75: d75, 76: d76, 77: d77, 78: d78, 79: d79, 80: d80, 81: d81, 82: d82, 83: d83, 85: d85, 86: d86, 87: d87, 88: d88, 89: d89, 90: d90, 91: d91, 92: d92, 93: d93, 94: d94, 95: d95, 96: d96, 97: d97, 98: d98, 100: d100, 101: d101, 102: d102, 104: d104, 105: d105, 106: d106, 107: d107, 108: d108, 109: d109, 110: d110, 111: d111, 112: d112, 114: d114, 115: d115, 116: d116, 117: d117, 118: d118, 119: d119, 120: d120, 122: d122, 123: d123, 124: d124, 125: d125, 126: d126, 128: d128, 129: d129, 130: d130, 131: d131, 132: d132, 133: d133, 134: d134, 135: d135, 136: d136, 137: d137, 138: d138, 139: d139, 140: d140, 141: d141, 142: d142, 143: d143, 144: d144, 145: d145, 146: d146, 147: d147, 148: d148, 149: d149, 151: d151, 152: d152, 153: d153, 154: d154, 155: d155, 156: d156, 157: d157, 158: d158, 159: d159}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 8: e8, 9: e9, 10: e10, 12: e12, 14: e14, 15: e15, 18: e18, 19: e19, 20: e20, 21: e21, 23: e23, 24: e24, 25: e25, 29: e29, 30: e30, 31: e31, 32: e32, 33: e33, 34: e34, 35: e35, 36: e36, 37: e37, 38: e38, 39: e39, 40: e40, 41: e41, 42: e42, 43: e43, 45: e45, 46: e46, 47: e47, 48: e48, 49: e49, 50: e50, 51: e51, 52: e52, 53: e53, 54: e54, 55: e55, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63, 64: e64, 65: e65, 66: e66, 67: e67, 68: e68, 69: e69, 70: e70, 71: e71, 72: e72, 73: e73, 74: e74, 75: e75, 76: e76, 77: e77, 78: e78, 79: e79, 80: e80, 81: e81, 82: e82, 83: e83, 85: e85, 86: e86, 87: e87, 88: e88, 89: e89, 90: e90, 91: e91, 92: e92, 93: e93, 94: e94, 95: e95, 96: e96, 97: e97, 98: e98, 100: e100, 101: e101, 102: e102, 104: e104, 105: e105, 106: e106, 107: e107, 108: e108, 109: e109, 110: e110, 111: e111, 112: e112, 114: e114, 115: e115, 116: e116, 117: e117, 118: e118, 119: e119, 120: e120, 122: e122, 123: e123, 124: e124, 125: e125, 126: e126, 128: e128, 129: e129, 130: e130, 131: e131, 132: e132, 133: e133, 134: e134, 135: e135, 136: e136, 137: e137, 138: e138, 139: e139, 140: e140, 141: e141, 142: e142, 143: e143, 144: e144, 145: e145, 146: e146, 147: e147, 148: e148, 149: e149, 151: e151, 152: e152, 153: e153, 154: e154, 155: e155, 156: e156, 157: e157, 158: e158, 159: e159}
