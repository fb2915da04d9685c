# generated — do not edit. EXI grammars for 'din' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   88c55a6a81836a4f7da28c432c3aa96c017ed53676a57a147076ffbf2d415004  din_spec/V2G_CI_MsgBody.xsd
#   d1e7bc371af89d8989e4fc6e792bdf9b281187894e990691a6f388b9d64de00c  din_spec/V2G_CI_MsgDataTypes.xsd
#   d3375549339c88843083b022da581e4cb8cd8e8c4f53ff512db83d80d4293449  din_spec/V2G_CI_MsgDef.xsd
#   4f8d90a8e701c7b2dd082f0496f14ee48a66bc3545006637122bfe77cc6afa6b  din_spec/V2G_CI_MsgHeader.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('urn:din:70121:2012:MsgDataTypes', 'Multiplier'), ('urn:din:70121:2012:MsgDataTypes', 'Unit'), ('urn:din:70121:2012:MsgDataTypes', 'Value'), ('urn:din:70121:2012:MsgDataTypes', 'DepartureTime'), ('urn:din:70121:2012:MsgDataTypes', 'EAmount'), ('urn:din:70121:2012:MsgDataTypes', 'EVMaxVoltage'), ('urn:din:70121:2012:MsgDataTypes', 'EVMaxCurrent'), ('urn:din:70121:2012:MsgDataTypes', 'EVMinCurrent'), ('urn:din:70121:2012:MsgDataTypes', 'AC_EVChargeParameter'), ('urn:din:70121:2012:MsgDataTypes', 'PowerSwitchClosed'), ('urn:din:70121:2012:MsgDataTypes', 'RCD'), ('urn:din:70121:2012:MsgDataTypes', 'NotificationMaxDelay'), ('urn:din:70121:2012:MsgDataTypes', 'EVSENotification'), ('urn:din:70121:2012:MsgDataTypes', 'AC_EVSEStatus'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMaxVoltage'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMaxCurrent'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMinCurrent'), ('urn:din:70121:2012:MsgDataTypes', 'AC_EVSEChargeParameter'), ('urn:din:70121:2012:MsgDef', 'BodyElement'), ('urn:din:70121:2012:MsgDataTypes', 'EVReady'), ('urn:din:70121:2012:MsgDataTypes', 'EVCabinConditioning'), ('urn:din:70121:2012:MsgDataTypes', 'EVRESSConditioning'), ('urn:din:70121:2012:MsgDataTypes', 'EVErrorCode'), ('urn:din:70121:2012:MsgDataTypes', 'EVRESSSOC'), ('urn:din:70121:2012:MsgBody', 'DC_EVStatus'), ('urn:din:70121:2012:MsgBody', 'CableCheckReq'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEIsolationStatus'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEStatusCode'), ('urn:din:70121:2012:MsgBody', 'ResponseCode'), ('urn:din:70121:2012:MsgBody', 'DC_EVSEStatus'), ('urn:din:70121:2012:MsgBody', 'EVSEProcessing'), ('urn:din:70121:2012:MsgBody', 'CableCheckRes'), ('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('urn:din:70121:2012:MsgDataTypes', 'RootCertificateID'), ('', 'Id'), ('urn:din:70121:2012:MsgBody', 'OEMProvisioningCert'), ('urn:din:70121:2012:MsgBody', 'ListOfRootCertificateIDs'), ('urn:din:70121:2012:MsgBody', 'DHParams'), ('urn:din:70121:2012:MsgBody', 'CertificateInstallationReq'), ('urn:din:70121:2012:MsgDataTypes', 'Certificate'), ('urn:din:70121:2012:MsgDataTypes', 'SubCertificates'), ('urn:din:70121:2012:MsgBody', 'ContractSignatureCertChain'), ('urn:din:70121:2012:MsgBody', 'ContractSignatureEncryptedPrivateKey'), ('urn:din:70121:2012:MsgBody', 'ContractID'), ('urn:din:70121:2012:MsgBody', 'CertificateInstallationRes'), ('urn:din:70121:2012:MsgBody', 'CertificateUpdateReq'), ('urn:din:70121:2012:MsgBody', 'RetryCounter'), ('urn:din:70121:2012:MsgBody', 'CertificateUpdateRes'), ('urn:din:70121:2012:MsgDataTypes', 'DC_EVStatus'), ('urn:din:70121:2012:MsgDataTypes', 'EVMaximumCurrentLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVMaximumPowerLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVMaximumVoltageLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVEnergyCapacity'), ('urn:din:70121:2012:MsgDataTypes', 'EVEnergyRequest'), ('urn:din:70121:2012:MsgDataTypes', 'FullSOC'), ('urn:din:70121:2012:MsgDataTypes', 'BulkSOC'), ('urn:din:70121:2012:MsgBody', 'EVRequestedEnergyTransferType'), ('urn:din:70121:2012:MsgDataTypes', 'DC_EVChargeParameter'), ('urn:din:70121:2012:MsgDataTypes', 'EVChargeParameter'), ('urn:din:70121:2012:MsgBody', 'ChargeParameterDiscoveryReq'), ('urn:din:70121:2012:MsgDataTypes', 'start'), ('urn:din:70121:2012:MsgDataTypes', 'duration'), ('urn:din:70121:2012:MsgDataTypes', 'RelativeTimeInterval'), ('urn:din:70121:2012:MsgDataTypes', 'TimeInterval'), ('urn:din:70121:2012:MsgDataTypes', 'PMax'), ('urn:din:70121:2012:MsgDataTypes', 'PMaxScheduleID'), ('urn:din:70121:2012:MsgDataTypes', 'PMaxScheduleEntry'), ('urn:din:70121:2012:MsgDataTypes', 'costKind'), ('urn:din:70121:2012:MsgDataTypes', 'amount'), ('urn:din:70121:2012:MsgDataTypes', 'amountMultiplier'), ('urn:din:70121:2012:MsgDataTypes', 'startValue'), ('urn:din:70121:2012:MsgDataTypes', 'Cost'), ('urn:din:70121:2012:MsgDataTypes', 'EPriceLevel'), ('urn:din:70121:2012:MsgDataTypes', 'ConsumptionCost'), ('urn:din:70121:2012:MsgDataTypes', 'SalesTariffID'), ('urn:din:70121:2012:MsgDataTypes', 'SalesTariffDescription'), ('urn:din:70121:2012:MsgDataTypes', 'NumEPriceLevels'), ('urn:din:70121:2012:MsgDataTypes', 'SalesTariffEntry'), ('urn:din:70121:2012:MsgDataTypes', 'SAScheduleTupleID'), ('urn:din:70121:2012:MsgDataTypes', 'PMaxSchedule'), ('urn:din:70121:2012:MsgDataTypes', 'SalesTariff'), ('urn:din:70121:2012:MsgDataTypes', 'SAScheduleTuple'), ('urn:din:70121:2012:MsgDataTypes', 'DC_EVSEStatus'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMaximumCurrentLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMaximumPowerLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMaximumVoltageLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMinimumCurrentLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEMinimumVoltageLimit'), ('urn:din:70121:2012:MsgDataTypes', 'EVSECurrentRegulationTolerance'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEPeakCurrentRipple'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEEnergyToBeDelivered'), ('urn:din:70121:2012:MsgDataTypes', 'SAScheduleList'), ('urn:din:70121:2012:MsgDataTypes', 'SASchedules'), ('urn:din:70121:2012:MsgDataTypes', 'DC_EVSEChargeParameter'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEChargeParameter'), ('urn:din:70121:2012:MsgBody', 'ChargeParameterDiscoveryRes'), ('urn:din:70121:2012:MsgBody', 'ChargingStatusReq'), ('urn:din:70121:2012:MsgDataTypes', 'MeterID'), ('urn:din:70121:2012:MsgDataTypes', 'MeterReading'), ('urn:din:70121:2012:MsgDataTypes', 'SigMeterReading'), ('urn:din:70121:2012:MsgDataTypes', 'MeterStatus'), ('urn:din:70121:2012:MsgDataTypes', 'TMeter'), ('urn:din:70121:2012:MsgBody', 'EVSEID'), ('urn:din:70121:2012:MsgBody', 'SAScheduleTupleID'), ('urn:din:70121:2012:MsgBody', 'EVSEMaxCurrent'), ('urn:din:70121:2012:MsgBody', 'MeterInfo'), ('urn:din:70121:2012:MsgBody', 'ReceiptRequired'), ('urn:din:70121:2012:MsgBody', 'AC_EVSEStatus'), ('urn:din:70121:2012:MsgBody', 'ChargingStatusRes'), ('urn:din:70121:2012:MsgBody', 'GenChallenge'), ('urn:din:70121:2012:MsgBody', 'ContractAuthenticationReq'), ('urn:din:70121:2012:MsgBody', 'ContractAuthenticationRes'), ('urn:din:70121:2012:MsgBody', 'EVTargetCurrent'), ('urn:din:70121:2012:MsgBody', 'EVMaximumVoltageLimit'), ('urn:din:70121:2012:MsgBody', 'EVMaximumCurrentLimit'), ('urn:din:70121:2012:MsgBody', 'EVMaximumPowerLimit'), ('urn:din:70121:2012:MsgBody', 'BulkChargingComplete'), ('urn:din:70121:2012:MsgBody', 'ChargingComplete'), ('urn:din:70121:2012:MsgBody', 'RemainingTimeToFullSoC'), ('urn:din:70121:2012:MsgBody', 'RemainingTimeToBulkSoC'), ('urn:din:70121:2012:MsgBody', 'EVTargetVoltage'), ('urn:din:70121:2012:MsgBody', 'CurrentDemandReq'), ('urn:din:70121:2012:MsgBody', 'EVSEPresentVoltage'), ('urn:din:70121:2012:MsgBody', 'EVSEPresentCurrent'), ('urn:din:70121:2012:MsgBody', 'EVSECurrentLimitAchieved'), ('urn:din:70121:2012:MsgBody', 'EVSEVoltageLimitAchieved'), ('urn:din:70121:2012:MsgBody', 'EVSEPowerLimitAchieved'), ('urn:din:70121:2012:MsgBody', 'EVSEMaximumVoltageLimit'), ('urn:din:70121:2012:MsgBody', 'EVSEMaximumCurrentLimit'), ('urn:din:70121:2012:MsgBody', 'EVSEMaximumPowerLimit'), ('urn:din:70121:2012:MsgBody', 'CurrentDemandRes'), ('urn:din:70121:2012:MsgDataTypes', 'BulkChargingComplete'), ('urn:din:70121:2012:MsgDataTypes', 'ChargingComplete'), ('urn:din:70121:2012:MsgDataTypes', 'DC_EVPowerDeliveryParameter'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('urn:din:70121:2012:MsgDataTypes', 'EVPowerDeliveryParameter'), ('urn:din:70121:2012:MsgDataTypes', 'EVSEStatus'), ('urn:din:70121:2012:MsgDataTypes', 'EVStatus'), ('urn:din:70121:2012:MsgDataTypes', 'Entry'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('urn:din:70121:2012:MsgBody', 'SessionID'), ('urn:din:70121:2012:MsgBody', 'MeteringReceiptReq'), ('urn:din:70121:2012:MsgBody', 'MeteringReceiptRes'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('urn:din:70121:2012:MsgBody', 'PaymentDetailsReq'), ('urn:din:70121:2012:MsgBody', 'DateTimeNow'), ('urn:din:70121:2012:MsgBody', 'PaymentDetailsRes'), ('urn:din:70121:2012:MsgDataTypes', 'ChargingProfileEntryStart'), ('urn:din:70121:2012:MsgDataTypes', 'ChargingProfileEntryMaxPower'), ('urn:din:70121:2012:MsgDataTypes', 'ProfileEntry'), ('urn:din:70121:2012:MsgBody', 'ReadyToChargeState'), ('urn:din:70121:2012:MsgBody', 'ChargingProfile'), ('urn:din:70121:2012:MsgBody', 'PowerDeliveryReq'), ('urn:din:70121:2012:MsgBody', 'PowerDeliveryRes'), ('urn:din:70121:2012:MsgBody', 'PreChargeReq'), ('urn:din:70121:2012:MsgBody', 'PreChargeRes'), ('urn:din:70121:2012:MsgDataTypes', 'ServiceID'), ('urn:din:70121:2012:MsgDataTypes', 'ServiceName'), ('urn:din:70121:2012:MsgDataTypes', 'ServiceCategory'), ('urn:din:70121:2012:MsgDataTypes', 'ServiceScope'), ('urn:din:70121:2012:MsgDataTypes', 'ServiceTag'), ('urn:din:70121:2012:MsgDataTypes', 'FreeService'), ('urn:din:70121:2012:MsgDataTypes', 'EnergyTransferType'), ('urn:din:70121:2012:MsgDataTypes', 'ServiceCharge'), ('urn:din:70121:2012:MsgBody', 'ServiceID'), ('urn:din:70121:2012:MsgBody', 'ServiceDetailReq'), ('', 'Name'), ('', 'ValueType'), ('urn:din:70121:2012:MsgDataTypes', 'boolValue'), ('urn:din:70121:2012:MsgDataTypes', 'byteValue'), ('urn:din:70121:2012:MsgDataTypes', 'shortValue'), ('urn:din:70121:2012:MsgDataTypes', 'intValue'), ('urn:din:70121:2012:MsgDataTypes', 'physicalValue'), ('urn:din:70121:2012:MsgDataTypes', 'stringValue'), ('urn:din:70121:2012:MsgDataTypes', 'ParameterSetID'), ('urn:din:70121:2012:MsgDataTypes', 'Parameter'), ('urn:din:70121:2012:MsgDataTypes', 'ParameterSet'), ('urn:din:70121:2012:MsgBody', 'ServiceParameterList'), ('urn:din:70121:2012:MsgBody', 'ServiceDetailRes'), ('urn:din:70121:2012:MsgBody', 'ServiceScope'), ('urn:din:70121:2012:MsgBody', 'ServiceCategory'), ('urn:din:70121:2012:MsgBody', 'ServiceDiscoveryReq'), ('urn:din:70121:2012:MsgDataTypes', 'PaymentOption'), ('urn:din:70121:2012:MsgDataTypes', 'Service'), ('urn:din:70121:2012:MsgBody', 'PaymentOptions'), ('urn:din:70121:2012:MsgBody', 'ChargeService'), ('urn:din:70121:2012:MsgBody', 'ServiceList'), ('urn:din:70121:2012:MsgBody', 'ServiceDiscoveryRes'), ('urn:din:70121:2012:MsgDataTypes', 'SelectedService'), ('urn:din:70121:2012:MsgBody', 'SelectedPaymentOption'), ('urn:din:70121:2012:MsgBody', 'SelectedServiceList'), ('urn:din:70121:2012:MsgBody', 'ServicePaymentSelectionReq'), ('urn:din:70121:2012:MsgBody', 'ServicePaymentSelectionRes'), ('urn:din:70121:2012:MsgBody', 'EVCCID'), ('urn:din:70121:2012:MsgBody', 'SessionSetupReq'), ('urn:din:70121:2012:MsgBody', 'SessionSetupRes'), ('urn:din:70121:2012:MsgBody', 'SessionStopReq'), ('urn:din:70121:2012:MsgBody', 'SessionStopRes'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:din:70121:2012:MsgDataTypes', 'FaultCode'), ('urn:din:70121:2012:MsgDataTypes', 'FaultMsg'), ('urn:din:70121:2012:MsgHeader', 'SessionID'), ('urn:din:70121:2012:MsgHeader', 'Notification'), ('urn:din:70121:2012:MsgBody', 'WeldingDetectionReq'), ('urn:din:70121:2012:MsgBody', 'WeldingDetectionRes'), ('urn:din:70121:2012:MsgDef', 'Header'), ('urn:din:70121:2012:MsgDef', 'Body'), ('urn:din:70121:2012:MsgDef', 'V2G_Message')]
DTYPES = [(3, 0, 4294967295), (4, -3, 3), (5, ('h', 'm', 's', 'A', 'Ah', 'V', 'VA', 'W', 'W/s', 'Wh'), 4, 0), (2, -32768, 32767), (1,), (5, ('None', 'StopCharging', 'ReNegotiation'), 2, 0), (5, ('NO_ERROR', 'FAILED_RESSTemperatureInhibit', 'FAILED_EVShiftPosition', 'FAILED_ChargerConnectorLockFault', 'FAILED_EVRESSMalfunction', 'FAILED_ChargingCurrentdifferential', 'FAILED_ChargingVoltageOutOfRange', 'Reserved_A', 'Reserved_B', 'Reserved_C', 'FAILED_ChargingSystemIncompatibility', 'NoData'), 4, 0), (4, 0, 7), (5, ('OK', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_CertificateExpiresSoon', 'FAILED', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_UnknownSession', 'FAILED_ServiceSelectionInvalid', 'FAILED_PaymentSelectionInvalid', 'FAILED_CertificateExpired', 'FAILED_SignatureError', 'FAILED_NoCertificateAvailable', 'FAILED_CertChainError', 'FAILED_ChallengeInvalid', 'FAILED_ContractCanceled', 'FAILED_WrongChargeParameter', 'FAILED_PowerDeliveryNotApplied', 'FAILED_TariffSelectionInvalid', 'FAILED_ChargingProfileInvalid', 'FAILED_EVSEPresentVoltageToLow', 'FAILED_MeteringSignatureNotValid', 'FAILED_WrongEnergyTransferType'), 5, 0), (5, ('Invalid', 'Valid', 'Warning', 'Fault'), 2, 0), (5, ('EVSE_NotReady', 'EVSE_Ready', 'EVSE_Shutdown', 'EVSE_UtilityInterruptEvent', 'EVSE_IsolationMonitoringActive', 'EVSE_EmergencyShutdown', 'EVSE_Malfunction', 'Reserved_8', 'Reserved_9', 'Reserved_A', 'Reserved_B', 'Reserved_C'), 4, 0), (5, ('Finished', 'Ongoing'), 1, 0), (0, None), (7, 1200), (0, 40), (7, 256), (7, 128), (0, 24), (5, ('AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core', 'DC_unique'), 3, 0), (0, 32), (4, 0, 8), (5, ('relativePricePercentage', 'RenewableGenerationPercentage', 'CarbonDioxideEmission'), 2, 0), (6, 32), (7, 32), (2, -9223372036854775808, 9223372036854775807), (7, None), (2, None, None), (6, 8), (3, 0, 65535), (5, ('EVCharging', 'Internet', 'ContractCertificate', 'OtherCustom'), 2, 0), (5, ('AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core', 'DC_dual', 'AC_core1p_DC_extended', 'AC_single_DC_core', 'AC_single_phase_three_phase_core_DC_extended', 'AC_core3p_DC_extended'), 4, 0), (5, ('bool', 'byte', 'short', 'int', 'physicalValue', 'string'), 3, 0), (4, -128, 8), (2, -2147483648, 2147483647), (5, ('Contract', 'ExternalPayment'), 1, 0), (5, ('ParsingError', 'NoTLSRootCertificatAvailable', 'UnknownError'), 2, 0), (0, 64)]
ROOTS = [(8, 0), (17, 6), (13, 7), (18, 10), (25, 11), (31, 15), (33, 21), (39, 22), (45, 27), (46, 32), (48, 33), (60, 34), (96, 38), (97, 57), (109, 58), (111, 65), (112, 67), (122, 68), (131, 69), (58, 36), (134, 70), (94, 55), (83, 17), (49, 12), (142, 71), (143, 73), (144, 74), (59, 37), (145, 75), (95, 56), (146, 76), (147, 77), (148, 78), (174, 79), (167, 80), (168, 81), (176, 92), (178, 94), (179, 96), (173, 80), (182, 97), (171, 90), (67, 43), (183, 98), (185, 99), (191, 100), (192, 103), (193, 104), (194, 105), (151, 82), (175, 93), (63, 44), (169, 83), (92, 39), (93, 54), (172, 91), (78, 50), (202, 106), (204, 113), (217, 114), (220, 120), (226, 121), (230, 126), (231, 129), (233, 130), (234, 132), (235, 133), (236, 134), (241, 135), (238, 137), (244, 140), (243, 141), (240, 139), (239, 136), (64, 45), (153, 85), (156, 84), (253, 142), (249, 148), (250, 149), (170, 86)]
FRAGMENTS = [(8, 0), (17, 6), (108, 7), (13, 7), (252, 147), (18, 10), (117, 8), (132, 8), (56, 14), (25, 11), (31, 15), (33, 21), (40, 23), (39, 22), (45, 27), (46, 32), (48, 33), (60, 34), (96, 38), (224, 106), (118, 8), (133, 8), (190, 101), (187, 46), (186, 1), (97, 57), (109, 58), (74, 51), (111, 65), (112, 67), (44, 31), (42, 28), (43, 30), (72, 52), (122, 68), (131, 69), (58, 36), (134, 70), (94, 55), (29, 17), (83, 17), (24, 12), (49, 12), (38, 26), (142, 71), (184, 64), (3, 1), (143, 73), (144, 74), (4, 2), (73, 49), (232, 131), (20, 8), (59, 37), (53, 2), (54, 2), (22, 13), (6, 2), (5, 2), (115, 2), (50, 2), (116, 2), (51, 2), (114, 2), (52, 2), (7, 2), (145, 75), (21, 8), (23, 14), (19, 8), (57, 35), (95, 56), (125, 8), (89, 2), (91, 2), (103, 59), (26, 18), (105, 2), (15, 2), (14, 2), (129, 2), (84, 2), (130, 2), (85, 2), (128, 2), (86, 2), (16, 2), (87, 2), (88, 2), (12, 9), (90, 2), (127, 8), (124, 2), (123, 2), (30, 20), (146, 76), (27, 19), (126, 8), (147, 77), (113, 2), (121, 2), (201, 112), (148, 78), (150, 72), (245, 145), (246, 146), (200, 8), (55, 14), (136, 72), (110, 66), (237, 138), (251, 143), (139, 72), (174, 79), (167, 80), (168, 81), (37, 24), (176, 92), (98, 61), (106, 60), (99, 2), (101, 63), (178, 94), (179, 96), (173, 80), (149, 72), (0, 3), (248, 144), (11, 1), (77, 49), (36, 23), (182, 97), (135, 72), (171, 90), (164, 89), (165, 89), (65, 46), (80, 42), (67, 43), (66, 41), (214, 117), (215, 116), (213, 5), (183, 98), (185, 99), (221, 123), (223, 122), (141, 72), (191, 100), (192, 103), (9, 8), (193, 104), (194, 105), (188, 102), (138, 72), (10, 8), (151, 82), (189, 8), (107, 8), (175, 93), (63, 44), (120, 2), (119, 2), (28, 16), (169, 83), (47, 5), (34, 25), (92, 39), (82, 40), (104, 41), (79, 41), (93, 54), (172, 91), (166, 89), (81, 47), (76, 48), (78, 50), (75, 41), (140, 72), (228, 123), (227, 128), (229, 127), (222, 125), (219, 110), (197, 110), (202, 106), (204, 113), (217, 114), (220, 120), (226, 121), (203, 108), (195, 108), (225, 124), (196, 109), (216, 115), (230, 126), (231, 129), (218, 111), (198, 111), (199, 107), (177, 95), (247, 95), (233, 130), (234, 132), (235, 133), (236, 134), (100, 62), (241, 135), (238, 137), (244, 140), (243, 141), (240, 139), (239, 136), (41, 29), (102, 64), (64, 45), (153, 85), (156, 84), (1, 4), (253, 142), (2, 5), (249, 148), (250, 149), (163, 89), (162, 89), (170, 86), (157, 80), (159, 87), (160, 89), (158, 88), (161, 80), (152, 80), (137, 72), (69, 1), (70, 3), (207, 8), (208, 118), (68, 53), (62, 1), (210, 119), (211, 2), (209, 5), (61, 1), (71, 1), (212, 80)]
GRAMMARS = [
    ('c', [[(1, 3, 1, 1, False)], [(1, 4, 2, 2, False)], [(1, 5, 2, 3, False)], [(1, 6, 2, 4, False)], [(1, 7, 2, 5, False)], [(2,)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('c', [[(1, 0, 3, 1, False)], [(1, 1, 4, 2, False), (1, 2, 5, 3, False)], [(1, 2, 5, 3, False)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(1, 13, 7, 1, False)], [(1, 14, 2, 2, False)], [(1, 15, 2, 3, False)], [(1, 16, 2, 4, False)], [(2,)]]),
    ('c', [[(1, 9, 8, 1, False)], [(1, 10, 8, 2, False)], [(1, 11, 1, 3, False)], [(1, 12, 9, 4, False)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 24, 12, 1, False)], [(2,)]]),
    ('c', [[(1, 19, 8, 1, False)], [(1, 20, 8, 2, False), (1, 21, 8, 3, False), (1, 22, 13, 4, False)], [(1, 21, 8, 3, False), (1, 22, 13, 4, False)], [(1, 22, 13, 4, False)], [(1, 23, 14, 5, False)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 29, 17, 2, False)], [(1, 30, 20, 3, False)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('c', [[(1, 26, 18, 1, False), (1, 27, 19, 2, False)], [(1, 27, 19, 2, False)], [(1, 11, 1, 3, False)], [(1, 12, 9, 4, False)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('c', [[(0, 32, 12, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(0, 35, 12, 1), (1, 36, 23, 2, False)], [(1, 36, 23, 2, False)], [(1, 37, 24, 3, False)], [(1, 38, 26, 4, False)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('c', [[(1, 34, 25, 1, True)], [(1, 34, 25, 2, True), (2,)], [(1, 34, 25, 2, True), (2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('c', [[(0, 35, 12, 1)], [(1, 28, 16, 2, False)], [(1, 42, 28, 3, False)], [(1, 43, 30, 4, False)], [(1, 38, 26, 5, False)], [(1, 44, 31, 6, False)], [(2,)]]),
    ('c', [[(1, 40, 23, 1, False)], [(1, 41, 29, 2, False), (2,)], [(2,)]]),
    ('c', [[(1, 40, 23, 1, True)], [(1, 40, 23, 2, True), (2,)], [(1, 40, 23, 2, True), (2,)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('s', [[(3, 17, 1)], [(2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 42, 28, 2, False)], [(1, 42, 28, 2, False)], [(1, 44, 31, 3, False)], [(1, 37, 24, 4, False)], [(1, 38, 26, 5, False)], [(2,)]]),
    ('c', [[(0, 35, 12, 1)], [(1, 28, 16, 2, False)], [(1, 42, 28, 3, False)], [(1, 43, 30, 4, False)], [(1, 38, 26, 5, False)], [(1, 44, 31, 6, False)], [(1, 47, 5, 7, False)], [(2,)]]),
    ('c', [[(1, 57, 35, 1, False)], [(1, 8, 0, 2, False), (1, 58, 36, 2, False), (1, 59, 37, 2, False)], [(2,)]]),
    ('s', [[(3, 18, 1)], [(2,)]]),
    ('c', [[(1, 49, 12, 1, False)], [(1, 50, 2, 2, False)], [(1, 51, 2, 3, False), (1, 52, 2, 4, False)], [(1, 52, 2, 4, False)], [(1, 53, 2, 5, False), (1, 54, 2, 6, False), (1, 55, 14, 7, False), (1, 56, 14, 8, False), (2,)], [(1, 54, 2, 6, False), (1, 55, 14, 7, False), (1, 56, 14, 8, False), (2,)], [(1, 55, 14, 7, False), (1, 56, 14, 8, False), (2,)], [(1, 56, 14, 8, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 30, 20, 2, False)], [(1, 92, 39, 3, False), (1, 93, 54, 3, False)], [(1, 17, 6, 4, False), (1, 94, 55, 4, False), (1, 95, 56, 4, False)], [(2,)]]),
    ('c', [[(1, 82, 40, 1, True)], [(1, 82, 40, 2, True), (2,)], [(1, 82, 40, 2, True), (2,)]]),
    ('c', [[(1, 79, 41, 1, False)], [(1, 80, 42, 2, False)], [(1, 81, 47, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(1, 66, 41, 1, False)], [(1, 67, 43, 2, True)], [(1, 67, 43, 3, True), (2,)], [(1, 67, 43, 3, True), (2,)]]),
    ('c', [[(1, 63, 44, 1, False), (1, 64, 45, 1, False)], [(1, 65, 46, 2, False)], [(2,)]]),
    ('c', [[(1, 61, 1, 1, False)], [(1, 62, 1, 2, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(0, 35, 12, 1)], [(1, 75, 41, 2, False)], [(1, 76, 48, 3, False), (1, 77, 49, 4, False)], [(1, 77, 49, 4, False)], [(1, 78, 50, 5, True)], [(1, 78, 50, 6, True), (2,)], [(1, 78, 50, 6, True), (2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 20, 1)], [(2,)]]),
    ('c', [[(1, 63, 44, 1, False), (1, 64, 45, 1, False)], [(1, 73, 49, 2, False)], [(1, 74, 51, 3, True), (2,)], [(1, 74, 51, 3, True), (2,)]]),
    ('c', [[(1, 71, 1, 1, False)], [(1, 72, 52, 2, True), (2,)], [(1, 72, 52, 2, True), (2,)]]),
    ('c', [[(1, 68, 53, 1, False)], [(1, 69, 1, 2, False)], [(1, 70, 3, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 21, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 83, 17, 1, False)], [(1, 84, 2, 2, False)], [(1, 85, 2, 3, False), (1, 86, 2, 4, False)], [(1, 86, 2, 4, False)], [(1, 87, 2, 5, False)], [(1, 88, 2, 6, False)], [(1, 89, 2, 7, False), (1, 90, 2, 8, False)], [(1, 90, 2, 8, False)], [(1, 91, 2, 9, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 103, 59, 2, False)], [(1, 104, 41, 3, False)], [(1, 105, 2, 4, False), (1, 106, 60, 5, False), (1, 107, 8, 6, False)], [(1, 106, 60, 5, False), (1, 107, 8, 6, False)], [(1, 107, 8, 6, False)], [(1, 108, 7, 7, False)], [(2,)]]),
    ('s', [[(3, 22, 1)], [(2,)]]),
    ('c', [[(1, 98, 61, 1, False)], [(1, 99, 2, 2, False), (1, 100, 62, 3, False), (1, 101, 63, 4, False), (1, 102, 64, 5, False), (2,)], [(1, 100, 62, 3, False), (1, 101, 63, 4, False), (1, 102, 64, 5, False), (2,)], [(1, 101, 63, 4, False), (1, 102, 64, 5, False), (2,)], [(1, 102, 64, 5, False), (2,)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 23, 1)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('s', [[(3, 24, 1)], [(2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 110, 66, 2, False), (2,)], [(1, 110, 66, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 30, 20, 2, False)], [(2,)]]),
    ('c', [[(1, 24, 12, 1, False)], [(1, 113, 2, 2, False)], [(1, 114, 2, 3, False), (1, 115, 2, 4, False), (1, 116, 2, 5, False), (1, 117, 8, 6, False), (1, 118, 8, 7, False)], [(1, 115, 2, 4, False), (1, 116, 2, 5, False), (1, 117, 8, 6, False), (1, 118, 8, 7, False)], [(1, 116, 2, 5, False), (1, 117, 8, 6, False), (1, 118, 8, 7, False)], [(1, 117, 8, 6, False), (1, 118, 8, 7, False)], [(1, 118, 8, 7, False)], [(1, 119, 2, 8, False), (1, 120, 2, 9, False), (1, 121, 2, 10, False)], [(1, 120, 2, 9, False), (1, 121, 2, 10, False)], [(1, 121, 2, 10, False)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 29, 17, 2, False)], [(1, 123, 2, 3, False)], [(1, 124, 2, 4, False)], [(1, 125, 8, 5, False)], [(1, 126, 8, 6, False)], [(1, 127, 8, 7, False)], [(1, 128, 2, 8, False), (1, 129, 2, 9, False), (1, 130, 2, 10, False), (2,)], [(1, 129, 2, 9, False), (1, 130, 2, 10, False), (2,)], [(1, 130, 2, 10, False), (2,)], [(2,)]]),
    ('c', [[(1, 49, 12, 1, False)], [(1, 132, 8, 2, False), (1, 133, 8, 3, False)], [(1, 133, 8, 3, False)], [(2,)]]),
    ('c', [[(1, 135, 72, 1, False), (1, 136, 72, 2, False), (1, 137, 72, 3, False)], [(1, 138, 72, 4, False)], [(1, 137, 72, 3, False)], [(1, 139, 72, 5, False), (1, 140, 72, 6, False), (2,)], [(1, 136, 72, 2, False), (1, 137, 72, 3, False)], [(1, 140, 72, 6, False), (2,)], [(1, 141, 72, 7, False)], [(2,)]]),
    ('s', [[(3, 25, 1)], [(2,)]]),
    ('c', [[(0, 32, 12, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 25, 1)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 63, 44, 1, False), (1, 64, 45, 1, False)], [(2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 167, 80, 2, False), (1, 168, 81, 3, False), (1, 169, 83, 4, False), (1, 170, 86, 5, False), (1, 171, 90, 6, False), (1, 172, 91, 7, False), (1, 173, 80, 8, False), (4, 9), (5, 1)], [(1, 167, 80, 2, False), (1, 168, 81, 3, False), (1, 169, 83, 4, False), (1, 170, 86, 5, False), (1, 171, 90, 6, False), (1, 172, 91, 7, False), (1, 173, 80, 8, False), (4, 9), (5, 1)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 2)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 3)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 4)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 5)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 6)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 7)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 8)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 9)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 10)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 11)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 12)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 13)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 14)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 15)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 16)], [(1, 167, 80, 10, False), (1, 168, 81, 11, False), (1, 169, 83, 12, False), (1, 170, 86, 13, False), (1, 171, 90, 14, False), (1, 172, 91, 15, False), (1, 173, 80, 16, False), (4, 17), (2,), (5, 17)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('c', [[(1, 142, 71, 1, False), (1, 151, 82, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 149, 72, 1, False)], [(1, 150, 72, 2, False)], [(2,)]]),
    ('c', [[(0, 154, 12, 1), (0, 155, 12, 2), (1, 156, 84, 3, False), (2,)], [(0, 155, 12, 2), (1, 156, 84, 3, False), (2,)], [(1, 156, 84, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 153, 85, 1, True)], [(1, 153, 85, 2, True), (2,)], [(1, 153, 85, 2, True), (2,)]]),
    ('c', [[(0, 32, 12, 1)], [(1, 152, 80, 3, False), (4, 2), (2,), (5, 1)], [(1, 152, 80, 3, False), (4, 2), (2,), (5, 2)], [(1, 152, 80, 3, False), (4, 2), (2,), (5, 3)]]),
    ('c', [[(1, 159, 87, 1, False), (1, 160, 89, 2, False), (1, 161, 80, 3, False), (1, 162, 89, 4, False), (1, 163, 89, 5, False), (4, 6)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)], [(1, 159, 87, 7, False), (1, 160, 89, 8, False), (1, 161, 80, 9, False), (1, 162, 89, 10, False), (1, 163, 89, 11, False), (4, 12), (2,)]]),
    ('c', [[(1, 157, 80, 1, False)], [(1, 158, 88, 2, False)], [(2,)]]),
    ('s', [[(3, 26, 1)], [(2,)]]),
    ('s', [[(3, 25, 1)], [(2,)]]),
    ('c', [[(1, 164, 89, 1, False), (1, 165, 89, 2, False)], [(1, 165, 89, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 166, 89, 1, False)], [(1, 166, 89, 3, False), (4, 2), (2,)], [(1, 166, 89, 3, False), (2,)], [(1, 166, 89, 3, False), (4, 4), (2,)], [(1, 166, 89, 3, False), (2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 175, 93, 2, True)], [(1, 175, 93, 2, True)], [(1, 175, 93, 3, True), (2,)], [(1, 175, 93, 3, True), (2,)]]),
    ('c', [[(0, 35, 12, 1), (0, 154, 12, 2), (0, 155, 12, 3), (1, 156, 84, 4, False), (1, 143, 73, 5, False)], [(0, 154, 12, 2), (0, 155, 12, 3), (1, 156, 84, 4, False), (1, 143, 73, 5, False)], [(0, 155, 12, 3), (1, 156, 84, 4, False), (1, 143, 73, 5, False)], [(1, 156, 84, 4, False), (1, 143, 73, 5, False)], [(1, 143, 73, 5, False)], [(1, 144, 74, 6, False)], [(2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 177, 95, 2, False)], [(1, 177, 95, 2, False)], [(1, 104, 41, 3, False), (1, 106, 60, 4, False)], [(1, 106, 60, 4, False)], [(2,)]]),
    ('s', [[(3, 27, 1)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 108, 7, 2, False)], [(2,)]]),
    ('c', [[(0, 180, 12, 1), (0, 35, 12, 2), (0, 181, 12, 3), (4, 4), (2,), (5, 3)], [(0, 35, 12, 2), (0, 181, 12, 3), (4, 4), (2,), (5, 3)], [(0, 181, 12, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 44, 31, 1, False)], [(1, 42, 28, 2, False)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 110, 66, 2, False)], [(1, 184, 64, 3, False)], [(2,)]]),
    ('c', [[(1, 189, 8, 1, False)], [(1, 190, 101, 2, False), (1, 134, 70, 3, False), (1, 145, 75, 3, False), (2,)], [(1, 134, 70, 3, False), (1, 145, 75, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 79, 41, 1, False)], [(1, 188, 102, 2, True)], [(1, 188, 102, 3, True), (2,)], [(1, 188, 102, 3, True), (2,)]]),
    ('c', [[(1, 186, 1, 1, False)], [(1, 187, 46, 2, False)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 13, 7, 2, False), (1, 83, 17, 2, False), (1, 146, 76, 2, False)], [(2,)]]),
    ('c', [[(1, 24, 12, 1, False)], [(1, 121, 2, 2, False)], [(1, 113, 2, 3, False)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 29, 17, 2, False)], [(1, 123, 2, 3, False)], [(2,)]]),
    ('c', [[(1, 199, 107, 1, False)], [(1, 200, 8, 2, False)], [(1, 201, 112, 3, False)], [(2,)]]),
    ('c', [[(1, 195, 108, 1, False)], [(1, 196, 109, 2, False), (1, 197, 110, 3, False)], [(1, 197, 110, 3, False)], [(1, 198, 111, 4, False), (2,)], [(2,)]]),
    ('s', [[(3, 28, 1)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 29, 1)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 30, 1)], [(2,)]]),
    ('c', [[(1, 203, 108, 1, False)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 203, 108, 2, False)], [(1, 216, 115, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 215, 116, 1, True)], [(1, 215, 116, 2, True), (2,)], [(1, 215, 116, 2, True), (2,)]]),
    ('c', [[(1, 213, 5, 1, False)], [(1, 214, 117, 2, True)], [(1, 214, 117, 3, True), (2,)], [(1, 214, 117, 3, True), (2,)]]),
    ('c', [[(0, 205, 12, 1)], [(0, 206, 31, 2)], [(1, 207, 8, 3, False), (1, 208, 118, 4, False), (1, 209, 5, 5, False), (1, 210, 119, 6, False), (1, 211, 2, 7, False), (1, 212, 80, 8, False)], [(2,)], [(2,)], [(2,)], [(2,)], [(2,)], [(2,)]]),
    ('s', [[(3, 32, 1)], [(2,)]]),
    ('s', [[(3, 33, 1)], [(2,)]]),
    ('c', [[(1, 218, 111, 1, False), (1, 219, 110, 2, False), (2,)], [(1, 219, 110, 2, False), (2,)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 223, 122, 2, False)], [(1, 224, 106, 3, False)], [(1, 225, 124, 4, False), (2,)], [(2,)]]),
    ('c', [[(1, 221, 123, 1, True)], [(1, 221, 123, 2, True), (2,)], [(1, 221, 123, 2, True), (2,)]]),
    ('s', [[(3, 34, 1)], [(2,)]]),
    ('c', [[(1, 222, 125, 1, True)], [(1, 222, 125, 2, True), (2,)], [(1, 222, 125, 2, True), (2,)]]),
    ('c', [[(1, 199, 107, 1, False)], [(1, 200, 8, 2, False)], [(2,)]]),
    ('c', [[(1, 228, 123, 1, False)], [(1, 229, 127, 2, False)], [(2,)]]),
    ('c', [[(1, 227, 128, 1, True)], [(1, 227, 128, 2, True), (2,)], [(1, 227, 128, 2, True), (2,)]]),
    ('c', [[(1, 195, 108, 1, False)], [(1, 213, 5, 2, False), (2,)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(2,)]]),
    ('c', [[(1, 232, 131, 1, False)], [(2,)]]),
    ('s', [[(3, 27, 1)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 103, 59, 2, False)], [(1, 184, 64, 3, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 239, 136, 2, False)], [(1, 239, 136, 2, False)], [(1, 240, 139, 3, False)], [(1, 174, 79, 4, False), (1, 182, 97, 5, True), (2,)], [(1, 182, 97, 5, True), (2,)], [(1, 182, 97, 5, True), (2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 33, 21, 2, False)], [(1, 33, 21, 2, False)], [(1, 238, 137, 3, False)], [(1, 175, 93, 4, True)], [(1, 175, 93, 5, True), (2,)], [(1, 175, 93, 5, True), (2,)]]),
    ('c', [[(0, 32, 12, 1)], [(1, 237, 138, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 26, 1)], [(2,)]]),
    ('v', [[(0, 35, 12, 1), (3, 25, 2)], [(3, 25, 2)], [(2,)]]),
    ('c', [[(0, 35, 12, 1), (1, 243, 141, 2, True)], [(1, 243, 141, 2, True)], [(1, 243, 141, 3, True), (2,)], [(1, 243, 141, 3, True), (2,)]]),
    ('c', [[(0, 35, 12, 1), (0, 242, 12, 2)], [(0, 242, 12, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 251, 143, 1, False)], [(1, 252, 147, 2, False)], [(2,)]]),
    ('c', [[(1, 247, 95, 1, False)], [(1, 248, 144, 2, False), (1, 241, 135, 3, False), (2,)], [(1, 241, 135, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 245, 145, 1, False)], [(1, 246, 146, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 35, 1)], [(2,)]]),
    ('s', [[(3, 36, 1)], [(2,)]]),
    ('c', [[(1, 18, 10, 1, False), (1, 25, 11, 1, False), (1, 31, 15, 1, False), (1, 39, 22, 1, False), (1, 45, 27, 1, False), (1, 46, 32, 1, False), (1, 48, 33, 1, False), (1, 60, 34, 1, False), (1, 96, 38, 1, False), (1, 97, 57, 1, False), (1, 109, 58, 1, False), (1, 111, 65, 1, False), (1, 112, 67, 1, False), (1, 122, 68, 1, False), (1, 131, 69, 1, False), (1, 178, 94, 1, False), (1, 179, 96, 1, False), (1, 183, 98, 1, False), (1, 185, 99, 1, False), (1, 191, 100, 1, False), (1, 192, 103, 1, False), (1, 193, 104, 1, False), (1, 194, 105, 1, False), (1, 204, 113, 1, False), (1, 217, 114, 1, False), (1, 220, 120, 1, False), (1, 226, 121, 1, False), (1, 230, 126, 1, False), (1, 231, 129, 1, False), (1, 233, 130, 1, False), (1, 234, 132, 1, False), (1, 235, 133, 1, False), (1, 236, 134, 1, False), (1, 249, 148, 1, False), (1, 250, 149, 1, False), (2,)], [(2,)]]),
    ('c', [[(1, 24, 12, 1, False)], [(2,)]]),
    ('c', [[(1, 28, 16, 1, False)], [(1, 29, 17, 2, False)], [(1, 123, 2, 3, False)], [(2,)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T2 = ('h', 'm', 's', 'A', 'Ah', 'V', 'VA', 'W', 'W/s', 'Wh')
M2 = {'h': 0, 'm': 1, 's': 2, 'A': 3, 'Ah': 4, 'V': 5, 'VA': 6, 'W': 7, 'W/s': 8, 'Wh': 9}
T5 = ('None', 'StopCharging', 'ReNegotiation')
M5 = {'None': 0, 'StopCharging': 1, 'ReNegotiation': 2}
T6 = ('NO_ERROR', 'FAILED_RESSTemperatureInhibit', 'FAILED_EVShiftPosition', 'FAILED_ChargerConnectorLockFault', 'FAILED_EVRESSMalfunction', 'FAILED_ChargingCurrentdifferential', 'FAILED_ChargingVoltageOutOfRange', 'Reserved_A', 'Reserved_B', 'Reserved_C', 'FAILED_ChargingSystemIncompatibility', 'NoData')
M6 = {'NO_ERROR': 0, 'FAILED_RESSTemperatureInhibit': 1, 'FAILED_EVShiftPosition': 2, 'FAILED_ChargerConnectorLockFault': 3, 'FAILED_EVRESSMalfunction': 4, 'FAILED_ChargingCurrentdifferential': 5, 'FAILED_ChargingVoltageOutOfRange': 6, 'Reserved_A': 7, 'Reserved_B': 8, 'Reserved_C': 9, 'FAILED_ChargingSystemIncompatibility': 10, 'NoData': 11}
T8 = ('OK', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_CertificateExpiresSoon', 'FAILED', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_UnknownSession', 'FAILED_ServiceSelectionInvalid', 'FAILED_PaymentSelectionInvalid', 'FAILED_CertificateExpired', 'FAILED_SignatureError', 'FAILED_NoCertificateAvailable', 'FAILED_CertChainError', 'FAILED_ChallengeInvalid', 'FAILED_ContractCanceled', 'FAILED_WrongChargeParameter', 'FAILED_PowerDeliveryNotApplied', 'FAILED_TariffSelectionInvalid', 'FAILED_ChargingProfileInvalid', 'FAILED_EVSEPresentVoltageToLow', 'FAILED_MeteringSignatureNotValid', 'FAILED_WrongEnergyTransferType')
M8 = {'OK': 0, 'OK_NewSessionEstablished': 1, 'OK_OldSessionJoined': 2, 'OK_CertificateExpiresSoon': 3, 'FAILED': 4, 'FAILED_SequenceError': 5, 'FAILED_ServiceIDInvalid': 6, 'FAILED_UnknownSession': 7, 'FAILED_ServiceSelectionInvalid': 8, 'FAILED_PaymentSelectionInvalid': 9, 'FAILED_CertificateExpired': 10, 'FAILED_SignatureError': 11, 'FAILED_NoCertificateAvailable': 12, 'FAILED_CertChainError': 13, 'FAILED_ChallengeInvalid': 14, 'FAILED_ContractCanceled': 15, 'FAILED_WrongChargeParameter': 16, 'FAILED_PowerDeliveryNotApplied': 17, 'FAILED_TariffSelectionInvalid': 18, 'FAILED_ChargingProfileInvalid': 19, 'FAILED_EVSEPresentVoltageToLow': 20, 'FAILED_MeteringSignatureNotValid': 21, 'FAILED_WrongEnergyTransferType': 22}
T9 = ('Invalid', 'Valid', 'Warning', 'Fault')
M9 = {'Invalid': 0, 'Valid': 1, 'Warning': 2, 'Fault': 3}
T10 = ('EVSE_NotReady', 'EVSE_Ready', 'EVSE_Shutdown', 'EVSE_UtilityInterruptEvent', 'EVSE_IsolationMonitoringActive', 'EVSE_EmergencyShutdown', 'EVSE_Malfunction', 'Reserved_8', 'Reserved_9', 'Reserved_A', 'Reserved_B', 'Reserved_C')
M10 = {'EVSE_NotReady': 0, 'EVSE_Ready': 1, 'EVSE_Shutdown': 2, 'EVSE_UtilityInterruptEvent': 3, 'EVSE_IsolationMonitoringActive': 4, 'EVSE_EmergencyShutdown': 5, 'EVSE_Malfunction': 6, 'Reserved_8': 7, 'Reserved_9': 8, 'Reserved_A': 9, 'Reserved_B': 10, 'Reserved_C': 11}
T11 = ('Finished', 'Ongoing')
M11 = {'Finished': 0, 'Ongoing': 1}
T18 = ('AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core', 'DC_unique')
M18 = {'AC_single_phase_core': 0, 'AC_three_phase_core': 1, 'DC_core': 2, 'DC_extended': 3, 'DC_combo_core': 4, 'DC_unique': 5}
T21 = ('relativePricePercentage', 'RenewableGenerationPercentage', 'CarbonDioxideEmission')
M21 = {'relativePricePercentage': 0, 'RenewableGenerationPercentage': 1, 'CarbonDioxideEmission': 2}
T29 = ('EVCharging', 'Internet', 'ContractCertificate', 'OtherCustom')
M29 = {'EVCharging': 0, 'Internet': 1, 'ContractCertificate': 2, 'OtherCustom': 3}
T30 = ('AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core', 'DC_dual', 'AC_core1p_DC_extended', 'AC_single_DC_core', 'AC_single_phase_three_phase_core_DC_extended', 'AC_core3p_DC_extended')
M30 = {'AC_single_phase_core': 0, 'AC_three_phase_core': 1, 'DC_core': 2, 'DC_extended': 3, 'DC_combo_core': 4, 'DC_dual': 5, 'AC_core1p_DC_extended': 6, 'AC_single_DC_core': 7, 'AC_single_phase_three_phase_core_DC_extended': 8, 'AC_core3p_DC_extended': 9}
T31 = ('bool', 'byte', 'short', 'int', 'physicalValue', 'string')
M31 = {'bool': 0, 'byte': 1, 'short': 2, 'int': 3, 'physicalValue': 4, 'string': 5}
T34 = ('Contract', 'ExternalPayment')
M34 = {'Contract': 0, 'ExternalPayment': 1}
T35 = ('ParsingError', 'NoTLSRootCertificatAvailable', 'UnknownError')
M35 = {'ParsingError': 0, 'NoTLSRootCertificatAvailable': 1, 'UnknownError': 2}


def d0(r, V, N, p, q):
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T2[x >> 1]
                o['Unit'] = x
                s = 2
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
                o['Value'] = x
                s = 3
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
                a = (a << 2) | 0
                a <<= 1
                a = (a << 4) | M2[x]
                a <<= 1
                s = 2
            elif 'Value' in v:
                x = v['Value']
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
                s = 3
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
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T2[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e4(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M2[x]
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
                x, p = d7(r, V, N, p, 13)
                o['AC_EVSEStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 14)
                o['EVSEMaxVoltage'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 15)
                o['EVSEMaxCurrent'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 16)
                o['EVSEMinCurrent'] = x
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
            if 'EVSEMaxVoltage' in v:
                x = v['EVSEMaxVoltage']
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
            if 'EVSEMinCurrent' in v:
                x = v['EVSEMinCurrent']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
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
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['PowerSwitchClosed'] = x
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
                o['RCD'] = x
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
                o['NotificationMaxDelay'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T5[x >> 1]
                o['EVSENotification'] = x
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


def e7(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'PowerSwitchClosed' in v:
                x = v['PowerSwitchClosed']
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
            if 'RCD' in v:
                x = v['RCD']
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
            if 'NotificationMaxDelay' in v:
                x = v['NotificationMaxDelay']
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
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSENotification' in v:
                x = v['EVSENotification']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d8(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e8(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
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


def e10(v, a):
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


def d11(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d12(r, V, N, p, 24)
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


def e11(v, a):
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
                a = e12(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d12(r, V, N, p, q):
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVCabinConditioning'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVRESSConditioning'] = x
                s = 3
            elif c == 2:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T6[x >> 1]
                o['EVErrorCode'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVRESSConditioning'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T6[x >> 1]
                o['EVErrorCode'] = x
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
                x = T6[x >> 1]
                o['EVErrorCode'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['EVRESSSOC'] = x
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


def e12(v, a):
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
            if 'EVCabinConditioning' in v:
                x = v['EVCabinConditioning']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 2
            elif 'EVRESSConditioning' in v:
                x = v['EVRESSConditioning']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 3
            elif 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                a = (a << 4) | M6[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVRESSConditioning' in v:
                x = v['EVRESSConditioning']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 3
            elif 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 4) | M6[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 4) | M6[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVRESSSOC' in v:
                x = v['EVRESSSOC']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d13(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T6[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e13(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M6[x]
    return a << 1


def d14(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e14(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d15(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d17(r, V, N, p, 29)
                o['DC_EVSEStatus'] = x
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
                x = T11[x >> 1]
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


def e15(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e17(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEProcessing' in v:
                x = v['EVSEProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 1) | M11[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d16(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 5)) & 31
    p += 5
    x = T8[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e16(v, a):
    x = v
    a <<= 1
    a = (a << 5) | M8[x]
    return a << 1


def d17(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T9[x >> 1]
                o['EVSEIsolationStatus'] = x
                s = 1
            elif c == 1:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T10[x >> 1]
                o['EVSEStatusCode'] = x
                s = 2
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
                x = T10[x >> 1]
                o['EVSEStatusCode'] = x
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
                o['NotificationMaxDelay'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T5[x >> 1]
                o['EVSENotification'] = x
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


def e17(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSEIsolationStatus' in v:
                x = v['EVSEIsolationStatus']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 2) | M9[x]
                a <<= 1
                s = 1
            elif 'EVSEStatusCode' in v:
                x = v['EVSEStatusCode']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 4) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'EVSEStatusCode' in v:
                x = v['EVSEStatusCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 4) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'NotificationMaxDelay' in v:
                x = v['NotificationMaxDelay']
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
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSENotification' in v:
                x = v['EVSENotification']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d18(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T9[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e18(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M9[x]
    return a << 1


def d19(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T10[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e19(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M10[x]
    return a << 1


def d20(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T11[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e20(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M11[x]
    return a << 1


def d22(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
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
                o['OEMProvisioningCert'] = x
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
                o['OEMProvisioningCert'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d24(r, V, N, p, 37)
                o['ListOfRootCertificateIDs'] = x
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
                o['DHParams'] = x
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
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'OEMProvisioningCert' in v:
                x = v['OEMProvisioningCert']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 1200)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'OEMProvisioningCert' in v:
                x = v['OEMProvisioningCert']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 1200)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ListOfRootCertificateIDs' in v:
                x = v['ListOfRootCertificateIDs']
                c += 1
                a = (a << 1) | 0
                a = e24(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'DHParams' in v:
                x = v['DHParams']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e23(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 1200)
    return a << 1


def d24(r, V, N, p, q):
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
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 34)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
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
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 34)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'RootCertificateID' in o:
                    o['RootCertificateID'].append(x)
                else:
                    o['RootCertificateID'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e24(v, a):
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
                a <<= 1
                a = str_w(a, x, 40)
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
                a = str_w(a, x, 40)
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
                a = str_w(a, x, 40)
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d25(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e25(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 40)
    return a << 1


def d26(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e26(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 256)
    return a << 1


def d27(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
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
                x, p = d28(r, V, N, p, 42)
                o['ContractSignatureCertChain'] = x
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
                o['ContractSignatureEncryptedPrivateKey'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
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
                o['DHParams'] = x
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
                x, p = str_r(r, V, N, p, 44)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ContractID'] = x
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


def e27(v, a):
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
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e28(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ContractSignatureEncryptedPrivateKey' in v:
                x = v['ContractSignatureEncryptedPrivateKey']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 128)
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'DHParams' in v:
                x = v['DHParams']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'ContractID' in v:
                x = v['ContractID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 24)
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d28(r, V, N, p, q):
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
                x, p = d29(r, V, N, p, 41)
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


def e28(v, a):
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
                a = b64_w(a, x, 1200)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SubCertificates' in v:
                x = v['SubCertificates']
                c += 1
                a = (a << 2) | 0
                a = e29(x, a)
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
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e29(v, a):
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
                a = b64_w(a, x, 1200)
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
                a = b64_w(a, x, 1200)
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
                a = b64_w(a, x, 1200)
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d30(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e30(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 128)
    return a << 1


def d31(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e31(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 24)
    return a << 1


def d32(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d28(r, V, N, p, 42)
                o['ContractSignatureCertChain'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d28(r, V, N, p, 42)
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
                x, p = str_r(r, V, N, p, 44)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ContractID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d24(r, V, N, p, 37)
                o['ListOfRootCertificateIDs'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
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
                o['DHParams'] = x
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


def e32(v, a):
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
            elif 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 2) | 1
                a = e28(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e28(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ContractID' in v:
                x = v['ContractID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 24)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ListOfRootCertificateIDs' in v:
                x = v['ListOfRootCertificateIDs']
                c += 1
                a = (a << 1) | 0
                a = e24(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'DHParams' in v:
                x = v['DHParams']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d33(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
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
                x, p = d28(r, V, N, p, 42)
                o['ContractSignatureCertChain'] = x
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
                o['ContractSignatureEncryptedPrivateKey'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
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
                o['DHParams'] = x
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
                x, p = str_r(r, V, N, p, 44)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ContractID'] = x
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
            else:
                raise Bad
        if s == 7:
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
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 5) | M8[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e28(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ContractSignatureEncryptedPrivateKey' in v:
                x = v['ContractSignatureEncryptedPrivateKey']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 128)
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'DHParams' in v:
                x = v['DHParams']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'ContractID' in v:
                x = v['ContractID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 24)
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'RetryCounter' in v:
                x = v['RetryCounter']
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
                s = 7
            else:
                raise Bad
        if s == 7:
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
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T18[x >> 1]
                o['EVRequestedEnergyTransferType'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d0(r, V, N, p, 8)
                o['AC_EVChargeParameter'] = x
                s = 2
            elif c == 1:
                x, p = d36(r, V, N, p, 58)
                o['DC_EVChargeParameter'] = x
                s = 2
            elif c == 2:
                x, p = d37(r, V, N, p, 59)
                o['EVChargeParameter'] = x
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


def e34(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVRequestedEnergyTransferType' in v:
                x = v['EVRequestedEnergyTransferType']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 3) | M18[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AC_EVChargeParameter' in v:
                x = v['AC_EVChargeParameter']
                c += 1
                a = (a << 2) | 0
                a = e0(x, a)
                s = 2
            elif 'DC_EVChargeParameter' in v:
                x = v['DC_EVChargeParameter']
                c += 1
                a = (a << 2) | 1
                a = e36(x, a)
                s = 2
            elif 'EVChargeParameter' in v:
                x = v['EVChargeParameter']
                c += 1
                a = (a << 2) | 2
                a = e37(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d35(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T18[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e35(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M18[x]
    return a << 1


def d36(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d12(r, V, N, p, 49)
                o['DC_EVStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 50)
                o['EVMaximumCurrentLimit'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 51)
                o['EVMaximumPowerLimit'] = x
                s = 3
            elif c == 1:
                x, p = d2(r, V, N, p, 52)
                o['EVMaximumVoltageLimit'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 52)
                o['EVMaximumVoltageLimit'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 53)
                o['EVEnergyCapacity'] = x
                s = 5
            elif c == 1:
                x, p = d2(r, V, N, p, 54)
                o['EVEnergyRequest'] = x
                s = 6
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['FullSOC'] = x
                s = 7
            elif c == 3:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
                s = 8
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d2(r, V, N, p, 54)
                o['EVEnergyRequest'] = x
                s = 6
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['FullSOC'] = x
                s = 7
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
                s = 8
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['FullSOC'] = x
                s = 7
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['BulkSOC'] = x
                s = 8
            elif c == 2:
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
                o['BulkSOC'] = x
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


def e36(v, a):
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
                a = e12(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVMaximumCurrentLimit' in v:
                x = v['EVMaximumCurrentLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumPowerLimit' in v:
                x = v['EVMaximumPowerLimit']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 3
            elif 'EVMaximumVoltageLimit' in v:
                x = v['EVMaximumVoltageLimit']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVMaximumVoltageLimit' in v:
                x = v['EVMaximumVoltageLimit']
                c += 1
                a = (a << 1) | 0
                a = e2(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVEnergyCapacity' in v:
                x = v['EVEnergyCapacity']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 5
            elif 'EVEnergyRequest' in v:
                x = v['EVEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e2(x, a)
                s = 6
            elif 'FullSOC' in v:
                x = v['FullSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 7
            elif 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 5:
            if 'EVEnergyRequest' in v:
                x = v['EVEnergyRequest']
                c += 1
                a = (a << 3) | 0
                a = e2(x, a)
                s = 6
            elif 'FullSOC' in v:
                x = v['FullSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 7
            elif 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 6:
            if 'FullSOC' in v:
                x = v['FullSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 7
            elif 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if 'BulkSOC' in v:
                x = v['BulkSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
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


def d37(r, V, N, p, q):
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


def e37(v, a):
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


def d38(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
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
                x = T11[x >> 1]
                o['EVSEProcessing'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d39(r, V, N, p, 92)
                o['SAScheduleList'] = x
                s = 3
            elif c == 1:
                x, p = d54(r, V, N, p, 93)
                o['SASchedules'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d6(r, V, N, p, 17)
                o['AC_EVSEChargeParameter'] = x
                s = 4
            elif c == 1:
                x, p = d55(r, V, N, p, 94)
                o['DC_EVSEChargeParameter'] = x
                s = 4
            elif c == 2:
                x, p = d56(r, V, N, p, 95)
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


def e38(v, a):
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
                a = (a << 5) | M8[x]
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
                a = (a << 1) | M11[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SAScheduleList' in v:
                x = v['SAScheduleList']
                c += 1
                a = (a << 2) | 0
                a = e39(x, a)
                s = 3
            elif 'SASchedules' in v:
                x = v['SASchedules']
                c += 1
                a = (a << 2) | 1
                a = e54(x, a)
                s = 3
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
                a = e55(x, a)
                s = 4
            elif 'EVSEChargeParameter' in v:
                x = v['EVSEChargeParameter']
                c += 1
                a = (a << 2) | 2
                a = e56(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d39(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d40(r, V, N, p, 82)
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
                x, p = d40(r, V, N, p, 82)
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
                x, p = d40(r, V, N, p, 82)
                if 'SAScheduleTuple' in o:
                    o['SAScheduleTuple'].append(x)
                else:
                    o['SAScheduleTuple'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e39(v, a):
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
                a = e40(x, a)
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
                a = e40(x, a)
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
                a = e40(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d40(r, V, N, p, q):
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
                o['SAScheduleTupleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d42(r, V, N, p, 80)
                o['PMaxSchedule'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d47(r, V, N, p, 81)
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


def e40(v, a):
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
            if 'PMaxSchedule' in v:
                x = v['PMaxSchedule']
                c += 1
                a = (a << 1) | 0
                a = e42(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SalesTariff' in v:
                x = v['SalesTariff']
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


def d41(r, V, N, p, q):
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


def e41(v, a):
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


def d42(r, V, N, p, q):
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
                o['PMaxScheduleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d43(r, V, N, p, 67)
                if 'PMaxScheduleEntry' in o:
                    o['PMaxScheduleEntry'].append(x)
                else:
                    o['PMaxScheduleEntry'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d43(r, V, N, p, 67)
                if 'PMaxScheduleEntry' in o:
                    o['PMaxScheduleEntry'].append(x)
                else:
                    o['PMaxScheduleEntry'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d43(r, V, N, p, 67)
                if 'PMaxScheduleEntry' in o:
                    o['PMaxScheduleEntry'].append(x)
                else:
                    o['PMaxScheduleEntry'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e42(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('PMaxScheduleEntry')
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
            if 'PMaxScheduleID' in v:
                x = v['PMaxScheduleID']
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
                a = e43(x, a)
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
                a = e43(x, a)
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
                a = e43(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d43(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d44(r, V, N, p, 63)
                o['RelativeTimeInterval'] = x
                s = 1
            elif c == 1:
                x, p = d45(r, V, N, p, 64)
                o['TimeInterval'] = x
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


def e43(v, a):
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
                a = e44(x, a)
                s = 1
            elif 'TimeInterval' in v:
                x = v['TimeInterval']
                c += 1
                a = (a << 2) | 1
                a = e45(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PMax' in v:
                x = v['PMax']
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


def d44(r, V, N, p, q):
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


def e44(v, a):
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
            if 'duration' in v:
                x = v['duration']
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


def e45(v, a):
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


def d46(r, V, N, p, q):
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


def e46(v, a):
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


def d47(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
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
                o['SalesTariffID'] = x
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
                x, p = str_r(r, V, N, p, 76)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SalesTariffDescription'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['NumEPriceLevels'] = x
                s = 4
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
                o['NumEPriceLevels'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d50(r, V, N, p, 78)
                if 'SalesTariffEntry' in o:
                    o['SalesTariffEntry'].append(x)
                else:
                    o['SalesTariffEntry'] = [x]
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d50(r, V, N, p, 78)
                if 'SalesTariffEntry' in o:
                    o['SalesTariffEntry'].append(x)
                else:
                    o['SalesTariffEntry'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d50(r, V, N, p, 78)
                if 'SalesTariffEntry' in o:
                    o['SalesTariffEntry'].append(x)
                else:
                    o['SalesTariffEntry'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad


def e47(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('SalesTariffEntry')
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
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SalesTariffID' in v:
                x = v['SalesTariffID']
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
            if 'SalesTariffDescription' in v:
                x = v['SalesTariffDescription']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 32)
                a <<= 1
                s = 3
            elif 'NumEPriceLevels' in v:
                x = v['NumEPriceLevels']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'NumEPriceLevels' in v:
                x = v['NumEPriceLevels']
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
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e50(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e50(x, a)
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
                a = e50(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d48(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e48(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d49(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e49(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 255:
        raise Bad
    a = (a << 8) | x
    return a << 1


def d50(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d44(r, V, N, p, 63)
                o['RelativeTimeInterval'] = x
                s = 1
            elif c == 1:
                x, p = d45(r, V, N, p, 64)
                o['TimeInterval'] = x
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
                o['EPriceLevel'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d51(r, V, N, p, 74)
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
                x, p = d51(r, V, N, p, 74)
                if 'ConsumptionCost' in o:
                    o['ConsumptionCost'].append(x)
                else:
                    o['ConsumptionCost'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e50(v, a):
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
                a = e44(x, a)
                s = 1
            elif 'TimeInterval' in v:
                x = v['TimeInterval']
                c += 1
                a = (a << 2) | 1
                a = e45(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EPriceLevel' in v:
                x = v['EPriceLevel']
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
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e51(x, a)
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
                a = e51(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


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
                o['startValue'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d52(r, V, N, p, 72)
                if 'Cost' in o:
                    o['Cost'].append(x)
                else:
                    o['Cost'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d52(r, V, N, p, 72)
                if 'Cost' in o:
                    o['Cost'].append(x)
                else:
                    o['Cost'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e51(v, a):
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
                a = (a << 2) | 0
                a = e52(x, a)
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
                a = e52(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d52(r, V, N, p, q):
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
                x = T21[x >> 1]
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


def e52(v, a):
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
                a = (a << 2) | M21[x]
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


def d53(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T21[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e53(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M21[x]
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


def d55(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d17(r, V, N, p, 83)
                o['DC_EVSEStatus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 84)
                o['EVSEMaximumCurrentLimit'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 85)
                o['EVSEMaximumPowerLimit'] = x
                s = 3
            elif c == 1:
                x, p = d2(r, V, N, p, 86)
                o['EVSEMaximumVoltageLimit'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 86)
                o['EVSEMaximumVoltageLimit'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 87)
                o['EVSEMinimumCurrentLimit'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 88)
                o['EVSEMinimumVoltageLimit'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 89)
                o['EVSECurrentRegulationTolerance'] = x
                s = 7
            elif c == 1:
                x, p = d2(r, V, N, p, 90)
                o['EVSEPeakCurrentRipple'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d2(r, V, N, p, 90)
                o['EVSEPeakCurrentRipple'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 91)
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


def e55(v, a):
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
                a = e17(x, a)
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
                a = (a << 2) | 0
                a = e2(x, a)
                s = 3
            elif 'EVSEMaximumVoltageLimit' in v:
                x = v['EVSEMaximumVoltageLimit']
                c += 1
                a = (a << 2) | 1
                a = e2(x, a)
                s = 4
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


def d56(r, V, N, p, q):
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


def e56(v, a):
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


def d57(r, V, N, p, q):
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


def e57(v, a):
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


def d58(r, V, N, p, q):
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
                x = T8[x >> 1]
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
                x = x.hex().upper()
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
                o['SAScheduleTupleID'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d2(r, V, N, p, 105)
                o['EVSEMaxCurrent'] = x
                s = 4
            elif c == 1:
                x, p = d60(r, V, N, p, 106)
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
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d60(r, V, N, p, 106)
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
                o['ReceiptRequired'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d7(r, V, N, p, 108)
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


def e58(v, a):
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
                a = (a << 5) | M8[x]
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
                a = hex_w(a, x, 32)
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
            if 'EVSEMaxCurrent' in v:
                x = v['EVSEMaxCurrent']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
                s = 4
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 1
                a = e60(x, a)
                s = 5
            elif 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 4:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 0
                a = e60(x, a)
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
            else:
                raise Bad
        if s == 5:
            if 'ReceiptRequired' in v:
                x = v['ReceiptRequired']
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


def d59(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e59(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 32)
    return a << 1


def d60(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 98)
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
                x, p = d2(r, V, N, p, 99)
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


def e60(v, a):
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
                a = e2(x, a)
                s = 2
            elif 'SigMeterReading' in v:
                x = v['SigMeterReading']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = b64_w(a, x, 32)
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
                a = b64_w(a, x, 32)
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


def d61(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e61(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d62(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e62(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 32)
    return a << 1


def d63(r, V, N, p, q):
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


def e63(v, a):
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


def d64(r, V, N, p, q):
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


def e64(v, a):
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


def d65(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 110)
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
                x, p = str_r(r, V, N, p, 110)
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


def e65(v, a):
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
                a = str_w(a, x, -1)
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
                a = str_w(a, x, -1)
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
    a = str_w(a, x, -1)
    return a << 1


def d67(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
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
                x = T11[x >> 1]
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


def e67(v, a):
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
                a = (a << 5) | M8[x]
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
                a = (a << 1) | M11[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d68(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d12(r, V, N, p, 24)
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


def e68(v, a):
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
                a = e12(x, a)
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


def d69(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d17(r, V, N, p, 29)
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
                return o, p
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
                return o, p
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


def e69(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e17(x, a)
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
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
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
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 9:
            if 'EVSEMaximumPowerLimit' in v:
                x = v['EVSEMaximumPowerLimit']
                c += 1
                a = (a << 2) | 0
                a = e2(x, a)
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


def d70(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d12(r, V, N, p, 49)
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


def e70(v, a):
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
                a = e12(x, a)
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


def d71(r, V, N, p, q):
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


def e71(v, a):
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


def d72(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e72(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d74(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e74(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d78(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d44(r, V, N, p, 63)
                o['RelativeTimeInterval'] = x
                s = 1
            elif c == 1:
                x, p = d45(r, V, N, p, 64)
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


def e78(v, a):
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
                a = e44(x, a)
                s = 1
            elif 'TimeInterval' in v:
                x = v['TimeInterval']
                c += 1
                a = (a << 2) | 1
                a = e45(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d80(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e80(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


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


def e82(v, a):
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


def d83(r, V, N, p, q):
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
                x, p = d84(r, V, N, p, 156)
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
                x, p = d84(r, V, N, p, 156)
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
                x, p = d84(r, V, N, p, 156)
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


def e83(v, a):
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
                a = e84(x, a)
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
                a = e84(x, a)
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
                a = e84(x, a)
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


def d84(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 85, 153, p)
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
                x, p = interp_d(r, 85, 153, p)
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
                x, p = interp_d(r, 85, 153, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e84(v, a):
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
                a = interp_e(G, 85, 153, x, a)
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
                a = interp_e(G, 85, 153, x, a)
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
                a = interp_e(G, 85, 153, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


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
                x, p = str_r(r, V, N, p, 157)
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


def e87(v, a):
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


def d88(r, V, N, p, q):
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


def e88(v, a):
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


def d89(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e89(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d92(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d93(r, V, N, p, 175)
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
                x, p = d93(r, V, N, p, 175)
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
                x, p = d93(r, V, N, p, 175)
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
                x, p = d93(r, V, N, p, 175)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e92(v, a):
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
                a = e93(x, a)
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
                a = e93(x, a)
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
                a = e93(x, a)
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
                a = e93(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d93(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
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
                x, p = d84(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 73, 143, p)
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
                x, p = d84(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 73, 143, p)
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
                x, p = d84(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 73, 143, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d84(r, V, N, p, 156)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 73, 143, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 73, 143, p)
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


def e93(v, a):
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
                a = e84(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 73, 143, x, a)
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
                a = e84(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 73, 143, x, a)
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
                a = e84(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 73, 143, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e84(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 73, 143, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 73, 143, x, a)
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


def d94(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
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
                o['SAScheduleTupleID'] = x
                s = 3
            elif c == 1:
                x, p = d60(r, V, N, p, 106)
                o['MeterInfo'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d60(r, V, N, p, 106)
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


def e94(v, a):
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
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 1
                a = e60(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 1) | 0
                a = e60(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d95(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e95(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


def d96(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d7(r, V, N, p, 108)
                o['AC_EVSEStatus'] = x
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


def e96(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AC_EVSEStatus' in v:
                x = v['AC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e7(x, a)
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
                x, p = str_r(r, V, N, p, 44)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ContractID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d28(r, V, N, p, 42)
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


def e98(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ContractID' in v:
                x = v['ContractID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 24)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ContractSignatureCertChain' in v:
                x = v['ContractSignatureCertChain']
                c += 1
                a = (a << 1) | 0
                a = e28(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


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
                x = T8[x >> 1]
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
                x, p = str_r(r, V, N, p, 110)
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
                o['DateTimeNow'] = x
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
                a = (a << 5) | M8[x]
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
                a = str_w(a, x, -1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'DateTimeNow' in v:
                x = v['DateTimeNow']
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


def d100(r, V, N, p, q):
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
                o['ReadyToChargeState'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d101(r, V, N, p, 190)
                o['ChargingProfile'] = x
                s = 2
            elif c == 1:
                x, p = d70(r, V, N, p, 134)
                o['DC_EVPowerDeliveryParameter'] = x
                s = 3
            elif c == 2:
                x, p = d75(r, V, N, p, 145)
                o['EVPowerDeliveryParameter'] = x
                s = 3
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d70(r, V, N, p, 134)
                o['DC_EVPowerDeliveryParameter'] = x
                s = 3
            elif c == 1:
                x, p = d75(r, V, N, p, 145)
                o['EVPowerDeliveryParameter'] = x
                s = 3
            elif c == 2:
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


def e100(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ReadyToChargeState' in v:
                x = v['ReadyToChargeState']
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
            if 'ChargingProfile' in v:
                x = v['ChargingProfile']
                c += 1
                a = (a << 3) | 0
                a = e101(x, a)
                s = 2
            elif 'DC_EVPowerDeliveryParameter' in v:
                x = v['DC_EVPowerDeliveryParameter']
                c += 1
                a = (a << 3) | 1
                a = e70(x, a)
                s = 3
            elif 'EVPowerDeliveryParameter' in v:
                x = v['EVPowerDeliveryParameter']
                c += 1
                a = (a << 3) | 2
                a = e75(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 2:
            if 'DC_EVPowerDeliveryParameter' in v:
                x = v['DC_EVPowerDeliveryParameter']
                c += 1
                a = (a << 2) | 0
                a = e70(x, a)
                s = 3
            elif 'EVPowerDeliveryParameter' in v:
                x = v['EVPowerDeliveryParameter']
                c += 1
                a = (a << 2) | 1
                a = e75(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 3:
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
                o['SAScheduleTupleID'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d102(r, V, N, p, 188)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d102(r, V, N, p, 188)
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
                x, p = d102(r, V, N, p, 188)
                if 'ProfileEntry' in o:
                    o['ProfileEntry'].append(x)
                else:
                    o['ProfileEntry'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e101(v, a):
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
            if 'SAScheduleTupleID' in v:
                x = v['SAScheduleTupleID']
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
                a = e102(x, a)
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
                a = e102(x, a)
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
                a = e102(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d102(r, V, N, p, q):
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
                o['ChargingProfileEntryMaxPower'] = x
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


def e102(v, a):
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


def d103(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d7(r, V, N, p, 13)
                o['AC_EVSEStatus'] = x
                s = 2
            elif c == 1:
                x, p = d17(r, V, N, p, 83)
                o['DC_EVSEStatus'] = x
                s = 2
            elif c == 2:
                x, p = d76(r, V, N, p, 146)
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


def e103(v, a):
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
                a = (a << 5) | M8[x]
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
                a = e17(x, a)
                s = 2
            elif 'EVSEStatus' in v:
                x = v['EVSEStatus']
                c += 1
                a = (a << 2) | 2
                a = e76(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d104(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d12(r, V, N, p, 24)
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


def e104(v, a):
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
                a = e12(x, a)
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


def d105(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d17(r, V, N, p, 29)
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


def e105(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e17(x, a)
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


def d106(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d107(r, V, N, p, 199)
                o['ServiceTag'] = x
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
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T30[x >> 1]
                o['EnergyTransferType'] = x
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


def e106(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ServiceTag' in v:
                x = v['ServiceTag']
                c += 1
                a = (a << 1) | 0
                a = e107(x, a)
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
            if 'EnergyTransferType' in v:
                x = v['EnergyTransferType']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 4) | M30[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d107(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 196)
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
                x = T29[x >> 1]
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
                x = T29[x >> 1]
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
                x, p = str_r(r, V, N, p, 198)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ServiceScope'] = x
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


def e107(v, a):
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
                a = (a << 2) | M29[x]
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
                a = (a << 2) | M29[x]
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
                a = str_w(a, x, 32)
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


def d108(r, V, N, p, q):
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


def e108(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


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
    a = str_w(a, x, 32)
    return a << 1


def d110(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T29[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e110(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M29[x]
    return a << 1


def d111(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e111(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d112(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T30[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e112(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M30[x]
    return a << 1


def d113(r, V, N, p, q):
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


def e113(v, a):
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
                x = T8[x >> 1]
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
                x, p = d115(r, V, N, p, 216)
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
                a = (a << 5) | M8[x]
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
                a = e115(x, a)
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


def d115(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d116(r, V, N, p, 215)
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
                x, p = d116(r, V, N, p, 215)
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
                x, p = d116(r, V, N, p, 215)
                if 'ParameterSet' in o:
                    o['ParameterSet'].append(x)
                else:
                    o['ParameterSet'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e115(v, a):
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
                a = e116(x, a)
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
                a = e116(x, a)
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
                a = e116(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d116(r, V, N, p, q):
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
                x, p = d117(r, V, N, p, 214)
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
                x, p = d117(r, V, N, p, 214)
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
                x, p = d117(r, V, N, p, 214)
                if 'Parameter' in o:
                    o['Parameter'].append(x)
                else:
                    o['Parameter'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e116(v, a):
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
                a = e117(x, a)
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
                a = e117(x, a)
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
                a = e117(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d117(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = str_r(r, V, N, p, 205)
                o['Name'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                x = T31[x]
                o['ValueType'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['boolValue'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x = (x >> 1) + -128
                o['byteValue'] = x
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
                o['shortValue'] = x
                s = 5
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
                s = 6
            elif c == 4:
                x, p = d2(r, V, N, p, 211)
                o['physicalValue'] = x
                s = 7
            elif c == 5:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 212)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['stringValue'] = x
                s = 8
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
        if s == 8:
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
            if 'Name' in v:
                x = v['Name']
                c += 1
                a = (a << 1) | 0
                a = str_w(a, x, -1)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ValueType' in v:
                x = v['ValueType']
                c += 1
                a = (a << 1) | 0
                a = (a << 3) | M31[x]
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'boolValue' in v:
                x = v['boolValue']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 3
            elif 'byteValue' in v:
                x = v['byteValue']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not -128 <= x <= 127:
                    raise Bad
                a = (a << 8) | (x - -128)
                a <<= 1
                s = 4
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
                s = 5
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
                s = 6
            elif 'physicalValue' in v:
                x = v['physicalValue']
                c += 1
                a = (a << 3) | 4
                a = e2(x, a)
                s = 7
            elif 'stringValue' in v:
                x = v['stringValue']
                c += 1
                a = (a << 3) | 5
                a <<= 1
                a = str_w(a, x, -1)
                a <<= 1
                s = 8
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
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d118(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += -128
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e118(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -128 <= x <= 127:
        raise Bad
    a = (a << 8) | (x - -128)
    return a << 1


def d119(r, V, N, p, q):
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


def e119(v, a):
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


def d120(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 218)
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
                x = T29[x >> 1]
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
                x = T29[x >> 1]
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


def e120(v, a):
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
                a = str_w(a, x, 32)
                a <<= 1
                s = 1
            elif 'ServiceCategory' in v:
                x = v['ServiceCategory']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 2) | M29[x]
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
                a = (a << 2) | M29[x]
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


def d121(r, V, N, p, q):
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
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d122(r, V, N, p, 223)
                o['PaymentOptions'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d106(r, V, N, p, 224)
                o['ChargeService'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d124(r, V, N, p, 225)
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


def e121(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'PaymentOptions' in v:
                x = v['PaymentOptions']
                c += 1
                a = (a << 1) | 0
                a = e122(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ChargeService' in v:
                x = v['ChargeService']
                c += 1
                a = (a << 1) | 0
                a = e106(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ServiceList' in v:
                x = v['ServiceList']
                c += 1
                a = (a << 2) | 0
                a = e124(x, a)
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


def d122(r, V, N, p, q):
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
                x = T34[x >> 1]
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
                x = T34[x >> 1]
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = T34[x >> 1]
                if 'PaymentOption' in o:
                    o['PaymentOption'].append(x)
                else:
                    o['PaymentOption'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e122(v, a):
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
                a = (a << 1) | M34[x]
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
                a = (a << 1) | M34[x]
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
                a = (a << 1) | M34[x]
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d123(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 1)) & 1
    p += 1
    x = T34[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e123(v, a):
    x = v
    a <<= 1
    a = (a << 1) | M34[x]
    return a << 1


def d124(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d125(r, V, N, p, 222)
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
                x, p = d125(r, V, N, p, 222)
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
                x, p = d125(r, V, N, p, 222)
                if 'Service' in o:
                    o['Service'].append(x)
                else:
                    o['Service'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e124(v, a):
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
                a = e125(x, a)
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
                a = e125(x, a)
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
                a = e125(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d125(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d107(r, V, N, p, 199)
                o['ServiceTag'] = x
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


def e125(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ServiceTag' in v:
                x = v['ServiceTag']
                c += 1
                a = (a << 1) | 0
                a = e107(x, a)
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


def d126(r, V, N, p, q):
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
                x = T34[x >> 1]
                o['SelectedPaymentOption'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d127(r, V, N, p, 229)
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


def e126(v, a):
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
                a = (a << 1) | M34[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SelectedServiceList' in v:
                x = v['SelectedServiceList']
                c += 1
                a = (a << 1) | 0
                a = e127(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d127(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d128(r, V, N, p, 227)
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
                x, p = d128(r, V, N, p, 227)
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
                x, p = d128(r, V, N, p, 227)
                if 'SelectedService' in o:
                    o['SelectedService'].append(x)
                else:
                    o['SelectedService'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e127(v, a):
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
                a = e128(x, a)
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
                a = e128(x, a)
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
                a = e128(x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d128(r, V, N, p, q):
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


def e128(v, a):
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


def d129(r, V, N, p, q):
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
                x = T8[x >> 1]
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


def e129(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d130(r, V, N, p, q):
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


def e130(v, a):
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
                a = hex_w(a, x, 8)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d131(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e131(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


def d132(r, V, N, p, q):
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
                x = T8[x >> 1]
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
                x = x.hex().upper()
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
                o['DateTimeNow'] = x
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


def e132(v, a):
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
                a = (a << 5) | M8[x]
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
                a = hex_w(a, x, 32)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'DateTimeNow' in v:
                x = v['DateTimeNow']
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


def d133(r, V, N, p, q):
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


def e133(v, a):
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


def d134(r, V, N, p, q):
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
                x = T8[x >> 1]
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


def e134(v, a):
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
                a = (a << 5) | M8[x]
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
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d136(r, V, N, p, 239)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d136(r, V, N, p, 239)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d139(r, V, N, p, 240)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 79, 174, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 97, 182, p)
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
                x, p = interp_d(r, 97, 182, p)
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
                x, p = interp_d(r, 97, 182, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e135(v, a):
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
                a = e136(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e136(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e139(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 79, 174, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 97, 182, x, a)
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
                a = interp_e(G, 97, 182, x, a)
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
                a = interp_e(G, 97, 182, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d136(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 21, 33, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 21, 33, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 137, 238, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d93(r, V, N, p, 175)
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
                x, p = d93(r, V, N, p, 175)
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
                x, p = d93(r, V, N, p, 175)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e136(v, a):
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
                a = interp_e(G, 21, 33, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 21, 33, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 137, 238, x, a)
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
                a = e93(x, a)
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
                a = e93(x, a)
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
                a = e93(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d138(r, V, N, p, q):
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


def e138(v, a):
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


def d139(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
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


def e139(v, a):
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


def d140(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 35)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 141, 243, p)
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
                x, p = interp_d(r, 141, 243, p)
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
                x, p = interp_d(r, 141, 243, p)
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
                x, p = interp_d(r, 141, 243, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e140(v, a):
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
                a = interp_e(G, 141, 243, x, a)
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
                a = interp_e(G, 141, 243, x, a)
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
                a = interp_e(G, 141, 243, x, a)
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
                a = interp_e(G, 141, 243, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d142(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d143(r, V, N, p, 251)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d147(r, V, N, p, 252)
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


def e142(v, a):
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
                a = e143(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Body' in v:
                x = v['Body']
                c += 1
                a = (a << 1) | 0
                a = e147(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
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
                x, p = d144(r, V, N, p, 248)
                o['Notification'] = x
                s = 2
            elif c == 1:
                x, p = d135(r, V, N, p, 241)
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
                x, p = d135(r, V, N, p, 241)
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


def e143(v, a):
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
                a = e144(x, a)
                s = 2
            elif 'Signature' in v:
                x = v['Signature']
                c += 1
                a = (a << 2) | 1
                a = e135(x, a)
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
                a = e135(x, a)
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


def d144(r, V, N, p, q):
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
                x = T35[x >> 1]
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
                x, p = str_r(r, V, N, p, 246)
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


def e144(v, a):
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
                a = (a << 2) | M35[x]
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


def d145(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T35[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e145(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M35[x]
    return a << 1


def d146(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e146(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 64)
    return a << 1


def d147(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 6)) & 63
            p += 6
            if c == 0:
                x, p = d10(r, V, N, p, 18)
                o['BodyElement'] = x
                s = 1
            elif c == 1:
                x, p = d11(r, V, N, p, 25)
                o['CableCheckReq'] = x
                s = 1
            elif c == 2:
                x, p = d15(r, V, N, p, 31)
                o['CableCheckRes'] = x
                s = 1
            elif c == 3:
                x, p = d22(r, V, N, p, 39)
                o['CertificateInstallationReq'] = x
                s = 1
            elif c == 4:
                x, p = d27(r, V, N, p, 45)
                o['CertificateInstallationRes'] = x
                s = 1
            elif c == 5:
                x, p = d32(r, V, N, p, 46)
                o['CertificateUpdateReq'] = x
                s = 1
            elif c == 6:
                x, p = d33(r, V, N, p, 48)
                o['CertificateUpdateRes'] = x
                s = 1
            elif c == 7:
                x, p = d34(r, V, N, p, 60)
                o['ChargeParameterDiscoveryReq'] = x
                s = 1
            elif c == 8:
                x, p = d38(r, V, N, p, 96)
                o['ChargeParameterDiscoveryRes'] = x
                s = 1
            elif c == 9:
                x, p = d57(r, V, N, p, 97)
                o['ChargingStatusReq'] = x
                s = 1
            elif c == 10:
                x, p = d58(r, V, N, p, 109)
                o['ChargingStatusRes'] = x
                s = 1
            elif c == 11:
                x, p = d65(r, V, N, p, 111)
                o['ContractAuthenticationReq'] = x
                s = 1
            elif c == 12:
                x, p = d67(r, V, N, p, 112)
                o['ContractAuthenticationRes'] = x
                s = 1
            elif c == 13:
                x, p = d68(r, V, N, p, 122)
                o['CurrentDemandReq'] = x
                s = 1
            elif c == 14:
                x, p = d69(r, V, N, p, 131)
                o['CurrentDemandRes'] = x
                s = 1
            elif c == 15:
                x, p = d94(r, V, N, p, 178)
                o['MeteringReceiptReq'] = x
                s = 1
            elif c == 16:
                x, p = d96(r, V, N, p, 179)
                o['MeteringReceiptRes'] = x
                s = 1
            elif c == 17:
                x, p = d98(r, V, N, p, 183)
                o['PaymentDetailsReq'] = x
                s = 1
            elif c == 18:
                x, p = d99(r, V, N, p, 185)
                o['PaymentDetailsRes'] = x
                s = 1
            elif c == 19:
                x, p = d100(r, V, N, p, 191)
                o['PowerDeliveryReq'] = x
                s = 1
            elif c == 20:
                x, p = d103(r, V, N, p, 192)
                o['PowerDeliveryRes'] = x
                s = 1
            elif c == 21:
                x, p = d104(r, V, N, p, 193)
                o['PreChargeReq'] = x
                s = 1
            elif c == 22:
                x, p = d105(r, V, N, p, 194)
                o['PreChargeRes'] = x
                s = 1
            elif c == 23:
                x, p = d113(r, V, N, p, 204)
                o['ServiceDetailReq'] = x
                s = 1
            elif c == 24:
                x, p = d114(r, V, N, p, 217)
                o['ServiceDetailRes'] = x
                s = 1
            elif c == 25:
                x, p = d120(r, V, N, p, 220)
                o['ServiceDiscoveryReq'] = x
                s = 1
            elif c == 26:
                x, p = d121(r, V, N, p, 226)
                o['ServiceDiscoveryRes'] = x
                s = 1
            elif c == 27:
                x, p = d126(r, V, N, p, 230)
                o['ServicePaymentSelectionReq'] = x
                s = 1
            elif c == 28:
                x, p = d129(r, V, N, p, 231)
                o['ServicePaymentSelectionRes'] = x
                s = 1
            elif c == 29:
                x, p = d130(r, V, N, p, 233)
                o['SessionSetupReq'] = x
                s = 1
            elif c == 30:
                x, p = d132(r, V, N, p, 234)
                o['SessionSetupRes'] = x
                s = 1
            elif c == 31:
                x, p = d133(r, V, N, p, 235)
                o['SessionStopReq'] = x
                s = 1
            elif c == 32:
                x, p = d134(r, V, N, p, 236)
                o['SessionStopRes'] = x
                s = 1
            elif c == 33:
                x, p = d148(r, V, N, p, 249)
                o['WeldingDetectionReq'] = x
                s = 1
            elif c == 34:
                x, p = d149(r, V, N, p, 250)
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


def e147(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'BodyElement' in v:
                x = v['BodyElement']
                c += 1
                a = (a << 6) | 0
                a = e10(x, a)
                s = 1
            elif 'CableCheckReq' in v:
                x = v['CableCheckReq']
                c += 1
                a = (a << 6) | 1
                a = e11(x, a)
                s = 1
            elif 'CableCheckRes' in v:
                x = v['CableCheckRes']
                c += 1
                a = (a << 6) | 2
                a = e15(x, a)
                s = 1
            elif 'CertificateInstallationReq' in v:
                x = v['CertificateInstallationReq']
                c += 1
                a = (a << 6) | 3
                a = e22(x, a)
                s = 1
            elif 'CertificateInstallationRes' in v:
                x = v['CertificateInstallationRes']
                c += 1
                a = (a << 6) | 4
                a = e27(x, a)
                s = 1
            elif 'CertificateUpdateReq' in v:
                x = v['CertificateUpdateReq']
                c += 1
                a = (a << 6) | 5
                a = e32(x, a)
                s = 1
            elif 'CertificateUpdateRes' in v:
                x = v['CertificateUpdateRes']
                c += 1
                a = (a << 6) | 6
                a = e33(x, a)
                s = 1
            elif 'ChargeParameterDiscoveryReq' in v:
                x = v['ChargeParameterDiscoveryReq']
                c += 1
                a = (a << 6) | 7
                a = e34(x, a)
                s = 1
            elif 'ChargeParameterDiscoveryRes' in v:
                x = v['ChargeParameterDiscoveryRes']
                c += 1
                a = (a << 6) | 8
                a = e38(x, a)
                s = 1
            elif 'ChargingStatusReq' in v:
                x = v['ChargingStatusReq']
                c += 1
                a = (a << 6) | 9
                a = e57(x, a)
                s = 1
            elif 'ChargingStatusRes' in v:
                x = v['ChargingStatusRes']
                c += 1
                a = (a << 6) | 10
                a = e58(x, a)
                s = 1
            elif 'ContractAuthenticationReq' in v:
                x = v['ContractAuthenticationReq']
                c += 1
                a = (a << 6) | 11
                a = e65(x, a)
                s = 1
            elif 'ContractAuthenticationRes' in v:
                x = v['ContractAuthenticationRes']
                c += 1
                a = (a << 6) | 12
                a = e67(x, a)
                s = 1
            elif 'CurrentDemandReq' in v:
                x = v['CurrentDemandReq']
                c += 1
                a = (a << 6) | 13
                a = e68(x, a)
                s = 1
            elif 'CurrentDemandRes' in v:
                x = v['CurrentDemandRes']
                c += 1
                a = (a << 6) | 14
                a = e69(x, a)
                s = 1
            elif 'MeteringReceiptReq' in v:
                x = v['MeteringReceiptReq']
                c += 1
                a = (a << 6) | 15
                a = e94(x, a)
                s = 1
            elif 'MeteringReceiptRes' in v:
                x = v['MeteringReceiptRes']
                c += 1
                a = (a << 6) | 16
                a = e96(x, a)
                s = 1
            elif 'PaymentDetailsReq' in v:
                x = v['PaymentDetailsReq']
                c += 1
                a = (a << 6) | 17
                a = e98(x, a)
                s = 1
            elif 'PaymentDetailsRes' in v:
                x = v['PaymentDetailsRes']
                c += 1
                a = (a << 6) | 18
                a = e99(x, a)
                s = 1
            elif 'PowerDeliveryReq' in v:
                x = v['PowerDeliveryReq']
                c += 1
                a = (a << 6) | 19
                a = e100(x, a)
                s = 1
            elif 'PowerDeliveryRes' in v:
                x = v['PowerDeliveryRes']
                c += 1
                a = (a << 6) | 20
                a = e103(x, a)
                s = 1
            elif 'PreChargeReq' in v:
                x = v['PreChargeReq']
                c += 1
                a = (a << 6) | 21
                a = e104(x, a)
                s = 1
            elif 'PreChargeRes' in v:
                x = v['PreChargeRes']
                c += 1
                a = (a << 6) | 22
                a = e105(x, a)
                s = 1
            elif 'ServiceDetailReq' in v:
                x = v['ServiceDetailReq']
                c += 1
                a = (a << 6) | 23
                a = e113(x, a)
                s = 1
            elif 'ServiceDetailRes' in v:
                x = v['ServiceDetailRes']
                c += 1
                a = (a << 6) | 24
                a = e114(x, a)
                s = 1
            elif 'ServiceDiscoveryReq' in v:
                x = v['ServiceDiscoveryReq']
                c += 1
                a = (a << 6) | 25
                a = e120(x, a)
                s = 1
            elif 'ServiceDiscoveryRes' in v:
                x = v['ServiceDiscoveryRes']
                c += 1
                a = (a << 6) | 26
                a = e121(x, a)
                s = 1
            elif 'ServicePaymentSelectionReq' in v:
                x = v['ServicePaymentSelectionReq']
                c += 1
                a = (a << 6) | 27
                a = e126(x, a)
                s = 1
            elif 'ServicePaymentSelectionRes' in v:
                x = v['ServicePaymentSelectionRes']
                c += 1
                a = (a << 6) | 28
                a = e129(x, a)
                s = 1
            elif 'SessionSetupReq' in v:
                x = v['SessionSetupReq']
                c += 1
                a = (a << 6) | 29
                a = e130(x, a)
                s = 1
            elif 'SessionSetupRes' in v:
                x = v['SessionSetupRes']
                c += 1
                a = (a << 6) | 30
                a = e132(x, a)
                s = 1
            elif 'SessionStopReq' in v:
                x = v['SessionStopReq']
                c += 1
                a = (a << 6) | 31
                a = e133(x, a)
                s = 1
            elif 'SessionStopRes' in v:
                x = v['SessionStopRes']
                c += 1
                a = (a << 6) | 32
                a = e134(x, a)
                s = 1
            elif 'WeldingDetectionReq' in v:
                x = v['WeldingDetectionReq']
                c += 1
                a = (a << 6) | 33
                a = e148(x, a)
                s = 1
            elif 'WeldingDetectionRes' in v:
                x = v['WeldingDetectionRes']
                c += 1
                a = (a << 6) | 34
                a = e149(x, a)
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


def d148(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d12(r, V, N, p, 24)
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


def e148(v, a):
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
                a = e12(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
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
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = T8[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d17(r, V, N, p, 29)
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


def e149(v, a):
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
                a = (a << 5) | M8[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DC_EVSEStatus' in v:
                x = v['DC_EVSEStatus']
                c += 1
                a = (a << 1) | 0
                a = e17(x, a)
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


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 6: d6, 7: d7, 8: d8, 9: d9, 10: d10, 11: d11, 12: d12, 13: d13, 14: d14, 15: d15, 16: d16, 17: d17, 18: d18, 19: d19, 20: d20, 22: d22, 23: d23, 24: d24, 25: d25, 26: d26, 27: d27, 28: d28, 29: d29, 30: d30, 31: d31, 32: d32, 33: d33, 34: d34, 35: d35, 36: d36, 37: d37, 38: d38, 39: d39, 40: d40, 41: d41, 42: d42, 43: d43, 44: d44, 45: d45, 46: d46, 47: d47, 48: d48, 49: d49, 50: d50, 51: d51, 52: d52, 53: d53, 54: d54, 55: d55, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63, 64: d64, 65: d65, 66: d66, 67: d67, 68: d68, 69: d69, 70: d70, 71: d71, 72: d72, 74: d74, 75: d75, 76: d76, 77: d77, 78: d78, 80: d80, 82: d82, 83: d83, 84: d84, 87: d87, 88: d88, 89: d89, 92: d92, 93: d93, 94: d94, 95: d95, 96: d96, 98: d98, 99: d99, 100: d100, 101: d101, 102: d102, 103: d103, 104: d104, 105: d105, 106: d106, 107: d107, 108: d108, 109: d109, 110: d110, 111: d111, 112: d112, 113: d113, 114: d114, 115: d115, 116: d116, 117: d117, 118: d118, 119: d119, 120: d120, 121: d121, 122: d122, 123: d123, 124: d124, 125: d125, 126: d126, 127: d127, 128: d128, 129: d129, 130: d130, 131: d131, 132: d132, 133: d133, 134: d134, 135: d135, 136: d136, 138: d138, 139: d139, 140: d140, 142: d142, 143: d143, 144: d144, 145: d145, 146: d146, 147: d147, 148: d148, 149: d149}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 6: e6, 7: e7, 8: e8, 9: e9, 10: e10, 11: e11, 12: e12, 13: e13, 14: e14, 15: e15, 16: e16, 17: e17, 18: e18, 19: e19, 20: e20, 22: e22, 23: e23, 24: e24, 25: e25, 26: e26, 27: e27, 28: e28, 29: e29, 30: e30, 31: e31, 32: e32, 33: e33, 34: e34, 35: e35, 36: e36, 37: e37, 38: e38, 39: e39, 40: e40, 41: e41, 42: e42, 43: e43, 44: e44, 45: e45, 46: e46, 47: e47, 48: e48, 49: e49, 50: e50, 51: e51, 52: e52, 53: e53, 54: e54, 55: e55, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63, 64: e64, 65: e65, 66: e66, 67: e67, 68: e68, 69: e69, 70: e70, 71: e71, 72: e72, 74: e74, 75: e75, 76: e76, 77: e77, 78: e78, 80: e80, 82: e82, 83: e83, 84: e84, 87: e87, 88: e88, 89: e89, 92: e92, 93: e93, 94: e94, 95: e95, 96: e96, 98: e98, 99: e99, 100: e100, 101: e101, 102: e102, 103: e103, 104: e104, 105: e105, 106: e106, 107: e107, 108: e108, 109: e109, 110: e110, 111: e111, 112: e112, 113: e113, 114: e114, 115: e115, 116: e116, 117: e117, 118: e118, 119: e119, 120: e120, 121: e121, 122: e122, 123: e123, 124: e124, 125: e125, 126: e126, 127: e127, 128: e128, 129: e129, 130: e130, 131: e131, 132: e132, 133: e133, 134: e134, 135: e135, 136: e136, 138: e138, 139: e139, 140: e140, 142: e142, 143: e143, 144: e144, 145: e145, 146: e146, 147: e147, 148: e148, 149: e149}
