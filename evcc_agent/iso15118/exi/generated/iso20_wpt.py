# generated — do not edit. EXI grammars for 'iso20_wpt' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   3a1e442fcf4dba9c9c2a3125ba133b853bad02931a989b4eec7f8bdd66d904fe  iso15118_20/V2G_CI_CommonTypes.xsd
#   cae7b9d323b6ea6e69b949fa502c23b65bc43a3a54fea85c855a491817c5beec  iso15118_20/V2G_CI_WPT.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('urn:iso:std:iso:15118:-20:CommonTypes', 'CLReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLResControlMode'), ('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('', 'Id'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'SessionID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeStamp'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Exponent'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Value'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Header'), ('urn:iso:std:iso:15118:-20:WPT', 'EVProcessing'), ('urn:iso:std:iso:15118:-20:WPT', 'TargetCoilCurrent'), ('urn:iso:std:iso:15118:-20:WPT', 'EVResultCode'), ('urn:iso:std:iso:15118:-20:WPT', 'VendorSpecificDataContainer'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_AlignmentCheckReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ResponseCode'), ('urn:iso:std:iso:15118:-20:WPT', 'EVSEProcessing'), ('urn:iso:std:iso:15118:-20:WPT', 'PowerTransmitted'), ('urn:iso:std:iso:15118:-20:WPT', 'SupplyDeviceCurrent'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_AlignmentCheckRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'PresentSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToTargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargingComplete'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BatteryEnergyCapacity'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'InletHot'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCCoilCurrentRequest'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCCoilCurrentInformation'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCCurrentOutputInformation'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCVoltageOutputInformation'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DisplayParameters'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfoRequested'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCPowerRequest'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCPowerOutput'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCChargeDiagnostics'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCOperatingFrequency'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCPowerControlParameter'), ('urn:iso:std:iso:15118:-20:WPT', 'ManufacturerSpecificDataContainer'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_ChargeLoopReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'NotificationMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSENotification'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_DischargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CapacitiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_InductiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterSignature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterTimestamp'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Amount'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CostPerUnit'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxRuleID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeAnchor'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EnergyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OccupancyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AdditionalServicesCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OverstayCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxCosts'), ('urn:iso:std:iso:15118:-20:WPT', 'SPCPrimaryDeviceCoilCurrentInformation'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSEStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfo'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Receipt'), ('urn:iso:std:iso:15118:-20:WPT', 'SDPowerInput'), ('urn:iso:std:iso:15118:-20:WPT', 'SPCMaxOutputPowerLimit'), ('urn:iso:std:iso:15118:-20:WPT', 'SPCMinOutputPowerLimit'), ('urn:iso:std:iso:15118:-20:WPT', 'SPCChargeDiagnostics'), ('urn:iso:std:iso:15118:-20:WPT', 'SPCOperatingFrequency'), ('urn:iso:std:iso:15118:-20:WPT', 'SPCPowerControlParameter'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_ChargeLoopRes'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCMaxReceivablePower'), ('urn:iso:std:iso:15118:-20:WPT', 'SDMaxGroundClearence'), ('urn:iso:std:iso:15118:-20:WPT', 'SDMinGroundClearence'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCNaturalFrequency'), ('urn:iso:std:iso:15118:-20:WPT', 'EVPCDeviceLocalControl'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_ChargeParameterDiscoveryReq'), ('urn:iso:std:iso:15118:-20:WPT', 'PDInputPowerClass'), ('urn:iso:std:iso:15118:-20:WPT', 'SDMinOutputPower'), ('urn:iso:std:iso:15118:-20:WPT', 'SDMaxOutputPower'), ('urn:iso:std:iso:15118:-20:WPT', 'SDMaxGroundClearanceSupport'), ('urn:iso:std:iso:15118:-20:WPT', 'SDMinGroundClearanceSupport'), ('urn:iso:std:iso:15118:-20:WPT', 'PDMinCoilCurrent'), ('urn:iso:std:iso:15118:-20:WPT', 'PDMaxCoilCurrent'), ('urn:iso:std:iso:15118:-20:WPT', 'SDManufacturerSpecificDataContainer'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_ChargeParameterDiscoveryRes'), ('urn:iso:std:iso:15118:-20:WPT', 'TxIdentifier'), ('urn:iso:std:iso:15118:-20:WPT', 'EIRP'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_LF_TxDataList'), ('urn:iso:std:iso:15118:-20:WPT', 'RSSI'), ('urn:iso:std:iso:15118:-20:WPT', 'RSSIDataList'), ('urn:iso:std:iso:15118:-20:WPT', 'RxIdentifier'), ('urn:iso:std:iso:15118:-20:WPT', 'RSSIData'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_LF_RxDataList'), ('urn:iso:std:iso:15118:-20:WPT', 'PackageIndex'), ('urn:iso:std:iso:15118:-20:WPT', 'LF_TxData'), ('urn:iso:std:iso:15118:-20:WPT', 'LF_RxData'), ('urn:iso:std:iso:15118:-20:WPT', 'NumPackages'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_LF_DataPackage'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_LF_DataPackageList'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_FinePositioningReq'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_FinePositioningRes'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_FinePositioningMethod'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_PairingMethod'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_AlignmentCheckMethod'), ('urn:iso:std:iso:15118:-20:WPT', 'Coord_X'), ('urn:iso:std:iso:15118:-20:WPT', 'Coord_Y'), ('urn:iso:std:iso:15118:-20:WPT', 'Coord_Z'), ('urn:iso:std:iso:15118:-20:WPT', 'TxRxIdentifier'), ('urn:iso:std:iso:15118:-20:WPT', 'TxRxPosition'), ('urn:iso:std:iso:15118:-20:WPT', 'TxRxOrientation'), ('urn:iso:std:iso:15118:-20:WPT', 'IndexNumber'), ('urn:iso:std:iso:15118:-20:WPT', 'PulseSequenceOrder'), ('urn:iso:std:iso:15118:-20:WPT', 'PulseSeparationTime'), ('urn:iso:std:iso:15118:-20:WPT', 'PulseDuration'), ('urn:iso:std:iso:15118:-20:WPT', 'PackageSeparationTime'), ('urn:iso:std:iso:15118:-20:WPT', 'NumberOfTransmitters'), ('urn:iso:std:iso:15118:-20:WPT', 'SignalFrequency'), ('urn:iso:std:iso:15118:-20:WPT', 'TxSpecData'), ('urn:iso:std:iso:15118:-20:WPT', 'TxPackageSpecData'), ('urn:iso:std:iso:15118:-20:WPT', 'NumberOfReceivers'), ('urn:iso:std:iso:15118:-20:WPT', 'RxSpecData'), ('urn:iso:std:iso:15118:-20:WPT', 'LF_TransmitterSetupData'), ('urn:iso:std:iso:15118:-20:WPT', 'LF_ReceiverSetupData'), ('urn:iso:std:iso:15118:-20:WPT', 'EVDeviceFinePositioningMethodList'), ('urn:iso:std:iso:15118:-20:WPT', 'EVDevicePairingMethodList'), ('urn:iso:std:iso:15118:-20:WPT', 'EVDeviceAlignmentCheckMethodList'), ('urn:iso:std:iso:15118:-20:WPT', 'NaturalOffset'), ('urn:iso:std:iso:15118:-20:WPT', 'LF_SystemSetupData'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_FinePositioningSetupReq'), ('urn:iso:std:iso:15118:-20:WPT', 'PrimaryDeviceFinePositioningMethodList'), ('urn:iso:std:iso:15118:-20:WPT', 'PrimaryDevicePairingMethodList'), ('urn:iso:std:iso:15118:-20:WPT', 'PrimaryDeviceAlignmentCheckMethodList'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_FinePositioningSetupRes'), ('urn:iso:std:iso:15118:-20:WPT', 'ObservedIDCode'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_PairingReq'), ('urn:iso:std:iso:15118:-20:WPT', 'SSID'), ('urn:iso:std:iso:15118:-20:WPT', 'BSSID'), ('urn:iso:std:iso:15118:-20:WPT', 'IPAddress'), ('urn:iso:std:iso:15118:-20:WPT', 'Port'), ('urn:iso:std:iso:15118:-20:WPT', 'AlternativeSECC'), ('urn:iso:std:iso:15118:-20:WPT', 'AlternativeSECCList'), ('urn:iso:std:iso:15118:-20:WPT', 'WPT_PairingRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AckMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DepartureTime'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMaximumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMinimumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVTargetEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RootCertificateID')]
DTYPES = [(0, None), (7, None), (2, None, None), (6, 8), (3, 0, 18446744073709551615), (5, ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction'), 2, 0), (4, -128, 8), (2, -32768, 32767), (5, ('EVResultUnknown', 'EVResultSuccess', 'EVResultFailed'), 2, 0), (7, 256), (5, ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter'), 6, 0), (4, 0, 7), (3, 0, 4294967295), (1,), (5, ('EVPCNoIssue', 'EVPCTempOverheatDetected', 'EVPCPowerTransferAnomalyDetected', 'EVPCAnomalyDetected'), 2, 0), (3, 0, 65535), (5, ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation'), 3, 0), (0, 32), (7, 64), (3, 1, 4294967295), (5, ('SPCNoIssue', 'SPCFODDetected', 'SPCLOPDetected', 'SPCTempOverheatDetected', 'SPCPowerTransferAnomalyDetected', 'SPCAnomalyDetected'), 3, 0), (5, ('MF-WPT1', 'MF-WPT2', 'MF-WPT3', 'MF-WPT4'), 2, 0), (4, 0, 8), (5, ('Manual', 'LF_TxEV', 'LF_TxPrimaryDevice', 'LPE', 'Proprietary'), 3, 0), (5, ('External confirmation', 'LPE', 'LF_TxEV', 'LF_TxPrimaryDevice', 'Optical', 'Proprietary'), 3, 0), (5, ('PowerCheck', 'LPE', 'Proprietary'), 2, 0), (0, 255), (0, 12), (0, 39)]
ROOTS = [(0, 0), (1, 1), (3, 2), (11, 3), (12, 5), (13, 6), (40, 7), (33, 8), (34, 9), (42, 20), (39, 8), (45, 22), (37, 18), (16, 10), (41, 21), (35, 11), (38, 19), (50, 23), (47, 25), (53, 28), (52, 29), (49, 27), (48, 24), (18, 13), (21, 12), (63, 30), (68, 40), (91, 42), (121, 49), (127, 62), (136, 63), (151, 65), (152, 75), (180, 76), (184, 90), (186, 91), (193, 92), (36, 14)]
FRAGMENTS = [(194, 51), (108, 57), (191, 94), (192, 93), (102, 35), (96, 33), (98, 33), (188, 96), (77, 35), (0, 0), (1, 1), (3, 2), (97, 33), (95, 33), (76, 46), (156, 37), (157, 37), (158, 37), (103, 35), (11, 3), (195, 45), (12, 5), (13, 6), (83, 43), (138, 35), (177, 81), (175, 77), (176, 79), (196, 35), (197, 35), (87, 47), (80, 35), (79, 35), (81, 35), (126, 46), (122, 35), (125, 35), (88, 35), (89, 48), (86, 35), (85, 35), (82, 35), (59, 34), (61, 38), (93, 52), (65, 34), (112, 50), (198, 35), (106, 57), (15, 4), (56, 36), (5, 4), (46, 26), (58, 31), (189, 97), (162, 51), (78, 46), (8, 4), (40, 7), (33, 8), (34, 9), (174, 89), (147, 71), (179, 83), (173, 84), (146, 69), (42, 20), (90, 39), (72, 44), (94, 54), (113, 53), (84, 46), (99, 55), (100, 37), (101, 33), (39, 8), (70, 44), (14, 4), (178, 51), (92, 51), (148, 67), (171, 67), (167, 67), (45, 22), (185, 59), (107, 57), (109, 57), (4, 4), (128, 64), (134, 35), (133, 35), (37, 18), (29, 17), (30, 17), (145, 67), (166, 51), (10, 4), (190, 51), (66, 35), (69, 44), (183, 81), (181, 77), (182, 79), (165, 51), (164, 51), (163, 88), (7, 4), (16, 10), (140, 35), (143, 73), (141, 74), (114, 56), (41, 21), (75, 45), (73, 45), (74, 45), (64, 41), (35, 11), (199, 15), (142, 59), (172, 85), (135, 39), (131, 51), (123, 51), (130, 35), (132, 51), (124, 51), (129, 35), (115, 35), (118, 60), (116, 35), (117, 35), (119, 35), (120, 61), (111, 35), (38, 19), (31, 17), (187, 95), (9, 4), (54, 32), (168, 35), (50, 23), (47, 25), (53, 28), (52, 29), (49, 27), (48, 24), (67, 35), (60, 35), (71, 44), (110, 58), (104, 59), (105, 33), (55, 33), (18, 13), (21, 12), (137, 59), (170, 87), (159, 59), (161, 86), (160, 86), (169, 85), (57, 37), (62, 39), (155, 82), (63, 30), (68, 40), (91, 42), (121, 49), (127, 62), (136, 63), (153, 78), (151, 65), (152, 75), (180, 76), (184, 90), (149, 68), (150, 66), (144, 72), (139, 70), (154, 80), (186, 91), (193, 92), (28, 17), (27, 17), (36, 14), (22, 8), (24, 15), (25, 17), (23, 16), (26, 8), (17, 8), (6, 4)]
GRAMMARS = [
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(0, 2, 0, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(1, 4, 4, 1, False), (1, 5, 4, 2, False), (1, 6, 4, 3, False)], [(1, 7, 4, 4, False)], [(1, 6, 4, 3, False)], [(1, 8, 4, 5, False), (1, 9, 4, 6, False), (2,)], [(1, 5, 4, 2, False), (1, 6, 4, 3, False)], [(1, 9, 4, 6, False), (2,)], [(1, 10, 4, 7, False)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(0, 2, 0, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(0, 32, 0, 1), (1, 33, 8, 2, False), (1, 34, 9, 3, False), (1, 35, 11, 4, False), (1, 36, 14, 5, False), (1, 37, 18, 6, False), (1, 38, 19, 7, False), (1, 39, 8, 8, False), (4, 9), (5, 1)], [(1, 33, 8, 2, False), (1, 34, 9, 3, False), (1, 35, 11, 4, False), (1, 36, 14, 5, False), (1, 37, 18, 6, False), (1, 38, 19, 7, False), (1, 39, 8, 8, False), (4, 9), (5, 1)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 2)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 3)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 4)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 5)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 6)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 7)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 8)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 9)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 10)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 11)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 12)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 13)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 14)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 15)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 16)], [(1, 33, 8, 10, False), (1, 34, 9, 11, False), (1, 35, 11, 12, False), (1, 36, 14, 13, False), (1, 37, 18, 14, False), (1, 38, 19, 15, False), (1, 39, 8, 16, False), (4, 17), (2,), (5, 17)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('c', [[(1, 11, 3, 1, False), (1, 16, 10, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 14, 4, 1, False)], [(1, 15, 4, 2, False)], [(2,)]]),
    ('c', [[(0, 19, 0, 1), (0, 20, 0, 2), (1, 21, 12, 3, False), (2,)], [(0, 20, 0, 2), (1, 21, 12, 3, False), (2,)], [(1, 21, 12, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 18, 13, 1, True)], [(1, 18, 13, 2, True), (2,)], [(1, 18, 13, 2, True), (2,)]]),
    ('c', [[(0, 2, 0, 1)], [(1, 17, 8, 3, False), (4, 2), (2,), (5, 1)], [(1, 17, 8, 3, False), (4, 2), (2,), (5, 2)], [(1, 17, 8, 3, False), (4, 2), (2,), (5, 3)]]),
    ('c', [[(1, 24, 15, 1, False), (1, 25, 17, 2, False), (1, 26, 8, 3, False), (1, 27, 17, 4, False), (1, 28, 17, 5, False), (4, 6)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)], [(1, 24, 15, 7, False), (1, 25, 17, 8, False), (1, 26, 8, 9, False), (1, 27, 17, 10, False), (1, 28, 17, 11, False), (4, 12), (2,)]]),
    ('c', [[(1, 22, 8, 1, False)], [(1, 23, 16, 2, False)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(1, 29, 17, 1, False), (1, 30, 17, 2, False)], [(1, 30, 17, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 31, 17, 1, False)], [(1, 31, 17, 3, False), (4, 2), (2,)], [(1, 31, 17, 3, False), (2,)], [(1, 31, 17, 3, False), (4, 4), (2,)], [(1, 31, 17, 3, False), (2,)]]),
    ('c', [[(0, 32, 0, 1), (1, 41, 21, 2, True)], [(1, 41, 21, 2, True)], [(1, 41, 21, 3, True), (2,)], [(1, 41, 21, 3, True), (2,)]]),
    ('c', [[(0, 32, 0, 1), (0, 19, 0, 2), (0, 20, 0, 3), (1, 21, 12, 4, False), (1, 12, 5, 5, False)], [(0, 19, 0, 2), (0, 20, 0, 3), (1, 21, 12, 4, False), (1, 12, 5, 5, False)], [(0, 20, 0, 3), (1, 21, 12, 4, False), (1, 12, 5, 5, False)], [(1, 21, 12, 4, False), (1, 12, 5, 5, False)], [(1, 12, 5, 5, False)], [(1, 13, 6, 6, False)], [(2,)]]),
    ('c', [[(0, 43, 0, 1), (0, 32, 0, 2), (0, 44, 0, 3), (4, 4), (2,), (5, 3)], [(0, 32, 0, 2), (0, 44, 0, 3), (4, 4), (2,), (5, 3)], [(0, 44, 0, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(0, 32, 0, 1), (1, 48, 24, 2, False)], [(1, 48, 24, 2, False)], [(1, 49, 27, 3, False)], [(1, 40, 7, 4, False), (1, 45, 22, 5, True), (2,)], [(1, 45, 22, 5, True), (2,)], [(1, 45, 22, 5, True), (2,)]]),
    ('c', [[(0, 32, 0, 1), (1, 3, 2, 2, False)], [(1, 3, 2, 2, False)], [(1, 47, 25, 3, False)], [(1, 41, 21, 4, True)], [(1, 41, 21, 5, True), (2,)], [(1, 41, 21, 5, True), (2,)]]),
    ('c', [[(0, 2, 0, 1)], [(1, 46, 26, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('v', [[(0, 32, 0, 1), (3, 1, 2)], [(3, 1, 2)], [(2,)]]),
    ('c', [[(0, 32, 0, 1), (1, 52, 29, 2, True)], [(1, 52, 29, 2, True)], [(1, 52, 29, 3, True), (2,)], [(1, 52, 29, 3, True), (2,)]]),
    ('c', [[(0, 32, 0, 1), (0, 51, 0, 2)], [(0, 51, 0, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 59, 34, 2, False)], [(1, 60, 35, 3, False), (1, 61, 38, 4, False)], [(1, 61, 38, 4, False)], [(1, 62, 39, 5, True), (2,)], [(1, 62, 39, 6, True), (2,)], [(1, 62, 39, 7, True), (2,)], [(1, 62, 39, 8, True), (2,)], [(1, 62, 39, 9, True), (2,)], [(1, 62, 39, 10, True), (2,)], [(1, 62, 39, 11, True), (2,)], [(1, 62, 39, 12, True), (2,)], [(1, 62, 39, 13, True), (2,)], [(1, 62, 39, 14, True), (2,)], [(1, 62, 39, 15, True), (2,)], [(1, 62, 39, 16, True), (2,)], [(1, 62, 39, 17, True), (2,)], [(1, 62, 39, 18, True), (2,)], [(1, 62, 39, 19, True), (2,)], [(1, 62, 39, 20, True), (2,)], [(2,)]]),
    ('c', [[(1, 54, 32, 1, False)], [(1, 55, 33, 2, False)], [(1, 50, 23, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('c', [[(1, 56, 36, 1, False)], [(1, 57, 37, 2, False)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 64, 41, 2, False)], [(1, 65, 34, 3, False)], [(1, 66, 35, 4, False), (1, 67, 35, 5, False), (1, 62, 39, 6, True), (2,)], [(1, 67, 35, 5, False), (1, 62, 39, 6, True), (2,)], [(1, 62, 39, 6, True), (2,)], [(1, 62, 39, 7, True), (2,)], [(1, 62, 39, 8, True), (2,)], [(1, 62, 39, 9, True), (2,)], [(1, 62, 39, 10, True), (2,)], [(1, 62, 39, 11, True), (2,)], [(1, 62, 39, 12, True), (2,)], [(1, 62, 39, 13, True), (2,)], [(1, 62, 39, 14, True), (2,)], [(1, 62, 39, 15, True), (2,)], [(1, 62, 39, 16, True), (2,)], [(1, 62, 39, 17, True), (2,)], [(1, 62, 39, 18, True), (2,)], [(1, 62, 39, 19, True), (2,)], [(1, 62, 39, 20, True), (2,)], [(1, 62, 39, 21, True), (2,)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 83, 43, 2, False), (1, 84, 46, 3, False)], [(1, 84, 46, 3, False)], [(1, 85, 35, 4, False)], [(1, 86, 35, 5, False)], [(1, 87, 47, 6, False)], [(1, 88, 35, 7, False), (1, 89, 48, 8, False), (1, 90, 39, 9, True), (2,)], [(1, 89, 48, 8, False), (1, 90, 39, 9, True), (2,)], [(1, 90, 39, 9, True), (2,)], [(1, 90, 39, 10, True), (2,)], [(1, 90, 39, 11, True), (2,)], [(1, 90, 39, 12, True), (2,)], [(1, 90, 39, 13, True), (2,)], [(1, 90, 39, 14, True), (2,)], [(1, 90, 39, 15, True), (2,)], [(1, 90, 39, 16, True), (2,)], [(1, 90, 39, 17, True), (2,)], [(1, 90, 39, 18, True), (2,)], [(1, 90, 39, 19, True), (2,)], [(1, 90, 39, 20, True), (2,)], [(1, 90, 39, 21, True), (2,)], [(1, 90, 39, 22, True), (2,)], [(1, 90, 39, 23, True), (2,)], [(1, 90, 39, 24, True), (2,)], [(2,)]]),
    ('c', [[(1, 69, 44, 1, False), (1, 70, 44, 2, False), (1, 71, 44, 3, False), (1, 72, 44, 4, False), (1, 73, 45, 5, False), (1, 74, 45, 6, False), (1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 70, 44, 2, False), (1, 71, 44, 3, False), (1, 72, 44, 4, False), (1, 73, 45, 5, False), (1, 74, 45, 6, False), (1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 71, 44, 3, False), (1, 72, 44, 4, False), (1, 73, 45, 5, False), (1, 74, 45, 6, False), (1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 72, 44, 4, False), (1, 73, 45, 5, False), (1, 74, 45, 6, False), (1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 73, 45, 5, False), (1, 74, 45, 6, False), (1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 74, 45, 6, False), (1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 75, 45, 7, False), (1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 76, 46, 8, False), (1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 77, 35, 9, False), (1, 78, 46, 10, False), (2,)], [(1, 78, 46, 10, False), (2,)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('c', [[(1, 79, 35, 1, False)], [(1, 80, 35, 2, False)], [(1, 81, 35, 3, False)], [(1, 82, 35, 4, False)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 64, 41, 2, False)], [(1, 112, 50, 3, False), (1, 113, 53, 4, False), (1, 114, 56, 5, False), (1, 85, 35, 6, False)], [(1, 113, 53, 4, False), (1, 114, 56, 5, False), (1, 85, 35, 6, False)], [(1, 114, 56, 5, False), (1, 85, 35, 6, False)], [(1, 85, 35, 6, False)], [(1, 115, 35, 7, False), (1, 116, 35, 8, False)], [(1, 116, 35, 8, False)], [(1, 117, 35, 9, False)], [(1, 118, 60, 10, False)], [(1, 119, 35, 11, False), (1, 120, 61, 12, False), (1, 90, 39, 13, True), (2,)], [(1, 120, 61, 12, False), (1, 90, 39, 13, True), (2,)], [(1, 90, 39, 13, True), (2,)], [(1, 90, 39, 14, True), (2,)], [(1, 90, 39, 15, True), (2,)], [(1, 90, 39, 16, True), (2,)], [(1, 90, 39, 17, True), (2,)], [(1, 90, 39, 18, True), (2,)], [(1, 90, 39, 19, True), (2,)], [(1, 90, 39, 20, True), (2,)], [(1, 90, 39, 21, True), (2,)], [(1, 90, 39, 22, True), (2,)], [(1, 90, 39, 23, True), (2,)], [(1, 90, 39, 24, True), (2,)], [(1, 90, 39, 25, True), (2,)], [(1, 90, 39, 26, True), (2,)], [(1, 90, 39, 27, True), (2,)], [(1, 90, 39, 28, True), (2,)], [(2,)]]),
    ('c', [[(1, 92, 51, 1, False)], [(1, 93, 52, 2, False)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('c', [[(1, 94, 54, 1, False)], [(1, 95, 33, 2, False)], [(1, 96, 33, 3, False), (1, 97, 33, 4, False), (1, 98, 33, 5, False), (1, 99, 55, 6, False), (1, 100, 37, 7, False), (1, 101, 33, 8, False), (2,)], [(1, 97, 33, 4, False), (1, 98, 33, 5, False), (1, 99, 55, 6, False), (1, 100, 37, 7, False), (1, 101, 33, 8, False), (2,)], [(1, 98, 33, 5, False), (1, 99, 55, 6, False), (1, 100, 37, 7, False), (1, 101, 33, 8, False), (2,)], [(1, 99, 55, 6, False), (1, 100, 37, 7, False), (1, 101, 33, 8, False), (2,)], [(1, 100, 37, 7, False), (1, 101, 33, 8, False), (2,)], [(1, 101, 33, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 17, 1)], [(2,)]]),
    ('s', [[(3, 18, 1)], [(2,)]]),
    ('c', [[(1, 105, 33, 1, False)], [(1, 106, 57, 2, False), (1, 107, 57, 3, False), (1, 108, 57, 4, False), (1, 109, 57, 5, False), (1, 110, 58, 6, True), (2,)], [(1, 107, 57, 3, False), (1, 108, 57, 4, False), (1, 109, 57, 5, False), (1, 110, 58, 6, True), (2,)], [(1, 108, 57, 4, False), (1, 109, 57, 5, False), (1, 110, 58, 6, True), (2,)], [(1, 109, 57, 5, False), (1, 110, 58, 6, True), (2,)], [(1, 110, 58, 6, True), (2,)], [(1, 110, 58, 7, True), (2,)], [(1, 110, 58, 8, True), (2,)], [(1, 110, 58, 9, True), (2,)], [(1, 110, 58, 10, True), (2,)], [(1, 110, 58, 11, True), (2,)], [(1, 110, 58, 12, True), (2,)], [(1, 110, 58, 13, True), (2,)], [(1, 110, 58, 14, True), (2,)], [(1, 110, 58, 15, True), (2,)], [(2,)]]),
    ('c', [[(1, 102, 35, 1, False)], [(1, 103, 35, 2, False)], [(2,)]]),
    ('c', [[(1, 104, 59, 1, False)], [(1, 102, 35, 2, False)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 20, 1)], [(2,)]]),
    ('c', [[(1, 111, 35, 1, False)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 122, 35, 2, False)], [(1, 123, 51, 3, False)], [(1, 124, 51, 4, False)], [(1, 125, 35, 5, False)], [(1, 126, 46, 6, False)], [(1, 62, 39, 7, True), (2,)], [(1, 62, 39, 8, True), (2,)], [(1, 62, 39, 9, True), (2,)], [(1, 62, 39, 10, True), (2,)], [(1, 62, 39, 11, True), (2,)], [(1, 62, 39, 12, True), (2,)], [(1, 62, 39, 13, True), (2,)], [(1, 62, 39, 14, True), (2,)], [(1, 62, 39, 15, True), (2,)], [(1, 62, 39, 16, True), (2,)], [(1, 62, 39, 17, True), (2,)], [(1, 62, 39, 18, True), (2,)], [(1, 62, 39, 19, True), (2,)], [(1, 62, 39, 20, True), (2,)], [(1, 62, 39, 21, True), (2,)], [(1, 62, 39, 22, True), (2,)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 64, 41, 2, False)], [(1, 128, 64, 3, False)], [(1, 129, 35, 4, False)], [(1, 130, 35, 5, False)], [(1, 131, 51, 6, False)], [(1, 132, 51, 7, False)], [(1, 133, 35, 8, False)], [(1, 134, 35, 9, False)], [(1, 135, 39, 10, True), (2,)], [(1, 135, 39, 11, True), (2,)], [(1, 135, 39, 12, True), (2,)], [(1, 135, 39, 13, True), (2,)], [(1, 135, 39, 14, True), (2,)], [(1, 135, 39, 15, True), (2,)], [(1, 135, 39, 16, True), (2,)], [(1, 135, 39, 17, True), (2,)], [(1, 135, 39, 18, True), (2,)], [(1, 135, 39, 19, True), (2,)], [(1, 135, 39, 20, True), (2,)], [(1, 135, 39, 21, True), (2,)], [(1, 135, 39, 22, True), (2,)], [(1, 135, 39, 23, True), (2,)], [(1, 135, 39, 24, True), (2,)], [(1, 135, 39, 25, True), (2,)], [(2,)]]),
    ('s', [[(3, 21, 1)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 59, 34, 2, False)], [(1, 61, 38, 3, False)], [(1, 62, 39, 4, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 6, True), (1, 150, 66, 5, False), (2,)], [(2,)], [(1, 62, 39, 7, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 8, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 9, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 10, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 11, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 12, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 13, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 14, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 15, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 16, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 17, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 18, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 19, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 20, True), (1, 150, 66, 5, False), (2,)], [(1, 150, 66, 5, False), (2,)]]),
    ('c', [[(1, 148, 67, 1, False)], [(1, 149, 68, 2, False)], [(2,)]]),
    ('s', [[(3, 22, 1)], [(2,)]]),
    ('c', [[(1, 145, 67, 1, False)], [(1, 146, 69, 2, False), (1, 147, 71, 3, False)], [(2,)], [(2,)]]),
    ('c', [[(1, 139, 70, 1, False)], [(2,)]]),
    ('c', [[(1, 137, 59, 1, False)], [(1, 138, 35, 2, False)], [(2,)]]),
    ('c', [[(1, 144, 72, 1, False)], [(2,)]]),
    ('c', [[(1, 142, 59, 1, False)], [(1, 143, 73, 2, False)], [(2,)]]),
    ('c', [[(1, 141, 74, 1, False)], [(2,)]]),
    ('c', [[(1, 137, 59, 1, False)], [(1, 140, 35, 2, False)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 64, 41, 2, False)], [(1, 65, 34, 3, False)], [(1, 62, 39, 4, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 6, True), (1, 150, 66, 5, False), (2,)], [(2,)], [(1, 62, 39, 7, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 8, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 9, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 10, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 11, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 12, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 13, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 14, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 15, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 16, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 17, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 18, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 19, True), (1, 150, 66, 5, False), (2,)], [(1, 62, 39, 20, True), (1, 150, 66, 5, False), (2,)], [(1, 150, 66, 5, False), (2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 59, 34, 2, False)], [(1, 175, 77, 3, False)], [(1, 176, 79, 4, False)], [(1, 177, 81, 5, False)], [(1, 178, 51, 6, False)], [(1, 62, 39, 7, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 9, True), (1, 179, 83, 8, False), (2,)], [(2,)], [(1, 62, 39, 10, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 11, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 12, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 13, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 14, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 15, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 16, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 17, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 18, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 19, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 20, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 21, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 22, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 23, True), (1, 179, 83, 8, False), (2,)], [(1, 179, 83, 8, False), (2,)]]),
    ('c', [[(1, 153, 78, 1, True)], [(1, 153, 78, 2, True), (2,)], [(1, 153, 78, 3, True), (2,)], [(1, 153, 78, 4, True), (2,)], [(1, 153, 78, 5, True), (2,)], [(1, 153, 78, 6, True), (2,)], [(1, 153, 78, 7, True), (2,)], [(1, 153, 78, 8, True), (2,)], [(2,)]]),
    ('s', [[(3, 23, 1)], [(2,)]]),
    ('c', [[(1, 154, 80, 1, True)], [(1, 154, 80, 2, True), (2,)], [(1, 154, 80, 3, True), (2,)], [(1, 154, 80, 4, True), (2,)], [(1, 154, 80, 5, True), (2,)], [(1, 154, 80, 6, True), (2,)], [(1, 154, 80, 7, True), (2,)], [(1, 154, 80, 8, True), (2,)], [(2,)]]),
    ('s', [[(3, 24, 1)], [(2,)]]),
    ('c', [[(1, 155, 82, 1, True)], [(1, 155, 82, 2, True), (2,)], [(1, 155, 82, 3, True), (2,)], [(1, 155, 82, 4, True), (2,)], [(1, 155, 82, 5, True), (2,)], [(1, 155, 82, 6, True), (2,)], [(1, 155, 82, 7, True), (2,)], [(1, 155, 82, 8, True), (2,)], [(2,)]]),
    ('s', [[(3, 25, 1)], [(2,)]]),
    ('c', [[(1, 173, 84, 1, False), (1, 174, 89, 2, False)], [(2,)], [(2,)]]),
    ('c', [[(1, 167, 67, 1, False)], [(1, 168, 35, 2, False)], [(1, 169, 85, 3, True)], [(1, 169, 85, 4, True)], [(1, 169, 85, 5, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 7, True), (1, 170, 87, 6, False), (2,)], [(2,)], [(1, 169, 85, 8, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 9, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 10, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 11, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 12, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 13, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 14, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 15, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 16, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 17, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 18, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 19, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 20, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 21, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 22, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 23, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 24, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 25, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 26, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 27, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 28, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 29, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 30, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 31, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 32, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 33, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 34, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 35, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 36, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 37, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 38, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 39, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 40, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 41, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 42, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 43, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 44, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 45, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 46, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 47, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 48, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 49, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 50, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 51, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 52, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 53, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 54, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 55, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 56, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 57, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 58, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 59, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 60, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 61, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 62, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 63, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 64, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 65, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 66, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 67, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 68, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 69, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 70, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 71, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 72, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 73, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 74, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 75, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 76, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 77, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 78, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 79, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 80, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 81, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 82, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 83, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 84, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 85, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 86, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 87, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 88, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 89, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 90, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 91, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 92, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 93, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 94, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 95, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 96, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 97, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 98, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 99, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 100, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 101, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 102, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 103, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 104, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 105, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 106, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 107, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 108, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 109, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 110, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 111, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 112, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 113, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 114, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 115, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 116, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 117, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 118, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 119, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 120, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 121, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 122, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 123, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 124, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 125, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 126, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 127, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 128, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 129, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 130, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 131, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 132, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 133, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 134, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 135, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 136, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 137, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 138, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 139, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 140, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 141, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 142, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 143, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 144, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 145, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 146, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 147, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 148, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 149, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 150, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 151, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 152, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 153, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 154, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 155, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 156, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 157, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 158, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 159, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 160, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 161, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 162, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 163, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 164, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 165, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 166, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 167, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 168, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 169, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 170, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 171, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 172, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 173, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 174, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 175, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 176, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 177, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 178, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 179, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 180, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 181, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 182, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 183, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 184, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 185, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 186, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 187, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 188, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 189, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 190, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 191, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 192, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 193, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 194, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 195, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 196, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 197, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 198, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 199, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 200, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 201, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 202, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 203, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 204, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 205, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 206, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 207, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 208, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 209, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 210, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 211, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 212, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 213, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 214, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 215, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 216, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 217, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 218, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 219, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 220, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 221, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 222, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 223, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 224, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 225, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 226, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 227, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 228, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 229, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 230, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 231, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 232, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 233, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 234, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 235, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 236, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 237, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 238, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 239, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 240, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 241, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 242, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 243, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 244, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 245, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 246, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 247, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 248, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 249, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 250, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 251, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 252, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 253, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 254, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 255, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 256, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 257, True), (1, 170, 87, 6, False), (2,)], [(1, 169, 85, 258, True), (1, 170, 87, 6, False), (2,)], [(1, 170, 87, 6, False), (2,)]]),
    ('c', [[(1, 159, 59, 1, False)], [(1, 160, 86, 2, False)], [(1, 161, 86, 3, False)], [(2,)]]),
    ('c', [[(1, 156, 37, 1, False)], [(1, 157, 37, 2, False)], [(1, 158, 37, 3, False)], [(2,)]]),
    ('c', [[(1, 163, 88, 1, True)], [(1, 163, 88, 2, True)], [(1, 163, 88, 3, True), (1, 164, 51, 4, False)], [(1, 163, 88, 5, True), (1, 164, 51, 4, False)], [(1, 165, 51, 6, False)], [(1, 163, 88, 7, True), (1, 164, 51, 4, False)], [(1, 166, 51, 8, False)], [(1, 163, 88, 9, True), (1, 164, 51, 4, False)], [(2,)], [(1, 163, 88, 10, True), (1, 164, 51, 4, False)], [(1, 163, 88, 11, True), (1, 164, 51, 4, False)], [(1, 163, 88, 12, True), (1, 164, 51, 4, False)], [(1, 163, 88, 13, True), (1, 164, 51, 4, False)], [(1, 163, 88, 14, True), (1, 164, 51, 4, False)], [(1, 163, 88, 15, True), (1, 164, 51, 4, False)], [(1, 163, 88, 16, True), (1, 164, 51, 4, False)], [(1, 163, 88, 17, True), (1, 164, 51, 4, False)], [(1, 163, 88, 18, True), (1, 164, 51, 4, False)], [(1, 163, 88, 19, True), (1, 164, 51, 4, False)], [(1, 163, 88, 20, True), (1, 164, 51, 4, False)], [(1, 163, 88, 21, True), (1, 164, 51, 4, False)], [(1, 163, 88, 22, True), (1, 164, 51, 4, False)], [(1, 163, 88, 23, True), (1, 164, 51, 4, False)], [(1, 163, 88, 24, True), (1, 164, 51, 4, False)], [(1, 163, 88, 25, True), (1, 164, 51, 4, False)], [(1, 163, 88, 26, True), (1, 164, 51, 4, False)], [(1, 163, 88, 27, True), (1, 164, 51, 4, False)], [(1, 163, 88, 28, True), (1, 164, 51, 4, False)], [(1, 163, 88, 29, True), (1, 164, 51, 4, False)], [(1, 163, 88, 30, True), (1, 164, 51, 4, False)], [(1, 163, 88, 31, True), (1, 164, 51, 4, False)], [(1, 163, 88, 32, True), (1, 164, 51, 4, False)], [(1, 163, 88, 33, True), (1, 164, 51, 4, False)], [(1, 163, 88, 34, True), (1, 164, 51, 4, False)], [(1, 163, 88, 35, True), (1, 164, 51, 4, False)], [(1, 163, 88, 36, True), (1, 164, 51, 4, False)], [(1, 163, 88, 37, True), (1, 164, 51, 4, False)], [(1, 163, 88, 38, True), (1, 164, 51, 4, False)], [(1, 163, 88, 39, True), (1, 164, 51, 4, False)], [(1, 163, 88, 40, True), (1, 164, 51, 4, False)], [(1, 163, 88, 41, True), (1, 164, 51, 4, False)], [(1, 163, 88, 42, True), (1, 164, 51, 4, False)], [(1, 163, 88, 43, True), (1, 164, 51, 4, False)], [(1, 163, 88, 44, True), (1, 164, 51, 4, False)], [(1, 163, 88, 45, True), (1, 164, 51, 4, False)], [(1, 163, 88, 46, True), (1, 164, 51, 4, False)], [(1, 163, 88, 47, True), (1, 164, 51, 4, False)], [(1, 163, 88, 48, True), (1, 164, 51, 4, False)], [(1, 163, 88, 49, True), (1, 164, 51, 4, False)], [(1, 163, 88, 50, True), (1, 164, 51, 4, False)], [(1, 163, 88, 51, True), (1, 164, 51, 4, False)], [(1, 163, 88, 52, True), (1, 164, 51, 4, False)], [(1, 163, 88, 53, True), (1, 164, 51, 4, False)], [(1, 163, 88, 54, True), (1, 164, 51, 4, False)], [(1, 163, 88, 55, True), (1, 164, 51, 4, False)], [(1, 163, 88, 56, True), (1, 164, 51, 4, False)], [(1, 163, 88, 57, True), (1, 164, 51, 4, False)], [(1, 163, 88, 58, True), (1, 164, 51, 4, False)], [(1, 163, 88, 59, True), (1, 164, 51, 4, False)], [(1, 163, 88, 60, True), (1, 164, 51, 4, False)], [(1, 163, 88, 61, True), (1, 164, 51, 4, False)], [(1, 163, 88, 62, True), (1, 164, 51, 4, False)], [(1, 163, 88, 63, True), (1, 164, 51, 4, False)], [(1, 163, 88, 64, True), (1, 164, 51, 4, False)], [(1, 163, 88, 65, True), (1, 164, 51, 4, False)], [(1, 163, 88, 66, True), (1, 164, 51, 4, False)], [(1, 163, 88, 67, True), (1, 164, 51, 4, False)], [(1, 163, 88, 68, True), (1, 164, 51, 4, False)], [(1, 163, 88, 69, True), (1, 164, 51, 4, False)], [(1, 163, 88, 70, True), (1, 164, 51, 4, False)], [(1, 163, 88, 71, True), (1, 164, 51, 4, False)], [(1, 163, 88, 72, True), (1, 164, 51, 4, False)], [(1, 163, 88, 73, True), (1, 164, 51, 4, False)], [(1, 163, 88, 74, True), (1, 164, 51, 4, False)], [(1, 163, 88, 75, True), (1, 164, 51, 4, False)], [(1, 163, 88, 76, True), (1, 164, 51, 4, False)], [(1, 163, 88, 77, True), (1, 164, 51, 4, False)], [(1, 163, 88, 78, True), (1, 164, 51, 4, False)], [(1, 163, 88, 79, True), (1, 164, 51, 4, False)], [(1, 163, 88, 80, True), (1, 164, 51, 4, False)], [(1, 163, 88, 81, True), (1, 164, 51, 4, False)], [(1, 163, 88, 82, True), (1, 164, 51, 4, False)], [(1, 163, 88, 83, True), (1, 164, 51, 4, False)], [(1, 163, 88, 84, True), (1, 164, 51, 4, False)], [(1, 163, 88, 85, True), (1, 164, 51, 4, False)], [(1, 163, 88, 86, True), (1, 164, 51, 4, False)], [(1, 163, 88, 87, True), (1, 164, 51, 4, False)], [(1, 163, 88, 88, True), (1, 164, 51, 4, False)], [(1, 163, 88, 89, True), (1, 164, 51, 4, False)], [(1, 163, 88, 90, True), (1, 164, 51, 4, False)], [(1, 163, 88, 91, True), (1, 164, 51, 4, False)], [(1, 163, 88, 92, True), (1, 164, 51, 4, False)], [(1, 163, 88, 93, True), (1, 164, 51, 4, False)], [(1, 163, 88, 94, True), (1, 164, 51, 4, False)], [(1, 163, 88, 95, True), (1, 164, 51, 4, False)], [(1, 163, 88, 96, True), (1, 164, 51, 4, False)], [(1, 163, 88, 97, True), (1, 164, 51, 4, False)], [(1, 163, 88, 98, True), (1, 164, 51, 4, False)], [(1, 163, 88, 99, True), (1, 164, 51, 4, False)], [(1, 163, 88, 100, True), (1, 164, 51, 4, False)], [(1, 163, 88, 101, True), (1, 164, 51, 4, False)], [(1, 163, 88, 102, True), (1, 164, 51, 4, False)], [(1, 163, 88, 103, True), (1, 164, 51, 4, False)], [(1, 163, 88, 104, True), (1, 164, 51, 4, False)], [(1, 163, 88, 105, True), (1, 164, 51, 4, False)], [(1, 163, 88, 106, True), (1, 164, 51, 4, False)], [(1, 163, 88, 107, True), (1, 164, 51, 4, False)], [(1, 163, 88, 108, True), (1, 164, 51, 4, False)], [(1, 163, 88, 109, True), (1, 164, 51, 4, False)], [(1, 163, 88, 110, True), (1, 164, 51, 4, False)], [(1, 163, 88, 111, True), (1, 164, 51, 4, False)], [(1, 163, 88, 112, True), (1, 164, 51, 4, False)], [(1, 163, 88, 113, True), (1, 164, 51, 4, False)], [(1, 163, 88, 114, True), (1, 164, 51, 4, False)], [(1, 163, 88, 115, True), (1, 164, 51, 4, False)], [(1, 163, 88, 116, True), (1, 164, 51, 4, False)], [(1, 163, 88, 117, True), (1, 164, 51, 4, False)], [(1, 163, 88, 118, True), (1, 164, 51, 4, False)], [(1, 163, 88, 119, True), (1, 164, 51, 4, False)], [(1, 163, 88, 120, True), (1, 164, 51, 4, False)], [(1, 163, 88, 121, True), (1, 164, 51, 4, False)], [(1, 163, 88, 122, True), (1, 164, 51, 4, False)], [(1, 163, 88, 123, True), (1, 164, 51, 4, False)], [(1, 163, 88, 124, True), (1, 164, 51, 4, False)], [(1, 163, 88, 125, True), (1, 164, 51, 4, False)], [(1, 163, 88, 126, True), (1, 164, 51, 4, False)], [(1, 163, 88, 127, True), (1, 164, 51, 4, False)], [(1, 163, 88, 128, True), (1, 164, 51, 4, False)], [(1, 163, 88, 129, True), (1, 164, 51, 4, False)], [(1, 163, 88, 130, True), (1, 164, 51, 4, False)], [(1, 163, 88, 131, True), (1, 164, 51, 4, False)], [(1, 163, 88, 132, True), (1, 164, 51, 4, False)], [(1, 163, 88, 133, True), (1, 164, 51, 4, False)], [(1, 163, 88, 134, True), (1, 164, 51, 4, False)], [(1, 163, 88, 135, True), (1, 164, 51, 4, False)], [(1, 163, 88, 136, True), (1, 164, 51, 4, False)], [(1, 163, 88, 137, True), (1, 164, 51, 4, False)], [(1, 163, 88, 138, True), (1, 164, 51, 4, False)], [(1, 163, 88, 139, True), (1, 164, 51, 4, False)], [(1, 163, 88, 140, True), (1, 164, 51, 4, False)], [(1, 163, 88, 141, True), (1, 164, 51, 4, False)], [(1, 163, 88, 142, True), (1, 164, 51, 4, False)], [(1, 163, 88, 143, True), (1, 164, 51, 4, False)], [(1, 163, 88, 144, True), (1, 164, 51, 4, False)], [(1, 163, 88, 145, True), (1, 164, 51, 4, False)], [(1, 163, 88, 146, True), (1, 164, 51, 4, False)], [(1, 163, 88, 147, True), (1, 164, 51, 4, False)], [(1, 163, 88, 148, True), (1, 164, 51, 4, False)], [(1, 163, 88, 149, True), (1, 164, 51, 4, False)], [(1, 163, 88, 150, True), (1, 164, 51, 4, False)], [(1, 163, 88, 151, True), (1, 164, 51, 4, False)], [(1, 163, 88, 152, True), (1, 164, 51, 4, False)], [(1, 163, 88, 153, True), (1, 164, 51, 4, False)], [(1, 163, 88, 154, True), (1, 164, 51, 4, False)], [(1, 163, 88, 155, True), (1, 164, 51, 4, False)], [(1, 163, 88, 156, True), (1, 164, 51, 4, False)], [(1, 163, 88, 157, True), (1, 164, 51, 4, False)], [(1, 163, 88, 158, True), (1, 164, 51, 4, False)], [(1, 163, 88, 159, True), (1, 164, 51, 4, False)], [(1, 163, 88, 160, True), (1, 164, 51, 4, False)], [(1, 163, 88, 161, True), (1, 164, 51, 4, False)], [(1, 163, 88, 162, True), (1, 164, 51, 4, False)], [(1, 163, 88, 163, True), (1, 164, 51, 4, False)], [(1, 163, 88, 164, True), (1, 164, 51, 4, False)], [(1, 163, 88, 165, True), (1, 164, 51, 4, False)], [(1, 163, 88, 166, True), (1, 164, 51, 4, False)], [(1, 163, 88, 167, True), (1, 164, 51, 4, False)], [(1, 163, 88, 168, True), (1, 164, 51, 4, False)], [(1, 163, 88, 169, True), (1, 164, 51, 4, False)], [(1, 163, 88, 170, True), (1, 164, 51, 4, False)], [(1, 163, 88, 171, True), (1, 164, 51, 4, False)], [(1, 163, 88, 172, True), (1, 164, 51, 4, False)], [(1, 163, 88, 173, True), (1, 164, 51, 4, False)], [(1, 163, 88, 174, True), (1, 164, 51, 4, False)], [(1, 163, 88, 175, True), (1, 164, 51, 4, False)], [(1, 163, 88, 176, True), (1, 164, 51, 4, False)], [(1, 163, 88, 177, True), (1, 164, 51, 4, False)], [(1, 163, 88, 178, True), (1, 164, 51, 4, False)], [(1, 163, 88, 179, True), (1, 164, 51, 4, False)], [(1, 163, 88, 180, True), (1, 164, 51, 4, False)], [(1, 163, 88, 181, True), (1, 164, 51, 4, False)], [(1, 163, 88, 182, True), (1, 164, 51, 4, False)], [(1, 163, 88, 183, True), (1, 164, 51, 4, False)], [(1, 163, 88, 184, True), (1, 164, 51, 4, False)], [(1, 163, 88, 185, True), (1, 164, 51, 4, False)], [(1, 163, 88, 186, True), (1, 164, 51, 4, False)], [(1, 163, 88, 187, True), (1, 164, 51, 4, False)], [(1, 163, 88, 188, True), (1, 164, 51, 4, False)], [(1, 163, 88, 189, True), (1, 164, 51, 4, False)], [(1, 163, 88, 190, True), (1, 164, 51, 4, False)], [(1, 163, 88, 191, True), (1, 164, 51, 4, False)], [(1, 163, 88, 192, True), (1, 164, 51, 4, False)], [(1, 163, 88, 193, True), (1, 164, 51, 4, False)], [(1, 163, 88, 194, True), (1, 164, 51, 4, False)], [(1, 163, 88, 195, True), (1, 164, 51, 4, False)], [(1, 163, 88, 196, True), (1, 164, 51, 4, False)], [(1, 163, 88, 197, True), (1, 164, 51, 4, False)], [(1, 163, 88, 198, True), (1, 164, 51, 4, False)], [(1, 163, 88, 199, True), (1, 164, 51, 4, False)], [(1, 163, 88, 200, True), (1, 164, 51, 4, False)], [(1, 163, 88, 201, True), (1, 164, 51, 4, False)], [(1, 163, 88, 202, True), (1, 164, 51, 4, False)], [(1, 163, 88, 203, True), (1, 164, 51, 4, False)], [(1, 163, 88, 204, True), (1, 164, 51, 4, False)], [(1, 163, 88, 205, True), (1, 164, 51, 4, False)], [(1, 163, 88, 206, True), (1, 164, 51, 4, False)], [(1, 163, 88, 207, True), (1, 164, 51, 4, False)], [(1, 163, 88, 208, True), (1, 164, 51, 4, False)], [(1, 163, 88, 209, True), (1, 164, 51, 4, False)], [(1, 163, 88, 210, True), (1, 164, 51, 4, False)], [(1, 163, 88, 211, True), (1, 164, 51, 4, False)], [(1, 163, 88, 212, True), (1, 164, 51, 4, False)], [(1, 163, 88, 213, True), (1, 164, 51, 4, False)], [(1, 163, 88, 214, True), (1, 164, 51, 4, False)], [(1, 163, 88, 215, True), (1, 164, 51, 4, False)], [(1, 163, 88, 216, True), (1, 164, 51, 4, False)], [(1, 163, 88, 217, True), (1, 164, 51, 4, False)], [(1, 163, 88, 218, True), (1, 164, 51, 4, False)], [(1, 163, 88, 219, True), (1, 164, 51, 4, False)], [(1, 163, 88, 220, True), (1, 164, 51, 4, False)], [(1, 163, 88, 221, True), (1, 164, 51, 4, False)], [(1, 163, 88, 222, True), (1, 164, 51, 4, False)], [(1, 163, 88, 223, True), (1, 164, 51, 4, False)], [(1, 163, 88, 224, True), (1, 164, 51, 4, False)], [(1, 163, 88, 225, True), (1, 164, 51, 4, False)], [(1, 163, 88, 226, True), (1, 164, 51, 4, False)], [(1, 163, 88, 227, True), (1, 164, 51, 4, False)], [(1, 163, 88, 228, True), (1, 164, 51, 4, False)], [(1, 163, 88, 229, True), (1, 164, 51, 4, False)], [(1, 163, 88, 230, True), (1, 164, 51, 4, False)], [(1, 163, 88, 231, True), (1, 164, 51, 4, False)], [(1, 163, 88, 232, True), (1, 164, 51, 4, False)], [(1, 163, 88, 233, True), (1, 164, 51, 4, False)], [(1, 163, 88, 234, True), (1, 164, 51, 4, False)], [(1, 163, 88, 235, True), (1, 164, 51, 4, False)], [(1, 163, 88, 236, True), (1, 164, 51, 4, False)], [(1, 163, 88, 237, True), (1, 164, 51, 4, False)], [(1, 163, 88, 238, True), (1, 164, 51, 4, False)], [(1, 163, 88, 239, True), (1, 164, 51, 4, False)], [(1, 163, 88, 240, True), (1, 164, 51, 4, False)], [(1, 163, 88, 241, True), (1, 164, 51, 4, False)], [(1, 163, 88, 242, True), (1, 164, 51, 4, False)], [(1, 163, 88, 243, True), (1, 164, 51, 4, False)], [(1, 163, 88, 244, True), (1, 164, 51, 4, False)], [(1, 163, 88, 245, True), (1, 164, 51, 4, False)], [(1, 163, 88, 246, True), (1, 164, 51, 4, False)], [(1, 163, 88, 247, True), (1, 164, 51, 4, False)], [(1, 163, 88, 248, True), (1, 164, 51, 4, False)], [(1, 163, 88, 249, True), (1, 164, 51, 4, False)], [(1, 163, 88, 250, True), (1, 164, 51, 4, False)], [(1, 163, 88, 251, True), (1, 164, 51, 4, False)], [(1, 163, 88, 252, True), (1, 164, 51, 4, False)], [(1, 163, 88, 253, True), (1, 164, 51, 4, False)], [(1, 163, 88, 254, True), (1, 164, 51, 4, False)], [(1, 163, 88, 255, True), (1, 164, 51, 4, False)], [(1, 163, 88, 256, True), (1, 164, 51, 4, False)], [(1, 163, 88, 257, True), (1, 164, 51, 4, False)], [(1, 163, 88, 258, True), (1, 164, 51, 4, False)], [(1, 164, 51, 4, False)]]),
    ('c', [[(1, 162, 51, 1, False)], [(1, 159, 59, 2, False)], [(2,)]]),
    ('c', [[(1, 171, 67, 1, False)], [(1, 172, 85, 2, True)], [(1, 172, 85, 3, True)], [(1, 172, 85, 4, True), (2,)], [(1, 172, 85, 5, True), (2,)], [(1, 172, 85, 6, True), (2,)], [(1, 172, 85, 7, True), (2,)], [(1, 172, 85, 8, True), (2,)], [(1, 172, 85, 9, True), (2,)], [(1, 172, 85, 10, True), (2,)], [(1, 172, 85, 11, True), (2,)], [(1, 172, 85, 12, True), (2,)], [(1, 172, 85, 13, True), (2,)], [(1, 172, 85, 14, True), (2,)], [(1, 172, 85, 15, True), (2,)], [(1, 172, 85, 16, True), (2,)], [(1, 172, 85, 17, True), (2,)], [(1, 172, 85, 18, True), (2,)], [(1, 172, 85, 19, True), (2,)], [(1, 172, 85, 20, True), (2,)], [(1, 172, 85, 21, True), (2,)], [(1, 172, 85, 22, True), (2,)], [(1, 172, 85, 23, True), (2,)], [(1, 172, 85, 24, True), (2,)], [(1, 172, 85, 25, True), (2,)], [(1, 172, 85, 26, True), (2,)], [(1, 172, 85, 27, True), (2,)], [(1, 172, 85, 28, True), (2,)], [(1, 172, 85, 29, True), (2,)], [(1, 172, 85, 30, True), (2,)], [(1, 172, 85, 31, True), (2,)], [(1, 172, 85, 32, True), (2,)], [(1, 172, 85, 33, True), (2,)], [(1, 172, 85, 34, True), (2,)], [(1, 172, 85, 35, True), (2,)], [(1, 172, 85, 36, True), (2,)], [(1, 172, 85, 37, True), (2,)], [(1, 172, 85, 38, True), (2,)], [(1, 172, 85, 39, True), (2,)], [(1, 172, 85, 40, True), (2,)], [(1, 172, 85, 41, True), (2,)], [(1, 172, 85, 42, True), (2,)], [(1, 172, 85, 43, True), (2,)], [(1, 172, 85, 44, True), (2,)], [(1, 172, 85, 45, True), (2,)], [(1, 172, 85, 46, True), (2,)], [(1, 172, 85, 47, True), (2,)], [(1, 172, 85, 48, True), (2,)], [(1, 172, 85, 49, True), (2,)], [(1, 172, 85, 50, True), (2,)], [(1, 172, 85, 51, True), (2,)], [(1, 172, 85, 52, True), (2,)], [(1, 172, 85, 53, True), (2,)], [(1, 172, 85, 54, True), (2,)], [(1, 172, 85, 55, True), (2,)], [(1, 172, 85, 56, True), (2,)], [(1, 172, 85, 57, True), (2,)], [(1, 172, 85, 58, True), (2,)], [(1, 172, 85, 59, True), (2,)], [(1, 172, 85, 60, True), (2,)], [(1, 172, 85, 61, True), (2,)], [(1, 172, 85, 62, True), (2,)], [(1, 172, 85, 63, True), (2,)], [(1, 172, 85, 64, True), (2,)], [(1, 172, 85, 65, True), (2,)], [(1, 172, 85, 66, True), (2,)], [(1, 172, 85, 67, True), (2,)], [(1, 172, 85, 68, True), (2,)], [(1, 172, 85, 69, True), (2,)], [(1, 172, 85, 70, True), (2,)], [(1, 172, 85, 71, True), (2,)], [(1, 172, 85, 72, True), (2,)], [(1, 172, 85, 73, True), (2,)], [(1, 172, 85, 74, True), (2,)], [(1, 172, 85, 75, True), (2,)], [(1, 172, 85, 76, True), (2,)], [(1, 172, 85, 77, True), (2,)], [(1, 172, 85, 78, True), (2,)], [(1, 172, 85, 79, True), (2,)], [(1, 172, 85, 80, True), (2,)], [(1, 172, 85, 81, True), (2,)], [(1, 172, 85, 82, True), (2,)], [(1, 172, 85, 83, True), (2,)], [(1, 172, 85, 84, True), (2,)], [(1, 172, 85, 85, True), (2,)], [(1, 172, 85, 86, True), (2,)], [(1, 172, 85, 87, True), (2,)], [(1, 172, 85, 88, True), (2,)], [(1, 172, 85, 89, True), (2,)], [(1, 172, 85, 90, True), (2,)], [(1, 172, 85, 91, True), (2,)], [(1, 172, 85, 92, True), (2,)], [(1, 172, 85, 93, True), (2,)], [(1, 172, 85, 94, True), (2,)], [(1, 172, 85, 95, True), (2,)], [(1, 172, 85, 96, True), (2,)], [(1, 172, 85, 97, True), (2,)], [(1, 172, 85, 98, True), (2,)], [(1, 172, 85, 99, True), (2,)], [(1, 172, 85, 100, True), (2,)], [(1, 172, 85, 101, True), (2,)], [(1, 172, 85, 102, True), (2,)], [(1, 172, 85, 103, True), (2,)], [(1, 172, 85, 104, True), (2,)], [(1, 172, 85, 105, True), (2,)], [(1, 172, 85, 106, True), (2,)], [(1, 172, 85, 107, True), (2,)], [(1, 172, 85, 108, True), (2,)], [(1, 172, 85, 109, True), (2,)], [(1, 172, 85, 110, True), (2,)], [(1, 172, 85, 111, True), (2,)], [(1, 172, 85, 112, True), (2,)], [(1, 172, 85, 113, True), (2,)], [(1, 172, 85, 114, True), (2,)], [(1, 172, 85, 115, True), (2,)], [(1, 172, 85, 116, True), (2,)], [(1, 172, 85, 117, True), (2,)], [(1, 172, 85, 118, True), (2,)], [(1, 172, 85, 119, True), (2,)], [(1, 172, 85, 120, True), (2,)], [(1, 172, 85, 121, True), (2,)], [(1, 172, 85, 122, True), (2,)], [(1, 172, 85, 123, True), (2,)], [(1, 172, 85, 124, True), (2,)], [(1, 172, 85, 125, True), (2,)], [(1, 172, 85, 126, True), (2,)], [(1, 172, 85, 127, True), (2,)], [(1, 172, 85, 128, True), (2,)], [(1, 172, 85, 129, True), (2,)], [(1, 172, 85, 130, True), (2,)], [(1, 172, 85, 131, True), (2,)], [(1, 172, 85, 132, True), (2,)], [(1, 172, 85, 133, True), (2,)], [(1, 172, 85, 134, True), (2,)], [(1, 172, 85, 135, True), (2,)], [(1, 172, 85, 136, True), (2,)], [(1, 172, 85, 137, True), (2,)], [(1, 172, 85, 138, True), (2,)], [(1, 172, 85, 139, True), (2,)], [(1, 172, 85, 140, True), (2,)], [(1, 172, 85, 141, True), (2,)], [(1, 172, 85, 142, True), (2,)], [(1, 172, 85, 143, True), (2,)], [(1, 172, 85, 144, True), (2,)], [(1, 172, 85, 145, True), (2,)], [(1, 172, 85, 146, True), (2,)], [(1, 172, 85, 147, True), (2,)], [(1, 172, 85, 148, True), (2,)], [(1, 172, 85, 149, True), (2,)], [(1, 172, 85, 150, True), (2,)], [(1, 172, 85, 151, True), (2,)], [(1, 172, 85, 152, True), (2,)], [(1, 172, 85, 153, True), (2,)], [(1, 172, 85, 154, True), (2,)], [(1, 172, 85, 155, True), (2,)], [(1, 172, 85, 156, True), (2,)], [(1, 172, 85, 157, True), (2,)], [(1, 172, 85, 158, True), (2,)], [(1, 172, 85, 159, True), (2,)], [(1, 172, 85, 160, True), (2,)], [(1, 172, 85, 161, True), (2,)], [(1, 172, 85, 162, True), (2,)], [(1, 172, 85, 163, True), (2,)], [(1, 172, 85, 164, True), (2,)], [(1, 172, 85, 165, True), (2,)], [(1, 172, 85, 166, True), (2,)], [(1, 172, 85, 167, True), (2,)], [(1, 172, 85, 168, True), (2,)], [(1, 172, 85, 169, True), (2,)], [(1, 172, 85, 170, True), (2,)], [(1, 172, 85, 171, True), (2,)], [(1, 172, 85, 172, True), (2,)], [(1, 172, 85, 173, True), (2,)], [(1, 172, 85, 174, True), (2,)], [(1, 172, 85, 175, True), (2,)], [(1, 172, 85, 176, True), (2,)], [(1, 172, 85, 177, True), (2,)], [(1, 172, 85, 178, True), (2,)], [(1, 172, 85, 179, True), (2,)], [(1, 172, 85, 180, True), (2,)], [(1, 172, 85, 181, True), (2,)], [(1, 172, 85, 182, True), (2,)], [(1, 172, 85, 183, True), (2,)], [(1, 172, 85, 184, True), (2,)], [(1, 172, 85, 185, True), (2,)], [(1, 172, 85, 186, True), (2,)], [(1, 172, 85, 187, True), (2,)], [(1, 172, 85, 188, True), (2,)], [(1, 172, 85, 189, True), (2,)], [(1, 172, 85, 190, True), (2,)], [(1, 172, 85, 191, True), (2,)], [(1, 172, 85, 192, True), (2,)], [(1, 172, 85, 193, True), (2,)], [(1, 172, 85, 194, True), (2,)], [(1, 172, 85, 195, True), (2,)], [(1, 172, 85, 196, True), (2,)], [(1, 172, 85, 197, True), (2,)], [(1, 172, 85, 198, True), (2,)], [(1, 172, 85, 199, True), (2,)], [(1, 172, 85, 200, True), (2,)], [(1, 172, 85, 201, True), (2,)], [(1, 172, 85, 202, True), (2,)], [(1, 172, 85, 203, True), (2,)], [(1, 172, 85, 204, True), (2,)], [(1, 172, 85, 205, True), (2,)], [(1, 172, 85, 206, True), (2,)], [(1, 172, 85, 207, True), (2,)], [(1, 172, 85, 208, True), (2,)], [(1, 172, 85, 209, True), (2,)], [(1, 172, 85, 210, True), (2,)], [(1, 172, 85, 211, True), (2,)], [(1, 172, 85, 212, True), (2,)], [(1, 172, 85, 213, True), (2,)], [(1, 172, 85, 214, True), (2,)], [(1, 172, 85, 215, True), (2,)], [(1, 172, 85, 216, True), (2,)], [(1, 172, 85, 217, True), (2,)], [(1, 172, 85, 218, True), (2,)], [(1, 172, 85, 219, True), (2,)], [(1, 172, 85, 220, True), (2,)], [(1, 172, 85, 221, True), (2,)], [(1, 172, 85, 222, True), (2,)], [(1, 172, 85, 223, True), (2,)], [(1, 172, 85, 224, True), (2,)], [(1, 172, 85, 225, True), (2,)], [(1, 172, 85, 226, True), (2,)], [(1, 172, 85, 227, True), (2,)], [(1, 172, 85, 228, True), (2,)], [(1, 172, 85, 229, True), (2,)], [(1, 172, 85, 230, True), (2,)], [(1, 172, 85, 231, True), (2,)], [(1, 172, 85, 232, True), (2,)], [(1, 172, 85, 233, True), (2,)], [(1, 172, 85, 234, True), (2,)], [(1, 172, 85, 235, True), (2,)], [(1, 172, 85, 236, True), (2,)], [(1, 172, 85, 237, True), (2,)], [(1, 172, 85, 238, True), (2,)], [(1, 172, 85, 239, True), (2,)], [(1, 172, 85, 240, True), (2,)], [(1, 172, 85, 241, True), (2,)], [(1, 172, 85, 242, True), (2,)], [(1, 172, 85, 243, True), (2,)], [(1, 172, 85, 244, True), (2,)], [(1, 172, 85, 245, True), (2,)], [(1, 172, 85, 246, True), (2,)], [(1, 172, 85, 247, True), (2,)], [(1, 172, 85, 248, True), (2,)], [(1, 172, 85, 249, True), (2,)], [(1, 172, 85, 250, True), (2,)], [(1, 172, 85, 251, True), (2,)], [(1, 172, 85, 252, True), (2,)], [(1, 172, 85, 253, True), (2,)], [(1, 172, 85, 254, True), (2,)], [(1, 172, 85, 255, True), (2,)], [(1, 172, 85, 256, True), (2,)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 64, 41, 2, False)], [(1, 181, 77, 3, False)], [(1, 182, 79, 4, False)], [(1, 183, 81, 5, False)], [(1, 178, 51, 6, False)], [(1, 62, 39, 7, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 9, True), (1, 179, 83, 8, False), (2,)], [(2,)], [(1, 62, 39, 10, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 11, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 12, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 13, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 14, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 15, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 16, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 17, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 18, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 19, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 20, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 21, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 22, True), (1, 179, 83, 8, False), (2,)], [(1, 62, 39, 23, True), (1, 179, 83, 8, False), (2,)], [(1, 179, 83, 8, False), (2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 59, 34, 2, False)], [(1, 185, 59, 3, False), (1, 61, 38, 4, False)], [(1, 61, 38, 4, False)], [(1, 62, 39, 5, True), (2,)], [(1, 62, 39, 6, True), (2,)], [(1, 62, 39, 7, True), (2,)], [(1, 62, 39, 8, True), (2,)], [(1, 62, 39, 9, True), (2,)], [(1, 62, 39, 10, True), (2,)], [(1, 62, 39, 11, True), (2,)], [(1, 62, 39, 12, True), (2,)], [(1, 62, 39, 13, True), (2,)], [(1, 62, 39, 14, True), (2,)], [(1, 62, 39, 15, True), (2,)], [(1, 62, 39, 16, True), (2,)], [(1, 62, 39, 17, True), (2,)], [(1, 62, 39, 18, True), (2,)], [(1, 62, 39, 19, True), (2,)], [(1, 62, 39, 20, True), (2,)], [(2,)]]),
    ('c', [[(1, 58, 31, 1, False)], [(1, 64, 41, 2, False)], [(1, 65, 34, 3, False)], [(1, 185, 59, 4, False), (1, 192, 93, 5, False), (1, 62, 39, 6, True), (2,)], [(1, 192, 93, 5, False), (1, 62, 39, 6, True), (2,)], [(1, 62, 39, 6, True), (2,)], [(1, 62, 39, 7, True), (2,)], [(1, 62, 39, 8, True), (2,)], [(1, 62, 39, 9, True), (2,)], [(1, 62, 39, 10, True), (2,)], [(1, 62, 39, 11, True), (2,)], [(1, 62, 39, 12, True), (2,)], [(1, 62, 39, 13, True), (2,)], [(1, 62, 39, 14, True), (2,)], [(1, 62, 39, 15, True), (2,)], [(1, 62, 39, 16, True), (2,)], [(1, 62, 39, 17, True), (2,)], [(1, 62, 39, 18, True), (2,)], [(1, 62, 39, 19, True), (2,)], [(1, 62, 39, 20, True), (2,)], [(1, 62, 39, 21, True), (2,)], [(2,)]]),
    ('c', [[(1, 191, 94, 1, True)], [(1, 191, 94, 2, True), (2,)], [(1, 191, 94, 3, True), (2,)], [(1, 191, 94, 4, True), (2,)], [(1, 191, 94, 5, True), (2,)], [(1, 191, 94, 6, True), (2,)], [(1, 191, 94, 7, True), (2,)], [(1, 191, 94, 8, True), (2,)], [(2,)]]),
    ('c', [[(1, 187, 95, 1, False), (1, 188, 96, 2, False), (1, 189, 97, 3, False), (1, 190, 51, 4, False), (2,)], [(1, 188, 96, 2, False), (1, 189, 97, 3, False), (1, 190, 51, 4, False), (2,)], [(1, 189, 97, 3, False), (1, 190, 51, 4, False), (2,)], [(1, 190, 51, 4, False), (2,)], [(2,)]]),
    ('s', [[(3, 26, 1)], [(2,)]]),
    ('s', [[(3, 27, 1)], [(2,)]]),
    ('s', [[(3, 28, 1)], [(2,)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T5 = ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction')
M5 = {'Finished': 0, 'Ongoing': 1, 'Ongoing_WaitingForCustomerInteraction': 2}
T8 = ('EVResultUnknown', 'EVResultSuccess', 'EVResultFailed')
M8 = {'EVResultUnknown': 0, 'EVResultSuccess': 1, 'EVResultFailed': 2}
T10 = ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter')
M10 = {'OK': 0, 'OK_CertificateExpiresSoon': 1, 'OK_NewSessionEstablished': 2, 'OK_OldSessionJoined': 3, 'OK_PowerToleranceConfirmed': 4, 'WARNING_AuthorizationSelectionInvalid': 5, 'WARNING_CertificateExpired': 6, 'WARNING_CertificateNotYetValid': 7, 'WARNING_CertificateRevoked': 8, 'WARNING_CertificateValidationError': 9, 'WARNING_ChallengeInvalid': 10, 'WARNING_EIMAuthorizationFailure': 11, 'WARNING_eMSPUnknown': 12, 'WARNING_EVPowerProfileViolation': 13, 'WARNING_GeneralPnCAuthorizationError': 14, 'WARNING_NoCertificateAvailable': 15, 'WARNING_NoContractMatchingPCIDFound': 16, 'WARNING_PowerToleranceNotConfirmed': 17, 'WARNING_ScheduleRenegotiationFailed': 18, 'WARNING_StandbyNotAllowed': 19, 'WARNING_WPT': 20, 'FAILED': 21, 'FAILED_AssociationError': 22, 'FAILED_ContactorError': 23, 'FAILED_EVPowerProfileInvalid': 24, 'FAILED_EVPowerProfileViolation': 25, 'FAILED_MeteringSignatureNotValid': 26, 'FAILED_NoEnergyTransferServiceSelected': 27, 'FAILED_NoServiceRenegotiationSupported': 28, 'FAILED_PauseNotAllowed': 29, 'FAILED_PowerDeliveryNotApplied': 30, 'FAILED_PowerToleranceNotConfirmed': 31, 'FAILED_ScheduleRenegotiation': 32, 'FAILED_ScheduleSelectionInvalid': 33, 'FAILED_SequenceError': 34, 'FAILED_ServiceIDInvalid': 35, 'FAILED_ServiceSelectionInvalid': 36, 'FAILED_SignatureError': 37, 'FAILED_UnknownSession': 38, 'FAILED_WrongChargeParameter': 39}
T14 = ('EVPCNoIssue', 'EVPCTempOverheatDetected', 'EVPCPowerTransferAnomalyDetected', 'EVPCAnomalyDetected')
M14 = {'EVPCNoIssue': 0, 'EVPCTempOverheatDetected': 1, 'EVPCPowerTransferAnomalyDetected': 2, 'EVPCAnomalyDetected': 3}
T16 = ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation')
M16 = {'Pause': 0, 'ExitStandby': 1, 'Terminate': 2, 'ScheduleRenegotiation': 3, 'ServiceRenegotiation': 4, 'MeteringConfirmation': 5}
T20 = ('SPCNoIssue', 'SPCFODDetected', 'SPCLOPDetected', 'SPCTempOverheatDetected', 'SPCPowerTransferAnomalyDetected', 'SPCAnomalyDetected')
M20 = {'SPCNoIssue': 0, 'SPCFODDetected': 1, 'SPCLOPDetected': 2, 'SPCTempOverheatDetected': 3, 'SPCPowerTransferAnomalyDetected': 4, 'SPCAnomalyDetected': 5}
T21 = ('MF-WPT1', 'MF-WPT2', 'MF-WPT3', 'MF-WPT4')
M21 = {'MF-WPT1': 0, 'MF-WPT2': 1, 'MF-WPT3': 2, 'MF-WPT4': 3}
T23 = ('Manual', 'LF_TxEV', 'LF_TxPrimaryDevice', 'LPE', 'Proprietary')
M23 = {'Manual': 0, 'LF_TxEV': 1, 'LF_TxPrimaryDevice': 2, 'LPE': 3, 'Proprietary': 4}
T24 = ('External confirmation', 'LPE', 'LF_TxEV', 'LF_TxPrimaryDevice', 'Optical', 'Proprietary')
M24 = {'External confirmation': 0, 'LPE': 1, 'LF_TxEV': 2, 'LF_TxPrimaryDevice': 3, 'Optical': 4, 'Proprietary': 5}
T25 = ('PowerCheck', 'LPE', 'Proprietary')
M25 = {'PowerCheck': 0, 'LPE': 1, 'Proprietary': 2}


def d0(r, V, N, p, q):
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


def e0(v, a):
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


def d1(r, V, N, p, q):
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


def e1(v, a):
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


def d3(r, V, N, p, q):
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


def e3(v, a):
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


def d4(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e4(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d6(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e6(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d8(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e8(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


def d10(r, V, N, p, q):
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


def e10(v, a):
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


def d11(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 19)
                o['Type'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 20)
                o['URI'] = x
                s = 2
            elif c == 2:
                x, p = d12(r, V, N, p, 21)
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
                x, p = str_r(r, V, N, p, 20)
                o['URI'] = x
                s = 2
            elif c == 1:
                x, p = d12(r, V, N, p, 21)
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
                x, p = d12(r, V, N, p, 21)
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


def e11(v, a):
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
                a = e12(x, a)
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
                a = e12(x, a)
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
                a = e12(x, a)
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


def d12(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 13, 18, p)
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
                x, p = interp_d(r, 13, 18, p)
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
                x, p = interp_d(r, 13, 18, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e12(v, a):
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
                a = interp_e(G, 13, 18, x, a)
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
                a = interp_e(G, 13, 18, x, a)
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
                a = interp_e(G, 13, 18, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d15(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 22)
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


def e15(v, a):
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


def d16(r, V, N, p, q):
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


def e16(v, a):
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


def d17(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e17(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d20(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 32)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d21(r, V, N, p, 41)
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
                x, p = d21(r, V, N, p, 41)
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
                x, p = d21(r, V, N, p, 41)
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
                x, p = d21(r, V, N, p, 41)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e20(v, a):
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
                a = e21(x, a)
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
                a = e21(x, a)
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
                a = e21(x, a)
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
                a = e21(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d21(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 32)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 19)
                o['Type'] = x
                s = 2
            elif c == 2:
                x, p = str_r(r, V, N, p, 20)
                o['URI'] = x
                s = 3
            elif c == 3:
                x, p = d12(r, V, N, p, 21)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 5, 12, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 19)
                o['Type'] = x
                s = 2
            elif c == 1:
                x, p = str_r(r, V, N, p, 20)
                o['URI'] = x
                s = 3
            elif c == 2:
                x, p = d12(r, V, N, p, 21)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 5, 12, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 20)
                o['URI'] = x
                s = 3
            elif c == 1:
                x, p = d12(r, V, N, p, 21)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 5, 12, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d12(r, V, N, p, 21)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 5, 12, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 5, 12, p)
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


def e21(v, a):
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
                a = e12(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 5, 12, x, a)
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
                a = e12(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 5, 12, x, a)
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
                a = e12(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 5, 12, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e12(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 5, 12, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 5, 12, x, a)
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


def d23(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 32)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d24(r, V, N, p, 48)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d24(r, V, N, p, 48)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d27(r, V, N, p, 49)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 7, 40, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 22, 45, p)
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
                x, p = interp_d(r, 22, 45, p)
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
                x, p = interp_d(r, 22, 45, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e23(v, a):
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
                a = e24(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e24(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e27(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 7, 40, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 22, 45, x, a)
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
                a = interp_e(G, 22, 45, x, a)
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
                a = interp_e(G, 22, 45, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d24(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 32)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 2, 3, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 2, 3, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 25, 47, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d21(r, V, N, p, 41)
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
                x, p = d21(r, V, N, p, 41)
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
                x, p = d21(r, V, N, p, 41)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e24(v, a):
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
                a = interp_e(G, 2, 3, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 2, 3, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 25, 47, x, a)
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
                a = e21(x, a)
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
                a = e21(x, a)
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
                a = e21(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d26(r, V, N, p, q):
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


def e26(v, a):
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


def d27(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 32)
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


def d28(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 32)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 29, 52, p)
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
                x, p = interp_d(r, 29, 52, p)
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
                x, p = interp_d(r, 29, 52, p)
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
                x, p = interp_d(r, 29, 52, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e28(v, a):
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
                a = interp_e(G, 29, 52, x, a)
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
                a = interp_e(G, 29, 52, x, a)
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
                a = interp_e(G, 29, 52, x, a)
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
                a = interp_e(G, 29, 52, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d30(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T5[x >> 1]
                o['EVProcessing'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d35(r, V, N, p, 60)
                o['TargetCoilCurrent'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T8[x >> 1]
                o['EVResultCode'] = x
                s = 4
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
                x = T8[x >> 1]
                o['EVResultCode'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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


def e30(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'TargetCoilCurrent' in v:
                x = v['TargetCoilCurrent']
                c += 1
                a = (a << 2) | 0
                a = e35(x, a)
                s = 3
            elif 'EVResultCode' in v:
                x = v['EVResultCode']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 2) | M8[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVResultCode' in v:
                x = v['EVResultCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M8[x]
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
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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


def d31(r, V, N, p, q):
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
                x, p = d23(r, V, N, p, 50)
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


def e31(v, a):
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
                a = e23(x, a)
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


def d32(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e32(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


def d33(r, V, N, p, q):
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


def e33(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 18446744073709551615:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d34(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T5[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e34(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M5[x]
    return a << 1


def d35(r, V, N, p, q):
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


def e35(v, a):
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


def d36(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += -128
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e36(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -128 <= x <= 127:
        raise Bad
    a = (a << 8) | (x - -128)
    return a << 1


def d37(r, V, N, p, q):
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


def e37(v, a):
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


def d38(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T8[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e38(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M8[x]
    return a << 1


def d39(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e39(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 256)
    return a << 1


def d40(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T10[x >> 1]
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
                x = T5[x >> 1]
                o['EVSEProcessing'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d35(r, V, N, p, 66)
                o['PowerTransmitted'] = x
                s = 4
            elif c == 1:
                x, p = d35(r, V, N, p, 67)
                o['SupplyDeviceCurrent'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 6
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d35(r, V, N, p, 67)
                o['SupplyDeviceCurrent'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
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
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M10[x]
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
                a = (a << 2) | M5[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'PowerTransmitted' in v:
                x = v['PowerTransmitted']
                c += 1
                a = (a << 3) | 0
                a = e35(x, a)
                s = 4
            elif 'SupplyDeviceCurrent' in v:
                x = v['SupplyDeviceCurrent']
                c += 1
                a = (a << 3) | 1
                a = e35(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 4:
            if 'SupplyDeviceCurrent' in v:
                x = v['SupplyDeviceCurrent']
                c += 1
                a = (a << 2) | 0
                a = e35(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 21:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d41(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 6)) & 63
    p += 6
    x = T10[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e41(v, a):
    x = v
    a <<= 1
    a = (a << 6) | M10[x]
    return a << 1


def d42(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d43(r, V, N, p, 83)
                o['DisplayParameters'] = x
                s = 2
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['MeterInfoRequested'] = x
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
                o['MeterInfoRequested'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 85)
                o['EVPCPowerRequest'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 86)
                o['EVPCPowerOutput'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T14[x >> 1]
                o['EVPCChargeDiagnostics'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d35(r, V, N, p, 88)
                o['EVPCOperatingFrequency'] = x
                s = 7
            elif c == 1:
                x, p = d48(r, V, N, p, 89)
                o['EVPCPowerControlParameter'] = x
                s = 8
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 9
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d48(r, V, N, p, 89)
                o['EVPCPowerControlParameter'] = x
                s = 8
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 9
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 23
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 23:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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


def e42(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('ManufacturerSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DisplayParameters' in v:
                x = v['DisplayParameters']
                c += 1
                a = (a << 2) | 0
                a = e43(x, a)
                s = 2
            elif 'MeterInfoRequested' in v:
                x = v['MeterInfoRequested']
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
            if 'MeterInfoRequested' in v:
                x = v['MeterInfoRequested']
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
            if 'EVPCPowerRequest' in v:
                x = v['EVPCPowerRequest']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVPCPowerOutput' in v:
                x = v['EVPCPowerOutput']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVPCChargeDiagnostics' in v:
                x = v['EVPCChargeDiagnostics']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M14[x]
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVPCOperatingFrequency' in v:
                x = v['EVPCOperatingFrequency']
                c += 1
                a = (a << 3) | 0
                a = e35(x, a)
                s = 7
            elif 'EVPCPowerControlParameter' in v:
                x = v['EVPCPowerControlParameter']
                c += 1
                a = (a << 3) | 1
                a = e48(x, a)
                s = 8
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 7:
            if 'EVPCPowerControlParameter' in v:
                x = v['EVPCPowerControlParameter']
                c += 1
                a = (a << 2) | 0
                a = e48(x, a)
                s = 8
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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


def d43(r, V, N, p, q):
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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
                x, p = d35(r, V, N, p, 77)
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


def e43(v, a):
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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
                a = e35(x, a)
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


def d44(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e44(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d45(r, V, N, p, q):
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


def e45(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d46(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e46(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
    return a << 1


def d47(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T14[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e47(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M14[x]
    return a << 1


def d48(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 79)
                o['EVPCCoilCurrentRequest'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 80)
                o['EVPCCoilCurrentInformation'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 81)
                o['EVPCCurrentOutputInformation'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 82)
                o['EVPCVoltageOutputInformation'] = x
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


def e48(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVPCCoilCurrentRequest' in v:
                x = v['EVPCCoilCurrentRequest']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVPCCoilCurrentInformation' in v:
                x = v['EVPCCoilCurrentInformation']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVPCCurrentOutputInformation' in v:
                x = v['EVPCCurrentOutputInformation']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVPCVoltageOutputInformation' in v:
                x = v['EVPCVoltageOutputInformation']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
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
                x, p = d31(r, V, N, p, 58)
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
                x = T10[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d50(r, V, N, p, 112)
                o['EVSEStatus'] = x
                s = 3
            elif c == 1:
                x, p = d53(r, V, N, p, 113)
                o['MeterInfo'] = x
                s = 4
            elif c == 2:
                x, p = d56(r, V, N, p, 114)
                o['Receipt'] = x
                s = 5
            elif c == 3:
                x, p = d35(r, V, N, p, 85)
                o['EVPCPowerRequest'] = x
                s = 6
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d53(r, V, N, p, 113)
                o['MeterInfo'] = x
                s = 4
            elif c == 1:
                x, p = d56(r, V, N, p, 114)
                o['Receipt'] = x
                s = 5
            elif c == 2:
                x, p = d35(r, V, N, p, 85)
                o['EVPCPowerRequest'] = x
                s = 6
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d56(r, V, N, p, 114)
                o['Receipt'] = x
                s = 5
            elif c == 1:
                x, p = d35(r, V, N, p, 85)
                o['EVPCPowerRequest'] = x
                s = 6
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 85)
                o['EVPCPowerRequest'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d35(r, V, N, p, 115)
                o['SDPowerInput'] = x
                s = 7
            elif c == 1:
                x, p = d35(r, V, N, p, 116)
                o['SPCMaxOutputPowerLimit'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 116)
                o['SPCMaxOutputPowerLimit'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 117)
                o['SPCMinOutputPowerLimit'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T20[x >> 1]
                o['SPCChargeDiagnostics'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d35(r, V, N, p, 119)
                o['SPCOperatingFrequency'] = x
                s = 11
            elif c == 1:
                x, p = d61(r, V, N, p, 120)
                o['SPCPowerControlParameter'] = x
                s = 12
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 13
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d61(r, V, N, p, 120)
                o['SPCPowerControlParameter'] = x
                s = 12
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 13
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 23
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 23:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 24
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 24:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 25
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 25:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 26
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 26:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 27
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 27:
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
                if 'ManufacturerSpecificDataContainer' in o:
                    o['ManufacturerSpecificDataContainer'].append(x)
                else:
                    o['ManufacturerSpecificDataContainer'] = [x]
                s = 28
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 28:
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
    l0 = v.get('ManufacturerSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEStatus' in v:
                x = v['EVSEStatus']
                c += 1
                a = (a << 3) | 0
                a = e50(x, a)
                s = 3
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 3) | 1
                a = e53(x, a)
                s = 4
            elif 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 3) | 2
                a = e56(x, a)
                s = 5
            elif 'EVPCPowerRequest' in v:
                x = v['EVPCPowerRequest']
                c += 1
                a = (a << 3) | 3
                a = e35(x, a)
                s = 6
            else:
                raise Bad
        if s == 3:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 0
                a = e53(x, a)
                s = 4
            elif 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 2) | 1
                a = e56(x, a)
                s = 5
            elif 'EVPCPowerRequest' in v:
                x = v['EVPCPowerRequest']
                c += 1
                a = (a << 2) | 2
                a = e35(x, a)
                s = 6
            else:
                raise Bad
        if s == 4:
            if 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 2) | 0
                a = e56(x, a)
                s = 5
            elif 'EVPCPowerRequest' in v:
                x = v['EVPCPowerRequest']
                c += 1
                a = (a << 2) | 1
                a = e35(x, a)
                s = 6
            else:
                raise Bad
        if s == 5:
            if 'EVPCPowerRequest' in v:
                x = v['EVPCPowerRequest']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'SDPowerInput' in v:
                x = v['SDPowerInput']
                c += 1
                a = (a << 2) | 0
                a = e35(x, a)
                s = 7
            elif 'SPCMaxOutputPowerLimit' in v:
                x = v['SPCMaxOutputPowerLimit']
                c += 1
                a = (a << 2) | 1
                a = e35(x, a)
                s = 8
            else:
                raise Bad
        if s == 7:
            if 'SPCMaxOutputPowerLimit' in v:
                x = v['SPCMaxOutputPowerLimit']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'SPCMinOutputPowerLimit' in v:
                x = v['SPCMinOutputPowerLimit']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if 'SPCChargeDiagnostics' in v:
                x = v['SPCChargeDiagnostics']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 3) | M20[x]
                a <<= 1
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'SPCOperatingFrequency' in v:
                x = v['SPCOperatingFrequency']
                c += 1
                a = (a << 3) | 0
                a = e35(x, a)
                s = 11
            elif 'SPCPowerControlParameter' in v:
                x = v['SPCPowerControlParameter']
                c += 1
                a = (a << 3) | 1
                a = e61(x, a)
                s = 12
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 11:
            if 'SPCPowerControlParameter' in v:
                x = v['SPCPowerControlParameter']
                c += 1
                a = (a << 2) | 0
                a = e61(x, a)
                s = 12
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 28
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 28:
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
                x = T16[x >> 1]
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


def e50(v, a):
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
                a = (a << 3) | M16[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
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
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e51(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d52(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T16[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e52(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M16[x]
    return a << 1


def d53(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 94)
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


def e53(v, a):
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


def d54(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e54(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d55(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e55(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 64)
    return a << 1


def d56(r, V, N, p, q):
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
                x, p = d57(r, V, N, p, 106)
                o['EnergyCosts'] = x
                s = 2
            elif c == 1:
                x, p = d57(r, V, N, p, 107)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 2:
                x, p = d57(r, V, N, p, 108)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 3:
                x, p = d57(r, V, N, p, 109)
                o['OverstayCosts'] = x
                s = 5
            elif c == 4:
                x, p = d58(r, V, N, p, 110)
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
                x, p = d57(r, V, N, p, 107)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 1:
                x, p = d57(r, V, N, p, 108)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 2:
                x, p = d57(r, V, N, p, 109)
                o['OverstayCosts'] = x
                s = 5
            elif c == 3:
                x, p = d58(r, V, N, p, 110)
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
                x, p = d57(r, V, N, p, 108)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 1:
                x, p = d57(r, V, N, p, 109)
                o['OverstayCosts'] = x
                s = 5
            elif c == 2:
                x, p = d58(r, V, N, p, 110)
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
                x, p = d57(r, V, N, p, 109)
                o['OverstayCosts'] = x
                s = 5
            elif c == 1:
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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
                x, p = d58(r, V, N, p, 110)
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


def e56(v, a):
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
                a = e57(x, a)
                s = 2
            elif 'OccupancyCosts' in v:
                x = v['OccupancyCosts']
                c += 1
                a = (a << 3) | 1
                a = e57(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 2
                a = e57(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 3
                a = e57(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 4
                a = e58(x, a)
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
                a = e57(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 1
                a = e57(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 2
                a = e57(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 3
                a = e58(x, a)
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
                a = e57(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 1
                a = e57(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a = e58(x, a)
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
                a = e57(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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
                a = e58(x, a)
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


def d57(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 102)
                o['Amount'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 103)
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


def e57(v, a):
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
                a = e35(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'CostPerUnit' in v:
                x = v['CostPerUnit']
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


def d58(r, V, N, p, q):
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
                x, p = d35(r, V, N, p, 102)
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


def e58(v, a):
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
                a = e35(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d59(r, V, N, p, q):
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


def e59(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 1 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d60(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T20[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e60(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M20[x]
    return a << 1


def d61(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 111)
                o['SPCPrimaryDeviceCoilCurrentInformation'] = x
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


def e61(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SPCPrimaryDeviceCoilCurrentInformation' in v:
                x = v['SPCPrimaryDeviceCoilCurrentInformation']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d62(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 122)
                o['EVPCMaxReceivablePower'] = x
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
                o['SDMaxGroundClearence'] = x
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
                o['SDMinGroundClearence'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 125)
                o['EVPCNaturalFrequency'] = x
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
                o['EVPCDeviceLocalControl'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
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
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVPCMaxReceivablePower' in v:
                x = v['EVPCMaxReceivablePower']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SDMaxGroundClearence' in v:
                x = v['SDMaxGroundClearence']
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
            if 'SDMinGroundClearence' in v:
                x = v['SDMinGroundClearence']
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
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVPCNaturalFrequency' in v:
                x = v['EVPCNaturalFrequency']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVPCDeviceLocalControl' in v:
                x = v['EVPCDeviceLocalControl']
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
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 22
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 22:
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
                x, p = d31(r, V, N, p, 58)
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
                x = T10[x >> 1]
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
                x = T21[x >> 1]
                o['PDInputPowerClass'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 129)
                o['SDMinOutputPower'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 130)
                o['SDMaxOutputPower'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SDMaxGroundClearanceSupport'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SDMinGroundClearanceSupport'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 133)
                o['PDMinCoilCurrent'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 134)
                o['PDMaxCoilCurrent'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 22
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 22:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 23
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 23:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 24
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 24:
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
                if 'SDManufacturerSpecificDataContainer' in o:
                    o['SDManufacturerSpecificDataContainer'].append(x)
                else:
                    o['SDManufacturerSpecificDataContainer'] = [x]
                s = 25
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 25:
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
    l0 = v.get('SDManufacturerSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'PDInputPowerClass' in v:
                x = v['PDInputPowerClass']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M21[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'SDMinOutputPower' in v:
                x = v['SDMinOutputPower']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'SDMaxOutputPower' in v:
                x = v['SDMaxOutputPower']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'SDMaxGroundClearanceSupport' in v:
                x = v['SDMaxGroundClearanceSupport']
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
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'SDMinGroundClearanceSupport' in v:
                x = v['SDMinGroundClearanceSupport']
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
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'PDMinCoilCurrent' in v:
                x = v['PDMinCoilCurrent']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'PDMaxCoilCurrent' in v:
                x = v['PDMaxCoilCurrent']
                c += 1
                a = (a << 1) | 0
                a = e35(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 25
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 25:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d64(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T21[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e64(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M21[x]
    return a << 1


def d65(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T5[x >> 1]
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
                x = T8[x >> 1]
                o['EVResultCode'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 4
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 6
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 7
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 8
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 9
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 10
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 11
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 12
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 13
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 14
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 15
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e65(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVResultCode' in v:
                x = v['EVResultCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M8[x]
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
                a = b64_w(a, x, 256)
                a <<= 1
                s = 4
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 6
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 7
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 8
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 9
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 10
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 11
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 12
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 13
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 14
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 15
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 16
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 17
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 18
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 19
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 20
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 20:
            if 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 0
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d66(r, V, N, p, q):
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
                x >>= 1
                o['NumPackages'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d68(r, V, N, p, 149)
                o['WPT_LF_DataPackage'] = x
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


def e66(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'NumPackages' in v:
                x = v['NumPackages']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'WPT_LF_DataPackage' in v:
                x = v['WPT_LF_DataPackage']
                c += 1
                a = (a << 1) | 0
                a = e68(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d67(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e67(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 255:
        raise Bad
    a = (a << 8) | x
    return a << 1


def d68(r, V, N, p, q):
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
                x >>= 1
                o['PackageIndex'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d69(r, V, N, p, 146)
                o['LF_TxData'] = x
                s = 2
            elif c == 1:
                x, p = d71(r, V, N, p, 147)
                o['LF_RxData'] = x
                s = 3
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


def e68(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'PackageIndex' in v:
                x = v['PackageIndex']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'LF_TxData' in v:
                x = v['LF_TxData']
                c += 1
                a = (a << 2) | 0
                a = e69(x, a)
                s = 2
            elif 'LF_RxData' in v:
                x = v['LF_RxData']
                c += 1
                a = (a << 2) | 1
                a = e71(x, a)
                s = 3
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


def d69(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d70(r, V, N, p, 139)
                o['WPT_LF_TxDataList'] = x
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


def e69(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'WPT_LF_TxDataList' in v:
                x = v['WPT_LF_TxDataList']
                c += 1
                a = (a << 1) | 0
                a = e70(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
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
                o['TxIdentifier'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 138)
                o['EIRP'] = x
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
            if 'TxIdentifier' in v:
                x = v['TxIdentifier']
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
            if 'EIRP' in v:
                x = v['EIRP']
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


def d71(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d72(r, V, N, p, 144)
                o['WPT_LF_RxDataList'] = x
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


def e71(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'WPT_LF_RxDataList' in v:
                x = v['WPT_LF_RxDataList']
                c += 1
                a = (a << 1) | 0
                a = e72(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d72(r, V, N, p, q):
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
                o['RxIdentifier'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d73(r, V, N, p, 143)
                o['RSSIData'] = x
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


def e72(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'RxIdentifier' in v:
                x = v['RxIdentifier']
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
            if 'RSSIData' in v:
                x = v['RSSIData']
                c += 1
                a = (a << 1) | 0
                a = e73(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d73(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d74(r, V, N, p, 141)
                o['RSSIDataList'] = x
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


def e73(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'RSSIDataList' in v:
                x = v['RSSIDataList']
                c += 1
                a = (a << 1) | 0
                a = e74(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d74(r, V, N, p, q):
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
                o['TxIdentifier'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 140)
                o['RSSI'] = x
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


def e74(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TxIdentifier' in v:
                x = v['TxIdentifier']
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
            if 'RSSI' in v:
                x = v['RSSI']
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


def d75(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T10[x >> 1]
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
                x = T5[x >> 1]
                o['EVSEProcessing'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 4
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 6
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 7
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 8
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 9
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 10
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 11
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 12
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 13
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 14
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 15
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d66(r, V, N, p, 150)
                o['WPT_LF_DataPackageList'] = x
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e75(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M10[x]
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
                a = (a << 2) | M5[x]
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
                a = b64_w(a, x, 256)
                a <<= 1
                s = 4
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 6
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 7
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 8
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 9
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 10
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 11
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 12
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 13
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 14
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 15
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 16
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 17
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 18
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 19
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 20
            elif 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 1
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 20:
            if 'WPT_LF_DataPackageList' in v:
                x = v['WPT_LF_DataPackageList']
                c += 1
                a = (a << 2) | 0
                a = e66(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d76(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T5[x >> 1]
                o['EVProcessing'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d77(r, V, N, p, 175)
                o['EVDeviceFinePositioningMethodList'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d79(r, V, N, p, 176)
                o['EVDevicePairingMethodList'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d81(r, V, N, p, 177)
                o['EVDeviceAlignmentCheckMethodList'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['NaturalOffset'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 7
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 9
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
        if s == 9:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 10
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 11
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 12
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 13
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 14
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 15
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 21:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 22
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 22:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 23
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 23:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad


def e76(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVDeviceFinePositioningMethodList' in v:
                x = v['EVDeviceFinePositioningMethodList']
                c += 1
                a = (a << 1) | 0
                a = e77(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVDevicePairingMethodList' in v:
                x = v['EVDevicePairingMethodList']
                c += 1
                a = (a << 1) | 0
                a = e79(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVDeviceAlignmentCheckMethodList' in v:
                x = v['EVDeviceAlignmentCheckMethodList']
                c += 1
                a = (a << 1) | 0
                a = e81(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'NaturalOffset' in v:
                x = v['NaturalOffset']
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
                s = 6
            else:
                raise Bad
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 7
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 9
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 10
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 11
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 12
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 13
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 14
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 15
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 16
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 17
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 18
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 19
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 20
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 20:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 21
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 21:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 22
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 22:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 23
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 23:
            if 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 0
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d77(r, V, N, p, q):
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
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
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
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
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
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
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
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
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
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
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
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T23[x >> 1]
                if 'WPT_FinePositioningMethod' in o:
                    o['WPT_FinePositioningMethod'].append(x)
                else:
                    o['WPT_FinePositioningMethod'] = [x]
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


def e77(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('WPT_FinePositioningMethod')
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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
                a = (a << 3) | M23[x]
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


def d78(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T23[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e78(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M23[x]
    return a << 1


def d79(r, V, N, p, q):
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
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
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
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
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
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
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
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
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
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
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
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T24[x >> 1]
                if 'WPT_PairingMethod' in o:
                    o['WPT_PairingMethod'].append(x)
                else:
                    o['WPT_PairingMethod'] = [x]
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


def e79(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('WPT_PairingMethod')
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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
                a = (a << 3) | M24[x]
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


def d80(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T24[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e80(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M24[x]
    return a << 1


def d81(r, V, N, p, q):
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
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 1
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
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 2
            elif c == 1:
                return o, p
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
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T25[x >> 1]
                if 'WPT_AlignmentCheckMethod' in o:
                    o['WPT_AlignmentCheckMethod'].append(x)
                else:
                    o['WPT_AlignmentCheckMethod'] = [x]
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


def e81(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('WPT_AlignmentCheckMethod')
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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
                a = (a << 2) | M25[x]
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


def d82(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T25[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e82(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M25[x]
    return a << 1


def d83(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 84, 173, p)
                o['LF_TransmitterSetupData'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 89, 174, p)
                o['LF_ReceiverSetupData'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
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


def e83(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'LF_TransmitterSetupData' in v:
                x = v['LF_TransmitterSetupData']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 84, 173, x, a)
                s = 1
            elif 'LF_ReceiverSetupData' in v:
                x = v['LF_ReceiverSetupData']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 89, 174, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


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
                o['TxRxIdentifier'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d86(r, V, N, p, 160)
                o['TxRxPosition'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d86(r, V, N, p, 161)
                o['TxRxOrientation'] = x
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


def e85(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'TxRxIdentifier' in v:
                x = v['TxRxIdentifier']
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
            if 'TxRxPosition' in v:
                x = v['TxRxPosition']
                c += 1
                a = (a << 1) | 0
                a = e86(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'TxRxOrientation' in v:
                x = v['TxRxOrientation']
                c += 1
                a = (a << 1) | 0
                a = e86(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d86(r, V, N, p, q):
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
                o['Coord_X'] = x
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
                o['Coord_Y'] = x
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
                o['Coord_Z'] = x
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


def e86(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Coord_X' in v:
                x = v['Coord_X']
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
            if 'Coord_Y' in v:
                x = v['Coord_Y']
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
            if 'Coord_Z' in v:
                x = v['Coord_Z']
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


def d88(r, V, N, p, q):
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
                o['IndexNumber'] = x
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
                o['TxRxIdentifier'] = x
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


def e88(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'IndexNumber' in v:
                x = v['IndexNumber']
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
            if 'TxRxIdentifier' in v:
                x = v['TxRxIdentifier']
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
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d90(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T10[x >> 1]
                o['ResponseCode'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d77(r, V, N, p, 181)
                o['PrimaryDeviceFinePositioningMethodList'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d79(r, V, N, p, 182)
                o['PrimaryDevicePairingMethodList'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d81(r, V, N, p, 183)
                o['PrimaryDeviceAlignmentCheckMethodList'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['NaturalOffset'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 7
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 9
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
        if s == 9:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 10
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 11
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 12
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 13
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 14
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 15
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 21:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 22
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 22:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 23
            elif c == 1:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 23:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d83(r, V, N, p, 179)
                o['LF_SystemSetupData'] = x
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad


def e90(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M10[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'PrimaryDeviceFinePositioningMethodList' in v:
                x = v['PrimaryDeviceFinePositioningMethodList']
                c += 1
                a = (a << 1) | 0
                a = e77(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'PrimaryDevicePairingMethodList' in v:
                x = v['PrimaryDevicePairingMethodList']
                c += 1
                a = (a << 1) | 0
                a = e79(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'PrimaryDeviceAlignmentCheckMethodList' in v:
                x = v['PrimaryDeviceAlignmentCheckMethodList']
                c += 1
                a = (a << 1) | 0
                a = e81(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'NaturalOffset' in v:
                x = v['NaturalOffset']
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
                s = 6
            else:
                raise Bad
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 7
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 9
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 10
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 11
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 12
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 13
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 14
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 15
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 16
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 17
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 18
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 19
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 20
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 20:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 21
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 21:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 22
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 22:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 23
            elif 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 1
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 23:
            if 'LF_SystemSetupData' in v:
                x = v['LF_SystemSetupData']
                c += 1
                a = (a << 2) | 0
                a = e83(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d91(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T5[x >> 1]
                o['EVProcessing'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ObservedIDCode'] = x
                s = 3
            elif c == 1:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T8[x >> 1]
                o['EVResultCode'] = x
                s = 4
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
                x = T8[x >> 1]
                o['EVResultCode'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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


def e91(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'ObservedIDCode' in v:
                x = v['ObservedIDCode']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            elif 'EVResultCode' in v:
                x = v['EVResultCode']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = (a << 2) | M8[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVResultCode' in v:
                x = v['EVResultCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M8[x]
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
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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


def d92(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 58)
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
                x = T10[x >> 1]
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
                x = T5[x >> 1]
                o['EVSEProcessing'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ObservedIDCode'] = x
                s = 4
            elif c == 1:
                x, p = d93(r, V, N, p, 192)
                o['AlternativeSECCList'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 6
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d93(r, V, N, p, 192)
                o['AlternativeSECCList'] = x
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
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
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
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
                if 'VendorSpecificDataContainer' in o:
                    o['VendorSpecificDataContainer'].append(x)
                else:
                    o['VendorSpecificDataContainer'] = [x]
                s = 21
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 21:
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
    l0 = v.get('VendorSpecificDataContainer')
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
                a = e31(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 6) | M10[x]
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
                a = (a << 2) | M5[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'ObservedIDCode' in v:
                x = v['ObservedIDCode']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or x < 1 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 4
            elif 'AlternativeSECCList' in v:
                x = v['AlternativeSECCList']
                c += 1
                a = (a << 3) | 1
                a = e93(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 4:
            if 'AlternativeSECCList' in v:
                x = v['AlternativeSECCList']
                c += 1
                a = (a << 2) | 0
                a = e93(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
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
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
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
                a <<= 1
                a = b64_w(a, x, 256)
                a <<= 1
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 21:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d93(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d94(r, V, N, p, 191)
                if 'AlternativeSECC' in o:
                    o['AlternativeSECC'].append(x)
                else:
                    o['AlternativeSECC'] = [x]
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


def e93(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('AlternativeSECC')
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
                a = e94(x, a)
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
                a = e94(x, a)
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
                a = e94(x, a)
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
                a = e94(x, a)
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
                a = e94(x, a)
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
                a = e94(x, a)
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
                a = e94(x, a)
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
                a = e94(x, a)
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


def d94(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 187)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['SSID'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 188)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['BSSID'] = x
                s = 2
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 189)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['IPAddress'] = x
                s = 3
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
                o['Port'] = x
                s = 4
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 188)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['BSSID'] = x
                s = 2
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 189)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['IPAddress'] = x
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
                o['Port'] = x
                s = 4
            elif c == 3:
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
                x, p = str_r(r, V, N, p, 189)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['IPAddress'] = x
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
                o['Port'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Port'] = x
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


def e94(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'SSID' in v:
                x = v['SSID']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                a = str_w(a, x, 255)
                a <<= 1
                s = 1
            elif 'BSSID' in v:
                x = v['BSSID']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = str_w(a, x, 12)
                a <<= 1
                s = 2
            elif 'IPAddress' in v:
                x = v['IPAddress']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                a = str_w(a, x, 39)
                a <<= 1
                s = 3
            elif 'Port' in v:
                x = v['Port']
                c += 1
                a = (a << 3) | 3
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
                return (a << 3) | 4
        if s == 1:
            if 'BSSID' in v:
                x = v['BSSID']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                a = str_w(a, x, 12)
                a <<= 1
                s = 2
            elif 'IPAddress' in v:
                x = v['IPAddress']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = str_w(a, x, 39)
                a <<= 1
                s = 3
            elif 'Port' in v:
                x = v['Port']
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
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 2:
            if 'IPAddress' in v:
                x = v['IPAddress']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = str_w(a, x, 39)
                a <<= 1
                s = 3
            elif 'Port' in v:
                x = v['Port']
                c += 1
                a = (a << 2) | 1
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
                return (a << 2) | 2
        if s == 3:
            if 'Port' in v:
                x = v['Port']
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d95(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e95(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 255)
    return a << 1


def d96(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e96(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 12)
    return a << 1


def d97(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e97(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 39)
    return a << 1


DEC = {0: d0, 1: d1, 3: d3, 4: d4, 6: d6, 8: d8, 10: d10, 11: d11, 12: d12, 15: d15, 16: d16, 17: d17, 20: d20, 21: d21, 23: d23, 24: d24, 26: d26, 27: d27, 28: d28, 30: d30, 31: d31, 32: d32, 33: d33, 34: d34, 35: d35, 36: d36, 37: d37, 38: d38, 39: d39, 40: d40, 41: d41, 42: d42, 43: d43, 44: d44, 45: d45, 46: d46, 47: d47, 48: d48, 49: d49, 50: d50, 51: d51, 52: d52, 53: d53, 54: d54, 55: d55, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63, 64: d64, 65: d65, 66: d66, 67: d67, 68: d68, 69: d69, 70: d70, 71: d71, 72: d72, 73: d73, 74: d74, 75: d75, 76: d76, 77: d77, 78: d78, 79: d79, 80: d80, 81: d81, 82: d82, 83: d83, 85: d85, 86: d86, 88: d88, 90: d90, 91: d91, 92: d92, 93: d93, 94: d94, 95: d95, 96: d96, 97: d97}
ENC = {0: e0, 1: e1, 3: e3, 4: e4, 6: e6, 8: e8, 10: e10, 11: e11, 12: e12, 15: e15, 16: e16, 17: e17, 20: e20, 21: e21, 23: e23, 24: e24, 26: e26, 27: e27, 28: e28, 30: e30, 31: e31, 32: e32, 33: e33, 34: e34, 35: e35, 36: e36, 37: e37, 38: e38, 39: e39, 40: e40, 41: e41, 42: e42, 43: e43, 44: e44, 45: e45, 46: e46, 47: e47, 48: e48, 49: e49, 50: e50, 51: e51, 52: e52, 53: e53, 54: e54, 55: e55, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63, 64: e64, 65: e65, 66: e66, 67: e67, 68: e68, 69: e69, 70: e70, 71: e71, 72: e72, 73: e73, 74: e74, 75: e75, 76: e76, 77: e77, 78: e78, 79: e79, 80: e80, 81: e81, 82: e82, 83: e83, 85: e85, 86: e86, 88: e88, 90: e90, 91: e91, 92: e92, 93: e93, 94: e94, 95: e95, 96: e96, 97: e97}
