# generated — do not edit. EXI grammars for 'iso2' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   d097cf93d3b78a5181497cc6bf544d30e6d9d15f6197482075b462025b041ab0  iso15118_2/V2G_CI_MsgBody.xsd
#   2a3bd22a87401714035cbaf287f3f76111b5d29e0c04b9ef32183b6354c50ae8  iso15118_2/V2G_CI_MsgDataTypes.xsd
#   c2e29535e32cf2513f18ab254ba505d0d45e14bc043f146d7f8e525951dd042b  iso15118_2/V2G_CI_MsgDef.xsd
#   483ecaeebd0b08e54785873dc24d3d949939250f6d4303325a9400509eb5dbf3  iso15118_2/V2G_CI_MsgHeader.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('urn:iso:15118:2:2013:MsgDataTypes', 'Multiplier'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Unit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Value'), ('urn:iso:15118:2:2013:MsgDataTypes', 'DepartureTime'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EAmount'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVMaxVoltage'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVMaxCurrent'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVMinCurrent'), ('urn:iso:15118:2:2013:MsgDataTypes', 'AC_EVChargeParameter'), ('urn:iso:15118:2:2013:MsgDataTypes', 'NotificationMaxDelay'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSENotification'), ('urn:iso:15118:2:2013:MsgDataTypes', 'RCD'), ('urn:iso:15118:2:2013:MsgDataTypes', 'AC_EVSEStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSENominalVoltage'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEMaxCurrent'), ('urn:iso:15118:2:2013:MsgDataTypes', 'AC_EVSEChargeParameter'), ('urn:iso:15118:2:2013:MsgBody', 'Id'), ('urn:iso:15118:2:2013:MsgBody', 'GenChallenge'), ('urn:iso:15118:2:2013:MsgBody', 'AuthorizationReq'), ('urn:iso:15118:2:2013:MsgBody', 'ResponseCode'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEProcessing'), ('urn:iso:15118:2:2013:MsgBody', 'AuthorizationRes'), ('urn:iso:15118:2:2013:MsgBody', 'BodyElement'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVReady'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVErrorCode'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVRESSSOC'), ('urn:iso:15118:2:2013:MsgBody', 'DC_EVStatus'), ('urn:iso:15118:2:2013:MsgBody', 'CableCheckReq'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEIsolationStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEStatusCode'), ('urn:iso:15118:2:2013:MsgBody', 'DC_EVSEStatus'), ('urn:iso:15118:2:2013:MsgBody', 'CableCheckRes'), ('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('urn:iso:15118:2:2013:MsgDataTypes', 'RootCertificateID'), ('urn:iso:15118:2:2013:MsgBody', 'OEMProvisioningCert'), ('urn:iso:15118:2:2013:MsgBody', 'ListOfRootCertificateIDs'), ('urn:iso:15118:2:2013:MsgBody', 'CertificateInstallationReq'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Certificate'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Id'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SubCertificates'), ('urn:iso:15118:2:2013:MsgBody', 'SAProvisioningCertificateChain'), ('urn:iso:15118:2:2013:MsgBody', 'ContractSignatureCertChain'), ('urn:iso:15118:2:2013:MsgBody', 'ContractSignatureEncryptedPrivateKey'), ('urn:iso:15118:2:2013:MsgBody', 'DHpublickey'), ('urn:iso:15118:2:2013:MsgBody', 'eMAID'), ('urn:iso:15118:2:2013:MsgBody', 'CertificateInstallationRes'), ('urn:iso:15118:2:2013:MsgBody', 'CertificateUpdateReq'), ('urn:iso:15118:2:2013:MsgBody', 'RetryCounter'), ('urn:iso:15118:2:2013:MsgBody', 'CertificateUpdateRes'), ('urn:iso:15118:2:2013:MsgDataTypes', 'DC_EVStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVMaximumCurrentLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVMaximumPowerLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVMaximumVoltageLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVEnergyCapacity'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVEnergyRequest'), ('urn:iso:15118:2:2013:MsgDataTypes', 'FullSOC'), ('urn:iso:15118:2:2013:MsgDataTypes', 'BulkSOC'), ('urn:iso:15118:2:2013:MsgBody', 'MaxEntriesSAScheduleTuple'), ('urn:iso:15118:2:2013:MsgBody', 'RequestedEnergyTransferMode'), ('urn:iso:15118:2:2013:MsgDataTypes', 'DC_EVChargeParameter'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVChargeParameter'), ('urn:iso:15118:2:2013:MsgBody', 'ChargeParameterDiscoveryReq'), ('urn:iso:15118:2:2013:MsgDataTypes', 'start'), ('urn:iso:15118:2:2013:MsgDataTypes', 'duration'), ('urn:iso:15118:2:2013:MsgDataTypes', 'RelativeTimeInterval'), ('urn:iso:15118:2:2013:MsgDataTypes', 'TimeInterval'), ('urn:iso:15118:2:2013:MsgDataTypes', 'PMax'), ('urn:iso:15118:2:2013:MsgDataTypes', 'PMaxScheduleEntry'), ('urn:iso:15118:2:2013:MsgDataTypes', 'costKind'), ('urn:iso:15118:2:2013:MsgDataTypes', 'amount'), ('urn:iso:15118:2:2013:MsgDataTypes', 'amountMultiplier'), ('urn:iso:15118:2:2013:MsgDataTypes', 'startValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Cost'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EPriceLevel'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ConsumptionCost'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SalesTariffID'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SalesTariffDescription'), ('urn:iso:15118:2:2013:MsgDataTypes', 'NumEPriceLevels'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SalesTariffEntry'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SAScheduleTupleID'), ('urn:iso:15118:2:2013:MsgDataTypes', 'PMaxSchedule'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SalesTariff'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SAScheduleTuple'), ('urn:iso:15118:2:2013:MsgDataTypes', 'DC_EVSEStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEMaximumCurrentLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEMaximumPowerLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEMaximumVoltageLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEMinimumCurrentLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEMinimumVoltageLimit'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSECurrentRegulationTolerance'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEPeakCurrentRipple'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEEnergyToBeDelivered'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SAScheduleList'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SASchedules'), ('urn:iso:15118:2:2013:MsgDataTypes', 'DC_EVSEChargeParameter'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEChargeParameter'), ('urn:iso:15118:2:2013:MsgBody', 'ChargeParameterDiscoveryRes'), ('urn:iso:15118:2:2013:MsgBody', 'ChargingStatusReq'), ('urn:iso:15118:2:2013:MsgDataTypes', 'MeterID'), ('urn:iso:15118:2:2013:MsgDataTypes', 'MeterReading'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SigMeterReading'), ('urn:iso:15118:2:2013:MsgDataTypes', 'MeterStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'TMeter'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEID'), ('urn:iso:15118:2:2013:MsgBody', 'SAScheduleTupleID'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEMaxCurrent'), ('urn:iso:15118:2:2013:MsgBody', 'MeterInfo'), ('urn:iso:15118:2:2013:MsgBody', 'ReceiptRequired'), ('urn:iso:15118:2:2013:MsgBody', 'AC_EVSEStatus'), ('urn:iso:15118:2:2013:MsgBody', 'ChargingStatusRes'), ('urn:iso:15118:2:2013:MsgBody', 'EVTargetCurrent'), ('urn:iso:15118:2:2013:MsgBody', 'EVMaximumVoltageLimit'), ('urn:iso:15118:2:2013:MsgBody', 'EVMaximumCurrentLimit'), ('urn:iso:15118:2:2013:MsgBody', 'EVMaximumPowerLimit'), ('urn:iso:15118:2:2013:MsgBody', 'BulkChargingComplete'), ('urn:iso:15118:2:2013:MsgBody', 'ChargingComplete'), ('urn:iso:15118:2:2013:MsgBody', 'RemainingTimeToFullSoC'), ('urn:iso:15118:2:2013:MsgBody', 'RemainingTimeToBulkSoC'), ('urn:iso:15118:2:2013:MsgBody', 'EVTargetVoltage'), ('urn:iso:15118:2:2013:MsgBody', 'CurrentDemandReq'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEPresentVoltage'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEPresentCurrent'), ('urn:iso:15118:2:2013:MsgBody', 'EVSECurrentLimitAchieved'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEVoltageLimitAchieved'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEPowerLimitAchieved'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEMaximumVoltageLimit'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEMaximumCurrentLimit'), ('urn:iso:15118:2:2013:MsgBody', 'EVSEMaximumPowerLimit'), ('urn:iso:15118:2:2013:MsgBody', 'CurrentDemandRes'), ('urn:iso:15118:2:2013:MsgDataTypes', 'BulkChargingComplete'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ChargingComplete'), ('urn:iso:15118:2:2013:MsgDataTypes', 'DC_EVPowerDeliveryParameter'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVPowerDeliveryParameter'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVSEStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EVStatus'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Entry'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('', 'Id'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('urn:iso:15118:2:2013:MsgBody', 'SessionID'), ('urn:iso:15118:2:2013:MsgBody', 'MeteringReceiptReq'), ('urn:iso:15118:2:2013:MsgBody', 'MeteringReceiptRes'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('urn:iso:15118:2:2013:MsgBody', 'PaymentDetailsReq'), ('urn:iso:15118:2:2013:MsgBody', 'EVSETimeStamp'), ('urn:iso:15118:2:2013:MsgBody', 'PaymentDetailsRes'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ServiceID'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ParameterSetID'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SelectedService'), ('urn:iso:15118:2:2013:MsgBody', 'SelectedPaymentOption'), ('urn:iso:15118:2:2013:MsgBody', 'SelectedServiceList'), ('urn:iso:15118:2:2013:MsgBody', 'PaymentServiceSelectionReq'), ('urn:iso:15118:2:2013:MsgBody', 'PaymentServiceSelectionRes'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ChargingProfileEntryStart'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ChargingProfileEntryMaxPower'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ChargingProfileEntryMaxNumberOfPhasesInUse'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ProfileEntry'), ('urn:iso:15118:2:2013:MsgBody', 'ChargeProgress'), ('urn:iso:15118:2:2013:MsgBody', 'ChargingProfile'), ('urn:iso:15118:2:2013:MsgBody', 'PowerDeliveryReq'), ('urn:iso:15118:2:2013:MsgBody', 'PowerDeliveryRes'), ('urn:iso:15118:2:2013:MsgBody', 'PreChargeReq'), ('urn:iso:15118:2:2013:MsgBody', 'PreChargeRes'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceID'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceDetailReq'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Name'), ('urn:iso:15118:2:2013:MsgDataTypes', 'boolValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'byteValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'shortValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'intValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'physicalValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'stringValue'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Parameter'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ParameterSet'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceParameterList'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceDetailRes'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceScope'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceCategory'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceDiscoveryReq'), ('urn:iso:15118:2:2013:MsgDataTypes', 'PaymentOption'), ('urn:iso:15118:2:2013:MsgDataTypes', 'EnergyTransferMode'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ServiceName'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ServiceCategory'), ('urn:iso:15118:2:2013:MsgDataTypes', 'ServiceScope'), ('urn:iso:15118:2:2013:MsgDataTypes', 'FreeService'), ('urn:iso:15118:2:2013:MsgDataTypes', 'SupportedEnergyTransferMode'), ('urn:iso:15118:2:2013:MsgDataTypes', 'Service'), ('urn:iso:15118:2:2013:MsgBody', 'PaymentOptionList'), ('urn:iso:15118:2:2013:MsgBody', 'ChargeService'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceList'), ('urn:iso:15118:2:2013:MsgBody', 'ServiceDiscoveryRes'), ('urn:iso:15118:2:2013:MsgBody', 'EVCCID'), ('urn:iso:15118:2:2013:MsgBody', 'SessionSetupReq'), ('urn:iso:15118:2:2013:MsgBody', 'SessionSetupRes'), ('urn:iso:15118:2:2013:MsgBody', 'ChargingSession'), ('urn:iso:15118:2:2013:MsgBody', 'SessionStopReq'), ('urn:iso:15118:2:2013:MsgBody', 'SessionStopRes'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:iso:15118:2:2013:MsgDataTypes', 'FaultCode'), ('urn:iso:15118:2:2013:MsgDataTypes', 'FaultMsg'), ('urn:iso:15118:2:2013:MsgHeader', 'SessionID'), ('urn:iso:15118:2:2013:MsgHeader', 'Notification'), ('urn:iso:15118:2:2013:MsgBody', 'WeldingDetectionReq'), ('urn:iso:15118:2:2013:MsgBody', 'WeldingDetectionRes'), ('urn:iso:15118:2:2013:MsgDef', 'Header'), ('urn:iso:15118:2:2013:MsgDef', 'Body'), ('urn:iso:15118:2:2013:MsgDef', 'V2G_Message')]
DTYPES = [(3, 0, 4294967295), (4, -3, 3), (5, ('h', 'm', 's', 'A', 'V', 'W', 'Wh'), 3, 0), (2, -32768, 32767), (3, 0, 65535), (5, ('None', 'StopCharging', 'ReNegotiation'), 2, 0), (1,), (0, None), (7, 16), (5, ('OK', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_CertificateExpiresSoon', 'FAILED', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_UnknownSession', 'FAILED_ServiceSelectionInvalid', 'FAILED_PaymentSelectionInvalid', 'FAILED_CertificateExpired', 'FAILED_SignatureError', 'FAILED_NoCertificateAvailable', 'FAILED_CertChainError', 'FAILED_ChallengeInvalid', 'FAILED_ContractCanceled', 'FAILED_WrongChargeParameter', 'FAILED_PowerDeliveryNotApplied', 'FAILED_TariffSelectionInvalid', 'FAILED_ChargingProfileInvalid', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoChargeServiceSelected', 'FAILED_WrongEnergyTransferMode', 'FAILED_ContactorError', 'FAILED_CertificateNotAllowedAtThisEVSE', 'FAILED_CertificateRevoked'), 5, 0), (5, ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction'), 2, 0), (5, ('NO_ERROR', 'FAILED_RESSTemperatureInhibit', 'FAILED_EVShiftPosition', 'FAILED_ChargerConnectorLockFault', 'FAILED_EVRESSMalfunction', 'FAILED_ChargingCurrentdifferential', 'FAILED_ChargingVoltageOutOfRange', 'Reserved_A', 'Reserved_B', 'Reserved_C', 'FAILED_ChargingSystemIncompatibility', 'NoData'), 4, 0), (4, 0, 7), (5, ('Invalid', 'Valid', 'Warning', 'Fault', 'No_IMD'), 3, 0), (5, ('EVSE_NotReady', 'EVSE_Ready', 'EVSE_Shutdown', 'EVSE_UtilityInterruptEvent', 'EVSE_IsolationMonitoringActive', 'EVSE_EmergencyShutdown', 'EVSE_Malfunction', 'Reserved_8', 'Reserved_9', 'Reserved_A', 'Reserved_B', 'Reserved_C'), 4, 0), (7, 800), (2, None, None), (7, 48), (7, 65), (0, 15), (5, ('AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core', 'DC_unique'), 3, 0), (4, 1, 8), (3, 0, 16777214), (3, 0, 86400), (0, 32), (4, 0, 8), (5, ('relativePricePercentage', 'RenewableGenerationPercentage', 'CarbonDioxideEmission'), 2, 0), (0, 37), (3, 0, 18446744073709551615), (7, 64), (2, -9223372036854775808, 9223372036854775807), (7, None), (6, 8), (5, ('Contract', 'ExternalPayment'), 1, 0), (5, ('Start', 'Stop', 'Renegotiate'), 2, 0), (4, 1, 2), (4, -128, 8), (2, -2147483648, 2147483647), (0, 64), (5, ('EVCharging', 'Internet', 'ContractCertificate', 'OtherCustom'), 2, 0), (6, 6), (5, ('Terminate', 'Pause'), 1, 0), (5, ('ParsingError', 'NoTLSRootCertificatAvailable', 'UnknownError'), 2, 0)]
ROOTS = [(8, 0), (15, 6), (12, 7), (18, 11), (21, 13), (22, 16), (27, 17), (31, 21), (33, 25), (39, 26), (48, 32), (49, 38), (51, 40), (64, 41), (99, 45), (100, 65), (112, 66), (122, 74), (131, 75), (62, 43), (134, 76), (97, 63), (86, 22), (52, 18), (142, 77), (143, 79), (144, 80), (63, 44), (145, 81), (98, 64), (146, 82), (147, 83), (148, 84), (173, 85), (166, 30), (167, 86), (175, 95), (177, 97), (178, 99), (172, 30), (181, 100), (170, 93), (70, 50), (182, 101), (184, 102), (190, 103), (191, 108), (198, 109), (199, 114), (200, 115), (201, 116), (151, 87), (174, 96), (67, 51), (168, 88), (95, 46), (96, 62), (171, 94), (81, 58), (203, 117), (214, 118), (217, 124), (229, 127), (231, 134), (232, 136), (234, 137), (235, 139), (240, 140), (237, 142), (243, 145), (242, 146), (239, 144), (238, 141), (68, 54), (153, 90), (156, 89), (252, 147), (248, 153), (249, 154), (169, 91)]
FRAGMENTS = [(8, 0), (15, 6), (111, 7), (12, 7), (18, 11), (21, 13), (251, 152), (22, 16), (117, 10), (132, 10), (59, 20), (27, 17), (31, 21), (33, 25), (40, 27), (39, 26), (48, 32), (49, 38), (51, 40), (64, 41), (99, 45), (196, 110), (227, 129), (118, 10), (133, 10), (197, 111), (194, 113), (193, 2), (192, 1), (233, 138), (100, 65), (112, 66), (77, 59), (44, 33), (45, 35), (75, 60), (122, 74), (131, 75), (62, 43), (134, 76), (97, 63), (30, 22), (86, 22), (26, 18), (52, 18), (46, 36), (142, 77), (3, 1), (143, 79), (144, 80), (4, 2), (76, 57), (230, 135), (63, 44), (56, 2), (57, 2), (24, 19), (6, 2), (5, 2), (115, 2), (53, 2), (116, 2), (54, 2), (114, 2), (55, 2), (7, 2), (145, 81), (25, 20), (23, 10), (98, 64), (125, 10), (92, 2), (94, 2), (106, 67), (28, 23), (108, 2), (14, 2), (129, 2), (87, 2), (130, 2), (88, 2), (128, 2), (89, 2), (90, 2), (91, 2), (13, 2), (10, 9), (93, 2), (127, 10), (124, 2), (123, 2), (20, 15), (146, 82), (29, 24), (183, 73), (126, 10), (147, 83), (113, 2), (121, 2), (219, 42), (148, 84), (150, 78), (244, 150), (245, 151), (223, 10), (58, 20), (136, 78), (17, 12), (236, 143), (250, 148), (139, 78), (173, 85), (166, 30), (167, 86), (38, 28), (175, 95), (60, 8), (101, 69), (109, 68), (102, 70), (104, 72), (177, 97), (178, 99), (172, 30), (149, 78), (0, 3), (247, 149), (9, 8), (80, 57), (37, 27), (181, 100), (135, 78), (170, 93), (162, 92), (163, 92), (69, 2), (83, 49), (70, 50), (211, 121), (212, 120), (186, 5), (182, 101), (184, 102), (218, 104), (226, 128), (190, 103), (191, 108), (141, 78), (198, 109), (199, 114), (200, 115), (201, 116), (195, 112), (138, 78), (11, 10), (151, 87), (110, 10), (174, 96), (67, 51), (120, 2), (119, 2), (61, 42), (19, 14), (168, 88), (50, 5), (36, 29), (43, 33), (95, 46), (85, 47), (107, 48), (82, 48), (96, 62), (171, 94), (164, 92), (84, 55), (79, 56), (81, 58), (78, 48), (140, 78), (188, 104), (187, 106), (189, 105), (225, 133), (216, 126), (221, 126), (203, 117), (214, 118), (217, 124), (229, 127), (202, 107), (185, 107), (228, 132), (220, 130), (213, 119), (215, 125), (222, 125), (176, 98), (246, 98), (231, 134), (232, 136), (234, 137), (235, 139), (103, 71), (240, 140), (237, 142), (243, 145), (242, 146), (239, 144), (238, 141), (42, 34), (224, 131), (105, 73), (68, 54), (153, 90), (156, 89), (1, 4), (252, 147), (2, 5), (248, 153), (249, 154), (161, 92), (160, 92), (169, 91), (34, 30), (157, 29), (158, 92), (35, 31), (159, 30), (152, 30), (137, 78), (72, 1), (73, 3), (205, 10), (206, 122), (71, 61), (66, 53), (47, -1), (208, 123), (209, 2), (207, 5), (65, 52), (74, 2), (210, 30)]
GRAMMARS = [
    ('c', [[(1, 3, 1, 1, False), (1, 4, 2, 2, False)], [(1, 4, 2, 2, False)], [(1, 5, 2, 3, False)], [(1, 6, 2, 4, False)], [(1, 7, 2, 5, False)], [(2,)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('c', [[(1, 0, 3, 1, False)], [(1, 1, 4, 2, False)], [(1, 2, 5, 3, False)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(1, 12, 7, 1, False)], [(1, 13, 2, 2, False)], [(1, 14, 2, 3, False)], [(2,)]]),
    ('c', [[(1, 9, 8, 1, False)], [(1, 10, 9, 2, False)], [(1, 11, 10, 3, False)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('c', [[(0, 16, 7, 1), (1, 17, 12, 2, False), (2,)], [(1, 17, 12, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 20, 15, 2, False)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 26, 18, 1, False)], [(2,)]]),
    ('c', [[(1, 23, 10, 1, False)], [(1, 24, 19, 2, False)], [(1, 25, 20, 3, False)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 30, 22, 2, False)], [(1, 20, 15, 3, False)], [(2,)]]),
    ('c', [[(1, 9, 8, 1, False)], [(1, 10, 9, 2, False)], [(1, 28, 23, 3, False), (1, 29, 24, 4, False)], [(1, 29, 24, 4, False)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('c', [[(0, 32, 7, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(0, 16, 7, 1)], [(1, 37, 27, 2, False)], [(1, 38, 28, 3, False)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('c', [[(1, 36, 29, 1, True)], [(1, 36, 29, 2, True), (2,)], [(1, 36, 29, 3, True), (2,)], [(1, 36, 29, 4, True), (2,)], [(1, 36, 29, 5, True), (2,)], [(1, 36, 29, 6, True), (2,)], [(1, 36, 29, 7, True), (2,)], [(1, 36, 29, 8, True), (2,)], [(1, 36, 29, 9, True), (2,)], [(1, 36, 29, 10, True), (2,)], [(1, 36, 29, 11, True), (2,)], [(1, 36, 29, 12, True), (2,)], [(1, 36, 29, 13, True), (2,)], [(1, 36, 29, 14, True), (2,)], [(1, 36, 29, 15, True), (2,)], [(1, 36, 29, 16, True), (2,)], [(1, 36, 29, 17, True), (2,)], [(1, 36, 29, 18, True), (2,)], [(1, 36, 29, 19, True), (2,)], [(1, 36, 29, 20, True), (2,)], [(2,)]]),
    ('c', [[(1, 34, 30, 1, False)], [(1, 35, 31, 2, False)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 43, 33, 2, False)], [(1, 44, 33, 3, False)], [(1, 45, 35, 4, False)], [(1, 46, 36, 5, False)], [(1, 47, 37, 6, False)], [(2,)]]),
    ('c', [[(0, 41, 7, 1), (1, 40, 27, 2, False)], [(1, 40, 27, 2, False)], [(1, 42, 34, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 40, 27, 1, True)], [(1, 40, 27, 2, True), (2,)], [(1, 40, 27, 3, True), (2,)], [(1, 40, 27, 4, True), (2,)], [(2,)]]),
    ('v', [[(0, 41, 7, 1)], [(3, 17, 2)], [(2,)]]),
    ('v', [[(0, 41, 7, 1)], [(3, 18, 2)], [(2,)]]),
    ('v', [[(0, 41, 7, 1)], [(3, 19, 2)], [(2,)]]),
    ('c', [[(0, 16, 7, 1)], [(1, 44, 33, 2, False)], [(1, 47, 39, 3, False)], [(1, 38, 28, 4, False)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 43, 33, 2, False)], [(1, 44, 33, 3, False)], [(1, 45, 35, 4, False)], [(1, 46, 36, 5, False)], [(1, 47, 37, 6, False)], [(1, 50, 5, 7, False), (2,)], [(2,)]]),
    ('c', [[(1, 60, 8, 1, False), (1, 61, 42, 2, False)], [(1, 61, 42, 2, False)], [(1, 8, 0, 3, False), (1, 62, 43, 3, False), (1, 63, 44, 3, False)], [(2,)]]),
    ('s', [[(3, 20, 1)], [(2,)]]),
    ('c', [[(1, 3, 1, 1, False), (1, 52, 18, 2, False)], [(1, 52, 18, 2, False)], [(1, 53, 2, 3, False)], [(1, 54, 2, 4, False), (1, 55, 2, 5, False)], [(1, 55, 2, 5, False)], [(1, 56, 2, 6, False), (1, 57, 2, 7, False), (1, 58, 20, 8, False), (1, 59, 20, 9, False), (2,)], [(1, 57, 2, 7, False), (1, 58, 20, 8, False), (1, 59, 20, 9, False), (2,)], [(1, 58, 20, 8, False), (1, 59, 20, 9, False), (2,)], [(1, 59, 20, 9, False), (2,)], [(2,)]]),
    ('c', [[(1, 3, 1, 1, False), (2,)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 20, 15, 2, False)], [(1, 95, 46, 3, False), (1, 96, 62, 3, False), (1, 15, 6, 4, False), (1, 97, 63, 4, False), (1, 98, 64, 4, False)], [(1, 15, 6, 4, False), (1, 97, 63, 4, False), (1, 98, 64, 4, False)], [(2,)]]),
    ('c', [[(1, 85, 47, 1, True)], [(1, 85, 47, 2, True), (2,)], [(1, 85, 47, 3, True), (2,)], [(2,)]]),
    ('c', [[(1, 82, 48, 1, False)], [(1, 83, 49, 2, False)], [(1, 84, 55, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 21, 1)], [(2,)]]),
    ('c', [[(1, 70, 50, 1, True)], [(1, 70, 50, 2, True), (2,)], [(1, 70, 50, 3, True), (2,)], [(1, 70, 50, 4, True), (2,)], [(1, 70, 50, 5, True), (2,)], [(1, 70, 50, 6, True), (2,)], [(1, 70, 50, 7, True), (2,)], [(1, 70, 50, 8, True), (2,)], [(1, 70, 50, 9, True), (2,)], [(1, 70, 50, 10, True), (2,)], [(1, 70, 50, 11, True), (2,)], [(1, 70, 50, 12, True), (2,)], [(1, 70, 50, 13, True), (2,)], [(1, 70, 50, 14, True), (2,)], [(1, 70, 50, 15, True), (2,)], [(1, 70, 50, 16, True), (2,)], [(1, 70, 50, 17, True), (2,)], [(1, 70, 50, 18, True), (2,)], [(1, 70, 50, 19, True), (2,)], [(1, 70, 50, 20, True), (2,)], [(1, 70, 50, 21, True), (2,)], [(1, 70, 50, 22, True), (2,)], [(1, 70, 50, 23, True), (2,)], [(1, 70, 50, 24, True), (2,)], [(1, 70, 50, 25, True), (2,)], [(1, 70, 50, 26, True), (2,)], [(1, 70, 50, 27, True), (2,)], [(1, 70, 50, 28, True), (2,)], [(1, 70, 50, 29, True), (2,)], [(1, 70, 50, 30, True), (2,)], [(1, 70, 50, 31, True), (2,)], [(1, 70, 50, 32, True), (2,)], [(1, 70, 50, 33, True), (2,)], [(1, 70, 50, 34, True), (2,)], [(1, 70, 50, 35, True), (2,)], [(1, 70, 50, 36, True), (2,)], [(1, 70, 50, 37, True), (2,)], [(1, 70, 50, 38, True), (2,)], [(1, 70, 50, 39, True), (2,)], [(1, 70, 50, 40, True), (2,)], [(1, 70, 50, 41, True), (2,)], [(1, 70, 50, 42, True), (2,)], [(1, 70, 50, 43, True), (2,)], [(1, 70, 50, 44, True), (2,)], [(1, 70, 50, 45, True), (2,)], [(1, 70, 50, 46, True), (2,)], [(1, 70, 50, 47, True), (2,)], [(1, 70, 50, 48, True), (2,)], [(1, 70, 50, 49, True), (2,)], [(1, 70, 50, 50, True), (2,)], [(1, 70, 50, 51, True), (2,)], [(1, 70, 50, 52, True), (2,)], [(1, 70, 50, 53, True), (2,)], [(1, 70, 50, 54, True), (2,)], [(1, 70, 50, 55, True), (2,)], [(1, 70, 50, 56, True), (2,)], [(1, 70, 50, 57, True), (2,)], [(1, 70, 50, 58, True), (2,)], [(1, 70, 50, 59, True), (2,)], [(1, 70, 50, 60, True), (2,)], [(1, 70, 50, 61, True), (2,)], [(1, 70, 50, 62, True), (2,)], [(1, 70, 50, 63, True), (2,)], [(1, 70, 50, 64, True), (2,)], [(1, 70, 50, 65, True), (2,)], [(1, 70, 50, 66, True), (2,)], [(1, 70, 50, 67, True), (2,)], [(1, 70, 50, 68, True), (2,)], [(1, 70, 50, 69, True), (2,)], [(1, 70, 50, 70, True), (2,)], [(1, 70, 50, 71, True), (2,)], [(1, 70, 50, 72, True), (2,)], [(1, 70, 50, 73, True), (2,)], [(1, 70, 50, 74, True), (2,)], [(1, 70, 50, 75, True), (2,)], [(1, 70, 50, 76, True), (2,)], [(1, 70, 50, 77, True), (2,)], [(1, 70, 50, 78, True), (2,)], [(1, 70, 50, 79, True), (2,)], [(1, 70, 50, 80, True), (2,)], [(1, 70, 50, 81, True), (2,)], [(1, 70, 50, 82, True), (2,)], [(1, 70, 50, 83, True), (2,)], [(1, 70, 50, 84, True), (2,)], [(1, 70, 50, 85, True), (2,)], [(1, 70, 50, 86, True), (2,)], [(1, 70, 50, 87, True), (2,)], [(1, 70, 50, 88, True), (2,)], [(1, 70, 50, 89, True), (2,)], [(1, 70, 50, 90, True), (2,)], [(1, 70, 50, 91, True), (2,)], [(1, 70, 50, 92, True), (2,)], [(1, 70, 50, 93, True), (2,)], [(1, 70, 50, 94, True), (2,)], [(1, 70, 50, 95, True), (2,)], [(1, 70, 50, 96, True), (2,)], [(1, 70, 50, 97, True), (2,)], [(1, 70, 50, 98, True), (2,)], [(1, 70, 50, 99, True), (2,)], [(1, 70, 50, 100, True), (2,)], [(1, 70, 50, 101, True), (2,)], [(1, 70, 50, 102, True), (2,)], [(1, 70, 50, 103, True), (2,)], [(1, 70, 50, 104, True), (2,)], [(1, 70, 50, 105, True), (2,)], [(1, 70, 50, 106, True), (2,)], [(1, 70, 50, 107, True), (2,)], [(1, 70, 50, 108, True), (2,)], [(1, 70, 50, 109, True), (2,)], [(1, 70, 50, 110, True), (2,)], [(1, 70, 50, 111, True), (2,)], [(1, 70, 50, 112, True), (2,)], [(1, 70, 50, 113, True), (2,)], [(1, 70, 50, 114, True), (2,)], [(1, 70, 50, 115, True), (2,)], [(1, 70, 50, 116, True), (2,)], [(1, 70, 50, 117, True), (2,)], [(1, 70, 50, 118, True), (2,)], [(1, 70, 50, 119, True), (2,)], [(1, 70, 50, 120, True), (2,)], [(1, 70, 50, 121, True), (2,)], [(1, 70, 50, 122, True), (2,)], [(1, 70, 50, 123, True), (2,)], [(1, 70, 50, 124, True), (2,)], [(1, 70, 50, 125, True), (2,)], [(1, 70, 50, 126, True), (2,)], [(1, 70, 50, 127, True), (2,)], [(1, 70, 50, 128, True), (2,)], [(1, 70, 50, 129, True), (2,)], [(1, 70, 50, 130, True), (2,)], [(1, 70, 50, 131, True), (2,)], [(1, 70, 50, 132, True), (2,)], [(1, 70, 50, 133, True), (2,)], [(1, 70, 50, 134, True), (2,)], [(1, 70, 50, 135, True), (2,)], [(1, 70, 50, 136, True), (2,)], [(1, 70, 50, 137, True), (2,)], [(1, 70, 50, 138, True), (2,)], [(1, 70, 50, 139, True), (2,)], [(1, 70, 50, 140, True), (2,)], [(1, 70, 50, 141, True), (2,)], [(1, 70, 50, 142, True), (2,)], [(1, 70, 50, 143, True), (2,)], [(1, 70, 50, 144, True), (2,)], [(1, 70, 50, 145, True), (2,)], [(1, 70, 50, 146, True), (2,)], [(1, 70, 50, 147, True), (2,)], [(1, 70, 50, 148, True), (2,)], [(1, 70, 50, 149, True), (2,)], [(1, 70, 50, 150, True), (2,)], [(1, 70, 50, 151, True), (2,)], [(1, 70, 50, 152, True), (2,)], [(1, 70, 50, 153, True), (2,)], [(1, 70, 50, 154, True), (2,)], [(1, 70, 50, 155, True), (2,)], [(1, 70, 50, 156, True), (2,)], [(1, 70, 50, 157, True), (2,)], [(1, 70, 50, 158, True), (2,)], [(1, 70, 50, 159, True), (2,)], [(1, 70, 50, 160, True), (2,)], [(1, 70, 50, 161, True), (2,)], [(1, 70, 50, 162, True), (2,)], [(1, 70, 50, 163, True), (2,)], [(1, 70, 50, 164, True), (2,)], [(1, 70, 50, 165, True), (2,)], [(1, 70, 50, 166, True), (2,)], [(1, 70, 50, 167, True), (2,)], [(1, 70, 50, 168, True), (2,)], [(1, 70, 50, 169, True), (2,)], [(1, 70, 50, 170, True), (2,)], [(1, 70, 50, 171, True), (2,)], [(1, 70, 50, 172, True), (2,)], [(1, 70, 50, 173, True), (2,)], [(1, 70, 50, 174, True), (2,)], [(1, 70, 50, 175, True), (2,)], [(1, 70, 50, 176, True), (2,)], [(1, 70, 50, 177, True), (2,)], [(1, 70, 50, 178, True), (2,)], [(1, 70, 50, 179, True), (2,)], [(1, 70, 50, 180, True), (2,)], [(1, 70, 50, 181, True), (2,)], [(1, 70, 50, 182, True), (2,)], [(1, 70, 50, 183, True), (2,)], [(1, 70, 50, 184, True), (2,)], [(1, 70, 50, 185, True), (2,)], [(1, 70, 50, 186, True), (2,)], [(1, 70, 50, 187, True), (2,)], [(1, 70, 50, 188, True), (2,)], [(1, 70, 50, 189, True), (2,)], [(1, 70, 50, 190, True), (2,)], [(1, 70, 50, 191, True), (2,)], [(1, 70, 50, 192, True), (2,)], [(1, 70, 50, 193, True), (2,)], [(1, 70, 50, 194, True), (2,)], [(1, 70, 50, 195, True), (2,)], [(1, 70, 50, 196, True), (2,)], [(1, 70, 50, 197, True), (2,)], [(1, 70, 50, 198, True), (2,)], [(1, 70, 50, 199, True), (2,)], [(1, 70, 50, 200, True), (2,)], [(1, 70, 50, 201, True), (2,)], [(1, 70, 50, 202, True), (2,)], [(1, 70, 50, 203, True), (2,)], [(1, 70, 50, 204, True), (2,)], [(1, 70, 50, 205, True), (2,)], [(1, 70, 50, 206, True), (2,)], [(1, 70, 50, 207, True), (2,)], [(1, 70, 50, 208, True), (2,)], [(1, 70, 50, 209, True), (2,)], [(1, 70, 50, 210, True), (2,)], [(1, 70, 50, 211, True), (2,)], [(1, 70, 50, 212, True), (2,)], [(1, 70, 50, 213, True), (2,)], [(1, 70, 50, 214, True), (2,)], [(1, 70, 50, 215, True), (2,)], [(1, 70, 50, 216, True), (2,)], [(1, 70, 50, 217, True), (2,)], [(1, 70, 50, 218, True), (2,)], [(1, 70, 50, 219, True), (2,)], [(1, 70, 50, 220, True), (2,)], [(1, 70, 50, 221, True), (2,)], [(1, 70, 50, 222, True), (2,)], [(1, 70, 50, 223, True), (2,)], [(1, 70, 50, 224, True), (2,)], [(1, 70, 50, 225, True), (2,)], [(1, 70, 50, 226, True), (2,)], [(1, 70, 50, 227, True), (2,)], [(1, 70, 50, 228, True), (2,)], [(1, 70, 50, 229, True), (2,)], [(1, 70, 50, 230, True), (2,)], [(1, 70, 50, 231, True), (2,)], [(1, 70, 50, 232, True), (2,)], [(1, 70, 50, 233, True), (2,)], [(1, 70, 50, 234, True), (2,)], [(1, 70, 50, 235, True), (2,)], [(1, 70, 50, 236, True), (2,)], [(1, 70, 50, 237, True), (2,)], [(1, 70, 50, 238, True), (2,)], [(1, 70, 50, 239, True), (2,)], [(1, 70, 50, 240, True), (2,)], [(1, 70, 50, 241, True), (2,)], [(1, 70, 50, 242, True), (2,)], [(1, 70, 50, 243, True), (2,)], [(1, 70, 50, 244, True), (2,)], [(1, 70, 50, 245, True), (2,)], [(1, 70, 50, 246, True), (2,)], [(1, 70, 50, 247, True), (2,)], [(1, 70, 50, 248, True), (2,)], [(1, 70, 50, 249, True), (2,)], [(1, 70, 50, 250, True), (2,)], [(1, 70, 50, 251, True), (2,)], [(1, 70, 50, 252, True), (2,)], [(1, 70, 50, 253, True), (2,)], [(1, 70, 50, 254, True), (2,)], [(1, 70, 50, 255, True), (2,)], [(1, 70, 50, 256, True), (2,)], [(1, 70, 50, 257, True), (2,)], [(1, 70, 50, 258, True), (2,)], [(1, 70, 50, 259, True), (2,)], [(1, 70, 50, 260, True), (2,)], [(1, 70, 50, 261, True), (2,)], [(1, 70, 50, 262, True), (2,)], [(1, 70, 50, 263, True), (2,)], [(1, 70, 50, 264, True), (2,)], [(1, 70, 50, 265, True), (2,)], [(1, 70, 50, 266, True), (2,)], [(1, 70, 50, 267, True), (2,)], [(1, 70, 50, 268, True), (2,)], [(1, 70, 50, 269, True), (2,)], [(1, 70, 50, 270, True), (2,)], [(1, 70, 50, 271, True), (2,)], [(1, 70, 50, 272, True), (2,)], [(1, 70, 50, 273, True), (2,)], [(1, 70, 50, 274, True), (2,)], [(1, 70, 50, 275, True), (2,)], [(1, 70, 50, 276, True), (2,)], [(1, 70, 50, 277, True), (2,)], [(1, 70, 50, 278, True), (2,)], [(1, 70, 50, 279, True), (2,)], [(1, 70, 50, 280, True), (2,)], [(1, 70, 50, 281, True), (2,)], [(1, 70, 50, 282, True), (2,)], [(1, 70, 50, 283, True), (2,)], [(1, 70, 50, 284, True), (2,)], [(1, 70, 50, 285, True), (2,)], [(1, 70, 50, 286, True), (2,)], [(1, 70, 50, 287, True), (2,)], [(1, 70, 50, 288, True), (2,)], [(1, 70, 50, 289, True), (2,)], [(1, 70, 50, 290, True), (2,)], [(1, 70, 50, 291, True), (2,)], [(1, 70, 50, 292, True), (2,)], [(1, 70, 50, 293, True), (2,)], [(1, 70, 50, 294, True), (2,)], [(1, 70, 50, 295, True), (2,)], [(1, 70, 50, 296, True), (2,)], [(1, 70, 50, 297, True), (2,)], [(1, 70, 50, 298, True), (2,)], [(1, 70, 50, 299, True), (2,)], [(1, 70, 50, 300, True), (2,)], [(1, 70, 50, 301, True), (2,)], [(1, 70, 50, 302, True), (2,)], [(1, 70, 50, 303, True), (2,)], [(1, 70, 50, 304, True), (2,)], [(1, 70, 50, 305, True), (2,)], [(1, 70, 50, 306, True), (2,)], [(1, 70, 50, 307, True), (2,)], [(1, 70, 50, 308, True), (2,)], [(1, 70, 50, 309, True), (2,)], [(1, 70, 50, 310, True), (2,)], [(1, 70, 50, 311, True), (2,)], [(1, 70, 50, 312, True), (2,)], [(1, 70, 50, 313, True), (2,)], [(1, 70, 50, 314, True), (2,)], [(1, 70, 50, 315, True), (2,)], [(1, 70, 50, 316, True), (2,)], [(1, 70, 50, 317, True), (2,)], [(1, 70, 50, 318, True), (2,)], [(1, 70, 50, 319, True), (2,)], [(1, 70, 50, 320, True), (2,)], [(1, 70, 50, 321, True), (2,)], [(1, 70, 50, 322, True), (2,)], [(1, 70, 50, 323, True), (2,)], [(1, 70, 50, 324, True), (2,)], [(1, 70, 50, 325, True), (2,)], [(1, 70, 50, 326, True), (2,)], [(1, 70, 50, 327, True), (2,)], [(1, 70, 50, 328, True), (2,)], [(1, 70, 50, 329, True), (2,)], [(1, 70, 50, 330, True), (2,)], [(1, 70, 50, 331, True), (2,)], [(1, 70, 50, 332, True), (2,)], [(1, 70, 50, 333, True), (2,)], [(1, 70, 50, 334, True), (2,)], [(1, 70, 50, 335, True), (2,)], [(1, 70, 50, 336, True), (2,)], [(1, 70, 50, 337, True), (2,)], [(1, 70, 50, 338, True), (2,)], [(1, 70, 50, 339, True), (2,)], [(1, 70, 50, 340, True), (2,)], [(1, 70, 50, 341, True), (2,)], [(1, 70, 50, 342, True), (2,)], [(1, 70, 50, 343, True), (2,)], [(1, 70, 50, 344, True), (2,)], [(1, 70, 50, 345, True), (2,)], [(1, 70, 50, 346, True), (2,)], [(1, 70, 50, 347, True), (2,)], [(1, 70, 50, 348, True), (2,)], [(1, 70, 50, 349, True), (2,)], [(1, 70, 50, 350, True), (2,)], [(1, 70, 50, 351, True), (2,)], [(1, 70, 50, 352, True), (2,)], [(1, 70, 50, 353, True), (2,)], [(1, 70, 50, 354, True), (2,)], [(1, 70, 50, 355, True), (2,)], [(1, 70, 50, 356, True), (2,)], [(1, 70, 50, 357, True), (2,)], [(1, 70, 50, 358, True), (2,)], [(1, 70, 50, 359, True), (2,)], [(1, 70, 50, 360, True), (2,)], [(1, 70, 50, 361, True), (2,)], [(1, 70, 50, 362, True), (2,)], [(1, 70, 50, 363, True), (2,)], [(1, 70, 50, 364, True), (2,)], [(1, 70, 50, 365, True), (2,)], [(1, 70, 50, 366, True), (2,)], [(1, 70, 50, 367, True), (2,)], [(1, 70, 50, 368, True), (2,)], [(1, 70, 50, 369, True), (2,)], [(1, 70, 50, 370, True), (2,)], [(1, 70, 50, 371, True), (2,)], [(1, 70, 50, 372, True), (2,)], [(1, 70, 50, 373, True), (2,)], [(1, 70, 50, 374, True), (2,)], [(1, 70, 50, 375, True), (2,)], [(1, 70, 50, 376, True), (2,)], [(1, 70, 50, 377, True), (2,)], [(1, 70, 50, 378, True), (2,)], [(1, 70, 50, 379, True), (2,)], [(1, 70, 50, 380, True), (2,)], [(1, 70, 50, 381, True), (2,)], [(1, 70, 50, 382, True), (2,)], [(1, 70, 50, 383, True), (2,)], [(1, 70, 50, 384, True), (2,)], [(1, 70, 50, 385, True), (2,)], [(1, 70, 50, 386, True), (2,)], [(1, 70, 50, 387, True), (2,)], [(1, 70, 50, 388, True), (2,)], [(1, 70, 50, 389, True), (2,)], [(1, 70, 50, 390, True), (2,)], [(1, 70, 50, 391, True), (2,)], [(1, 70, 50, 392, True), (2,)], [(1, 70, 50, 393, True), (2,)], [(1, 70, 50, 394, True), (2,)], [(1, 70, 50, 395, True), (2,)], [(1, 70, 50, 396, True), (2,)], [(1, 70, 50, 397, True), (2,)], [(1, 70, 50, 398, True), (2,)], [(1, 70, 50, 399, True), (2,)], [(1, 70, 50, 400, True), (2,)], [(1, 70, 50, 401, True), (2,)], [(1, 70, 50, 402, True), (2,)], [(1, 70, 50, 403, True), (2,)], [(1, 70, 50, 404, True), (2,)], [(1, 70, 50, 405, True), (2,)], [(1, 70, 50, 406, True), (2,)], [(1, 70, 50, 407, True), (2,)], [(1, 70, 50, 408, True), (2,)], [(1, 70, 50, 409, True), (2,)], [(1, 70, 50, 410, True), (2,)], [(1, 70, 50, 411, True), (2,)], [(1, 70, 50, 412, True), (2,)], [(1, 70, 50, 413, True), (2,)], [(1, 70, 50, 414, True), (2,)], [(1, 70, 50, 415, True), (2,)], [(1, 70, 50, 416, True), (2,)], [(1, 70, 50, 417, True), (2,)], [(1, 70, 50, 418, True), (2,)], [(1, 70, 50, 419, True), (2,)], [(1, 70, 50, 420, True), (2,)], [(1, 70, 50, 421, True), (2,)], [(1, 70, 50, 422, True), (2,)], [(1, 70, 50, 423, True), (2,)], [(1, 70, 50, 424, True), (2,)], [(1, 70, 50, 425, True), (2,)], [(1, 70, 50, 426, True), (2,)], [(1, 70, 50, 427, True), (2,)], [(1, 70, 50, 428, True), (2,)], [(1, 70, 50, 429, True), (2,)], [(1, 70, 50, 430, True), (2,)], [(1, 70, 50, 431, True), (2,)], [(1, 70, 50, 432, True), (2,)], [(1, 70, 50, 433, True), (2,)], [(1, 70, 50, 434, True), (2,)], [(1, 70, 50, 435, True), (2,)], [(1, 70, 50, 436, True), (2,)], [(1, 70, 50, 437, True), (2,)], [(1, 70, 50, 438, True), (2,)], [(1, 70, 50, 439, True), (2,)], [(1, 70, 50, 440, True), (2,)], [(1, 70, 50, 441, True), (2,)], [(1, 70, 50, 442, True), (2,)], [(1, 70, 50, 443, True), (2,)], [(1, 70, 50, 444, True), (2,)], [(1, 70, 50, 445, True), (2,)], [(1, 70, 50, 446, True), (2,)], [(1, 70, 50, 447, True), (2,)], [(1, 70, 50, 448, True), (2,)], [(1, 70, 50, 449, True), (2,)], [(1, 70, 50, 450, True), (2,)], [(1, 70, 50, 451, True), (2,)], [(1, 70, 50, 452, True), (2,)], [(1, 70, 50, 453, True), (2,)], [(1, 70, 50, 454, True), (2,)], [(1, 70, 50, 455, True), (2,)], [(1, 70, 50, 456, True), (2,)], [(1, 70, 50, 457, True), (2,)], [(1, 70, 50, 458, True), (2,)], [(1, 70, 50, 459, True), (2,)], [(1, 70, 50, 460, True), (2,)], [(1, 70, 50, 461, True), (2,)], [(1, 70, 50, 462, True), (2,)], [(1, 70, 50, 463, True), (2,)], [(1, 70, 50, 464, True), (2,)], [(1, 70, 50, 465, True), (2,)], [(1, 70, 50, 466, True), (2,)], [(1, 70, 50, 467, True), (2,)], [(1, 70, 50, 468, True), (2,)], [(1, 70, 50, 469, True), (2,)], [(1, 70, 50, 470, True), (2,)], [(1, 70, 50, 471, True), (2,)], [(1, 70, 50, 472, True), (2,)], [(1, 70, 50, 473, True), (2,)], [(1, 70, 50, 474, True), (2,)], [(1, 70, 50, 475, True), (2,)], [(1, 70, 50, 476, True), (2,)], [(1, 70, 50, 477, True), (2,)], [(1, 70, 50, 478, True), (2,)], [(1, 70, 50, 479, True), (2,)], [(1, 70, 50, 480, True), (2,)], [(1, 70, 50, 481, True), (2,)], [(1, 70, 50, 482, True), (2,)], [(1, 70, 50, 483, True), (2,)], [(1, 70, 50, 484, True), (2,)], [(1, 70, 50, 485, True), (2,)], [(1, 70, 50, 486, True), (2,)], [(1, 70, 50, 487, True), (2,)], [(1, 70, 50, 488, True), (2,)], [(1, 70, 50, 489, True), (2,)], [(1, 70, 50, 490, True), (2,)], [(1, 70, 50, 491, True), (2,)], [(1, 70, 50, 492, True), (2,)], [(1, 70, 50, 493, True), (2,)], [(1, 70, 50, 494, True), (2,)], [(1, 70, 50, 495, True), (2,)], [(1, 70, 50, 496, True), (2,)], [(1, 70, 50, 497, True), (2,)], [(1, 70, 50, 498, True), (2,)], [(1, 70, 50, 499, True), (2,)], [(1, 70, 50, 500, True), (2,)], [(1, 70, 50, 501, True), (2,)], [(1, 70, 50, 502, True), (2,)], [(1, 70, 50, 503, True), (2,)], [(1, 70, 50, 504, True), (2,)], [(1, 70, 50, 505, True), (2,)], [(1, 70, 50, 506, True), (2,)], [(1, 70, 50, 507, True), (2,)], [(1, 70, 50, 508, True), (2,)], [(1, 70, 50, 509, True), (2,)], [(1, 70, 50, 510, True), (2,)], [(1, 70, 50, 511, True), (2,)], [(1, 70, 50, 512, True), (2,)], [(1, 70, 50, 513, True), (2,)], [(1, 70, 50, 514, True), (2,)], [(1, 70, 50, 515, True), (2,)], [(1, 70, 50, 516, True), (2,)], [(1, 70, 50, 517, True), (2,)], [(1, 70, 50, 518, True), (2,)], [(1, 70, 50, 519, True), (2,)], [(1, 70, 50, 520, True), (2,)], [(1, 70, 50, 521, True), (2,)], [(1, 70, 50, 522, True), (2,)], [(1, 70, 50, 523, True), (2,)], [(1, 70, 50, 524, True), (2,)], [(1, 70, 50, 525, True), (2,)], [(1, 70, 50, 526, True), (2,)], [(1, 70, 50, 527, True), (2,)], [(1, 70, 50, 528, True), (2,)], [(1, 70, 50, 529, True), (2,)], [(1, 70, 50, 530, True), (2,)], [(1, 70, 50, 531, True), (2,)], [(1, 70, 50, 532, True), (2,)], [(1, 70, 50, 533, True), (2,)], [(1, 70, 50, 534, True), (2,)], [(1, 70, 50, 535, True), (2,)], [(1, 70, 50, 536, True), (2,)], [(1, 70, 50, 537, True), (2,)], [(1, 70, 50, 538, True), (2,)], [(1, 70, 50, 539, True), (2,)], [(1, 70, 50, 540, True), (2,)], [(1, 70, 50, 541, True), (2,)], [(1, 70, 50, 542, True), (2,)], [(1, 70, 50, 543, True), (2,)], [(1, 70, 50, 544, True), (2,)], [(1, 70, 50, 545, True), (2,)], [(1, 70, 50, 546, True), (2,)], [(1, 70, 50, 547, True), (2,)], [(1, 70, 50, 548, True), (2,)], [(1, 70, 50, 549, True), (2,)], [(1, 70, 50, 550, True), (2,)], [(1, 70, 50, 551, True), (2,)], [(1, 70, 50, 552, True), (2,)], [(1, 70, 50, 553, True), (2,)], [(1, 70, 50, 554, True), (2,)], [(1, 70, 50, 555, True), (2,)], [(1, 70, 50, 556, True), (2,)], [(1, 70, 50, 557, True), (2,)], [(1, 70, 50, 558, True), (2,)], [(1, 70, 50, 559, True), (2,)], [(1, 70, 50, 560, True), (2,)], [(1, 70, 50, 561, True), (2,)], [(1, 70, 50, 562, True), (2,)], [(1, 70, 50, 563, True), (2,)], [(1, 70, 50, 564, True), (2,)], [(1, 70, 50, 565, True), (2,)], [(1, 70, 50, 566, True), (2,)], [(1, 70, 50, 567, True), (2,)], [(1, 70, 50, 568, True), (2,)], [(1, 70, 50, 569, True), (2,)], [(1, 70, 50, 570, True), (2,)], [(1, 70, 50, 571, True), (2,)], [(1, 70, 50, 572, True), (2,)], [(1, 70, 50, 573, True), (2,)], [(1, 70, 50, 574, True), (2,)], [(1, 70, 50, 575, True), (2,)], [(1, 70, 50, 576, True), (2,)], [(1, 70, 50, 577, True), (2,)], [(1, 70, 50, 578, True), (2,)], [(1, 70, 50, 579, True), (2,)], [(1, 70, 50, 580, True), (2,)], [(1, 70, 50, 581, True), (2,)], [(1, 70, 50, 582, True), (2,)], [(1, 70, 50, 583, True), (2,)], [(1, 70, 50, 584, True), (2,)], [(1, 70, 50, 585, True), (2,)], [(1, 70, 50, 586, True), (2,)], [(1, 70, 50, 587, True), (2,)], [(1, 70, 50, 588, True), (2,)], [(1, 70, 50, 589, True), (2,)], [(1, 70, 50, 590, True), (2,)], [(1, 70, 50, 591, True), (2,)], [(1, 70, 50, 592, True), (2,)], [(1, 70, 50, 593, True), (2,)], [(1, 70, 50, 594, True), (2,)], [(1, 70, 50, 595, True), (2,)], [(1, 70, 50, 596, True), (2,)], [(1, 70, 50, 597, True), (2,)], [(1, 70, 50, 598, True), (2,)], [(1, 70, 50, 599, True), (2,)], [(1, 70, 50, 600, True), (2,)], [(1, 70, 50, 601, True), (2,)], [(1, 70, 50, 602, True), (2,)], [(1, 70, 50, 603, True), (2,)], [(1, 70, 50, 604, True), (2,)], [(1, 70, 50, 605, True), (2,)], [(1, 70, 50, 606, True), (2,)], [(1, 70, 50, 607, True), (2,)], [(1, 70, 50, 608, True), (2,)], [(1, 70, 50, 609, True), (2,)], [(1, 70, 50, 610, True), (2,)], [(1, 70, 50, 611, True), (2,)], [(1, 70, 50, 612, True), (2,)], [(1, 70, 50, 613, True), (2,)], [(1, 70, 50, 614, True), (2,)], [(1, 70, 50, 615, True), (2,)], [(1, 70, 50, 616, True), (2,)], [(1, 70, 50, 617, True), (2,)], [(1, 70, 50, 618, True), (2,)], [(1, 70, 50, 619, True), (2,)], [(1, 70, 50, 620, True), (2,)], [(1, 70, 50, 621, True), (2,)], [(1, 70, 50, 622, True), (2,)], [(1, 70, 50, 623, True), (2,)], [(1, 70, 50, 624, True), (2,)], [(1, 70, 50, 625, True), (2,)], [(1, 70, 50, 626, True), (2,)], [(1, 70, 50, 627, True), (2,)], [(1, 70, 50, 628, True), (2,)], [(1, 70, 50, 629, True), (2,)], [(1, 70, 50, 630, True), (2,)], [(1, 70, 50, 631, True), (2,)], [(1, 70, 50, 632, True), (2,)], [(1, 70, 50, 633, True), (2,)], [(1, 70, 50, 634, True), (2,)], [(1, 70, 50, 635, True), (2,)], [(1, 70, 50, 636, True), (2,)], [(1, 70, 50, 637, True), (2,)], [(1, 70, 50, 638, True), (2,)], [(1, 70, 50, 639, True), (2,)], [(1, 70, 50, 640, True), (2,)], [(1, 70, 50, 641, True), (2,)], [(1, 70, 50, 642, True), (2,)], [(1, 70, 50, 643, True), (2,)], [(1, 70, 50, 644, True), (2,)], [(1, 70, 50, 645, True), (2,)], [(1, 70, 50, 646, True), (2,)], [(1, 70, 50, 647, True), (2,)], [(1, 70, 50, 648, True), (2,)], [(1, 70, 50, 649, True), (2,)], [(1, 70, 50, 650, True), (2,)], [(1, 70, 50, 651, True), (2,)], [(1, 70, 50, 652, True), (2,)], [(1, 70, 50, 653, True), (2,)], [(1, 70, 50, 654, True), (2,)], [(1, 70, 50, 655, True), (2,)], [(1, 70, 50, 656, True), (2,)], [(1, 70, 50, 657, True), (2,)], [(1, 70, 50, 658, True), (2,)], [(1, 70, 50, 659, True), (2,)], [(1, 70, 50, 660, True), (2,)], [(1, 70, 50, 661, True), (2,)], [(1, 70, 50, 662, True), (2,)], [(1, 70, 50, 663, True), (2,)], [(1, 70, 50, 664, True), (2,)], [(1, 70, 50, 665, True), (2,)], [(1, 70, 50, 666, True), (2,)], [(1, 70, 50, 667, True), (2,)], [(1, 70, 50, 668, True), (2,)], [(1, 70, 50, 669, True), (2,)], [(1, 70, 50, 670, True), (2,)], [(1, 70, 50, 671, True), (2,)], [(1, 70, 50, 672, True), (2,)], [(1, 70, 50, 673, True), (2,)], [(1, 70, 50, 674, True), (2,)], [(1, 70, 50, 675, True), (2,)], [(1, 70, 50, 676, True), (2,)], [(1, 70, 50, 677, True), (2,)], [(1, 70, 50, 678, True), (2,)], [(1, 70, 50, 679, True), (2,)], [(1, 70, 50, 680, True), (2,)], [(1, 70, 50, 681, True), (2,)], [(1, 70, 50, 682, True), (2,)], [(1, 70, 50, 683, True), (2,)], [(1, 70, 50, 684, True), (2,)], [(1, 70, 50, 685, True), (2,)], [(1, 70, 50, 686, True), (2,)], [(1, 70, 50, 687, True), (2,)], [(1, 70, 50, 688, True), (2,)], [(1, 70, 50, 689, True), (2,)], [(1, 70, 50, 690, True), (2,)], [(1, 70, 50, 691, True), (2,)], [(1, 70, 50, 692, True), (2,)], [(1, 70, 50, 693, True), (2,)], [(1, 70, 50, 694, True), (2,)], [(1, 70, 50, 695, True), (2,)], [(1, 70, 50, 696, True), (2,)], [(1, 70, 50, 697, True), (2,)], [(1, 70, 50, 698, True), (2,)], [(1, 70, 50, 699, True), (2,)], [(1, 70, 50, 700, True), (2,)], [(1, 70, 50, 701, True), (2,)], [(1, 70, 50, 702, True), (2,)], [(1, 70, 50, 703, True), (2,)], [(1, 70, 50, 704, True), (2,)], [(1, 70, 50, 705, True), (2,)], [(1, 70, 50, 706, True), (2,)], [(1, 70, 50, 707, True), (2,)], [(1, 70, 50, 708, True), (2,)], [(1, 70, 50, 709, True), (2,)], [(1, 70, 50, 710, True), (2,)], [(1, 70, 50, 711, True), (2,)], [(1, 70, 50, 712, True), (2,)], [(1, 70, 50, 713, True), (2,)], [(1, 70, 50, 714, True), (2,)], [(1, 70, 50, 715, True), (2,)], [(1, 70, 50, 716, True), (2,)], [(1, 70, 50, 717, True), (2,)], [(1, 70, 50, 718, True), (2,)], [(1, 70, 50, 719, True), (2,)], [(1, 70, 50, 720, True), (2,)], [(1, 70, 50, 721, True), (2,)], [(1, 70, 50, 722, True), (2,)], [(1, 70, 50, 723, True), (2,)], [(1, 70, 50, 724, True), (2,)], [(1, 70, 50, 725, True), (2,)], [(1, 70, 50, 726, True), (2,)], [(1, 70, 50, 727, True), (2,)], [(1, 70, 50, 728, True), (2,)], [(1, 70, 50, 729, True), (2,)], [(1, 70, 50, 730, True), (2,)], [(1, 70, 50, 731, True), (2,)], [(1, 70, 50, 732, True), (2,)], [(1, 70, 50, 733, True), (2,)], [(1, 70, 50, 734, True), (2,)], [(1, 70, 50, 735, True), (2,)], [(1, 70, 50, 736, True), (2,)], [(1, 70, 50, 737, True), (2,)], [(1, 70, 50, 738, True), (2,)], [(1, 70, 50, 739, True), (2,)], [(1, 70, 50, 740, True), (2,)], [(1, 70, 50, 741, True), (2,)], [(1, 70, 50, 742, True), (2,)], [(1, 70, 50, 743, True), (2,)], [(1, 70, 50, 744, True), (2,)], [(1, 70, 50, 745, True), (2,)], [(1, 70, 50, 746, True), (2,)], [(1, 70, 50, 747, True), (2,)], [(1, 70, 50, 748, True), (2,)], [(1, 70, 50, 749, True), (2,)], [(1, 70, 50, 750, True), (2,)], [(1, 70, 50, 751, True), (2,)], [(1, 70, 50, 752, True), (2,)], [(1, 70, 50, 753, True), (2,)], [(1, 70, 50, 754, True), (2,)], [(1, 70, 50, 755, True), (2,)], [(1, 70, 50, 756, True), (2,)], [(1, 70, 50, 757, True), (2,)], [(1, 70, 50, 758, True), (2,)], [(1, 70, 50, 759, True), (2,)], [(1, 70, 50, 760, True), (2,)], [(1, 70, 50, 761, True), (2,)], [(1, 70, 50, 762, True), (2,)], [(1, 70, 50, 763, True), (2,)], [(1, 70, 50, 764, True), (2,)], [(1, 70, 50, 765, True), (2,)], [(1, 70, 50, 766, True), (2,)], [(1, 70, 50, 767, True), (2,)], [(1, 70, 50, 768, True), (2,)], [(1, 70, 50, 769, True), (2,)], [(1, 70, 50, 770, True), (2,)], [(1, 70, 50, 771, True), (2,)], [(1, 70, 50, 772, True), (2,)], [(1, 70, 50, 773, True), (2,)], [(1, 70, 50, 774, True), (2,)], [(1, 70, 50, 775, True), (2,)], [(1, 70, 50, 776, True), (2,)], [(1, 70, 50, 777, True), (2,)], [(1, 70, 50, 778, True), (2,)], [(1, 70, 50, 779, True), (2,)], [(1, 70, 50, 780, True), (2,)], [(1, 70, 50, 781, True), (2,)], [(1, 70, 50, 782, True), (2,)], [(1, 70, 50, 783, True), (2,)], [(1, 70, 50, 784, True), (2,)], [(1, 70, 50, 785, True), (2,)], [(1, 70, 50, 786, True), (2,)], [(1, 70, 50, 787, True), (2,)], [(1, 70, 50, 788, True), (2,)], [(1, 70, 50, 789, True), (2,)], [(1, 70, 50, 790, True), (2,)], [(1, 70, 50, 791, True), (2,)], [(1, 70, 50, 792, True), (2,)], [(1, 70, 50, 793, True), (2,)], [(1, 70, 50, 794, True), (2,)], [(1, 70, 50, 795, True), (2,)], [(1, 70, 50, 796, True), (2,)], [(1, 70, 50, 797, True), (2,)], [(1, 70, 50, 798, True), (2,)], [(1, 70, 50, 799, True), (2,)], [(1, 70, 50, 800, True), (2,)], [(1, 70, 50, 801, True), (2,)], [(1, 70, 50, 802, True), (2,)], [(1, 70, 50, 803, True), (2,)], [(1, 70, 50, 804, True), (2,)], [(1, 70, 50, 805, True), (2,)], [(1, 70, 50, 806, True), (2,)], [(1, 70, 50, 807, True), (2,)], [(1, 70, 50, 808, True), (2,)], [(1, 70, 50, 809, True), (2,)], [(1, 70, 50, 810, True), (2,)], [(1, 70, 50, 811, True), (2,)], [(1, 70, 50, 812, True), (2,)], [(1, 70, 50, 813, True), (2,)], [(1, 70, 50, 814, True), (2,)], [(1, 70, 50, 815, True), (2,)], [(1, 70, 50, 816, True), (2,)], [(1, 70, 50, 817, True), (2,)], [(1, 70, 50, 818, True), (2,)], [(1, 70, 50, 819, True), (2,)], [(1, 70, 50, 820, True), (2,)], [(1, 70, 50, 821, True), (2,)], [(1, 70, 50, 822, True), (2,)], [(1, 70, 50, 823, True), (2,)], [(1, 70, 50, 824, True), (2,)], [(1, 70, 50, 825, True), (2,)], [(1, 70, 50, 826, True), (2,)], [(1, 70, 50, 827, True), (2,)], [(1, 70, 50, 828, True), (2,)], [(1, 70, 50, 829, True), (2,)], [(1, 70, 50, 830, True), (2,)], [(1, 70, 50, 831, True), (2,)], [(1, 70, 50, 832, True), (2,)], [(1, 70, 50, 833, True), (2,)], [(1, 70, 50, 834, True), (2,)], [(1, 70, 50, 835, True), (2,)], [(1, 70, 50, 836, True), (2,)], [(1, 70, 50, 837, True), (2,)], [(1, 70, 50, 838, True), (2,)], [(1, 70, 50, 839, True), (2,)], [(1, 70, 50, 840, True), (2,)], [(1, 70, 50, 841, True), (2,)], [(1, 70, 50, 842, True), (2,)], [(1, 70, 50, 843, True), (2,)], [(1, 70, 50, 844, True), (2,)], [(1, 70, 50, 845, True), (2,)], [(1, 70, 50, 846, True), (2,)], [(1, 70, 50, 847, True), (2,)], [(1, 70, 50, 848, True), (2,)], [(1, 70, 50, 849, True), (2,)], [(1, 70, 50, 850, True), (2,)], [(1, 70, 50, 851, True), (2,)], [(1, 70, 50, 852, True), (2,)], [(1, 70, 50, 853, True), (2,)], [(1, 70, 50, 854, True), (2,)], [(1, 70, 50, 855, True), (2,)], [(1, 70, 50, 856, True), (2,)], [(1, 70, 50, 857, True), (2,)], [(1, 70, 50, 858, True), (2,)], [(1, 70, 50, 859, True), (2,)], [(1, 70, 50, 860, True), (2,)], [(1, 70, 50, 861, True), (2,)], [(1, 70, 50, 862, True), (2,)], [(1, 70, 50, 863, True), (2,)], [(1, 70, 50, 864, True), (2,)], [(1, 70, 50, 865, True), (2,)], [(1, 70, 50, 866, True), (2,)], [(1, 70, 50, 867, True), (2,)], [(1, 70, 50, 868, True), (2,)], [(1, 70, 50, 869, True), (2,)], [(1, 70, 50, 870, True), (2,)], [(1, 70, 50, 871, True), (2,)], [(1, 70, 50, 872, True), (2,)], [(1, 70, 50, 873, True), (2,)], [(1, 70, 50, 874, True), (2,)], [(1, 70, 50, 875, True), (2,)], [(1, 70, 50, 876, True), (2,)], [(1, 70, 50, 877, True), (2,)], [(1, 70, 50, 878, True), (2,)], [(1, 70, 50, 879, True), (2,)], [(1, 70, 50, 880, True), (2,)], [(1, 70, 50, 881, True), (2,)], [(1, 70, 50, 882, True), (2,)], [(1, 70, 50, 883, True), (2,)], [(1, 70, 50, 884, True), (2,)], [(1, 70, 50, 885, True), (2,)], [(1, 70, 50, 886, True), (2,)], [(1, 70, 50, 887, True), (2,)], [(1, 70, 50, 888, True), (2,)], [(1, 70, 50, 889, True), (2,)], [(1, 70, 50, 890, True), (2,)], [(1, 70, 50, 891, True), (2,)], [(1, 70, 50, 892, True), (2,)], [(1, 70, 50, 893, True), (2,)], [(1, 70, 50, 894, True), (2,)], [(1, 70, 50, 895, True), (2,)], [(1, 70, 50, 896, True), (2,)], [(1, 70, 50, 897, True), (2,)], [(1, 70, 50, 898, True), (2,)], [(1, 70, 50, 899, True), (2,)], [(1, 70, 50, 900, True), (2,)], [(1, 70, 50, 901, True), (2,)], [(1, 70, 50, 902, True), (2,)], [(1, 70, 50, 903, True), (2,)], [(1, 70, 50, 904, True), (2,)], [(1, 70, 50, 905, True), (2,)], [(1, 70, 50, 906, True), (2,)], [(1, 70, 50, 907, True), (2,)], [(1, 70, 50, 908, True), (2,)], [(1, 70, 50, 909, True), (2,)], [(1, 70, 50, 910, True), (2,)], [(1, 70, 50, 911, True), (2,)], [(1, 70, 50, 912, True), (2,)], [(1, 70, 50, 913, True), (2,)], [(1, 70, 50, 914, True), (2,)], [(1, 70, 50, 915, True), (2,)], [(1, 70, 50, 916, True), (2,)], [(1, 70, 50, 917, True), (2,)], [(1, 70, 50, 918, True), (2,)], [(1, 70, 50, 919, True), (2,)], [(1, 70, 50, 920, True), (2,)], [(1, 70, 50, 921, True), (2,)], [(1, 70, 50, 922, True), (2,)], [(1, 70, 50, 923, True), (2,)], [(1, 70, 50, 924, True), (2,)], [(1, 70, 50, 925, True), (2,)], [(1, 70, 50, 926, True), (2,)], [(1, 70, 50, 927, True), (2,)], [(1, 70, 50, 928, True), (2,)], [(1, 70, 50, 929, True), (2,)], [(1, 70, 50, 930, True), (2,)], [(1, 70, 50, 931, True), (2,)], [(1, 70, 50, 932, True), (2,)], [(1, 70, 50, 933, True), (2,)], [(1, 70, 50, 934, True), (2,)], [(1, 70, 50, 935, True), (2,)], [(1, 70, 50, 936, True), (2,)], [(1, 70, 50, 937, True), (2,)], [(1, 70, 50, 938, True), (2,)], [(1, 70, 50, 939, True), (2,)], [(1, 70, 50, 940, True), (2,)], [(1, 70, 50, 941, True), (2,)], [(1, 70, 50, 942, True), (2,)], [(1, 70, 50, 943, True), (2,)], [(1, 70, 50, 944, True), (2,)], [(1, 70, 50, 945, True), (2,)], [(1, 70, 50, 946, True), (2,)], [(1, 70, 50, 947, True), (2,)], [(1, 70, 50, 948, True), (2,)], [(1, 70, 50, 949, True), (2,)], [(1, 70, 50, 950, True), (2,)], [(1, 70, 50, 951, True), (2,)], [(1, 70, 50, 952, True), (2,)], [(1, 70, 50, 953, True), (2,)], [(1, 70, 50, 954, True), (2,)], [(1, 70, 50, 955, True), (2,)], [(1, 70, 50, 956, True), (2,)], [(1, 70, 50, 957, True), (2,)], [(1, 70, 50, 958, True), (2,)], [(1, 70, 50, 959, True), (2,)], [(1, 70, 50, 960, True), (2,)], [(1, 70, 50, 961, True), (2,)], [(1, 70, 50, 962, True), (2,)], [(1, 70, 50, 963, True), (2,)], [(1, 70, 50, 964, True), (2,)], [(1, 70, 50, 965, True), (2,)], [(1, 70, 50, 966, True), (2,)], [(1, 70, 50, 967, True), (2,)], [(1, 70, 50, 968, True), (2,)], [(1, 70, 50, 969, True), (2,)], [(1, 70, 50, 970, True), (2,)], [(1, 70, 50, 971, True), (2,)], [(1, 70, 50, 972, True), (2,)], [(1, 70, 50, 973, True), (2,)], [(1, 70, 50, 974, True), (2,)], [(1, 70, 50, 975, True), (2,)], [(1, 70, 50, 976, True), (2,)], [(1, 70, 50, 977, True), (2,)], [(1, 70, 50, 978, True), (2,)], [(1, 70, 50, 979, True), (2,)], [(1, 70, 50, 980, True), (2,)], [(1, 70, 50, 981, True), (2,)], [(1, 70, 50, 982, True), (2,)], [(1, 70, 50, 983, True), (2,)], [(1, 70, 50, 984, True), (2,)], [(1, 70, 50, 985, True), (2,)], [(1, 70, 50, 986, True), (2,)], [(1, 70, 50, 987, True), (2,)], [(1, 70, 50, 988, True), (2,)], [(1, 70, 50, 989, True), (2,)], [(1, 70, 50, 990, True), (2,)], [(1, 70, 50, 991, True), (2,)], [(1, 70, 50, 992, True), (2,)], [(1, 70, 50, 993, True), (2,)], [(1, 70, 50, 994, True), (2,)], [(1, 70, 50, 995, True), (2,)], [(1, 70, 50, 996, True), (2,)], [(1, 70, 50, 997, True), (2,)], [(1, 70, 50, 998, True), (2,)], [(1, 70, 50, 999, True), (2,)], [(1, 70, 50, 1000, True), (2,)], [(1, 70, 50, 1001, True), (2,)], [(1, 70, 50, 1002, True), (2,)], [(1, 70, 50, 1003, True), (2,)], [(1, 70, 50, 1004, True), (2,)], [(1, 70, 50, 1005, True), (2,)], [(1, 70, 50, 1006, True), (2,)], [(1, 70, 50, 1007, True), (2,)], [(1, 70, 50, 1008, True), (2,)], [(1, 70, 50, 1009, True), (2,)], [(1, 70, 50, 1010, True), (2,)], [(1, 70, 50, 1011, True), (2,)], [(1, 70, 50, 1012, True), (2,)], [(1, 70, 50, 1013, True), (2,)], [(1, 70, 50, 1014, True), (2,)], [(1, 70, 50, 1015, True), (2,)], [(1, 70, 50, 1016, True), (2,)], [(1, 70, 50, 1017, True), (2,)], [(1, 70, 50, 1018, True), (2,)], [(1, 70, 50, 1019, True), (2,)], [(1, 70, 50, 1020, True), (2,)], [(1, 70, 50, 1021, True), (2,)], [(1, 70, 50, 1022, True), (2,)], [(1, 70, 50, 1023, True), (2,)], [(1, 70, 50, 1024, True), (2,)], [(2,)]]),
    ('c', [[(1, 67, 51, 1, False), (1, 68, 54, 1, False)], [(1, 69, 2, 2, False)], [(2,)]]),
    ('c', [[(1, 65, 52, 1, False)], [(1, 66, 53, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 22, 1)], [(2,)]]),
    ('s', [[(3, 23, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(0, 41, 7, 1), (1, 78, 48, 2, False)], [(1, 78, 48, 2, False)], [(1, 79, 56, 3, False), (1, 80, 57, 4, False), (1, 81, 58, 5, True)], [(1, 80, 57, 4, False), (1, 81, 58, 5, True)], [(1, 81, 58, 5, True)], [(1, 81, 58, 6, True), (2,)], [(1, 81, 58, 7, True), (2,)], [(1, 81, 58, 8, True), (2,)], [(1, 81, 58, 9, True), (2,)], [(1, 81, 58, 10, True), (2,)], [(1, 81, 58, 11, True), (2,)], [(1, 81, 58, 12, True), (2,)], [(1, 81, 58, 13, True), (2,)], [(1, 81, 58, 14, True), (2,)], [(1, 81, 58, 15, True), (2,)], [(1, 81, 58, 16, True), (2,)], [(1, 81, 58, 17, True), (2,)], [(1, 81, 58, 18, True), (2,)], [(1, 81, 58, 19, True), (2,)], [(1, 81, 58, 20, True), (2,)], [(1, 81, 58, 21, True), (2,)], [(1, 81, 58, 22, True), (2,)], [(1, 81, 58, 23, True), (2,)], [(1, 81, 58, 24, True), (2,)], [(1, 81, 58, 25, True), (2,)], [(1, 81, 58, 26, True), (2,)], [(1, 81, 58, 27, True), (2,)], [(1, 81, 58, 28, True), (2,)], [(1, 81, 58, 29, True), (2,)], [(1, 81, 58, 30, True), (2,)], [(1, 81, 58, 31, True), (2,)], [(1, 81, 58, 32, True), (2,)], [(1, 81, 58, 33, True), (2,)], [(1, 81, 58, 34, True), (2,)], [(1, 81, 58, 35, True), (2,)], [(1, 81, 58, 36, True), (2,)], [(1, 81, 58, 37, True), (2,)], [(1, 81, 58, 38, True), (2,)], [(1, 81, 58, 39, True), (2,)], [(1, 81, 58, 40, True), (2,)], [(1, 81, 58, 41, True), (2,)], [(1, 81, 58, 42, True), (2,)], [(1, 81, 58, 43, True), (2,)], [(1, 81, 58, 44, True), (2,)], [(1, 81, 58, 45, True), (2,)], [(1, 81, 58, 46, True), (2,)], [(1, 81, 58, 47, True), (2,)], [(1, 81, 58, 48, True), (2,)], [(1, 81, 58, 49, True), (2,)], [(1, 81, 58, 50, True), (2,)], [(1, 81, 58, 51, True), (2,)], [(1, 81, 58, 52, True), (2,)], [(1, 81, 58, 53, True), (2,)], [(1, 81, 58, 54, True), (2,)], [(1, 81, 58, 55, True), (2,)], [(1, 81, 58, 56, True), (2,)], [(1, 81, 58, 57, True), (2,)], [(1, 81, 58, 58, True), (2,)], [(1, 81, 58, 59, True), (2,)], [(1, 81, 58, 60, True), (2,)], [(1, 81, 58, 61, True), (2,)], [(1, 81, 58, 62, True), (2,)], [(1, 81, 58, 63, True), (2,)], [(1, 81, 58, 64, True), (2,)], [(1, 81, 58, 65, True), (2,)], [(1, 81, 58, 66, True), (2,)], [(1, 81, 58, 67, True), (2,)], [(1, 81, 58, 68, True), (2,)], [(1, 81, 58, 69, True), (2,)], [(1, 81, 58, 70, True), (2,)], [(1, 81, 58, 71, True), (2,)], [(1, 81, 58, 72, True), (2,)], [(1, 81, 58, 73, True), (2,)], [(1, 81, 58, 74, True), (2,)], [(1, 81, 58, 75, True), (2,)], [(1, 81, 58, 76, True), (2,)], [(1, 81, 58, 77, True), (2,)], [(1, 81, 58, 78, True), (2,)], [(1, 81, 58, 79, True), (2,)], [(1, 81, 58, 80, True), (2,)], [(1, 81, 58, 81, True), (2,)], [(1, 81, 58, 82, True), (2,)], [(1, 81, 58, 83, True), (2,)], [(1, 81, 58, 84, True), (2,)], [(1, 81, 58, 85, True), (2,)], [(1, 81, 58, 86, True), (2,)], [(1, 81, 58, 87, True), (2,)], [(1, 81, 58, 88, True), (2,)], [(1, 81, 58, 89, True), (2,)], [(1, 81, 58, 90, True), (2,)], [(1, 81, 58, 91, True), (2,)], [(1, 81, 58, 92, True), (2,)], [(1, 81, 58, 93, True), (2,)], [(1, 81, 58, 94, True), (2,)], [(1, 81, 58, 95, True), (2,)], [(1, 81, 58, 96, True), (2,)], [(1, 81, 58, 97, True), (2,)], [(1, 81, 58, 98, True), (2,)], [(1, 81, 58, 99, True), (2,)], [(1, 81, 58, 100, True), (2,)], [(1, 81, 58, 101, True), (2,)], [(1, 81, 58, 102, True), (2,)], [(1, 81, 58, 103, True), (2,)], [(1, 81, 58, 104, True), (2,)], [(1, 81, 58, 105, True), (2,)], [(1, 81, 58, 106, True), (2,)], [(1, 81, 58, 107, True), (2,)], [(1, 81, 58, 108, True), (2,)], [(1, 81, 58, 109, True), (2,)], [(1, 81, 58, 110, True), (2,)], [(1, 81, 58, 111, True), (2,)], [(1, 81, 58, 112, True), (2,)], [(1, 81, 58, 113, True), (2,)], [(1, 81, 58, 114, True), (2,)], [(1, 81, 58, 115, True), (2,)], [(1, 81, 58, 116, True), (2,)], [(1, 81, 58, 117, True), (2,)], [(1, 81, 58, 118, True), (2,)], [(1, 81, 58, 119, True), (2,)], [(1, 81, 58, 120, True), (2,)], [(1, 81, 58, 121, True), (2,)], [(1, 81, 58, 122, True), (2,)], [(1, 81, 58, 123, True), (2,)], [(1, 81, 58, 124, True), (2,)], [(1, 81, 58, 125, True), (2,)], [(1, 81, 58, 126, True), (2,)], [(1, 81, 58, 127, True), (2,)], [(1, 81, 58, 128, True), (2,)], [(1, 81, 58, 129, True), (2,)], [(1, 81, 58, 130, True), (2,)], [(1, 81, 58, 131, True), (2,)], [(1, 81, 58, 132, True), (2,)], [(1, 81, 58, 133, True), (2,)], [(1, 81, 58, 134, True), (2,)], [(1, 81, 58, 135, True), (2,)], [(1, 81, 58, 136, True), (2,)], [(1, 81, 58, 137, True), (2,)], [(1, 81, 58, 138, True), (2,)], [(1, 81, 58, 139, True), (2,)], [(1, 81, 58, 140, True), (2,)], [(1, 81, 58, 141, True), (2,)], [(1, 81, 58, 142, True), (2,)], [(1, 81, 58, 143, True), (2,)], [(1, 81, 58, 144, True), (2,)], [(1, 81, 58, 145, True), (2,)], [(1, 81, 58, 146, True), (2,)], [(1, 81, 58, 147, True), (2,)], [(1, 81, 58, 148, True), (2,)], [(1, 81, 58, 149, True), (2,)], [(1, 81, 58, 150, True), (2,)], [(1, 81, 58, 151, True), (2,)], [(1, 81, 58, 152, True), (2,)], [(1, 81, 58, 153, True), (2,)], [(1, 81, 58, 154, True), (2,)], [(1, 81, 58, 155, True), (2,)], [(1, 81, 58, 156, True), (2,)], [(1, 81, 58, 157, True), (2,)], [(1, 81, 58, 158, True), (2,)], [(1, 81, 58, 159, True), (2,)], [(1, 81, 58, 160, True), (2,)], [(1, 81, 58, 161, True), (2,)], [(1, 81, 58, 162, True), (2,)], [(1, 81, 58, 163, True), (2,)], [(1, 81, 58, 164, True), (2,)], [(1, 81, 58, 165, True), (2,)], [(1, 81, 58, 166, True), (2,)], [(1, 81, 58, 167, True), (2,)], [(1, 81, 58, 168, True), (2,)], [(1, 81, 58, 169, True), (2,)], [(1, 81, 58, 170, True), (2,)], [(1, 81, 58, 171, True), (2,)], [(1, 81, 58, 172, True), (2,)], [(1, 81, 58, 173, True), (2,)], [(1, 81, 58, 174, True), (2,)], [(1, 81, 58, 175, True), (2,)], [(1, 81, 58, 176, True), (2,)], [(1, 81, 58, 177, True), (2,)], [(1, 81, 58, 178, True), (2,)], [(1, 81, 58, 179, True), (2,)], [(1, 81, 58, 180, True), (2,)], [(1, 81, 58, 181, True), (2,)], [(1, 81, 58, 182, True), (2,)], [(1, 81, 58, 183, True), (2,)], [(1, 81, 58, 184, True), (2,)], [(1, 81, 58, 185, True), (2,)], [(1, 81, 58, 186, True), (2,)], [(1, 81, 58, 187, True), (2,)], [(1, 81, 58, 188, True), (2,)], [(1, 81, 58, 189, True), (2,)], [(1, 81, 58, 190, True), (2,)], [(1, 81, 58, 191, True), (2,)], [(1, 81, 58, 192, True), (2,)], [(1, 81, 58, 193, True), (2,)], [(1, 81, 58, 194, True), (2,)], [(1, 81, 58, 195, True), (2,)], [(1, 81, 58, 196, True), (2,)], [(1, 81, 58, 197, True), (2,)], [(1, 81, 58, 198, True), (2,)], [(1, 81, 58, 199, True), (2,)], [(1, 81, 58, 200, True), (2,)], [(1, 81, 58, 201, True), (2,)], [(1, 81, 58, 202, True), (2,)], [(1, 81, 58, 203, True), (2,)], [(1, 81, 58, 204, True), (2,)], [(1, 81, 58, 205, True), (2,)], [(1, 81, 58, 206, True), (2,)], [(1, 81, 58, 207, True), (2,)], [(1, 81, 58, 208, True), (2,)], [(1, 81, 58, 209, True), (2,)], [(1, 81, 58, 210, True), (2,)], [(1, 81, 58, 211, True), (2,)], [(1, 81, 58, 212, True), (2,)], [(1, 81, 58, 213, True), (2,)], [(1, 81, 58, 214, True), (2,)], [(1, 81, 58, 215, True), (2,)], [(1, 81, 58, 216, True), (2,)], [(1, 81, 58, 217, True), (2,)], [(1, 81, 58, 218, True), (2,)], [(1, 81, 58, 219, True), (2,)], [(1, 81, 58, 220, True), (2,)], [(1, 81, 58, 221, True), (2,)], [(1, 81, 58, 222, True), (2,)], [(1, 81, 58, 223, True), (2,)], [(1, 81, 58, 224, True), (2,)], [(1, 81, 58, 225, True), (2,)], [(1, 81, 58, 226, True), (2,)], [(1, 81, 58, 227, True), (2,)], [(1, 81, 58, 228, True), (2,)], [(1, 81, 58, 229, True), (2,)], [(1, 81, 58, 230, True), (2,)], [(1, 81, 58, 231, True), (2,)], [(1, 81, 58, 232, True), (2,)], [(1, 81, 58, 233, True), (2,)], [(1, 81, 58, 234, True), (2,)], [(1, 81, 58, 235, True), (2,)], [(1, 81, 58, 236, True), (2,)], [(1, 81, 58, 237, True), (2,)], [(1, 81, 58, 238, True), (2,)], [(1, 81, 58, 239, True), (2,)], [(1, 81, 58, 240, True), (2,)], [(1, 81, 58, 241, True), (2,)], [(1, 81, 58, 242, True), (2,)], [(1, 81, 58, 243, True), (2,)], [(1, 81, 58, 244, True), (2,)], [(1, 81, 58, 245, True), (2,)], [(1, 81, 58, 246, True), (2,)], [(1, 81, 58, 247, True), (2,)], [(1, 81, 58, 248, True), (2,)], [(1, 81, 58, 249, True), (2,)], [(1, 81, 58, 250, True), (2,)], [(1, 81, 58, 251, True), (2,)], [(1, 81, 58, 252, True), (2,)], [(1, 81, 58, 253, True), (2,)], [(1, 81, 58, 254, True), (2,)], [(1, 81, 58, 255, True), (2,)], [(1, 81, 58, 256, True), (2,)], [(1, 81, 58, 257, True), (2,)], [(1, 81, 58, 258, True), (2,)], [(1, 81, 58, 259, True), (2,)], [(1, 81, 58, 260, True), (2,)], [(1, 81, 58, 261, True), (2,)], [(1, 81, 58, 262, True), (2,)], [(1, 81, 58, 263, True), (2,)], [(1, 81, 58, 264, True), (2,)], [(1, 81, 58, 265, True), (2,)], [(1, 81, 58, 266, True), (2,)], [(1, 81, 58, 267, True), (2,)], [(1, 81, 58, 268, True), (2,)], [(1, 81, 58, 269, True), (2,)], [(1, 81, 58, 270, True), (2,)], [(1, 81, 58, 271, True), (2,)], [(1, 81, 58, 272, True), (2,)], [(1, 81, 58, 273, True), (2,)], [(1, 81, 58, 274, True), (2,)], [(1, 81, 58, 275, True), (2,)], [(1, 81, 58, 276, True), (2,)], [(1, 81, 58, 277, True), (2,)], [(1, 81, 58, 278, True), (2,)], [(1, 81, 58, 279, True), (2,)], [(1, 81, 58, 280, True), (2,)], [(1, 81, 58, 281, True), (2,)], [(1, 81, 58, 282, True), (2,)], [(1, 81, 58, 283, True), (2,)], [(1, 81, 58, 284, True), (2,)], [(1, 81, 58, 285, True), (2,)], [(1, 81, 58, 286, True), (2,)], [(1, 81, 58, 287, True), (2,)], [(1, 81, 58, 288, True), (2,)], [(1, 81, 58, 289, True), (2,)], [(1, 81, 58, 290, True), (2,)], [(1, 81, 58, 291, True), (2,)], [(1, 81, 58, 292, True), (2,)], [(1, 81, 58, 293, True), (2,)], [(1, 81, 58, 294, True), (2,)], [(1, 81, 58, 295, True), (2,)], [(1, 81, 58, 296, True), (2,)], [(1, 81, 58, 297, True), (2,)], [(1, 81, 58, 298, True), (2,)], [(1, 81, 58, 299, True), (2,)], [(1, 81, 58, 300, True), (2,)], [(1, 81, 58, 301, True), (2,)], [(1, 81, 58, 302, True), (2,)], [(1, 81, 58, 303, True), (2,)], [(1, 81, 58, 304, True), (2,)], [(1, 81, 58, 305, True), (2,)], [(1, 81, 58, 306, True), (2,)], [(1, 81, 58, 307, True), (2,)], [(1, 81, 58, 308, True), (2,)], [(1, 81, 58, 309, True), (2,)], [(1, 81, 58, 310, True), (2,)], [(1, 81, 58, 311, True), (2,)], [(1, 81, 58, 312, True), (2,)], [(1, 81, 58, 313, True), (2,)], [(1, 81, 58, 314, True), (2,)], [(1, 81, 58, 315, True), (2,)], [(1, 81, 58, 316, True), (2,)], [(1, 81, 58, 317, True), (2,)], [(1, 81, 58, 318, True), (2,)], [(1, 81, 58, 319, True), (2,)], [(1, 81, 58, 320, True), (2,)], [(1, 81, 58, 321, True), (2,)], [(1, 81, 58, 322, True), (2,)], [(1, 81, 58, 323, True), (2,)], [(1, 81, 58, 324, True), (2,)], [(1, 81, 58, 325, True), (2,)], [(1, 81, 58, 326, True), (2,)], [(1, 81, 58, 327, True), (2,)], [(1, 81, 58, 328, True), (2,)], [(1, 81, 58, 329, True), (2,)], [(1, 81, 58, 330, True), (2,)], [(1, 81, 58, 331, True), (2,)], [(1, 81, 58, 332, True), (2,)], [(1, 81, 58, 333, True), (2,)], [(1, 81, 58, 334, True), (2,)], [(1, 81, 58, 335, True), (2,)], [(1, 81, 58, 336, True), (2,)], [(1, 81, 58, 337, True), (2,)], [(1, 81, 58, 338, True), (2,)], [(1, 81, 58, 339, True), (2,)], [(1, 81, 58, 340, True), (2,)], [(1, 81, 58, 341, True), (2,)], [(1, 81, 58, 342, True), (2,)], [(1, 81, 58, 343, True), (2,)], [(1, 81, 58, 344, True), (2,)], [(1, 81, 58, 345, True), (2,)], [(1, 81, 58, 346, True), (2,)], [(1, 81, 58, 347, True), (2,)], [(1, 81, 58, 348, True), (2,)], [(1, 81, 58, 349, True), (2,)], [(1, 81, 58, 350, True), (2,)], [(1, 81, 58, 351, True), (2,)], [(1, 81, 58, 352, True), (2,)], [(1, 81, 58, 353, True), (2,)], [(1, 81, 58, 354, True), (2,)], [(1, 81, 58, 355, True), (2,)], [(1, 81, 58, 356, True), (2,)], [(1, 81, 58, 357, True), (2,)], [(1, 81, 58, 358, True), (2,)], [(1, 81, 58, 359, True), (2,)], [(1, 81, 58, 360, True), (2,)], [(1, 81, 58, 361, True), (2,)], [(1, 81, 58, 362, True), (2,)], [(1, 81, 58, 363, True), (2,)], [(1, 81, 58, 364, True), (2,)], [(1, 81, 58, 365, True), (2,)], [(1, 81, 58, 366, True), (2,)], [(1, 81, 58, 367, True), (2,)], [(1, 81, 58, 368, True), (2,)], [(1, 81, 58, 369, True), (2,)], [(1, 81, 58, 370, True), (2,)], [(1, 81, 58, 371, True), (2,)], [(1, 81, 58, 372, True), (2,)], [(1, 81, 58, 373, True), (2,)], [(1, 81, 58, 374, True), (2,)], [(1, 81, 58, 375, True), (2,)], [(1, 81, 58, 376, True), (2,)], [(1, 81, 58, 377, True), (2,)], [(1, 81, 58, 378, True), (2,)], [(1, 81, 58, 379, True), (2,)], [(1, 81, 58, 380, True), (2,)], [(1, 81, 58, 381, True), (2,)], [(1, 81, 58, 382, True), (2,)], [(1, 81, 58, 383, True), (2,)], [(1, 81, 58, 384, True), (2,)], [(1, 81, 58, 385, True), (2,)], [(1, 81, 58, 386, True), (2,)], [(1, 81, 58, 387, True), (2,)], [(1, 81, 58, 388, True), (2,)], [(1, 81, 58, 389, True), (2,)], [(1, 81, 58, 390, True), (2,)], [(1, 81, 58, 391, True), (2,)], [(1, 81, 58, 392, True), (2,)], [(1, 81, 58, 393, True), (2,)], [(1, 81, 58, 394, True), (2,)], [(1, 81, 58, 395, True), (2,)], [(1, 81, 58, 396, True), (2,)], [(1, 81, 58, 397, True), (2,)], [(1, 81, 58, 398, True), (2,)], [(1, 81, 58, 399, True), (2,)], [(1, 81, 58, 400, True), (2,)], [(1, 81, 58, 401, True), (2,)], [(1, 81, 58, 402, True), (2,)], [(1, 81, 58, 403, True), (2,)], [(1, 81, 58, 404, True), (2,)], [(1, 81, 58, 405, True), (2,)], [(1, 81, 58, 406, True), (2,)], [(1, 81, 58, 407, True), (2,)], [(1, 81, 58, 408, True), (2,)], [(1, 81, 58, 409, True), (2,)], [(1, 81, 58, 410, True), (2,)], [(1, 81, 58, 411, True), (2,)], [(1, 81, 58, 412, True), (2,)], [(1, 81, 58, 413, True), (2,)], [(1, 81, 58, 414, True), (2,)], [(1, 81, 58, 415, True), (2,)], [(1, 81, 58, 416, True), (2,)], [(1, 81, 58, 417, True), (2,)], [(1, 81, 58, 418, True), (2,)], [(1, 81, 58, 419, True), (2,)], [(1, 81, 58, 420, True), (2,)], [(1, 81, 58, 421, True), (2,)], [(1, 81, 58, 422, True), (2,)], [(1, 81, 58, 423, True), (2,)], [(1, 81, 58, 424, True), (2,)], [(1, 81, 58, 425, True), (2,)], [(1, 81, 58, 426, True), (2,)], [(1, 81, 58, 427, True), (2,)], [(1, 81, 58, 428, True), (2,)], [(1, 81, 58, 429, True), (2,)], [(1, 81, 58, 430, True), (2,)], [(1, 81, 58, 431, True), (2,)], [(1, 81, 58, 432, True), (2,)], [(1, 81, 58, 433, True), (2,)], [(1, 81, 58, 434, True), (2,)], [(1, 81, 58, 435, True), (2,)], [(1, 81, 58, 436, True), (2,)], [(1, 81, 58, 437, True), (2,)], [(1, 81, 58, 438, True), (2,)], [(1, 81, 58, 439, True), (2,)], [(1, 81, 58, 440, True), (2,)], [(1, 81, 58, 441, True), (2,)], [(1, 81, 58, 442, True), (2,)], [(1, 81, 58, 443, True), (2,)], [(1, 81, 58, 444, True), (2,)], [(1, 81, 58, 445, True), (2,)], [(1, 81, 58, 446, True), (2,)], [(1, 81, 58, 447, True), (2,)], [(1, 81, 58, 448, True), (2,)], [(1, 81, 58, 449, True), (2,)], [(1, 81, 58, 450, True), (2,)], [(1, 81, 58, 451, True), (2,)], [(1, 81, 58, 452, True), (2,)], [(1, 81, 58, 453, True), (2,)], [(1, 81, 58, 454, True), (2,)], [(1, 81, 58, 455, True), (2,)], [(1, 81, 58, 456, True), (2,)], [(1, 81, 58, 457, True), (2,)], [(1, 81, 58, 458, True), (2,)], [(1, 81, 58, 459, True), (2,)], [(1, 81, 58, 460, True), (2,)], [(1, 81, 58, 461, True), (2,)], [(1, 81, 58, 462, True), (2,)], [(1, 81, 58, 463, True), (2,)], [(1, 81, 58, 464, True), (2,)], [(1, 81, 58, 465, True), (2,)], [(1, 81, 58, 466, True), (2,)], [(1, 81, 58, 467, True), (2,)], [(1, 81, 58, 468, True), (2,)], [(1, 81, 58, 469, True), (2,)], [(1, 81, 58, 470, True), (2,)], [(1, 81, 58, 471, True), (2,)], [(1, 81, 58, 472, True), (2,)], [(1, 81, 58, 473, True), (2,)], [(1, 81, 58, 474, True), (2,)], [(1, 81, 58, 475, True), (2,)], [(1, 81, 58, 476, True), (2,)], [(1, 81, 58, 477, True), (2,)], [(1, 81, 58, 478, True), (2,)], [(1, 81, 58, 479, True), (2,)], [(1, 81, 58, 480, True), (2,)], [(1, 81, 58, 481, True), (2,)], [(1, 81, 58, 482, True), (2,)], [(1, 81, 58, 483, True), (2,)], [(1, 81, 58, 484, True), (2,)], [(1, 81, 58, 485, True), (2,)], [(1, 81, 58, 486, True), (2,)], [(1, 81, 58, 487, True), (2,)], [(1, 81, 58, 488, True), (2,)], [(1, 81, 58, 489, True), (2,)], [(1, 81, 58, 490, True), (2,)], [(1, 81, 58, 491, True), (2,)], [(1, 81, 58, 492, True), (2,)], [(1, 81, 58, 493, True), (2,)], [(1, 81, 58, 494, True), (2,)], [(1, 81, 58, 495, True), (2,)], [(1, 81, 58, 496, True), (2,)], [(1, 81, 58, 497, True), (2,)], [(1, 81, 58, 498, True), (2,)], [(1, 81, 58, 499, True), (2,)], [(1, 81, 58, 500, True), (2,)], [(1, 81, 58, 501, True), (2,)], [(1, 81, 58, 502, True), (2,)], [(1, 81, 58, 503, True), (2,)], [(1, 81, 58, 504, True), (2,)], [(1, 81, 58, 505, True), (2,)], [(1, 81, 58, 506, True), (2,)], [(1, 81, 58, 507, True), (2,)], [(1, 81, 58, 508, True), (2,)], [(1, 81, 58, 509, True), (2,)], [(1, 81, 58, 510, True), (2,)], [(1, 81, 58, 511, True), (2,)], [(1, 81, 58, 512, True), (2,)], [(1, 81, 58, 513, True), (2,)], [(1, 81, 58, 514, True), (2,)], [(1, 81, 58, 515, True), (2,)], [(1, 81, 58, 516, True), (2,)], [(1, 81, 58, 517, True), (2,)], [(1, 81, 58, 518, True), (2,)], [(1, 81, 58, 519, True), (2,)], [(1, 81, 58, 520, True), (2,)], [(1, 81, 58, 521, True), (2,)], [(1, 81, 58, 522, True), (2,)], [(1, 81, 58, 523, True), (2,)], [(1, 81, 58, 524, True), (2,)], [(1, 81, 58, 525, True), (2,)], [(1, 81, 58, 526, True), (2,)], [(1, 81, 58, 527, True), (2,)], [(1, 81, 58, 528, True), (2,)], [(1, 81, 58, 529, True), (2,)], [(1, 81, 58, 530, True), (2,)], [(1, 81, 58, 531, True), (2,)], [(1, 81, 58, 532, True), (2,)], [(1, 81, 58, 533, True), (2,)], [(1, 81, 58, 534, True), (2,)], [(1, 81, 58, 535, True), (2,)], [(1, 81, 58, 536, True), (2,)], [(1, 81, 58, 537, True), (2,)], [(1, 81, 58, 538, True), (2,)], [(1, 81, 58, 539, True), (2,)], [(1, 81, 58, 540, True), (2,)], [(1, 81, 58, 541, True), (2,)], [(1, 81, 58, 542, True), (2,)], [(1, 81, 58, 543, True), (2,)], [(1, 81, 58, 544, True), (2,)], [(1, 81, 58, 545, True), (2,)], [(1, 81, 58, 546, True), (2,)], [(1, 81, 58, 547, True), (2,)], [(1, 81, 58, 548, True), (2,)], [(1, 81, 58, 549, True), (2,)], [(1, 81, 58, 550, True), (2,)], [(1, 81, 58, 551, True), (2,)], [(1, 81, 58, 552, True), (2,)], [(1, 81, 58, 553, True), (2,)], [(1, 81, 58, 554, True), (2,)], [(1, 81, 58, 555, True), (2,)], [(1, 81, 58, 556, True), (2,)], [(1, 81, 58, 557, True), (2,)], [(1, 81, 58, 558, True), (2,)], [(1, 81, 58, 559, True), (2,)], [(1, 81, 58, 560, True), (2,)], [(1, 81, 58, 561, True), (2,)], [(1, 81, 58, 562, True), (2,)], [(1, 81, 58, 563, True), (2,)], [(1, 81, 58, 564, True), (2,)], [(1, 81, 58, 565, True), (2,)], [(1, 81, 58, 566, True), (2,)], [(1, 81, 58, 567, True), (2,)], [(1, 81, 58, 568, True), (2,)], [(1, 81, 58, 569, True), (2,)], [(1, 81, 58, 570, True), (2,)], [(1, 81, 58, 571, True), (2,)], [(1, 81, 58, 572, True), (2,)], [(1, 81, 58, 573, True), (2,)], [(1, 81, 58, 574, True), (2,)], [(1, 81, 58, 575, True), (2,)], [(1, 81, 58, 576, True), (2,)], [(1, 81, 58, 577, True), (2,)], [(1, 81, 58, 578, True), (2,)], [(1, 81, 58, 579, True), (2,)], [(1, 81, 58, 580, True), (2,)], [(1, 81, 58, 581, True), (2,)], [(1, 81, 58, 582, True), (2,)], [(1, 81, 58, 583, True), (2,)], [(1, 81, 58, 584, True), (2,)], [(1, 81, 58, 585, True), (2,)], [(1, 81, 58, 586, True), (2,)], [(1, 81, 58, 587, True), (2,)], [(1, 81, 58, 588, True), (2,)], [(1, 81, 58, 589, True), (2,)], [(1, 81, 58, 590, True), (2,)], [(1, 81, 58, 591, True), (2,)], [(1, 81, 58, 592, True), (2,)], [(1, 81, 58, 593, True), (2,)], [(1, 81, 58, 594, True), (2,)], [(1, 81, 58, 595, True), (2,)], [(1, 81, 58, 596, True), (2,)], [(1, 81, 58, 597, True), (2,)], [(1, 81, 58, 598, True), (2,)], [(1, 81, 58, 599, True), (2,)], [(1, 81, 58, 600, True), (2,)], [(1, 81, 58, 601, True), (2,)], [(1, 81, 58, 602, True), (2,)], [(1, 81, 58, 603, True), (2,)], [(1, 81, 58, 604, True), (2,)], [(1, 81, 58, 605, True), (2,)], [(1, 81, 58, 606, True), (2,)], [(1, 81, 58, 607, True), (2,)], [(1, 81, 58, 608, True), (2,)], [(1, 81, 58, 609, True), (2,)], [(1, 81, 58, 610, True), (2,)], [(1, 81, 58, 611, True), (2,)], [(1, 81, 58, 612, True), (2,)], [(1, 81, 58, 613, True), (2,)], [(1, 81, 58, 614, True), (2,)], [(1, 81, 58, 615, True), (2,)], [(1, 81, 58, 616, True), (2,)], [(1, 81, 58, 617, True), (2,)], [(1, 81, 58, 618, True), (2,)], [(1, 81, 58, 619, True), (2,)], [(1, 81, 58, 620, True), (2,)], [(1, 81, 58, 621, True), (2,)], [(1, 81, 58, 622, True), (2,)], [(1, 81, 58, 623, True), (2,)], [(1, 81, 58, 624, True), (2,)], [(1, 81, 58, 625, True), (2,)], [(1, 81, 58, 626, True), (2,)], [(1, 81, 58, 627, True), (2,)], [(1, 81, 58, 628, True), (2,)], [(1, 81, 58, 629, True), (2,)], [(1, 81, 58, 630, True), (2,)], [(1, 81, 58, 631, True), (2,)], [(1, 81, 58, 632, True), (2,)], [(1, 81, 58, 633, True), (2,)], [(1, 81, 58, 634, True), (2,)], [(1, 81, 58, 635, True), (2,)], [(1, 81, 58, 636, True), (2,)], [(1, 81, 58, 637, True), (2,)], [(1, 81, 58, 638, True), (2,)], [(1, 81, 58, 639, True), (2,)], [(1, 81, 58, 640, True), (2,)], [(1, 81, 58, 641, True), (2,)], [(1, 81, 58, 642, True), (2,)], [(1, 81, 58, 643, True), (2,)], [(1, 81, 58, 644, True), (2,)], [(1, 81, 58, 645, True), (2,)], [(1, 81, 58, 646, True), (2,)], [(1, 81, 58, 647, True), (2,)], [(1, 81, 58, 648, True), (2,)], [(1, 81, 58, 649, True), (2,)], [(1, 81, 58, 650, True), (2,)], [(1, 81, 58, 651, True), (2,)], [(1, 81, 58, 652, True), (2,)], [(1, 81, 58, 653, True), (2,)], [(1, 81, 58, 654, True), (2,)], [(1, 81, 58, 655, True), (2,)], [(1, 81, 58, 656, True), (2,)], [(1, 81, 58, 657, True), (2,)], [(1, 81, 58, 658, True), (2,)], [(1, 81, 58, 659, True), (2,)], [(1, 81, 58, 660, True), (2,)], [(1, 81, 58, 661, True), (2,)], [(1, 81, 58, 662, True), (2,)], [(1, 81, 58, 663, True), (2,)], [(1, 81, 58, 664, True), (2,)], [(1, 81, 58, 665, True), (2,)], [(1, 81, 58, 666, True), (2,)], [(1, 81, 58, 667, True), (2,)], [(1, 81, 58, 668, True), (2,)], [(1, 81, 58, 669, True), (2,)], [(1, 81, 58, 670, True), (2,)], [(1, 81, 58, 671, True), (2,)], [(1, 81, 58, 672, True), (2,)], [(1, 81, 58, 673, True), (2,)], [(1, 81, 58, 674, True), (2,)], [(1, 81, 58, 675, True), (2,)], [(1, 81, 58, 676, True), (2,)], [(1, 81, 58, 677, True), (2,)], [(1, 81, 58, 678, True), (2,)], [(1, 81, 58, 679, True), (2,)], [(1, 81, 58, 680, True), (2,)], [(1, 81, 58, 681, True), (2,)], [(1, 81, 58, 682, True), (2,)], [(1, 81, 58, 683, True), (2,)], [(1, 81, 58, 684, True), (2,)], [(1, 81, 58, 685, True), (2,)], [(1, 81, 58, 686, True), (2,)], [(1, 81, 58, 687, True), (2,)], [(1, 81, 58, 688, True), (2,)], [(1, 81, 58, 689, True), (2,)], [(1, 81, 58, 690, True), (2,)], [(1, 81, 58, 691, True), (2,)], [(1, 81, 58, 692, True), (2,)], [(1, 81, 58, 693, True), (2,)], [(1, 81, 58, 694, True), (2,)], [(1, 81, 58, 695, True), (2,)], [(1, 81, 58, 696, True), (2,)], [(1, 81, 58, 697, True), (2,)], [(1, 81, 58, 698, True), (2,)], [(1, 81, 58, 699, True), (2,)], [(1, 81, 58, 700, True), (2,)], [(1, 81, 58, 701, True), (2,)], [(1, 81, 58, 702, True), (2,)], [(1, 81, 58, 703, True), (2,)], [(1, 81, 58, 704, True), (2,)], [(1, 81, 58, 705, True), (2,)], [(1, 81, 58, 706, True), (2,)], [(1, 81, 58, 707, True), (2,)], [(1, 81, 58, 708, True), (2,)], [(1, 81, 58, 709, True), (2,)], [(1, 81, 58, 710, True), (2,)], [(1, 81, 58, 711, True), (2,)], [(1, 81, 58, 712, True), (2,)], [(1, 81, 58, 713, True), (2,)], [(1, 81, 58, 714, True), (2,)], [(1, 81, 58, 715, True), (2,)], [(1, 81, 58, 716, True), (2,)], [(1, 81, 58, 717, True), (2,)], [(1, 81, 58, 718, True), (2,)], [(1, 81, 58, 719, True), (2,)], [(1, 81, 58, 720, True), (2,)], [(1, 81, 58, 721, True), (2,)], [(1, 81, 58, 722, True), (2,)], [(1, 81, 58, 723, True), (2,)], [(1, 81, 58, 724, True), (2,)], [(1, 81, 58, 725, True), (2,)], [(1, 81, 58, 726, True), (2,)], [(1, 81, 58, 727, True), (2,)], [(1, 81, 58, 728, True), (2,)], [(1, 81, 58, 729, True), (2,)], [(1, 81, 58, 730, True), (2,)], [(1, 81, 58, 731, True), (2,)], [(1, 81, 58, 732, True), (2,)], [(1, 81, 58, 733, True), (2,)], [(1, 81, 58, 734, True), (2,)], [(1, 81, 58, 735, True), (2,)], [(1, 81, 58, 736, True), (2,)], [(1, 81, 58, 737, True), (2,)], [(1, 81, 58, 738, True), (2,)], [(1, 81, 58, 739, True), (2,)], [(1, 81, 58, 740, True), (2,)], [(1, 81, 58, 741, True), (2,)], [(1, 81, 58, 742, True), (2,)], [(1, 81, 58, 743, True), (2,)], [(1, 81, 58, 744, True), (2,)], [(1, 81, 58, 745, True), (2,)], [(1, 81, 58, 746, True), (2,)], [(1, 81, 58, 747, True), (2,)], [(1, 81, 58, 748, True), (2,)], [(1, 81, 58, 749, True), (2,)], [(1, 81, 58, 750, True), (2,)], [(1, 81, 58, 751, True), (2,)], [(1, 81, 58, 752, True), (2,)], [(1, 81, 58, 753, True), (2,)], [(1, 81, 58, 754, True), (2,)], [(1, 81, 58, 755, True), (2,)], [(1, 81, 58, 756, True), (2,)], [(1, 81, 58, 757, True), (2,)], [(1, 81, 58, 758, True), (2,)], [(1, 81, 58, 759, True), (2,)], [(1, 81, 58, 760, True), (2,)], [(1, 81, 58, 761, True), (2,)], [(1, 81, 58, 762, True), (2,)], [(1, 81, 58, 763, True), (2,)], [(1, 81, 58, 764, True), (2,)], [(1, 81, 58, 765, True), (2,)], [(1, 81, 58, 766, True), (2,)], [(1, 81, 58, 767, True), (2,)], [(1, 81, 58, 768, True), (2,)], [(1, 81, 58, 769, True), (2,)], [(1, 81, 58, 770, True), (2,)], [(1, 81, 58, 771, True), (2,)], [(1, 81, 58, 772, True), (2,)], [(1, 81, 58, 773, True), (2,)], [(1, 81, 58, 774, True), (2,)], [(1, 81, 58, 775, True), (2,)], [(1, 81, 58, 776, True), (2,)], [(1, 81, 58, 777, True), (2,)], [(1, 81, 58, 778, True), (2,)], [(1, 81, 58, 779, True), (2,)], [(1, 81, 58, 780, True), (2,)], [(1, 81, 58, 781, True), (2,)], [(1, 81, 58, 782, True), (2,)], [(1, 81, 58, 783, True), (2,)], [(1, 81, 58, 784, True), (2,)], [(1, 81, 58, 785, True), (2,)], [(1, 81, 58, 786, True), (2,)], [(1, 81, 58, 787, True), (2,)], [(1, 81, 58, 788, True), (2,)], [(1, 81, 58, 789, True), (2,)], [(1, 81, 58, 790, True), (2,)], [(1, 81, 58, 791, True), (2,)], [(1, 81, 58, 792, True), (2,)], [(1, 81, 58, 793, True), (2,)], [(1, 81, 58, 794, True), (2,)], [(1, 81, 58, 795, True), (2,)], [(1, 81, 58, 796, True), (2,)], [(1, 81, 58, 797, True), (2,)], [(1, 81, 58, 798, True), (2,)], [(1, 81, 58, 799, True), (2,)], [(1, 81, 58, 800, True), (2,)], [(1, 81, 58, 801, True), (2,)], [(1, 81, 58, 802, True), (2,)], [(1, 81, 58, 803, True), (2,)], [(1, 81, 58, 804, True), (2,)], [(1, 81, 58, 805, True), (2,)], [(1, 81, 58, 806, True), (2,)], [(1, 81, 58, 807, True), (2,)], [(1, 81, 58, 808, True), (2,)], [(1, 81, 58, 809, True), (2,)], [(1, 81, 58, 810, True), (2,)], [(1, 81, 58, 811, True), (2,)], [(1, 81, 58, 812, True), (2,)], [(1, 81, 58, 813, True), (2,)], [(1, 81, 58, 814, True), (2,)], [(1, 81, 58, 815, True), (2,)], [(1, 81, 58, 816, True), (2,)], [(1, 81, 58, 817, True), (2,)], [(1, 81, 58, 818, True), (2,)], [(1, 81, 58, 819, True), (2,)], [(1, 81, 58, 820, True), (2,)], [(1, 81, 58, 821, True), (2,)], [(1, 81, 58, 822, True), (2,)], [(1, 81, 58, 823, True), (2,)], [(1, 81, 58, 824, True), (2,)], [(1, 81, 58, 825, True), (2,)], [(1, 81, 58, 826, True), (2,)], [(1, 81, 58, 827, True), (2,)], [(1, 81, 58, 828, True), (2,)], [(1, 81, 58, 829, True), (2,)], [(1, 81, 58, 830, True), (2,)], [(1, 81, 58, 831, True), (2,)], [(1, 81, 58, 832, True), (2,)], [(1, 81, 58, 833, True), (2,)], [(1, 81, 58, 834, True), (2,)], [(1, 81, 58, 835, True), (2,)], [(1, 81, 58, 836, True), (2,)], [(1, 81, 58, 837, True), (2,)], [(1, 81, 58, 838, True), (2,)], [(1, 81, 58, 839, True), (2,)], [(1, 81, 58, 840, True), (2,)], [(1, 81, 58, 841, True), (2,)], [(1, 81, 58, 842, True), (2,)], [(1, 81, 58, 843, True), (2,)], [(1, 81, 58, 844, True), (2,)], [(1, 81, 58, 845, True), (2,)], [(1, 81, 58, 846, True), (2,)], [(1, 81, 58, 847, True), (2,)], [(1, 81, 58, 848, True), (2,)], [(1, 81, 58, 849, True), (2,)], [(1, 81, 58, 850, True), (2,)], [(1, 81, 58, 851, True), (2,)], [(1, 81, 58, 852, True), (2,)], [(1, 81, 58, 853, True), (2,)], [(1, 81, 58, 854, True), (2,)], [(1, 81, 58, 855, True), (2,)], [(1, 81, 58, 856, True), (2,)], [(1, 81, 58, 857, True), (2,)], [(1, 81, 58, 858, True), (2,)], [(1, 81, 58, 859, True), (2,)], [(1, 81, 58, 860, True), (2,)], [(1, 81, 58, 861, True), (2,)], [(1, 81, 58, 862, True), (2,)], [(1, 81, 58, 863, True), (2,)], [(1, 81, 58, 864, True), (2,)], [(1, 81, 58, 865, True), (2,)], [(1, 81, 58, 866, True), (2,)], [(1, 81, 58, 867, True), (2,)], [(1, 81, 58, 868, True), (2,)], [(1, 81, 58, 869, True), (2,)], [(1, 81, 58, 870, True), (2,)], [(1, 81, 58, 871, True), (2,)], [(1, 81, 58, 872, True), (2,)], [(1, 81, 58, 873, True), (2,)], [(1, 81, 58, 874, True), (2,)], [(1, 81, 58, 875, True), (2,)], [(1, 81, 58, 876, True), (2,)], [(1, 81, 58, 877, True), (2,)], [(1, 81, 58, 878, True), (2,)], [(1, 81, 58, 879, True), (2,)], [(1, 81, 58, 880, True), (2,)], [(1, 81, 58, 881, True), (2,)], [(1, 81, 58, 882, True), (2,)], [(1, 81, 58, 883, True), (2,)], [(1, 81, 58, 884, True), (2,)], [(1, 81, 58, 885, True), (2,)], [(1, 81, 58, 886, True), (2,)], [(1, 81, 58, 887, True), (2,)], [(1, 81, 58, 888, True), (2,)], [(1, 81, 58, 889, True), (2,)], [(1, 81, 58, 890, True), (2,)], [(1, 81, 58, 891, True), (2,)], [(1, 81, 58, 892, True), (2,)], [(1, 81, 58, 893, True), (2,)], [(1, 81, 58, 894, True), (2,)], [(1, 81, 58, 895, True), (2,)], [(1, 81, 58, 896, True), (2,)], [(1, 81, 58, 897, True), (2,)], [(1, 81, 58, 898, True), (2,)], [(1, 81, 58, 899, True), (2,)], [(1, 81, 58, 900, True), (2,)], [(1, 81, 58, 901, True), (2,)], [(1, 81, 58, 902, True), (2,)], [(1, 81, 58, 903, True), (2,)], [(1, 81, 58, 904, True), (2,)], [(1, 81, 58, 905, True), (2,)], [(1, 81, 58, 906, True), (2,)], [(1, 81, 58, 907, True), (2,)], [(1, 81, 58, 908, True), (2,)], [(1, 81, 58, 909, True), (2,)], [(1, 81, 58, 910, True), (2,)], [(1, 81, 58, 911, True), (2,)], [(1, 81, 58, 912, True), (2,)], [(1, 81, 58, 913, True), (2,)], [(1, 81, 58, 914, True), (2,)], [(1, 81, 58, 915, True), (2,)], [(1, 81, 58, 916, True), (2,)], [(1, 81, 58, 917, True), (2,)], [(1, 81, 58, 918, True), (2,)], [(1, 81, 58, 919, True), (2,)], [(1, 81, 58, 920, True), (2,)], [(1, 81, 58, 921, True), (2,)], [(1, 81, 58, 922, True), (2,)], [(1, 81, 58, 923, True), (2,)], [(1, 81, 58, 924, True), (2,)], [(1, 81, 58, 925, True), (2,)], [(1, 81, 58, 926, True), (2,)], [(1, 81, 58, 927, True), (2,)], [(1, 81, 58, 928, True), (2,)], [(1, 81, 58, 929, True), (2,)], [(1, 81, 58, 930, True), (2,)], [(1, 81, 58, 931, True), (2,)], [(1, 81, 58, 932, True), (2,)], [(1, 81, 58, 933, True), (2,)], [(1, 81, 58, 934, True), (2,)], [(1, 81, 58, 935, True), (2,)], [(1, 81, 58, 936, True), (2,)], [(1, 81, 58, 937, True), (2,)], [(1, 81, 58, 938, True), (2,)], [(1, 81, 58, 939, True), (2,)], [(1, 81, 58, 940, True), (2,)], [(1, 81, 58, 941, True), (2,)], [(1, 81, 58, 942, True), (2,)], [(1, 81, 58, 943, True), (2,)], [(1, 81, 58, 944, True), (2,)], [(1, 81, 58, 945, True), (2,)], [(1, 81, 58, 946, True), (2,)], [(1, 81, 58, 947, True), (2,)], [(1, 81, 58, 948, True), (2,)], [(1, 81, 58, 949, True), (2,)], [(1, 81, 58, 950, True), (2,)], [(1, 81, 58, 951, True), (2,)], [(1, 81, 58, 952, True), (2,)], [(1, 81, 58, 953, True), (2,)], [(1, 81, 58, 954, True), (2,)], [(1, 81, 58, 955, True), (2,)], [(1, 81, 58, 956, True), (2,)], [(1, 81, 58, 957, True), (2,)], [(1, 81, 58, 958, True), (2,)], [(1, 81, 58, 959, True), (2,)], [(1, 81, 58, 960, True), (2,)], [(1, 81, 58, 961, True), (2,)], [(1, 81, 58, 962, True), (2,)], [(1, 81, 58, 963, True), (2,)], [(1, 81, 58, 964, True), (2,)], [(1, 81, 58, 965, True), (2,)], [(1, 81, 58, 966, True), (2,)], [(1, 81, 58, 967, True), (2,)], [(1, 81, 58, 968, True), (2,)], [(1, 81, 58, 969, True), (2,)], [(1, 81, 58, 970, True), (2,)], [(1, 81, 58, 971, True), (2,)], [(1, 81, 58, 972, True), (2,)], [(1, 81, 58, 973, True), (2,)], [(1, 81, 58, 974, True), (2,)], [(1, 81, 58, 975, True), (2,)], [(1, 81, 58, 976, True), (2,)], [(1, 81, 58, 977, True), (2,)], [(1, 81, 58, 978, True), (2,)], [(1, 81, 58, 979, True), (2,)], [(1, 81, 58, 980, True), (2,)], [(1, 81, 58, 981, True), (2,)], [(1, 81, 58, 982, True), (2,)], [(1, 81, 58, 983, True), (2,)], [(1, 81, 58, 984, True), (2,)], [(1, 81, 58, 985, True), (2,)], [(1, 81, 58, 986, True), (2,)], [(1, 81, 58, 987, True), (2,)], [(1, 81, 58, 988, True), (2,)], [(1, 81, 58, 989, True), (2,)], [(1, 81, 58, 990, True), (2,)], [(1, 81, 58, 991, True), (2,)], [(1, 81, 58, 992, True), (2,)], [(1, 81, 58, 993, True), (2,)], [(1, 81, 58, 994, True), (2,)], [(1, 81, 58, 995, True), (2,)], [(1, 81, 58, 996, True), (2,)], [(1, 81, 58, 997, True), (2,)], [(1, 81, 58, 998, True), (2,)], [(1, 81, 58, 999, True), (2,)], [(1, 81, 58, 1000, True), (2,)], [(1, 81, 58, 1001, True), (2,)], [(1, 81, 58, 1002, True), (2,)], [(1, 81, 58, 1003, True), (2,)], [(1, 81, 58, 1004, True), (2,)], [(1, 81, 58, 1005, True), (2,)], [(1, 81, 58, 1006, True), (2,)], [(1, 81, 58, 1007, True), (2,)], [(1, 81, 58, 1008, True), (2,)], [(1, 81, 58, 1009, True), (2,)], [(1, 81, 58, 1010, True), (2,)], [(1, 81, 58, 1011, True), (2,)], [(1, 81, 58, 1012, True), (2,)], [(1, 81, 58, 1013, True), (2,)], [(1, 81, 58, 1014, True), (2,)], [(1, 81, 58, 1015, True), (2,)], [(1, 81, 58, 1016, True), (2,)], [(1, 81, 58, 1017, True), (2,)], [(1, 81, 58, 1018, True), (2,)], [(1, 81, 58, 1019, True), (2,)], [(1, 81, 58, 1020, True), (2,)], [(1, 81, 58, 1021, True), (2,)], [(1, 81, 58, 1022, True), (2,)], [(1, 81, 58, 1023, True), (2,)], [(1, 81, 58, 1024, True), (2,)], [(1, 81, 58, 1025, True), (2,)], [(1, 81, 58, 1026, True), (2,)], [(1, 81, 58, 1027, True), (2,)], [(1, 81, 58, 1028, True), (2,)], [(2,)]]),
    ('s', [[(3, 24, 1)], [(2,)]]),
    ('s', [[(3, 25, 1)], [(2,)]]),
    ('c', [[(1, 67, 51, 1, False), (1, 68, 54, 1, False)], [(1, 76, 57, 2, False), (1, 77, 59, 3, True), (2,)], [(1, 77, 59, 3, True), (2,)], [(1, 77, 59, 4, True), (2,)], [(1, 77, 59, 5, True), (2,)], [(2,)]]),
    ('c', [[(1, 74, 2, 1, False)], [(1, 75, 60, 2, True)], [(1, 75, 60, 3, True), (2,)], [(1, 75, 60, 4, True), (2,)], [(2,)]]),
    ('c', [[(1, 71, 61, 1, False)], [(1, 72, 1, 2, False)], [(1, 73, 3, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 26, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 86, 22, 1, False)], [(1, 87, 2, 2, False)], [(1, 88, 2, 3, False)], [(1, 89, 2, 4, False)], [(1, 90, 2, 5, False)], [(1, 91, 2, 6, False)], [(1, 92, 2, 7, False), (1, 93, 2, 8, False)], [(1, 93, 2, 8, False)], [(1, 94, 2, 9, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 106, 67, 2, False)], [(1, 107, 48, 3, False)], [(1, 108, 2, 4, False), (1, 109, 68, 5, False), (1, 110, 10, 6, False), (1, 111, 7, 7, False)], [(1, 109, 68, 5, False), (1, 110, 10, 6, False), (1, 111, 7, 7, False)], [(1, 110, 10, 6, False), (1, 111, 7, 7, False)], [(1, 111, 7, 7, False)], [(2,)]]),
    ('s', [[(3, 27, 1)], [(2,)]]),
    ('c', [[(1, 101, 69, 1, False)], [(1, 102, 70, 2, False), (1, 103, 71, 3, False), (1, 104, 72, 4, False), (1, 105, 73, 5, False), (2,)], [(1, 103, 71, 3, False), (1, 104, 72, 4, False), (1, 105, 73, 5, False), (2,)], [(1, 104, 72, 4, False), (1, 105, 73, 5, False), (2,)], [(1, 105, 73, 5, False), (2,)], [(2,)]]),
    ('s', [[(3, 24, 1)], [(2,)]]),
    ('s', [[(3, 28, 1)], [(2,)]]),
    ('s', [[(3, 29, 1)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('s', [[(3, 30, 1)], [(2,)]]),
    ('c', [[(1, 26, 18, 1, False)], [(1, 113, 2, 2, False)], [(1, 114, 2, 3, False), (1, 115, 2, 4, False), (1, 116, 2, 5, False), (1, 117, 10, 6, False), (1, 118, 10, 7, False)], [(1, 115, 2, 4, False), (1, 116, 2, 5, False), (1, 117, 10, 6, False), (1, 118, 10, 7, False)], [(1, 116, 2, 5, False), (1, 117, 10, 6, False), (1, 118, 10, 7, False)], [(1, 117, 10, 6, False), (1, 118, 10, 7, False)], [(1, 118, 10, 7, False)], [(1, 119, 2, 8, False), (1, 120, 2, 9, False), (1, 121, 2, 10, False)], [(1, 120, 2, 9, False), (1, 121, 2, 10, False)], [(1, 121, 2, 10, False)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 30, 22, 2, False)], [(1, 123, 2, 3, False)], [(1, 124, 2, 4, False)], [(1, 125, 10, 5, False)], [(1, 126, 10, 6, False)], [(1, 127, 10, 7, False)], [(1, 128, 2, 8, False), (1, 129, 2, 9, False), (1, 130, 2, 10, False), (1, 106, 67, 11, False)], [(1, 129, 2, 9, False), (1, 130, 2, 10, False), (1, 106, 67, 11, False)], [(1, 130, 2, 10, False), (1, 106, 67, 11, False)], [(1, 106, 67, 11, False)], [(1, 107, 48, 12, False)], [(1, 109, 68, 13, False), (1, 110, 10, 14, False), (2,)], [(1, 110, 10, 14, False), (2,)], [(2,)]]),
    ('c', [[(1, 52, 18, 1, False)], [(1, 132, 10, 2, False), (1, 133, 10, 3, False)], [(1, 133, 10, 3, False)], [(2,)]]),
    ('c', [[(1, 135, 78, 1, False), (1, 136, 78, 2, False), (1, 137, 78, 3, False)], [(1, 138, 78, 4, False)], [(1, 137, 78, 3, False)], [(1, 139, 78, 5, False), (1, 140, 78, 6, False), (2,)], [(1, 136, 78, 2, False), (1, 137, 78, 3, False)], [(1, 140, 78, 6, False), (2,)], [(1, 141, 78, 7, False)], [(2,)]]),
    ('s', [[(3, 31, 1)], [(2,)]]),
    ('c', [[(0, 32, 7, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 31, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 9, 8, 1, False)], [(1, 10, 9, 2, False)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 67, 51, 1, False), (1, 68, 54, 1, False)], [(2,)]]),
    ('c', [[(0, 165, 7, 1), (1, 166, 30, 2, False), (1, 167, 86, 3, False), (1, 168, 88, 4, False), (1, 169, 91, 5, False), (1, 170, 93, 6, False), (1, 171, 94, 7, False), (1, 172, 30, 8, False), (4, 9), (5, 1)], [(1, 166, 30, 2, False), (1, 167, 86, 3, False), (1, 168, 88, 4, False), (1, 169, 91, 5, False), (1, 170, 93, 6, False), (1, 171, 94, 7, False), (1, 172, 30, 8, False), (4, 9), (5, 1)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 2)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 3)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 4)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 5)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 6)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 7)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 8)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 9)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 10)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 11)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 12)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 13)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 14)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 15)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 16)], [(1, 166, 30, 10, False), (1, 167, 86, 11, False), (1, 168, 88, 12, False), (1, 169, 91, 13, False), (1, 170, 93, 14, False), (1, 171, 94, 15, False), (1, 172, 30, 16, False), (4, 17), (2,), (5, 17)]]),
    ('c', [[(1, 142, 77, 1, False), (1, 151, 87, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 149, 78, 1, False)], [(1, 150, 78, 2, False)], [(2,)]]),
    ('c', [[(0, 154, 7, 1), (0, 155, 7, 2), (1, 156, 89, 3, False), (2,)], [(0, 155, 7, 2), (1, 156, 89, 3, False), (2,)], [(1, 156, 89, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 153, 90, 1, True)], [(1, 153, 90, 2, True), (2,)], [(1, 153, 90, 2, True), (2,)]]),
    ('c', [[(0, 32, 7, 1)], [(1, 152, 30, 3, False), (4, 2), (2,), (5, 1)], [(1, 152, 30, 3, False), (4, 2), (2,), (5, 2)], [(1, 152, 30, 3, False), (4, 2), (2,), (5, 3)]]),
    ('c', [[(1, 157, 29, 1, False), (1, 158, 92, 2, False), (1, 159, 30, 3, False), (1, 160, 92, 4, False), (1, 161, 92, 5, False), (4, 6)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)], [(1, 157, 29, 7, False), (1, 158, 92, 8, False), (1, 159, 30, 9, False), (1, 160, 92, 10, False), (1, 161, 92, 11, False), (4, 12), (2,)]]),
    ('s', [[(3, 31, 1)], [(2,)]]),
    ('c', [[(1, 162, 92, 1, False), (1, 163, 92, 2, False)], [(1, 163, 92, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 164, 92, 1, False)], [(1, 164, 92, 3, False), (4, 2), (2,)], [(1, 164, 92, 3, False), (2,)], [(1, 164, 92, 3, False), (4, 4), (2,)], [(1, 164, 92, 3, False), (2,)]]),
    ('c', [[(0, 165, 7, 1), (1, 174, 96, 2, True)], [(1, 174, 96, 2, True)], [(1, 174, 96, 3, True), (2,)], [(1, 174, 96, 3, True), (2,)]]),
    ('c', [[(0, 165, 7, 1), (0, 154, 7, 2), (0, 155, 7, 3), (1, 156, 89, 4, False), (1, 143, 79, 5, False)], [(0, 154, 7, 2), (0, 155, 7, 3), (1, 156, 89, 4, False), (1, 143, 79, 5, False)], [(0, 155, 7, 3), (1, 156, 89, 4, False), (1, 143, 79, 5, False)], [(1, 156, 89, 4, False), (1, 143, 79, 5, False)], [(1, 143, 79, 5, False)], [(1, 144, 80, 6, False)], [(2,)]]),
    ('c', [[(0, 16, 7, 1), (1, 176, 98, 2, False)], [(1, 176, 98, 2, False)], [(1, 107, 48, 3, False), (1, 109, 68, 4, False)], [(1, 109, 68, 4, False)], [(2,)]]),
    ('s', [[(3, 32, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 12, 7, 2, False), (1, 86, 22, 2, False), (1, 146, 82, 2, False)], [(2,)]]),
    ('c', [[(0, 179, 7, 1), (0, 165, 7, 2), (0, 180, 7, 3), (4, 4), (2,), (5, 3)], [(0, 165, 7, 2), (0, 180, 7, 3), (4, 4), (2,), (5, 3)], [(0, 180, 7, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 47, 39, 1, False)], [(1, 44, 33, 2, False)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 17, 12, 2, False)], [(1, 183, 73, 3, False)], [(2,)]]),
    ('c', [[(1, 188, 104, 1, False)], [(1, 189, 105, 2, False)], [(2,)]]),
    ('s', [[(3, 33, 1)], [(2,)]]),
    ('c', [[(1, 187, 106, 1, True)], [(1, 187, 106, 2, True), (2,)], [(1, 187, 106, 3, True), (2,)], [(1, 187, 106, 4, True), (2,)], [(1, 187, 106, 5, True), (2,)], [(1, 187, 106, 6, True), (2,)], [(1, 187, 106, 7, True), (2,)], [(1, 187, 106, 8, True), (2,)], [(1, 187, 106, 9, True), (2,)], [(1, 187, 106, 10, True), (2,)], [(1, 187, 106, 11, True), (2,)], [(1, 187, 106, 12, True), (2,)], [(1, 187, 106, 13, True), (2,)], [(1, 187, 106, 14, True), (2,)], [(1, 187, 106, 15, True), (2,)], [(1, 187, 106, 16, True), (2,)], [(2,)]]),
    ('c', [[(1, 185, 107, 1, False)], [(1, 186, 5, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(2,)]]),
    ('c', [[(1, 196, 110, 1, False)], [(1, 107, 48, 2, False)], [(1, 197, 111, 3, False), (1, 134, 76, 4, False), (1, 145, 81, 4, False), (2,)], [(1, 134, 76, 4, False), (1, 145, 81, 4, False), (2,)], [(2,)]]),
    ('s', [[(3, 34, 1)], [(2,)]]),
    ('c', [[(1, 195, 112, 1, True)], [(1, 195, 112, 2, True), (2,)], [(1, 195, 112, 3, True), (2,)], [(1, 195, 112, 4, True), (2,)], [(1, 195, 112, 5, True), (2,)], [(1, 195, 112, 6, True), (2,)], [(1, 195, 112, 7, True), (2,)], [(1, 195, 112, 8, True), (2,)], [(1, 195, 112, 9, True), (2,)], [(1, 195, 112, 10, True), (2,)], [(1, 195, 112, 11, True), (2,)], [(1, 195, 112, 12, True), (2,)], [(1, 195, 112, 13, True), (2,)], [(1, 195, 112, 14, True), (2,)], [(1, 195, 112, 15, True), (2,)], [(1, 195, 112, 16, True), (2,)], [(1, 195, 112, 17, True), (2,)], [(1, 195, 112, 18, True), (2,)], [(1, 195, 112, 19, True), (2,)], [(1, 195, 112, 20, True), (2,)], [(1, 195, 112, 21, True), (2,)], [(1, 195, 112, 22, True), (2,)], [(1, 195, 112, 23, True), (2,)], [(1, 195, 112, 24, True), (2,)], [(2,)]]),
    ('c', [[(1, 192, 1, 1, False)], [(1, 193, 2, 2, False)], [(1, 194, 113, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 35, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 12, 7, 2, False), (1, 86, 22, 2, False), (1, 146, 82, 2, False)], [(2,)]]),
    ('c', [[(1, 26, 18, 1, False)], [(1, 121, 2, 2, False)], [(1, 113, 2, 3, False)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 30, 22, 2, False)], [(1, 123, 2, 3, False)], [(2,)]]),
    ('c', [[(1, 202, 107, 1, False)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 202, 107, 2, False)], [(1, 213, 119, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 212, 120, 1, True)], [(1, 212, 120, 2, True), (2,)], [(1, 212, 120, 3, True), (2,)], [(1, 212, 120, 4, True), (2,)], [(1, 212, 120, 5, True), (2,)], [(1, 212, 120, 6, True), (2,)], [(1, 212, 120, 7, True), (2,)], [(1, 212, 120, 8, True), (2,)], [(1, 212, 120, 9, True), (2,)], [(1, 212, 120, 10, True), (2,)], [(1, 212, 120, 11, True), (2,)], [(1, 212, 120, 12, True), (2,)], [(1, 212, 120, 13, True), (2,)], [(1, 212, 120, 14, True), (2,)], [(1, 212, 120, 15, True), (2,)], [(1, 212, 120, 16, True), (2,)], [(1, 212, 120, 17, True), (2,)], [(1, 212, 120, 18, True), (2,)], [(1, 212, 120, 19, True), (2,)], [(1, 212, 120, 20, True), (2,)], [(1, 212, 120, 21, True), (2,)], [(1, 212, 120, 22, True), (2,)], [(1, 212, 120, 23, True), (2,)], [(1, 212, 120, 24, True), (2,)], [(1, 212, 120, 25, True), (2,)], [(1, 212, 120, 26, True), (2,)], [(1, 212, 120, 27, True), (2,)], [(1, 212, 120, 28, True), (2,)], [(1, 212, 120, 29, True), (2,)], [(1, 212, 120, 30, True), (2,)], [(1, 212, 120, 31, True), (2,)], [(1, 212, 120, 32, True), (2,)], [(1, 212, 120, 33, True), (2,)], [(1, 212, 120, 34, True), (2,)], [(1, 212, 120, 35, True), (2,)], [(1, 212, 120, 36, True), (2,)], [(1, 212, 120, 37, True), (2,)], [(1, 212, 120, 38, True), (2,)], [(1, 212, 120, 39, True), (2,)], [(1, 212, 120, 40, True), (2,)], [(1, 212, 120, 41, True), (2,)], [(1, 212, 120, 42, True), (2,)], [(1, 212, 120, 43, True), (2,)], [(1, 212, 120, 44, True), (2,)], [(1, 212, 120, 45, True), (2,)], [(1, 212, 120, 46, True), (2,)], [(1, 212, 120, 47, True), (2,)], [(1, 212, 120, 48, True), (2,)], [(1, 212, 120, 49, True), (2,)], [(1, 212, 120, 50, True), (2,)], [(1, 212, 120, 51, True), (2,)], [(1, 212, 120, 52, True), (2,)], [(1, 212, 120, 53, True), (2,)], [(1, 212, 120, 54, True), (2,)], [(1, 212, 120, 55, True), (2,)], [(1, 212, 120, 56, True), (2,)], [(1, 212, 120, 57, True), (2,)], [(1, 212, 120, 58, True), (2,)], [(1, 212, 120, 59, True), (2,)], [(1, 212, 120, 60, True), (2,)], [(1, 212, 120, 61, True), (2,)], [(1, 212, 120, 62, True), (2,)], [(1, 212, 120, 63, True), (2,)], [(1, 212, 120, 64, True), (2,)], [(1, 212, 120, 65, True), (2,)], [(1, 212, 120, 66, True), (2,)], [(1, 212, 120, 67, True), (2,)], [(1, 212, 120, 68, True), (2,)], [(1, 212, 120, 69, True), (2,)], [(1, 212, 120, 70, True), (2,)], [(1, 212, 120, 71, True), (2,)], [(1, 212, 120, 72, True), (2,)], [(1, 212, 120, 73, True), (2,)], [(1, 212, 120, 74, True), (2,)], [(1, 212, 120, 75, True), (2,)], [(1, 212, 120, 76, True), (2,)], [(1, 212, 120, 77, True), (2,)], [(1, 212, 120, 78, True), (2,)], [(1, 212, 120, 79, True), (2,)], [(1, 212, 120, 80, True), (2,)], [(1, 212, 120, 81, True), (2,)], [(1, 212, 120, 82, True), (2,)], [(1, 212, 120, 83, True), (2,)], [(1, 212, 120, 84, True), (2,)], [(1, 212, 120, 85, True), (2,)], [(1, 212, 120, 86, True), (2,)], [(1, 212, 120, 87, True), (2,)], [(1, 212, 120, 88, True), (2,)], [(1, 212, 120, 89, True), (2,)], [(1, 212, 120, 90, True), (2,)], [(1, 212, 120, 91, True), (2,)], [(1, 212, 120, 92, True), (2,)], [(1, 212, 120, 93, True), (2,)], [(1, 212, 120, 94, True), (2,)], [(1, 212, 120, 95, True), (2,)], [(1, 212, 120, 96, True), (2,)], [(1, 212, 120, 97, True), (2,)], [(1, 212, 120, 98, True), (2,)], [(1, 212, 120, 99, True), (2,)], [(1, 212, 120, 100, True), (2,)], [(1, 212, 120, 101, True), (2,)], [(1, 212, 120, 102, True), (2,)], [(1, 212, 120, 103, True), (2,)], [(1, 212, 120, 104, True), (2,)], [(1, 212, 120, 105, True), (2,)], [(1, 212, 120, 106, True), (2,)], [(1, 212, 120, 107, True), (2,)], [(1, 212, 120, 108, True), (2,)], [(1, 212, 120, 109, True), (2,)], [(1, 212, 120, 110, True), (2,)], [(1, 212, 120, 111, True), (2,)], [(1, 212, 120, 112, True), (2,)], [(1, 212, 120, 113, True), (2,)], [(1, 212, 120, 114, True), (2,)], [(1, 212, 120, 115, True), (2,)], [(1, 212, 120, 116, True), (2,)], [(1, 212, 120, 117, True), (2,)], [(1, 212, 120, 118, True), (2,)], [(1, 212, 120, 119, True), (2,)], [(1, 212, 120, 120, True), (2,)], [(1, 212, 120, 121, True), (2,)], [(1, 212, 120, 122, True), (2,)], [(1, 212, 120, 123, True), (2,)], [(1, 212, 120, 124, True), (2,)], [(1, 212, 120, 125, True), (2,)], [(1, 212, 120, 126, True), (2,)], [(1, 212, 120, 127, True), (2,)], [(1, 212, 120, 128, True), (2,)], [(1, 212, 120, 129, True), (2,)], [(1, 212, 120, 130, True), (2,)], [(1, 212, 120, 131, True), (2,)], [(1, 212, 120, 132, True), (2,)], [(1, 212, 120, 133, True), (2,)], [(1, 212, 120, 134, True), (2,)], [(1, 212, 120, 135, True), (2,)], [(1, 212, 120, 136, True), (2,)], [(1, 212, 120, 137, True), (2,)], [(1, 212, 120, 138, True), (2,)], [(1, 212, 120, 139, True), (2,)], [(1, 212, 120, 140, True), (2,)], [(1, 212, 120, 141, True), (2,)], [(1, 212, 120, 142, True), (2,)], [(1, 212, 120, 143, True), (2,)], [(1, 212, 120, 144, True), (2,)], [(1, 212, 120, 145, True), (2,)], [(1, 212, 120, 146, True), (2,)], [(1, 212, 120, 147, True), (2,)], [(1, 212, 120, 148, True), (2,)], [(1, 212, 120, 149, True), (2,)], [(1, 212, 120, 150, True), (2,)], [(1, 212, 120, 151, True), (2,)], [(1, 212, 120, 152, True), (2,)], [(1, 212, 120, 153, True), (2,)], [(1, 212, 120, 154, True), (2,)], [(1, 212, 120, 155, True), (2,)], [(1, 212, 120, 156, True), (2,)], [(1, 212, 120, 157, True), (2,)], [(1, 212, 120, 158, True), (2,)], [(1, 212, 120, 159, True), (2,)], [(1, 212, 120, 160, True), (2,)], [(1, 212, 120, 161, True), (2,)], [(1, 212, 120, 162, True), (2,)], [(1, 212, 120, 163, True), (2,)], [(1, 212, 120, 164, True), (2,)], [(1, 212, 120, 165, True), (2,)], [(1, 212, 120, 166, True), (2,)], [(1, 212, 120, 167, True), (2,)], [(1, 212, 120, 168, True), (2,)], [(1, 212, 120, 169, True), (2,)], [(1, 212, 120, 170, True), (2,)], [(1, 212, 120, 171, True), (2,)], [(1, 212, 120, 172, True), (2,)], [(1, 212, 120, 173, True), (2,)], [(1, 212, 120, 174, True), (2,)], [(1, 212, 120, 175, True), (2,)], [(1, 212, 120, 176, True), (2,)], [(1, 212, 120, 177, True), (2,)], [(1, 212, 120, 178, True), (2,)], [(1, 212, 120, 179, True), (2,)], [(1, 212, 120, 180, True), (2,)], [(1, 212, 120, 181, True), (2,)], [(1, 212, 120, 182, True), (2,)], [(1, 212, 120, 183, True), (2,)], [(1, 212, 120, 184, True), (2,)], [(1, 212, 120, 185, True), (2,)], [(1, 212, 120, 186, True), (2,)], [(1, 212, 120, 187, True), (2,)], [(1, 212, 120, 188, True), (2,)], [(1, 212, 120, 189, True), (2,)], [(1, 212, 120, 190, True), (2,)], [(1, 212, 120, 191, True), (2,)], [(1, 212, 120, 192, True), (2,)], [(1, 212, 120, 193, True), (2,)], [(1, 212, 120, 194, True), (2,)], [(1, 212, 120, 195, True), (2,)], [(1, 212, 120, 196, True), (2,)], [(1, 212, 120, 197, True), (2,)], [(1, 212, 120, 198, True), (2,)], [(1, 212, 120, 199, True), (2,)], [(1, 212, 120, 200, True), (2,)], [(1, 212, 120, 201, True), (2,)], [(1, 212, 120, 202, True), (2,)], [(1, 212, 120, 203, True), (2,)], [(1, 212, 120, 204, True), (2,)], [(1, 212, 120, 205, True), (2,)], [(1, 212, 120, 206, True), (2,)], [(1, 212, 120, 207, True), (2,)], [(1, 212, 120, 208, True), (2,)], [(1, 212, 120, 209, True), (2,)], [(1, 212, 120, 210, True), (2,)], [(1, 212, 120, 211, True), (2,)], [(1, 212, 120, 212, True), (2,)], [(1, 212, 120, 213, True), (2,)], [(1, 212, 120, 214, True), (2,)], [(1, 212, 120, 215, True), (2,)], [(1, 212, 120, 216, True), (2,)], [(1, 212, 120, 217, True), (2,)], [(1, 212, 120, 218, True), (2,)], [(1, 212, 120, 219, True), (2,)], [(1, 212, 120, 220, True), (2,)], [(1, 212, 120, 221, True), (2,)], [(1, 212, 120, 222, True), (2,)], [(1, 212, 120, 223, True), (2,)], [(1, 212, 120, 224, True), (2,)], [(1, 212, 120, 225, True), (2,)], [(1, 212, 120, 226, True), (2,)], [(1, 212, 120, 227, True), (2,)], [(1, 212, 120, 228, True), (2,)], [(1, 212, 120, 229, True), (2,)], [(1, 212, 120, 230, True), (2,)], [(1, 212, 120, 231, True), (2,)], [(1, 212, 120, 232, True), (2,)], [(1, 212, 120, 233, True), (2,)], [(1, 212, 120, 234, True), (2,)], [(1, 212, 120, 235, True), (2,)], [(1, 212, 120, 236, True), (2,)], [(1, 212, 120, 237, True), (2,)], [(1, 212, 120, 238, True), (2,)], [(1, 212, 120, 239, True), (2,)], [(1, 212, 120, 240, True), (2,)], [(1, 212, 120, 241, True), (2,)], [(1, 212, 120, 242, True), (2,)], [(1, 212, 120, 243, True), (2,)], [(1, 212, 120, 244, True), (2,)], [(1, 212, 120, 245, True), (2,)], [(1, 212, 120, 246, True), (2,)], [(1, 212, 120, 247, True), (2,)], [(1, 212, 120, 248, True), (2,)], [(1, 212, 120, 249, True), (2,)], [(1, 212, 120, 250, True), (2,)], [(1, 212, 120, 251, True), (2,)], [(1, 212, 120, 252, True), (2,)], [(1, 212, 120, 253, True), (2,)], [(1, 212, 120, 254, True), (2,)], [(1, 212, 120, 255, True), (2,)], [(2,)]]),
    ('c', [[(1, 186, 5, 1, False)], [(1, 211, 121, 2, True)], [(1, 211, 121, 3, True), (2,)], [(1, 211, 121, 4, True), (2,)], [(1, 211, 121, 5, True), (2,)], [(1, 211, 121, 6, True), (2,)], [(1, 211, 121, 7, True), (2,)], [(1, 211, 121, 8, True), (2,)], [(1, 211, 121, 9, True), (2,)], [(1, 211, 121, 10, True), (2,)], [(1, 211, 121, 11, True), (2,)], [(1, 211, 121, 12, True), (2,)], [(1, 211, 121, 13, True), (2,)], [(1, 211, 121, 14, True), (2,)], [(1, 211, 121, 15, True), (2,)], [(1, 211, 121, 16, True), (2,)], [(1, 211, 121, 17, True), (2,)], [(2,)]]),
    ('c', [[(0, 204, 7, 1)], [(1, 205, 10, 2, False), (1, 206, 122, 3, False), (1, 207, 5, 4, False), (1, 208, 123, 5, False), (1, 209, 2, 6, False), (1, 210, 30, 7, False)], [(2,)], [(2,)], [(2,)], [(2,)], [(2,)], [(2,)]]),
    ('s', [[(3, 36, 1)], [(2,)]]),
    ('s', [[(3, 37, 1)], [(2,)]]),
    ('c', [[(1, 215, 125, 1, False), (1, 216, 126, 2, False), (2,)], [(1, 216, 126, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 38, 1)], [(2,)]]),
    ('s', [[(3, 39, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 226, 128, 2, False)], [(1, 227, 129, 3, False)], [(1, 228, 132, 4, False), (2,)], [(2,)]]),
    ('c', [[(1, 218, 104, 1, True)], [(1, 218, 104, 2, True), (2,)], [(2,)]]),
    ('c', [[(1, 185, 107, 1, False)], [(1, 220, 130, 2, False), (1, 221, 126, 3, False)], [(1, 221, 126, 3, False)], [(1, 222, 125, 4, False), (1, 223, 10, 5, False)], [(1, 223, 10, 5, False)], [(1, 224, 131, 6, False)], [(2,)]]),
    ('s', [[(3, 24, 1)], [(2,)]]),
    ('c', [[(1, 219, 42, 1, True)], [(1, 219, 42, 2, True), (2,)], [(1, 219, 42, 3, True), (2,)], [(1, 219, 42, 4, True), (2,)], [(1, 219, 42, 5, True), (2,)], [(1, 219, 42, 6, True), (2,)], [(2,)]]),
    ('c', [[(1, 225, 133, 1, True)], [(1, 225, 133, 2, True), (2,)], [(1, 225, 133, 3, True), (2,)], [(1, 225, 133, 4, True), (2,)], [(1, 225, 133, 5, True), (2,)], [(1, 225, 133, 6, True), (2,)], [(1, 225, 133, 7, True), (2,)], [(1, 225, 133, 8, True), (2,)], [(2,)]]),
    ('c', [[(1, 185, 107, 1, False)], [(1, 220, 130, 2, False), (1, 221, 126, 3, False)], [(1, 221, 126, 3, False)], [(1, 222, 125, 4, False), (1, 223, 10, 5, False)], [(1, 223, 10, 5, False)], [(2,)]]),
    ('c', [[(1, 230, 135, 1, False)], [(2,)]]),
    ('s', [[(3, 40, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 106, 67, 2, False)], [(1, 183, 73, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 233, 138, 1, False)], [(2,)]]),
    ('s', [[(3, 41, 1)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(2,)]]),
    ('c', [[(0, 165, 7, 1), (1, 238, 141, 2, False)], [(1, 238, 141, 2, False)], [(1, 239, 144, 3, False)], [(1, 173, 85, 4, False), (1, 181, 100, 5, True), (2,)], [(1, 181, 100, 5, True), (2,)], [(1, 181, 100, 5, True), (2,)]]),
    ('c', [[(0, 165, 7, 1), (1, 33, 25, 2, False)], [(1, 33, 25, 2, False)], [(1, 237, 142, 3, False)], [(1, 174, 96, 4, True)], [(1, 174, 96, 5, True), (2,)], [(1, 174, 96, 5, True), (2,)]]),
    ('c', [[(0, 32, 7, 1)], [(1, 236, 143, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('v', [[(0, 165, 7, 1), (3, 31, 2)], [(3, 31, 2)], [(2,)]]),
    ('c', [[(0, 165, 7, 1), (1, 242, 146, 2, True)], [(1, 242, 146, 2, True)], [(1, 242, 146, 3, True), (2,)], [(1, 242, 146, 3, True), (2,)]]),
    ('c', [[(0, 165, 7, 1), (0, 241, 7, 2)], [(0, 241, 7, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 250, 148, 1, False)], [(1, 251, 152, 2, False)], [(2,)]]),
    ('c', [[(1, 246, 98, 1, False)], [(1, 247, 149, 2, False), (1, 240, 140, 3, False), (2,)], [(1, 240, 140, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 244, 150, 1, False)], [(1, 245, 151, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 42, 1)], [(2,)]]),
    ('s', [[(3, 38, 1)], [(2,)]]),
    ('c', [[(1, 18, 11, 1, False), (1, 21, 13, 1, False), (1, 22, 16, 1, False), (1, 27, 17, 1, False), (1, 31, 21, 1, False), (1, 39, 26, 1, False), (1, 48, 32, 1, False), (1, 49, 38, 1, False), (1, 51, 40, 1, False), (1, 64, 41, 1, False), (1, 99, 45, 1, False), (1, 100, 65, 1, False), (1, 112, 66, 1, False), (1, 122, 74, 1, False), (1, 131, 75, 1, False), (1, 177, 97, 1, False), (1, 178, 99, 1, False), (1, 182, 101, 1, False), (1, 184, 102, 1, False), (1, 190, 103, 1, False), (1, 191, 108, 1, False), (1, 198, 109, 1, False), (1, 199, 114, 1, False), (1, 200, 115, 1, False), (1, 201, 116, 1, False), (1, 203, 117, 1, False), (1, 214, 118, 1, False), (1, 217, 124, 1, False), (1, 229, 127, 1, False), (1, 231, 134, 1, False), (1, 232, 136, 1, False), (1, 234, 137, 1, False), (1, 235, 139, 1, False), (1, 248, 153, 1, False), (1, 249, 154, 1, False), (2,)], [(2,)]]),
    ('c', [[(1, 26, 18, 1, False)], [(2,)]]),
    ('c', [[(1, 19, 14, 1, False)], [(1, 30, 22, 2, False)], [(1, 123, 2, 3, False)], [(2,)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T2 = ('h', 'm', 's', 'A', 'V', 'W', 'Wh')
M2 = {'h': 0, 'm': 1, 's': 2, 'A': 3, 'V': 4, 'W': 5, 'Wh': 6}
T5 = ('None', 'StopCharging', 'ReNegotiation')
M5 = {'None': 0, 'StopCharging': 1, 'ReNegotiation': 2}
T9 = ('OK', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_CertificateExpiresSoon', 'FAILED', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_UnknownSession', 'FAILED_ServiceSelectionInvalid', 'FAILED_PaymentSelectionInvalid', 'FAILED_CertificateExpired', 'FAILED_SignatureError', 'FAILED_NoCertificateAvailable', 'FAILED_CertChainError', 'FAILED_ChallengeInvalid', 'FAILED_ContractCanceled', 'FAILED_WrongChargeParameter', 'FAILED_PowerDeliveryNotApplied', 'FAILED_TariffSelectionInvalid', 'FAILED_ChargingProfileInvalid', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoChargeServiceSelected', 'FAILED_WrongEnergyTransferMode', 'FAILED_ContactorError', 'FAILED_CertificateNotAllowedAtThisEVSE', 'FAILED_CertificateRevoked')
M9 = {'OK': 0, 'OK_NewSessionEstablished': 1, 'OK_OldSessionJoined': 2, 'OK_CertificateExpiresSoon': 3, 'FAILED': 4, 'FAILED_SequenceError': 5, 'FAILED_ServiceIDInvalid': 6, 'FAILED_UnknownSession': 7, 'FAILED_ServiceSelectionInvalid': 8, 'FAILED_PaymentSelectionInvalid': 9, 'FAILED_CertificateExpired': 10, 'FAILED_SignatureError': 11, 'FAILED_NoCertificateAvailable': 12, 'FAILED_CertChainError': 13, 'FAILED_ChallengeInvalid': 14, 'FAILED_ContractCanceled': 15, 'FAILED_WrongChargeParameter': 16, 'FAILED_PowerDeliveryNotApplied': 17, 'FAILED_TariffSelectionInvalid': 18, 'FAILED_ChargingProfileInvalid': 19, 'FAILED_MeteringSignatureNotValid': 20, 'FAILED_NoChargeServiceSelected': 21, 'FAILED_WrongEnergyTransferMode': 22, 'FAILED_ContactorError': 23, 'FAILED_CertificateNotAllowedAtThisEVSE': 24, 'FAILED_CertificateRevoked': 25}
T10 = ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction')
M10 = {'Finished': 0, 'Ongoing': 1, 'Ongoing_WaitingForCustomerInteraction': 2}
T11 = ('NO_ERROR', 'FAILED_RESSTemperatureInhibit', 'FAILED_EVShiftPosition', 'FAILED_ChargerConnectorLockFault', 'FAILED_EVRESSMalfunction', 'FAILED_ChargingCurrentdifferential', 'FAILED_ChargingVoltageOutOfRange', 'Reserved_A', 'Reserved_B', 'Reserved_C', 'FAILED_ChargingSystemIncompatibility', 'NoData')
M11 = {'NO_ERROR': 0, 'FAILED_RESSTemperatureInhibit': 1, 'FAILED_EVShiftPosition': 2, 'FAILED_ChargerConnectorLockFault': 3, 'FAILED_EVRESSMalfunction': 4, 'FAILED_ChargingCurrentdifferential': 5, 'FAILED_ChargingVoltageOutOfRange': 6, 'Reserved_A': 7, 'Reserved_B': 8, 'Reserved_C': 9, 'FAILED_ChargingSystemIncompatibility': 10, 'NoData': 11}
T13 = ('Invalid', 'Valid', 'Warning', 'Fault', 'No_IMD')
M13 = {'Invalid': 0, 'Valid': 1, 'Warning': 2, 'Fault': 3, 'No_IMD': 4}
T14 = ('EVSE_NotReady', 'EVSE_Ready', 'EVSE_Shutdown', 'EVSE_UtilityInterruptEvent', 'EVSE_IsolationMonitoringActive', 'EVSE_EmergencyShutdown', 'EVSE_Malfunction', 'Reserved_8', 'Reserved_9', 'Reserved_A', 'Reserved_B', 'Reserved_C')
M14 = {'EVSE_NotReady': 0, 'EVSE_Ready': 1, 'EVSE_Shutdown': 2, 'EVSE_UtilityInterruptEvent': 3, 'EVSE_IsolationMonitoringActive': 4, 'EVSE_EmergencyShutdown': 5, 'EVSE_Malfunction': 6, 'Reserved_8': 7, 'Reserved_9': 8, 'Reserved_A': 9, 'Reserved_B': 10, 'Reserved_C': 11}
T20 = ('AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core', 'DC_unique')
M20 = {'AC_single_phase_core': 0, 'AC_three_phase_core': 1, 'DC_core': 2, 'DC_extended': 3, 'DC_combo_core': 4, 'DC_unique': 5}
T26 = ('relativePricePercentage', 'RenewableGenerationPercentage', 'CarbonDioxideEmission')
M26 = {'relativePricePercentage': 0, 'RenewableGenerationPercentage': 1, 'CarbonDioxideEmission': 2}
T33 = ('Contract', 'ExternalPayment')
M33 = {'Contract': 0, 'ExternalPayment': 1}
T34 = ('Start', 'Stop', 'Renegotiate')
M34 = {'Start': 0, 'Stop': 1, 'Renegotiate': 2}
T39 = ('EVCharging', 'Internet', 'ContractCertificate', 'OtherCustom')
M39 = {'EVCharging': 0, 'Internet': 1, 'ContractCertificate': 2, 'OtherCustom': 3}
T41 = ('Terminate', 'Pause')
M41 = {'Terminate': 0, 'Pause': 1}
T42 = ('ParsingError', 'NoTLSRootCertificatAvailable', 'UnknownError')
M42 = {'ParsingError': 0, 'NoTLSRootCertificatAvailable': 1, 'UnknownError': 2}


def d0(r, V, N, p, q):
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
                o['DepartureTime'] = x
                s = 1
            elif c == 1:
                x, p = d2(r, V, N, p, 4)
                o['EAmount'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 4)
                o['EAmount'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 5)
                o['EVMaxVoltage'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 6)
                o['EVMaxCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 7)
                o['EVMinCurrent'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
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
            if 'DepartureTime' in v:
                x = v['DepartureTime']
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
            elif 'EAmount' in v:
                x = v['EAmount']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'EAmount' in v:
                x = v['EAmount']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaxVoltage' in v:
                x = v['EVMaxVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVMaxCurrent' in v:
                x = v['EVMaxCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMinCurrent' in v:
                x = v['EVMinCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d1(r, V, N, p, q):
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


def e1(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d2(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = (x >> 1) + -3
                o['Multiplier'] = x
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
                x = T2[x >> 1]
                o['Unit'] = x
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


def e2(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Multiplier' in v:
                x = v['Multiplier']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not -3 <= x <= 4:
                    raise Bad
                a = (a << 3) | (x - -3)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Unit' in v:
                x = v['Unit']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 3) | M2[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
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
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d3(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x += -3
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e3(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -3 <= x <= 4:
        raise Bad
    a = (a << 3) | (x - -3)
    return a << 1


def d4(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T2[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e4(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M2[x]
    return a << 1


def d5(r, V, N, p, q):
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


def e5(v, a):
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


def d6(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d7(r, V, N, p, 12)
                o['AC_EVSEStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 13)
                o['EVSENominalVoltage'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 14)
                o['EVSEMaxCurrent'] = x
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


def e6(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e7(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSENominalVoltage' in v:
                x = v['EVSENominalVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEMaxCurrent' in v:
                x = v['EVSEMaxCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d7(r, V, N, p, q):
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
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T5[x >> 1]
                o['EVSENotification'] = x
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
                o['RCD'] = x
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


def e7(v, a):
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
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'RCD' in v:
                x = v['RCD']
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d8(r, V, N, p, q):
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


def e8(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d9(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T5[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e9(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M5[x]
    return a << 1


def d10(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e10(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
    return a << 1


def d11(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 16)
                o['Id'] = x
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
                o['GenChallenge'] = x
                s = 2
            elif c == 2:
                return o, p
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
                o['GenChallenge'] = x
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


def e11(v, a):
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
            elif 'GenChallenge' in v:
                x = v['GenChallenge']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 16)
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 1:
            if 'GenChallenge' in v:
                x = v['GenChallenge']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 16)
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


def d12(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e12(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 16)
    return a << 1


def d13(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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
                x = T10[x >> 1]
                o['EVSEProcessing'] = x
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


def e13(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d14(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 5)) & 31
    p += 5
    x = T9[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e14(v, a):
    x = v
    a <<= 1
    a = (a << 5) | M9[x]
    return a << 1


def d15(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T10[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e15(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M10[x]
    return a << 1


def d16(r, V, N, p, q):
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


def e16(v, a):
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


def d17(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 26)
                o['DC_EVStatus'] = x
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


def e17(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d18(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVReady'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T11[x >> 1]
                o['EVErrorCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['EVRESSSOC'] = x
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


def e18(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVReady' in v:
                x = v['EVReady']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 4) | M11[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVRESSSOC' in v:
                x = v['EVRESSSOC']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d19(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T11[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e19(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M11[x]
    return a << 1


def d20(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e20(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d21(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 30)
                o['DC_EVSEStatus'] = x
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
                x = T10[x >> 1]
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


def e21(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M10[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d22(r, V, N, p, q):
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
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T5[x >> 1]
                o['EVSENotification'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T13[x >> 1]
                o['EVSEIsolationStatus'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVSEStatusCode'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVSEStatusCode'] = x
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


def e22(v, a):
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
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEIsolationStatus' in v:
                x = v['EVSEIsolationStatus']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 3) | M13[x]
                a <<= 1
                s = 3
            elif 'EVSEStatusCode' in v:
                x = v['EVSEStatusCode']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVSEStatusCode' in v:
                x = v['EVSEStatusCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d23(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T13[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e23(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M13[x]
    return a << 1


def d24(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T14[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e24(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M14[x]
    return a << 1


def d26(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 16)
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
                o['OEMProvisioningCert'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d28(r, V, N, p, 38)
                o['ListOfRootCertificateIDs'] = x
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


def e26(v, a):
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
            if 'OEMProvisioningCert' in v:
                x = v['OEMProvisioningCert']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 800)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ListOfRootCertificateIDs' in v:
                x = v['ListOfRootCertificateIDs']
                c += 1
                a = (a << 1) | 0
                a = e28(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d27(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e27(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 800)
    return a << 1


def d28(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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
                x, p = d29(r, V, N, p, 36)
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


def e28(v, a):
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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
                a = e29(x, a)
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


def d29(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 34)
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


def e29(v, a):
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


def d30(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e30(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


def d31(r, V, N, p, q):
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


def e31(v, a):
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


def d32(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 43)
                o['SAProvisioningCertificateChain'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 44)
                o['ContractSignatureCertChain'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 45)
                o['ContractSignatureEncryptedPrivateKey'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d36(r, V, N, p, 46)
                o['DHpublickey'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d37(r, V, N, p, 47)
                o['eMAID'] = x
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


def e32(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SAProvisioningCertificateChain' in v:
                x = v['SAProvisioningCertificateChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ContractSignatureEncryptedPrivateKey' in v:
                x = v['ContractSignatureEncryptedPrivateKey']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'DHpublickey' in v:
                x = v['DHpublickey']
                c += 1
                a = (a << 1) | 0
                a = e36(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'eMAID' in v:
                x = v['eMAID']
                c += 1
                a = (a << 1) | 0
                a = e37(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d33(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 41)
                o['Id'] = x
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
                o['Certificate'] = x
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
                x, p = d34(r, V, N, p, 42)
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


def e33(v, a):
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
            elif 'Certificate' in v:
                x = v['Certificate']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 800)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'Certificate' in v:
                x = v['Certificate']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 800)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SubCertificates' in v:
                x = v['SubCertificates']
                c += 1
                a = (a << 2) | 0
                a = e34(x, a)
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


def d34(r, V, N, p, q):
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


def e34(v, a):
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
                a = b64_w(a, x, 800)
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
                a = b64_w(a, x, 800)
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
                a = b64_w(a, x, 800)
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
                a = b64_w(a, x, 800)
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


def d35(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 41)
                o['Id'] = x
                s = 1
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


def e35(v, a):
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
            if 'value' in v:
                x = v['value']
                c += 1
                a = (a << 1) | 0
                a = b64_w(a, x, 48)
                s = 2
            else:
                raise Bad
        if s == 2:
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
                x, p = str_r(r, V, N, p, 41)
                o['Id'] = x
                s = 1
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


def e36(v, a):
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
            if 'value' in v:
                x = v['value']
                c += 1
                a = (a << 1) | 0
                a = b64_w(a, x, 65)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d37(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 41)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, q)
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


def e37(v, a):
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
            if 'value' in v:
                x = v['value']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, 15)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d38(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 16)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 44)
                o['ContractSignatureCertChain'] = x
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
                x, p = str_r(r, V, N, p, 47)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['eMAID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d28(r, V, N, p, 38)
                o['ListOfRootCertificateIDs'] = x
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


def e38(v, a):
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
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'eMAID' in v:
                x = v['eMAID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 15)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ListOfRootCertificateIDs' in v:
                x = v['ListOfRootCertificateIDs']
                c += 1
                a = (a << 1) | 0
                a = e28(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d39(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e39(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 15)
    return a << 1


def d40(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 43)
                o['SAProvisioningCertificateChain'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 44)
                o['ContractSignatureCertChain'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 45)
                o['ContractSignatureEncryptedPrivateKey'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d36(r, V, N, p, 46)
                o['DHpublickey'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d37(r, V, N, p, 47)
                o['eMAID'] = x
                s = 6
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
                o['RetryCounter'] = x
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


def e40(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SAProvisioningCertificateChain' in v:
                x = v['SAProvisioningCertificateChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ContractSignatureEncryptedPrivateKey' in v:
                x = v['ContractSignatureEncryptedPrivateKey']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'DHpublickey' in v:
                x = v['DHpublickey']
                c += 1
                a = (a << 1) | 0
                a = e36(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'eMAID' in v:
                x = v['eMAID']
                c += 1
                a = (a << 1) | 0
                a = e37(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'RetryCounter' in v:
                x = v['RetryCounter']
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
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d41(r, V, N, p, q):
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
                o['MaxEntriesSAScheduleTuple'] = x
                s = 1
            elif c == 1:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                o['RequestedEnergyTransferMode'] = x
                s = 2
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
                x = T20[x >> 1]
                o['RequestedEnergyTransferMode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d0(r, V, N, p, 8)
                o['AC_EVChargeParameter'] = x
                s = 3
            elif c == 1:
                x, p = d43(r, V, N, p, 62)
                o['DC_EVChargeParameter'] = x
                s = 3
            elif c == 2:
                x, p = d44(r, V, N, p, 63)
                o['EVChargeParameter'] = x
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


def e41(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'MaxEntriesSAScheduleTuple' in v:
                x = v['MaxEntriesSAScheduleTuple']
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
                s = 1
            elif 'RequestedEnergyTransferMode' in v:
                x = v['RequestedEnergyTransferMode']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 3) | M20[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'RequestedEnergyTransferMode' in v:
                x = v['RequestedEnergyTransferMode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 3) | M20[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'AC_EVChargeParameter' in v:
                x = v['AC_EVChargeParameter']
                c += 1
                a = (a << 2) | 0
                a = e0(x, a)
                s = 3
            elif 'DC_EVChargeParameter' in v:
                x = v['DC_EVChargeParameter']
                c += 1
                a = (a << 2) | 1
                a = e43(x, a)
                s = 3
            elif 'EVChargeParameter' in v:
                x = v['EVChargeParameter']
                c += 1
                a = (a << 2) | 2
                a = e44(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d42(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T20[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e42(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M20[x]
    return a << 1


def d43(r, V, N, p, q):
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
                o['DepartureTime'] = x
                s = 1
            elif c == 1:
                x, p = d18(r, V, N, p, 52)
                o['DC_EVStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 52)
                o['DC_EVStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 53)
                o['EVMaximumCurrentLimit'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 54)
                o['EVMaximumPowerLimit'] = x
                s = 4
            elif c == 1:
                x, p = d2(r, V, N, p, 55)
                o['EVMaximumVoltageLimit'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 55)
                o['EVMaximumVoltageLimit'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 56)
                o['EVEnergyCapacity'] = x
                s = 6
            elif c == 1:
                x, p = d2(r, V, N, p, 57)
                o['EVEnergyRequest'] = x
                s = 7
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['FullSOC'] = x
                s = 8
            elif c == 3:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
                s = 9
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 57)
                o['EVEnergyRequest'] = x
                s = 7
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['FullSOC'] = x
                s = 8
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
                s = 9
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['FullSOC'] = x
                s = 8
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
                s = 9
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
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


def e43(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DepartureTime' in v:
                x = v['DepartureTime']
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
            elif 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 2) | 1
                a = e18(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumCurrentLimit' in v:
                x = v['EVMaximumCurrentLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVMaximumPowerLimit' in v:
                x = v['EVMaximumPowerLimit']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 4
            elif 'EVMaximumVoltageLimit' in v:
                x = v['EVMaximumVoltageLimit']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumVoltageLimit' in v:
                x = v['EVMaximumVoltageLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVEnergyCapacity' in v:
                x = v['EVEnergyCapacity']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 6
            elif 'EVEnergyRequest' in v:
                x = v['EVEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e2(x, a)
                s = 7
            elif 'FullSOC' in v:
                x = v['FullSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 8
            elif 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 6:
            if 'EVEnergyRequest' in v:
                x = v['EVEnergyRequest']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 7
            elif 'FullSOC' in v:
                x = v['FullSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 8
            elif 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 7:
            if 'FullSOC' in v:
                x = v['FullSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 8
            elif 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
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


def d44(r, V, N, p, q):
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
                o['DepartureTime'] = x
                s = 1
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e44(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DepartureTime' in v:
                x = v['DepartureTime']
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
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d45(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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
                x = T10[x >> 1]
                o['EVSEProcessing'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d46(r, V, N, p, 95)
                o['SAScheduleList'] = x
                s = 3
            elif c == 1:
                x, p = d62(r, V, N, p, 96)
                o['SASchedules'] = x
                s = 3
            elif c == 2:
                x, p = d6(r, V, N, p, 15)
                o['AC_EVSEChargeParameter'] = x
                s = 4
            elif c == 3:
                x, p = d63(r, V, N, p, 97)
                o['DC_EVSEChargeParameter'] = x
                s = 4
            elif c == 4:
                x, p = d64(r, V, N, p, 98)
                o['EVSEChargeParameter'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d6(r, V, N, p, 15)
                o['AC_EVSEChargeParameter'] = x
                s = 4
            elif c == 1:
                x, p = d63(r, V, N, p, 97)
                o['DC_EVSEChargeParameter'] = x
                s = 4
            elif c == 2:
                x, p = d64(r, V, N, p, 98)
                o['EVSEChargeParameter'] = x
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


def e45(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SAScheduleList' in v:
                x = v['SAScheduleList']
                c += 1
                a = (a << 3) | 0
                a = e46(x, a)
                s = 3
            elif 'SASchedules' in v:
                x = v['SASchedules']
                c += 1
                a = (a << 3) | 1
                a = e62(x, a)
                s = 3
            elif 'AC_EVSEChargeParameter' in v:
                x = v['AC_EVSEChargeParameter']
                c += 1
                a = (a << 3) | 2
                a = e6(x, a)
                s = 4
            elif 'DC_EVSEChargeParameter' in v:
                x = v['DC_EVSEChargeParameter']
                c += 1
                a = (a << 3) | 3
                a = e63(x, a)
                s = 4
            elif 'EVSEChargeParameter' in v:
                x = v['EVSEChargeParameter']
                c += 1
                a = (a << 3) | 4
                a = e64(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'AC_EVSEChargeParameter' in v:
                x = v['AC_EVSEChargeParameter']
                c += 1
                a = (a << 2) | 0
                a = e6(x, a)
                s = 4
            elif 'DC_EVSEChargeParameter' in v:
                x = v['DC_EVSEChargeParameter']
                c += 1
                a = (a << 2) | 1
                a = e63(x, a)
                s = 4
            elif 'EVSEChargeParameter' in v:
                x = v['EVSEChargeParameter']
                c += 1
                a = (a << 2) | 2
                a = e64(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d46(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d47(r, V, N, p, 85)
                if 'SAScheduleTuple' in o:
                    o['SAScheduleTuple'].append(x)
                else:
                    o['SAScheduleTuple'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d47(r, V, N, p, 85)
                if 'SAScheduleTuple' in o:
                    o['SAScheduleTuple'].append(x)
                else:
                    o['SAScheduleTuple'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d47(r, V, N, p, 85)
                if 'SAScheduleTuple' in o:
                    o['SAScheduleTuple'].append(x)
                else:
                    o['SAScheduleTuple'] = [x]
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


def e46(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('SAScheduleTuple')
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
                a = e47(x, a)
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
                a = e47(x, a)
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
                a = e47(x, a)
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


def d47(r, V, N, p, q):
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
                x = (x >> 1) + 1
                o['SAScheduleTupleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 49, 83, p)
                o['PMaxSchedule'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 55, 84, p)
                o['SalesTariff'] = x
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


def e47(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SAScheduleTupleID' in v:
                x = v['SAScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 256:
                    raise Bad
                a = (a << 8) | (x - 1)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PMaxSchedule' in v:
                x = v['PMaxSchedule']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 49, 83, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SalesTariff' in v:
                x = v['SalesTariff']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 55, 84, x, a)
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


def d48(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e48(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 1 <= x <= 256:
        raise Bad
    a = (a << 8) | (x - 1)
    return a << 1


def d50(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d51(r, V, N, p, 67)
                o['RelativeTimeInterval'] = x
                s = 1
            elif c == 1:
                x, p = d54(r, V, N, p, 68)
                o['TimeInterval'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 69)
                o['PMax'] = x
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


def e50(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'RelativeTimeInterval' in v:
                x = v['RelativeTimeInterval']
                c += 1
                a = (a << 2) | 0
                a = e51(x, a)
                s = 1
            elif 'TimeInterval' in v:
                x = v['TimeInterval']
                c += 1
                a = (a << 2) | 1
                a = e54(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PMax' in v:
                x = v['PMax']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d51(r, V, N, p, q):
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
                o['start'] = x
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
                o['duration'] = x
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


def e51(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'start' in v:
                x = v['start']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 16777214:
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
            if 'duration' in v:
                x = v['duration']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 86400:
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d52(r, V, N, p, q):
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


def e52(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 16777214:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d53(r, V, N, p, q):
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


def e53(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 86400:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d54(r, V, N, p, q):
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


def e54(v, a):
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


def d56(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e56(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d57(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e57(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 255:
        raise Bad
    a = (a << 8) | x
    return a << 1


def d58(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d51(r, V, N, p, 67)
                o['RelativeTimeInterval'] = x
                s = 1
            elif c == 1:
                x, p = d54(r, V, N, p, 68)
                o['TimeInterval'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['EPriceLevel'] = x
                s = 2
            elif c == 1:
                x, p = d59(r, V, N, p, 77)
                if 'ConsumptionCost' in o:
                    o['ConsumptionCost'].append(x)
                else:
                    o['ConsumptionCost'] = [x]
                s = 3
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d59(r, V, N, p, 77)
                if 'ConsumptionCost' in o:
                    o['ConsumptionCost'].append(x)
                else:
                    o['ConsumptionCost'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d59(r, V, N, p, 77)
                if 'ConsumptionCost' in o:
                    o['ConsumptionCost'].append(x)
                else:
                    o['ConsumptionCost'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d59(r, V, N, p, 77)
                if 'ConsumptionCost' in o:
                    o['ConsumptionCost'].append(x)
                else:
                    o['ConsumptionCost'] = [x]
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


def e58(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('ConsumptionCost')
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
            if 'RelativeTimeInterval' in v:
                x = v['RelativeTimeInterval']
                c += 1
                a = (a << 2) | 0
                a = e51(x, a)
                s = 1
            elif 'TimeInterval' in v:
                x = v['TimeInterval']
                c += 1
                a = (a << 2) | 1
                a = e54(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EPriceLevel' in v:
                x = v['EPriceLevel']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 2
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e59(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e59(x, a)
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
                a = e59(x, a)
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
                a = e59(x, a)
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


def d59(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 74)
                o['startValue'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d60(r, V, N, p, 75)
                if 'Cost' in o:
                    o['Cost'].append(x)
                else:
                    o['Cost'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d60(r, V, N, p, 75)
                if 'Cost' in o:
                    o['Cost'].append(x)
                else:
                    o['Cost'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d60(r, V, N, p, 75)
                if 'Cost' in o:
                    o['Cost'].append(x)
                else:
                    o['Cost'] = [x]
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


def e59(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Cost')
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
            if 'startValue' in v:
                x = v['startValue']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
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
                a = e60(x, a)
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
                a = e60(x, a)
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
                a = e60(x, a)
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


def d60(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T26[x >> 1]
                o['costKind'] = x
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
                o['amount'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = (x >> 1) + -3
                o['amountMultiplier'] = x
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


def e60(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'costKind' in v:
                x = v['costKind']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M26[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'amount' in v:
                x = v['amount']
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
            if 'amountMultiplier' in v:
                x = v['amountMultiplier']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not -3 <= x <= 4:
                    raise Bad
                a = (a << 3) | (x - -3)
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


def d61(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T26[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e61(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M26[x]
    return a << 1


def d62(r, V, N, p, q):
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


def e62(v, a):
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


def d63(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 86)
                o['DC_EVSEStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 87)
                o['EVSEMaximumCurrentLimit'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 88)
                o['EVSEMaximumPowerLimit'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 89)
                o['EVSEMaximumVoltageLimit'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 90)
                o['EVSEMinimumCurrentLimit'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 91)
                o['EVSEMinimumVoltageLimit'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 92)
                o['EVSECurrentRegulationTolerance'] = x
                s = 7
            elif c == 1:
                x, p = d2(r, V, N, p, 93)
                o['EVSEPeakCurrentRipple'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 93)
                o['EVSEPeakCurrentRipple'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 94)
                o['EVSEEnergyToBeDelivered'] = x
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


def e63(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEMaximumCurrentLimit' in v:
                x = v['EVSEMaximumCurrentLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEMaximumPowerLimit' in v:
                x = v['EVSEMaximumPowerLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEMaximumVoltageLimit' in v:
                x = v['EVSEMaximumVoltageLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEMinimumCurrentLimit' in v:
                x = v['EVSEMinimumCurrentLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumVoltageLimit' in v:
                x = v['EVSEMinimumVoltageLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVSECurrentRegulationTolerance' in v:
                x = v['EVSECurrentRegulationTolerance']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 7
            elif 'EVSEPeakCurrentRipple' in v:
                x = v['EVSEPeakCurrentRipple']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 8
            else:
                raise Bad
        if s == 7:
            if 'EVSEPeakCurrentRipple' in v:
                x = v['EVSEPeakCurrentRipple']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVSEEnergyToBeDelivered' in v:
                x = v['EVSEEnergyToBeDelivered']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
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


def d64(r, V, N, p, q):
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


def e64(v, a):
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


def d65(r, V, N, p, q):
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


def e65(v, a):
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


def d66(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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
                x, p = str_r(r, V, N, p, 106)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x = (x >> 1) + 1
                o['SAScheduleTupleID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 108)
                o['EVSEMaxCurrent'] = x
                s = 4
            elif c == 1:
                x, p = d68(r, V, N, p, 109)
                o['MeterInfo'] = x
                s = 5
            elif c == 2:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ReceiptRequired'] = x
                s = 6
            elif c == 3:
                x, p = d7(r, V, N, p, 111)
                o['AC_EVSEStatus'] = x
                s = 7
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d68(r, V, N, p, 109)
                o['MeterInfo'] = x
                s = 5
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ReceiptRequired'] = x
                s = 6
            elif c == 2:
                x, p = d7(r, V, N, p, 111)
                o['AC_EVSEStatus'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ReceiptRequired'] = x
                s = 6
            elif c == 1:
                x, p = d7(r, V, N, p, 111)
                o['AC_EVSEStatus'] = x
                s = 7
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d7(r, V, N, p, 111)
                o['AC_EVSEStatus'] = x
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


def e66(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 37)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SAScheduleTupleID' in v:
                x = v['SAScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 256:
                    raise Bad
                a = (a << 8) | (x - 1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEMaxCurrent' in v:
                x = v['EVSEMaxCurrent']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 4
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 3) | 1
                a = e68(x, a)
                s = 5
            elif 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 3) | 3
                a = e7(x, a)
                s = 7
            else:
                raise Bad
        if s == 4:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 0
                a = e68(x, a)
                s = 5
            elif 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 2) | 2
                a = e7(x, a)
                s = 7
            else:
                raise Bad
        if s == 5:
            if 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 2) | 1
                a = e7(x, a)
                s = 7
            else:
                raise Bad
        if s == 6:
            if 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e7(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d67(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e67(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 37)
    return a << 1


def d68(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 101)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['MeterID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
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
                o['MeterReading'] = x
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
                o['SigMeterReading'] = x
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
                o['MeterStatus'] = x
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
                o['TMeter'] = x
                s = 5
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 2:
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
                o['SigMeterReading'] = x
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
                o['MeterStatus'] = x
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
                o['TMeter'] = x
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
                o['MeterStatus'] = x
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
                o['TMeter'] = x
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
                o['TMeter'] = x
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


def e68(v, a):
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
            if 'MeterReading' in v:
                x = v['MeterReading']
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
                s = 2
            elif 'SigMeterReading' in v:
                x = v['SigMeterReading']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = b64_w(a, x, 64)
                a <<= 1
                s = 3
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
                s = 4
            elif 'TMeter' in v:
                x = v['TMeter']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
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
                return (a << 3) | 4
        if s == 2:
            if 'SigMeterReading' in v:
                x = v['SigMeterReading']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                a = b64_w(a, x, 64)
                a <<= 1
                s = 3
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
                s = 4
            elif 'TMeter' in v:
                x = v['TMeter']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
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
                s = 4
            elif 'TMeter' in v:
                x = v['TMeter']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
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
            if 'TMeter' in v:
                x = v['TMeter']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
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


def d69(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e69(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d70(r, V, N, p, q):
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


def e70(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 18446744073709551615:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d71(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e71(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 64)
    return a << 1


def d72(r, V, N, p, q):
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


def e72(v, a):
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


def d73(r, V, N, p, q):
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


def e73(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d74(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 26)
                o['DC_EVStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 113)
                o['EVTargetCurrent'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 114)
                o['EVMaximumVoltageLimit'] = x
                s = 3
            elif c == 1:
                x, p = d2(r, V, N, p, 115)
                o['EVMaximumCurrentLimit'] = x
                s = 4
            elif c == 2:
                x, p = d2(r, V, N, p, 116)
                o['EVMaximumPowerLimit'] = x
                s = 5
            elif c == 3:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['BulkChargingComplete'] = x
                s = 6
            elif c == 4:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 7
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 115)
                o['EVMaximumCurrentLimit'] = x
                s = 4
            elif c == 1:
                x, p = d2(r, V, N, p, 116)
                o['EVMaximumPowerLimit'] = x
                s = 5
            elif c == 2:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['BulkChargingComplete'] = x
                s = 6
            elif c == 3:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 7
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 116)
                o['EVMaximumPowerLimit'] = x
                s = 5
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['BulkChargingComplete'] = x
                s = 6
            elif c == 2:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['BulkChargingComplete'] = x
                s = 6
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 7
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
                o['ChargingComplete'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 119)
                o['RemainingTimeToFullSoC'] = x
                s = 8
            elif c == 1:
                x, p = d2(r, V, N, p, 120)
                o['RemainingTimeToBulkSoC'] = x
                s = 9
            elif c == 2:
                x, p = d2(r, V, N, p, 121)
                o['EVTargetVoltage'] = x
                s = 10
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 120)
                o['RemainingTimeToBulkSoC'] = x
                s = 9
            elif c == 1:
                x, p = d2(r, V, N, p, 121)
                o['EVTargetVoltage'] = x
                s = 10
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 121)
                o['EVTargetVoltage'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e74(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumVoltageLimit' in v:
                x = v['EVMaximumVoltageLimit']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 3
            elif 'EVMaximumCurrentLimit' in v:
                x = v['EVMaximumCurrentLimit']
                c += 1
                a = (a << 3) | 1
                a = e2(x, a)
                s = 4
            elif 'EVMaximumPowerLimit' in v:
                x = v['EVMaximumPowerLimit']
                c += 1
                a = (a << 3) | 2
                a = e2(x, a)
                s = 5
            elif 'BulkChargingComplete' in v:
                x = v['BulkChargingComplete']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 3) | 4
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 3:
            if 'EVMaximumCurrentLimit' in v:
                x = v['EVMaximumCurrentLimit']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 4
            elif 'EVMaximumPowerLimit' in v:
                x = v['EVMaximumPowerLimit']
                c += 1
                a = (a << 3) | 1
                a = e2(x, a)
                s = 5
            elif 'BulkChargingComplete' in v:
                x = v['BulkChargingComplete']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumPowerLimit' in v:
                x = v['EVMaximumPowerLimit']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 5
            elif 'BulkChargingComplete' in v:
                x = v['BulkChargingComplete']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 5:
            if 'BulkChargingComplete' in v:
                x = v['BulkChargingComplete']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 6:
            if 'ChargingComplete' in v:
                x = v['ChargingComplete']
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
            if 'RemainingTimeToFullSoC' in v:
                x = v['RemainingTimeToFullSoC']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 8
            elif 'RemainingTimeToBulkSoC' in v:
                x = v['RemainingTimeToBulkSoC']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 9
            elif 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 2) | 2
                a = e2(x, a)
                s = 10
            else:
                raise Bad
        if s == 8:
            if 'RemainingTimeToBulkSoC' in v:
                x = v['RemainingTimeToBulkSoC']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 9
            elif 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 10
            else:
                raise Bad
        if s == 9:
            if 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d75(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 30)
                o['DC_EVSEStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 123)
                o['EVSEPresentVoltage'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 124)
                o['EVSEPresentCurrent'] = x
                s = 4
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
                o['EVSECurrentLimitAchieved'] = x
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
                o['EVSEVoltageLimitAchieved'] = x
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
                o['EVSEPowerLimitAchieved'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 128)
                o['EVSEMaximumVoltageLimit'] = x
                s = 8
            elif c == 1:
                x, p = d2(r, V, N, p, 129)
                o['EVSEMaximumCurrentLimit'] = x
                s = 9
            elif c == 2:
                x, p = d2(r, V, N, p, 130)
                o['EVSEMaximumPowerLimit'] = x
                s = 10
            elif c == 3:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 106)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
                s = 11
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 129)
                o['EVSEMaximumCurrentLimit'] = x
                s = 9
            elif c == 1:
                x, p = d2(r, V, N, p, 130)
                o['EVSEMaximumPowerLimit'] = x
                s = 10
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 106)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
                s = 11
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 130)
                o['EVSEMaximumPowerLimit'] = x
                s = 10
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 106)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
                s = 11
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 106)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x = (x >> 1) + 1
                o['SAScheduleTupleID'] = x
                s = 12
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d68(r, V, N, p, 109)
                o['MeterInfo'] = x
                s = 13
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ReceiptRequired'] = x
                s = 14
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ReceiptRequired'] = x
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
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
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEPresentVoltage' in v:
                x = v['EVSEPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEPresentCurrent' in v:
                x = v['EVSEPresentCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSECurrentLimitAchieved' in v:
                x = v['EVSECurrentLimitAchieved']
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
            if 'EVSEVoltageLimitAchieved' in v:
                x = v['EVSEVoltageLimitAchieved']
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
            if 'EVSEPowerLimitAchieved' in v:
                x = v['EVSEPowerLimitAchieved']
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
            if 'EVSEMaximumVoltageLimit' in v:
                x = v['EVSEMaximumVoltageLimit']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 8
            elif 'EVSEMaximumCurrentLimit' in v:
                x = v['EVSEMaximumCurrentLimit']
                c += 1
                a = (a << 3) | 1
                a = e2(x, a)
                s = 9
            elif 'EVSEMaximumPowerLimit' in v:
                x = v['EVSEMaximumPowerLimit']
                c += 1
                a = (a << 3) | 2
                a = e2(x, a)
                s = 10
            elif 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                a = str_w(a, x, 37)
                a <<= 1
                s = 11
            else:
                raise Bad
        if s == 8:
            if 'EVSEMaximumCurrentLimit' in v:
                x = v['EVSEMaximumCurrentLimit']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 9
            elif 'EVSEMaximumPowerLimit' in v:
                x = v['EVSEMaximumPowerLimit']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 10
            elif 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                a = str_w(a, x, 37)
                a <<= 1
                s = 11
            else:
                raise Bad
        if s == 9:
            if 'EVSEMaximumPowerLimit' in v:
                x = v['EVSEMaximumPowerLimit']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 10
            elif 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = str_w(a, x, 37)
                a <<= 1
                s = 11
            else:
                raise Bad
        if s == 10:
            if 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 37)
                a <<= 1
                s = 11
            else:
                raise Bad
        if s == 11:
            if 'SAScheduleTupleID' in v:
                x = v['SAScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 256:
                    raise Bad
                a = (a << 8) | (x - 1)
                a <<= 1
                s = 12
            else:
                raise Bad
        if s == 12:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 0
                a = e68(x, a)
                s = 13
            elif 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 13:
            if 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
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
                x, p = d18(r, V, N, p, 52)
                o['DC_EVStatus'] = x
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
                x = x == 2
                o['BulkChargingComplete'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['ChargingComplete'] = x
                s = 3
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
                o['ChargingComplete'] = x
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


def e76(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'BulkChargingComplete' in v:
                x = v['BulkChargingComplete']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 2
            elif 'ChargingComplete' in v:
                x = v['ChargingComplete']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 2:
            if 'ChargingComplete' in v:
                x = v['ChargingComplete']
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d77(r, V, N, p, q):
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


def e77(v, a):
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


def d78(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e78(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d80(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e80(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


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
                o['NotificationMaxDelay'] = x
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
                x = T5[x >> 1]
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


def e82(v, a):
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
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d83(r, V, N, p, q):
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


def e83(v, a):
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


def d84(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d51(r, V, N, p, 67)
                o['RelativeTimeInterval'] = x
                s = 1
            elif c == 1:
                x, p = d54(r, V, N, p, 68)
                o['TimeInterval'] = x
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


def e84(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'RelativeTimeInterval' in v:
                x = v['RelativeTimeInterval']
                c += 1
                a = (a << 2) | 0
                a = e51(x, a)
                s = 1
            elif 'TimeInterval' in v:
                x = v['TimeInterval']
                c += 1
                a = (a << 2) | 1
                a = e54(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d87(r, V, N, p, q):
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


def e87(v, a):
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


def d88(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 154)
                o['Type'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 155)
                o['URI'] = x
                s = 2
            elif c == 2:
                x, p = d89(r, V, N, p, 156)
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
                x, p = str_r(r, V, N, p, 155)
                o['URI'] = x
                s = 2
            elif c == 1:
                x, p = d89(r, V, N, p, 156)
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
                x, p = d89(r, V, N, p, 156)
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


def e88(v, a):
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
                a = e89(x, a)
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
                a = e89(x, a)
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
                x, p = interp_d(r, 90, 153, p)
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
                x, p = interp_d(r, 90, 153, p)
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
                x, p = interp_d(r, 90, 153, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e89(v, a):
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
                a = interp_e(G, 90, 153, x, a)
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
                a = interp_e(G, 90, 153, x, a)
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
                a = interp_e(G, 90, 153, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d92(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e92(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d95(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 165)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d96(r, V, N, p, 174)
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
                x, p = d96(r, V, N, p, 174)
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
                x, p = d96(r, V, N, p, 174)
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
                x, p = d96(r, V, N, p, 174)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e95(v, a):
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
                a = e96(x, a)
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
                a = e96(x, a)
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
                a = e96(x, a)
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
                a = e96(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d96(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 165)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 154)
                o['Type'] = x
                s = 2
            elif c == 2:
                x, p = str_r(r, V, N, p, 155)
                o['URI'] = x
                s = 3
            elif c == 3:
                x, p = d89(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 79, 143, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 154)
                o['Type'] = x
                s = 2
            elif c == 1:
                x, p = str_r(r, V, N, p, 155)
                o['URI'] = x
                s = 3
            elif c == 2:
                x, p = d89(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 79, 143, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 155)
                o['URI'] = x
                s = 3
            elif c == 1:
                x, p = d89(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 79, 143, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d89(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 79, 143, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 79, 143, p)
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


def e96(v, a):
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
                a = e89(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 79, 143, x, a)
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
                a = e89(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 79, 143, x, a)
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
                a = e89(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 79, 143, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e89(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 79, 143, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 79, 143, x, a)
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


def d97(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 16)
                o['Id'] = x
                s = 1
            elif c == 1:
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x = (x >> 1) + 1
                o['SAScheduleTupleID'] = x
                s = 3
            elif c == 1:
                x, p = d68(r, V, N, p, 109)
                o['MeterInfo'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d68(r, V, N, p, 109)
                o['MeterInfo'] = x
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


def e97(v, a):
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
            elif 'SessionID' in v:
                x = v['SessionID']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = hex_w(a, x, 8)
                a <<= 1
                s = 2
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
            if 'SAScheduleTupleID' in v:
                x = v['SAScheduleTupleID']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 256:
                    raise Bad
                a = (a << 8) | (x - 1)
                a <<= 1
                s = 3
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 1
                a = e68(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 1) | 0
                a = e68(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d98(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e98(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


def d99(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d7(r, V, N, p, 12)
                o['AC_EVSEStatus'] = x
                s = 2
            elif c == 1:
                x, p = d22(r, V, N, p, 86)
                o['DC_EVSEStatus'] = x
                s = 2
            elif c == 2:
                x, p = d82(r, V, N, p, 146)
                o['EVSEStatus'] = x
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


def e99(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 2) | 0
                a = e7(x, a)
                s = 2
            elif 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 2) | 1
                a = e22(x, a)
                s = 2
            elif 'EVSEStatus' in v:
                x = v['EVSEStatus']
                c += 1
                a = (a << 2) | 2
                a = e82(x, a)
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
                x, p = str_r(r, V, N, p, 47)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['eMAID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d33(r, V, N, p, 44)
                o['ContractSignatureCertChain'] = x
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


def e101(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'eMAID' in v:
                x = v['eMAID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 15)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e33(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d102(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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
                o['EVSETimeStamp'] = x
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


def e102(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
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
            if 'EVSETimeStamp' in v:
                x = v['EVSETimeStamp']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d103(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T33[x >> 1]
                o['SelectedPaymentOption'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d105(r, V, N, p, 189)
                o['SelectedServiceList'] = x
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


def e103(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SelectedPaymentOption' in v:
                x = v['SelectedPaymentOption']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M33[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SelectedServiceList' in v:
                x = v['SelectedServiceList']
                c += 1
                a = (a << 1) | 0
                a = e105(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d104(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T33[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e104(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M33[x]
    return a << 1


def d105(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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
                x, p = d106(r, V, N, p, 187)
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


def e105(v, a):
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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
                a = e106(x, a)
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


def d106(r, V, N, p, q):
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
                o['ParameterSetID'] = x
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


def e106(v, a):
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


def d107(r, V, N, p, q):
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


def e107(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d108(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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


def e108(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d109(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T34[x >> 1]
                o['ChargeProgress'] = x
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
                x = (x >> 1) + 1
                o['SAScheduleTupleID'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d111(r, V, N, p, 197)
                o['ChargingProfile'] = x
                s = 3
            elif c == 1:
                x, p = d76(r, V, N, p, 134)
                o['DC_EVPowerDeliveryParameter'] = x
                s = 4
            elif c == 2:
                x, p = d81(r, V, N, p, 145)
                o['EVPowerDeliveryParameter'] = x
                s = 4
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d76(r, V, N, p, 134)
                o['DC_EVPowerDeliveryParameter'] = x
                s = 4
            elif c == 1:
                x, p = d81(r, V, N, p, 145)
                o['EVPowerDeliveryParameter'] = x
                s = 4
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


def e109(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ChargeProgress' in v:
                x = v['ChargeProgress']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M34[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SAScheduleTupleID' in v:
                x = v['SAScheduleTupleID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 256:
                    raise Bad
                a = (a << 8) | (x - 1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ChargingProfile' in v:
                x = v['ChargingProfile']
                c += 1
                a = (a << 3) | 0
                a = e111(x, a)
                s = 3
            elif 'DC_EVPowerDeliveryParameter' in v:
                x = v['DC_EVPowerDeliveryParameter']
                c += 1
                a = (a << 3) | 1
                a = e76(x, a)
                s = 4
            elif 'EVPowerDeliveryParameter' in v:
                x = v['EVPowerDeliveryParameter']
                c += 1
                a = (a << 3) | 2
                a = e81(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 3:
            if 'DC_EVPowerDeliveryParameter' in v:
                x = v['DC_EVPowerDeliveryParameter']
                c += 1
                a = (a << 2) | 0
                a = e76(x, a)
                s = 4
            elif 'EVPowerDeliveryParameter' in v:
                x = v['EVPowerDeliveryParameter']
                c += 1
                a = (a << 2) | 1
                a = e81(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d110(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T34[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e110(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M34[x]
    return a << 1


def d111(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 23
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 23:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d112(r, V, N, p, 195)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 24
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 24:
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
    l0 = v.get('ProfileEntry')
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
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
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
                a = e112(x, a)
                s = 24
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 24:
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
                o['ChargingProfileEntryStart'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 193)
                o['ChargingProfileEntryMaxPower'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = (x >> 1) + 1
                o['ChargingProfileEntryMaxNumberOfPhasesInUse'] = x
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


def e112(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ChargingProfileEntryStart' in v:
                x = v['ChargingProfileEntryStart']
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
            if 'ChargingProfileEntryMaxPower' in v:
                x = v['ChargingProfileEntryMaxPower']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ChargingProfileEntryMaxNumberOfPhasesInUse' in v:
                x = v['ChargingProfileEntryMaxNumberOfPhasesInUse']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 4:
                    raise Bad
                a = (a << 2) | (x - 1)
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


def d113(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e113(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 1 <= x <= 4:
        raise Bad
    a = (a << 2) | (x - 1)
    return a << 1


def d114(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d7(r, V, N, p, 12)
                o['AC_EVSEStatus'] = x
                s = 2
            elif c == 1:
                x, p = d22(r, V, N, p, 86)
                o['DC_EVSEStatus'] = x
                s = 2
            elif c == 2:
                x, p = d82(r, V, N, p, 146)
                o['EVSEStatus'] = x
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


def e114(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 2) | 0
                a = e7(x, a)
                s = 2
            elif 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 2) | 1
                a = e22(x, a)
                s = 2
            elif 'EVSEStatus' in v:
                x = v['EVSEStatus']
                c += 1
                a = (a << 2) | 2
                a = e82(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
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
                x, p = d18(r, V, N, p, 26)
                o['DC_EVStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 121)
                o['EVTargetVoltage'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 113)
                o['EVTargetCurrent'] = x
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


def e115(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d116(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 30)
                o['DC_EVSEStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 123)
                o['EVSEPresentVoltage'] = x
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


def e116(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEPresentVoltage' in v:
                x = v['EVSEPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d117(r, V, N, p, q):
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
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 119, 213, p)
                o['ServiceParameterList'] = x
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


def e118(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
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
            if 'ServiceParameterList' in v:
                x = v['ServiceParameterList']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 119, 213, x, a)
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


def d120(r, V, N, p, q):
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
                o['ParameterSetID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                x, p = d121(r, V, N, p, 211)
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
                if type(x) is not int or x < -32768 or x > 32767:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
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
                a = e121(x, a)
                s = 17
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 17:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d121(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 204)
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
                x, p = d2(r, V, N, p, 209)
                o['physicalValue'] = x
                s = 6
            elif c == 5:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 210)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['stringValue'] = x
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


def e121(v, a):
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
                a = str_w(a, x, -1)
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
            elif 'physicalValue' in v:
                x = v['physicalValue']
                c += 1
                a = (a << 3) | 4
                a = e2(x, a)
                s = 6
            elif 'stringValue' in v:
                x = v['stringValue']
                c += 1
                a = (a << 3) | 5
                a <<= 1
                a = str_w(a, x, -1)
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


def d122(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += -128
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e122(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -128 <= x <= 127:
        raise Bad
    a = (a << 8) | (x - -128)
    return a << 1


def d123(r, V, N, p, q):
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


def e123(v, a):
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


def d124(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 215)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceScope'] = x
                s = 1
            elif c == 1:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T39[x >> 1]
                o['ServiceCategory'] = x
                s = 2
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T39[x >> 1]
                o['ServiceCategory'] = x
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


def e124(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ServiceScope' in v:
                x = v['ServiceScope']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 64)
                a <<= 1
                s = 1
            elif 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 2) | M39[x]
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 1:
            if 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 2) | M39[x]
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


def d125(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e125(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 64)
    return a << 1


def d126(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T39[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e126(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M39[x]
    return a << 1


def d127(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d128(r, V, N, p, 226)
                o['PaymentOptionList'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d129(r, V, N, p, 227)
                o['ChargeService'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d132(r, V, N, p, 228)
                o['ServiceList'] = x
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


def e127(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PaymentOptionList' in v:
                x = v['PaymentOptionList']
                c += 1
                a = (a << 1) | 0
                a = e128(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ChargeService' in v:
                x = v['ChargeService']
                c += 1
                a = (a << 1) | 0
                a = e129(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ServiceList' in v:
                x = v['ServiceList']
                c += 1
                a = (a << 2) | 0
                a = e132(x, a)
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


def d128(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T33[x >> 1]
                if 'PaymentOption' in o:
                    o['PaymentOption'].append(x)
                else:
                    o['PaymentOption'] = [x]
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
                x = T33[x >> 1]
                if 'PaymentOption' in o:
                    o['PaymentOption'].append(x)
                else:
                    o['PaymentOption'] = [x]
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


def e128(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('PaymentOption')
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
                a = (a << 1) | M33[x]
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
                a = (a << 1) | M33[x]
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


def d129(r, V, N, p, q):
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 220)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceName'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T39[x >> 1]
                o['ServiceCategory'] = x
                s = 3
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
                x = T39[x >> 1]
                o['ServiceCategory'] = x
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
                x, p = str_r(r, V, N, p, 222)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceScope'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['FreeService'] = x
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
                o['FreeService'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d131(r, V, N, p, 224)
                o['SupportedEnergyTransferMode'] = x
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


def e129(v, a):
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
            if 'ServiceName' in v:
                x = v['ServiceName']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 32)
                a <<= 1
                s = 2
            elif 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 2) | M39[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 2:
            if 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M39[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ServiceScope' in v:
                x = v['ServiceScope']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 64)
                a <<= 1
                s = 4
            elif 'FreeService' in v:
                x = v['FreeService']
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
            if 'FreeService' in v:
                x = v['FreeService']
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
            if 'SupportedEnergyTransferMode' in v:
                x = v['SupportedEnergyTransferMode']
                c += 1
                a = (a << 1) | 0
                a = e131(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d130(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e130(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d131(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                if 'EnergyTransferMode' in o:
                    o['EnergyTransferMode'].append(x)
                else:
                    o['EnergyTransferMode'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                if 'EnergyTransferMode' in o:
                    o['EnergyTransferMode'].append(x)
                else:
                    o['EnergyTransferMode'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                if 'EnergyTransferMode' in o:
                    o['EnergyTransferMode'].append(x)
                else:
                    o['EnergyTransferMode'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                if 'EnergyTransferMode' in o:
                    o['EnergyTransferMode'].append(x)
                else:
                    o['EnergyTransferMode'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                if 'EnergyTransferMode' in o:
                    o['EnergyTransferMode'].append(x)
                else:
                    o['EnergyTransferMode'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                if 'EnergyTransferMode' in o:
                    o['EnergyTransferMode'].append(x)
                else:
                    o['EnergyTransferMode'] = [x]
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


def e131(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('EnergyTransferMode')
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
                a = (a << 3) | M20[x]
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
                a = (a << 3) | M20[x]
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
                a = (a << 3) | M20[x]
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
                a = (a << 3) | M20[x]
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
                a = (a << 3) | M20[x]
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
                a = (a << 3) | M20[x]
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


def d132(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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
                x, p = d133(r, V, N, p, 225)
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


def e132(v, a):
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
                a = e133(x, a)
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
                a = e133(x, a)
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 220)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceName'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T39[x >> 1]
                o['ServiceCategory'] = x
                s = 3
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
                x = T39[x >> 1]
                o['ServiceCategory'] = x
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
                x, p = str_r(r, V, N, p, 222)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceScope'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['FreeService'] = x
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
                o['FreeService'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
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
            if 'ServiceName' in v:
                x = v['ServiceName']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 32)
                a <<= 1
                s = 2
            elif 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 2) | M39[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 2:
            if 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M39[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ServiceScope' in v:
                x = v['ServiceScope']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 64)
                a <<= 1
                s = 4
            elif 'FreeService' in v:
                x = v['FreeService']
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
            if 'FreeService' in v:
                x = v['FreeService']
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d134(r, V, N, p, q):
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
                o['EVCCID'] = x
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


def e134(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVCCID' in v:
                x = v['EVCCID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = hex_w(a, x, 6)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d135(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e135(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 6)
    return a << 1


def d136(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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
                x, p = str_r(r, V, N, p, 106)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['EVSEID'] = x
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
                o['EVSETimeStamp'] = x
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


def e136(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEID' in v:
                x = v['EVSEID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 37)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSETimeStamp' in v:
                x = v['EVSETimeStamp']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < -9223372036854775808 or x > 9223372036854775807:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
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


def d137(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T41[x >> 1]
                o['ChargingSession'] = x
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


def e137(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ChargingSession' in v:
                x = v['ChargingSession']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M41[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d138(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T41[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e138(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M41[x]
    return a << 1


def d139(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
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


def e139(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d140(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 165)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d141(r, V, N, p, 238)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d141(r, V, N, p, 238)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d144(r, V, N, p, 239)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 85, 173, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 100, 181, p)
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
                x, p = interp_d(r, 100, 181, p)
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
                x, p = interp_d(r, 100, 181, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e140(v, a):
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
                a = e141(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e141(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e144(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 85, 173, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 100, 181, x, a)
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
                a = interp_e(G, 100, 181, x, a)
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
                a = interp_e(G, 100, 181, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d141(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 165)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 25, 33, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 25, 33, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 142, 237, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d96(r, V, N, p, 174)
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
                x, p = d96(r, V, N, p, 174)
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
                x, p = d96(r, V, N, p, 174)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e141(v, a):
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
                a = interp_e(G, 25, 33, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 25, 33, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 142, 237, x, a)
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
                a = e96(x, a)
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
                a = e96(x, a)
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
                a = e96(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d143(r, V, N, p, q):
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


def e143(v, a):
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


def d144(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 165)
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


def e144(v, a):
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


def d145(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 165)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 146, 242, p)
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
                x, p = interp_d(r, 146, 242, p)
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
                x, p = interp_d(r, 146, 242, p)
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
                x, p = interp_d(r, 146, 242, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e145(v, a):
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
                a = interp_e(G, 146, 242, x, a)
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
                a = interp_e(G, 146, 242, x, a)
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
                a = interp_e(G, 146, 242, x, a)
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
                a = interp_e(G, 146, 242, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d147(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d148(r, V, N, p, 250)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d152(r, V, N, p, 251)
                o['Body'] = x
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


def e147(v, a):
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
                a = e148(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Body' in v:
                x = v['Body']
                c += 1
                a = (a << 1) | 0
                a = e152(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d148(r, V, N, p, q):
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d149(r, V, N, p, 247)
                o['Notification'] = x
                s = 2
            elif c == 1:
                x, p = d140(r, V, N, p, 240)
                o['Signature'] = x
                s = 3
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d140(r, V, N, p, 240)
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


def e148(v, a):
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
            if 'Notification' in v:
                x = v['Notification']
                c += 1
                a = (a << 2) | 0
                a = e149(x, a)
                s = 2
            elif 'Signature' in v:
                x = v['Signature']
                c += 1
                a = (a << 2) | 1
                a = e140(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 2:
            if 'Signature' in v:
                x = v['Signature']
                c += 1
                a = (a << 2) | 0
                a = e140(x, a)
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


def d149(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T42[x >> 1]
                o['FaultCode'] = x
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
                x, p = str_r(r, V, N, p, 245)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['FaultMsg'] = x
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


def e149(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'FaultCode' in v:
                x = v['FaultCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M42[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'FaultMsg' in v:
                x = v['FaultMsg']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 64)
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


def d150(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T42[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e150(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M42[x]
    return a << 1


def d151(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e151(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 64)
    return a << 1


def d152(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 6)) & 63
            p += 6
            if c == 0:
                x, p = d11(r, V, N, p, 18)
                o['AuthorizationReq'] = x
                s = 1
            elif c == 1:
                x, p = d13(r, V, N, p, 21)
                o['AuthorizationRes'] = x
                s = 1
            elif c == 2:
                x, p = d16(r, V, N, p, 22)
                o['BodyElement'] = x
                s = 1
            elif c == 3:
                x, p = d17(r, V, N, p, 27)
                o['CableCheckReq'] = x
                s = 1
            elif c == 4:
                x, p = d21(r, V, N, p, 31)
                o['CableCheckRes'] = x
                s = 1
            elif c == 5:
                x, p = d26(r, V, N, p, 39)
                o['CertificateInstallationReq'] = x
                s = 1
            elif c == 6:
                x, p = d32(r, V, N, p, 48)
                o['CertificateInstallationRes'] = x
                s = 1
            elif c == 7:
                x, p = d38(r, V, N, p, 49)
                o['CertificateUpdateReq'] = x
                s = 1
            elif c == 8:
                x, p = d40(r, V, N, p, 51)
                o['CertificateUpdateRes'] = x
                s = 1
            elif c == 9:
                x, p = d41(r, V, N, p, 64)
                o['ChargeParameterDiscoveryReq'] = x
                s = 1
            elif c == 10:
                x, p = d45(r, V, N, p, 99)
                o['ChargeParameterDiscoveryRes'] = x
                s = 1
            elif c == 11:
                x, p = d65(r, V, N, p, 100)
                o['ChargingStatusReq'] = x
                s = 1
            elif c == 12:
                x, p = d66(r, V, N, p, 112)
                o['ChargingStatusRes'] = x
                s = 1
            elif c == 13:
                x, p = d74(r, V, N, p, 122)
                o['CurrentDemandReq'] = x
                s = 1
            elif c == 14:
                x, p = d75(r, V, N, p, 131)
                o['CurrentDemandRes'] = x
                s = 1
            elif c == 15:
                x, p = d97(r, V, N, p, 177)
                o['MeteringReceiptReq'] = x
                s = 1
            elif c == 16:
                x, p = d99(r, V, N, p, 178)
                o['MeteringReceiptRes'] = x
                s = 1
            elif c == 17:
                x, p = d101(r, V, N, p, 182)
                o['PaymentDetailsReq'] = x
                s = 1
            elif c == 18:
                x, p = d102(r, V, N, p, 184)
                o['PaymentDetailsRes'] = x
                s = 1
            elif c == 19:
                x, p = d103(r, V, N, p, 190)
                o['PaymentServiceSelectionReq'] = x
                s = 1
            elif c == 20:
                x, p = d108(r, V, N, p, 191)
                o['PaymentServiceSelectionRes'] = x
                s = 1
            elif c == 21:
                x, p = d109(r, V, N, p, 198)
                o['PowerDeliveryReq'] = x
                s = 1
            elif c == 22:
                x, p = d114(r, V, N, p, 199)
                o['PowerDeliveryRes'] = x
                s = 1
            elif c == 23:
                x, p = d115(r, V, N, p, 200)
                o['PreChargeReq'] = x
                s = 1
            elif c == 24:
                x, p = d116(r, V, N, p, 201)
                o['PreChargeRes'] = x
                s = 1
            elif c == 25:
                x, p = d117(r, V, N, p, 203)
                o['ServiceDetailReq'] = x
                s = 1
            elif c == 26:
                x, p = d118(r, V, N, p, 214)
                o['ServiceDetailRes'] = x
                s = 1
            elif c == 27:
                x, p = d124(r, V, N, p, 217)
                o['ServiceDiscoveryReq'] = x
                s = 1
            elif c == 28:
                x, p = d127(r, V, N, p, 229)
                o['ServiceDiscoveryRes'] = x
                s = 1
            elif c == 29:
                x, p = d134(r, V, N, p, 231)
                o['SessionSetupReq'] = x
                s = 1
            elif c == 30:
                x, p = d136(r, V, N, p, 232)
                o['SessionSetupRes'] = x
                s = 1
            elif c == 31:
                x, p = d137(r, V, N, p, 234)
                o['SessionStopReq'] = x
                s = 1
            elif c == 32:
                x, p = d139(r, V, N, p, 235)
                o['SessionStopRes'] = x
                s = 1
            elif c == 33:
                x, p = d153(r, V, N, p, 248)
                o['WeldingDetectionReq'] = x
                s = 1
            elif c == 34:
                x, p = d154(r, V, N, p, 249)
                o['WeldingDetectionRes'] = x
                s = 1
            elif c == 35:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e152(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'AuthorizationReq' in v:
                x = v['AuthorizationReq']
                c += 1
                a = (a << 6) | 0
                a = e11(x, a)
                s = 1
            elif 'AuthorizationRes' in v:
                x = v['AuthorizationRes']
                c += 1
                a = (a << 6) | 1
                a = e13(x, a)
                s = 1
            elif 'BodyElement' in v:
                x = v['BodyElement']
                c += 1
                a = (a << 6) | 2
                a = e16(x, a)
                s = 1
            elif 'CableCheckReq' in v:
                x = v['CableCheckReq']
                c += 1
                a = (a << 6) | 3
                a = e17(x, a)
                s = 1
            elif 'CableCheckRes' in v:
                x = v['CableCheckRes']
                c += 1
                a = (a << 6) | 4
                a = e21(x, a)
                s = 1
            elif 'CertificateInstallationReq' in v:
                x = v['CertificateInstallationReq']
                c += 1
                a = (a << 6) | 5
                a = e26(x, a)
                s = 1
            elif 'CertificateInstallationRes' in v:
                x = v['CertificateInstallationRes']
                c += 1
                a = (a << 6) | 6
                a = e32(x, a)
                s = 1
            elif 'CertificateUpdateReq' in v:
                x = v['CertificateUpdateReq']
                c += 1
                a = (a << 6) | 7
                a = e38(x, a)
                s = 1
            elif 'CertificateUpdateRes' in v:
                x = v['CertificateUpdateRes']
                c += 1
                a = (a << 6) | 8
                a = e40(x, a)
                s = 1
            elif 'ChargeParameterDiscoveryReq' in v:
                x = v['ChargeParameterDiscoveryReq']
                c += 1
                a = (a << 6) | 9
                a = e41(x, a)
                s = 1
            elif 'ChargeParameterDiscoveryRes' in v:
                x = v['ChargeParameterDiscoveryRes']
                c += 1
                a = (a << 6) | 10
                a = e45(x, a)
                s = 1
            elif 'ChargingStatusReq' in v:
                x = v['ChargingStatusReq']
                c += 1
                a = (a << 6) | 11
                a = e65(x, a)
                s = 1
            elif 'ChargingStatusRes' in v:
                x = v['ChargingStatusRes']
                c += 1
                a = (a << 6) | 12
                a = e66(x, a)
                s = 1
            elif 'CurrentDemandReq' in v:
                x = v['CurrentDemandReq']
                c += 1
                a = (a << 6) | 13
                a = e74(x, a)
                s = 1
            elif 'CurrentDemandRes' in v:
                x = v['CurrentDemandRes']
                c += 1
                a = (a << 6) | 14
                a = e75(x, a)
                s = 1
            elif 'MeteringReceiptReq' in v:
                x = v['MeteringReceiptReq']
                c += 1
                a = (a << 6) | 15
                a = e97(x, a)
                s = 1
            elif 'MeteringReceiptRes' in v:
                x = v['MeteringReceiptRes']
                c += 1
                a = (a << 6) | 16
                a = e99(x, a)
                s = 1
            elif 'PaymentDetailsReq' in v:
                x = v['PaymentDetailsReq']
                c += 1
                a = (a << 6) | 17
                a = e101(x, a)
                s = 1
            elif 'PaymentDetailsRes' in v:
                x = v['PaymentDetailsRes']
                c += 1
                a = (a << 6) | 18
                a = e102(x, a)
                s = 1
            elif 'PaymentServiceSelectionReq' in v:
                x = v['PaymentServiceSelectionReq']
                c += 1
                a = (a << 6) | 19
                a = e103(x, a)
                s = 1
            elif 'PaymentServiceSelectionRes' in v:
                x = v['PaymentServiceSelectionRes']
                c += 1
                a = (a << 6) | 20
                a = e108(x, a)
                s = 1
            elif 'PowerDeliveryReq' in v:
                x = v['PowerDeliveryReq']
                c += 1
                a = (a << 6) | 21
                a = e109(x, a)
                s = 1
            elif 'PowerDeliveryRes' in v:
                x = v['PowerDeliveryRes']
                c += 1
                a = (a << 6) | 22
                a = e114(x, a)
                s = 1
            elif 'PreChargeReq' in v:
                x = v['PreChargeReq']
                c += 1
                a = (a << 6) | 23
                a = e115(x, a)
                s = 1
            elif 'PreChargeRes' in v:
                x = v['PreChargeRes']
                c += 1
                a = (a << 6) | 24
                a = e116(x, a)
                s = 1
            elif 'ServiceDetailReq' in v:
                x = v['ServiceDetailReq']
                c += 1
                a = (a << 6) | 25
                a = e117(x, a)
                s = 1
            elif 'ServiceDetailRes' in v:
                x = v['ServiceDetailRes']
                c += 1
                a = (a << 6) | 26
                a = e118(x, a)
                s = 1
            elif 'ServiceDiscoveryReq' in v:
                x = v['ServiceDiscoveryReq']
                c += 1
                a = (a << 6) | 27
                a = e124(x, a)
                s = 1
            elif 'ServiceDiscoveryRes' in v:
                x = v['ServiceDiscoveryRes']
                c += 1
                a = (a << 6) | 28
                a = e127(x, a)
                s = 1
            elif 'SessionSetupReq' in v:
                x = v['SessionSetupReq']
                c += 1
                a = (a << 6) | 29
                a = e134(x, a)
                s = 1
            elif 'SessionSetupRes' in v:
                x = v['SessionSetupRes']
                c += 1
                a = (a << 6) | 30
                a = e136(x, a)
                s = 1
            elif 'SessionStopReq' in v:
                x = v['SessionStopReq']
                c += 1
                a = (a << 6) | 31
                a = e137(x, a)
                s = 1
            elif 'SessionStopRes' in v:
                x = v['SessionStopRes']
                c += 1
                a = (a << 6) | 32
                a = e139(x, a)
                s = 1
            elif 'WeldingDetectionReq' in v:
                x = v['WeldingDetectionReq']
                c += 1
                a = (a << 6) | 33
                a = e153(x, a)
                s = 1
            elif 'WeldingDetectionRes' in v:
                x = v['WeldingDetectionRes']
                c += 1
                a = (a << 6) | 34
                a = e154(x, a)
                s = 1
            else:
                if c != len(v):
                    raise Bad
                return (a << 6) | 35
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d153(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 26)
                o['DC_EVStatus'] = x
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


def e153(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'DC_EVStatus' in v:
                x = v['DC_EVStatus']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d154(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T9[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 30)
                o['DC_EVSEStatus'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 123)
                o['EVSEPresentVoltage'] = x
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


def e154(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M9[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEPresentVoltage' in v:
                x = v['EVSEPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 6: d6, 7: d7, 8: d8, 9: d9, 10: d10, 11: d11, 12: d12, 13: d13, 14: d14, 15: d15, 16: d16, 17: d17, 18: d18, 19: d19, 20: d20, 21: d21, 22: d22, 23: d23, 24: d24, 26: d26, 27: d27, 28: d28, 29: d29, 30: d30, 31: d31, 32: d32, 33: d33, 34: d34, 35: d35, 36: d36, 37: d37, 38: d38, 39: d39, 40: d40, 41: d41, 42: d42, 43: d43, 44: d44, 45: d45, 46: d46, 47: d47, 48: d48, 50: d50, 51: d51, 52: d52, 53: d53, 54: d54, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63, 64: d64, 65: d65, 66: d66, 67: d67, 68: d68, 69: d69, 70: d70, 71: d71, 72: d72, 73: d73, 74: d74, 75: d75, 76: d76, 77: d77, 78: d78, 80: d80, 81: d81, 82: d82, 83: d83, 84: d84, 87: d87, 88: d88, 89: d89, 92: d92, 95: d95, 96: d96, 97: d97, 98: d98, 99: d99, 101: d101, 102: d102, 103: d103, 104: d104, 105: d105, 106: d106, 107: d107, 108: d108, 109: d109, 110: d110, 111: d111, 112: d112, 113: d113, 114: d114, 115: d115, 116: d116, 117: d117, 118: d118, 120: d120, 121: d121, 122: d122, 123: d123, 124: d124, 125: d125, 126: d126, 127: d127, 128: d128, 129: d129, 130: d130, 131: d131, 132: d132, 133: d133, 134: d134, 135: d135, 136: d136, 137: d137, 138: d138, 139: d139, 140: d140, 141: d141, 143: d143, 144: d144, 145: d145, 147: d147, 148: d148, 149: d149, 150: d150, 151: d151, 152: d152, 153: d153, 154: d154}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 6: e6, 7: e7, 8: e8, 9: e9, 10: e10, 11: e11, 12: e12, 13: e13, 14: e14, 15: e15, 16: e16, 17: e17, 18: e18, 19: e19, 20: e20, 21: e21, 22: e22, 23: e23, 24: e24, 26: e26, 27: e27, 28: e28, 29: e29, 30: e30, 31: e31, 32: e32, 33: e33, 34: e34, 35: e35, 36: e36, 37: e37, 38: e38, 39: e39, 40: e40, 41: e41, 42: e42, 43: e43, 44: e44, 45: e45, 46: e46, 47: e47, 48: e48, 50: e50, 51: e51, 52: e52, 53: e53, 54: e54, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63, 64: e64, 65: e65, 66: e66, 67: e67, 68: e68, 69: e69, 70: e70, 71: e71, 72: e72, 73: e73, 74: e74, 75: e75, 76: e76, 77: e77, 78: e78, 80: e80, 81: e81, 82: e82, 83: e83, 84: e84, 87: e87, 88: e88, 89: e89, 92: e92, 95: e95, 96: e96, 97: e97, 98: e98, 99: e99, 101: e101, 102: e102, 103: e103, 104: e104, 105: e105, 106: e106, 107: e107, 108: e108, 109: e109, 110: e110, 111: e111, 112: e112, 113: e113, 114: e114, 115: e115, 116: e116, 117: e117, 118: e118, 120: e120, 121: e121, 122: e122, 123: e123, 124: e124, 125: e125, 126: e126, 127: e127, 128: e128, 129: e129, 130: e130, 131: e131, 132: e132, 133: e133, 134: e134, 135: e135, 136: e136, 137: e137, 138: e138, 139: e139, 140: e140, 141: e141, 143: e143, 144: e144, 145: e145, 147: e147, 148: e148, 149: e149, 150: e150, 151: e151, 152: e152, 153: e153, 154: e154}
