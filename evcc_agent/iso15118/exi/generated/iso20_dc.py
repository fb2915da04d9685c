# generated — do not edit. EXI grammars for 'iso20_dc' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   3a1e442fcf4dba9c9c2a3125ba133b853bad02931a989b4eec7f8bdd66d904fe  iso15118_20/V2G_CI_CommonTypes.xsd
#   050b1393bd70c5b0f0408801c4963741e9553c34b6435070017f76dfcc708a63  iso15118_20/V2G_CI_DC.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('urn:iso:std:iso:15118:-20:CommonTypes', 'Exponent'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Value'), ('urn:iso:std:iso:15118:-20:DC', 'EVMaximumChargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVMinimumChargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVMaximumChargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVMinimumChargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVMaximumVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'EVMinimumVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:DC', 'EVMaximumDischargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVMinimumDischargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVMaximumDischargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVMinimumDischargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'BPT_DC_CPDReqEnergyTransferMode'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMaximumChargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMinimumChargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMaximumChargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMinimumChargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMaximumVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMinimumVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEPowerRampLimitation'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMaximumDischargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMinimumDischargePower'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMaximumDischargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEMinimumDischargeCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'BPT_DC_CPDResEnergyTransferMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DepartureTime'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVTargetEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMaximumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMinimumEnergyRequest'), ('urn:iso:std:iso:15118:-20:DC', 'EVMaximumV2XEnergyRequest'), ('urn:iso:std:iso:15118:-20:DC', 'EVMinimumV2XEnergyRequest'), ('urn:iso:std:iso:15118:-20:DC', 'BPT_Dynamic_DC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AckMaxDelay'), ('urn:iso:std:iso:15118:-20:DC', 'BPT_Dynamic_DC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:DC', 'EVTargetCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVTargetVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'BPT_Scheduled_DC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:DC', 'BPT_Scheduled_DC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLResControlMode'), ('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('urn:iso:std:iso:15118:-20:DC', 'DC_CPDReqEnergyTransferMode'), ('urn:iso:std:iso:15118:-20:DC', 'DC_CPDResEnergyTransferMode'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Id'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'SessionID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeStamp'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Header'), ('urn:iso:std:iso:15118:-20:DC', 'DC_CableCheckReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ResponseCode'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEProcessing'), ('urn:iso:std:iso:15118:-20:DC', 'DC_CableCheckRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'PresentSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToTargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargingComplete'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BatteryEnergyCapacity'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'InletHot'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DisplayParameters'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfoRequested'), ('urn:iso:std:iso:15118:-20:DC', 'EVPresentVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'Dynamic_DC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:DC', 'Scheduled_DC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:DC', 'DC_ChargeLoopReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'NotificationMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSENotification'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_DischargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CapacitiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_InductiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterSignature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterTimestamp'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Amount'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CostPerUnit'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxRuleID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeAnchor'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EnergyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OccupancyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AdditionalServicesCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OverstayCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSEStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfo'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Receipt'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEPresentCurrent'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEPresentVoltage'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEPowerLimitAchieved'), ('urn:iso:std:iso:15118:-20:DC', 'EVSECurrentLimitAchieved'), ('urn:iso:std:iso:15118:-20:DC', 'EVSEVoltageLimitAchieved'), ('urn:iso:std:iso:15118:-20:DC', 'Dynamic_DC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:DC', 'Scheduled_DC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:DC', 'DC_ChargeLoopRes'), ('urn:iso:std:iso:15118:-20:DC', 'DC_ChargeParameterDiscoveryReq'), ('urn:iso:std:iso:15118:-20:DC', 'DC_ChargeParameterDiscoveryRes'), ('urn:iso:std:iso:15118:-20:DC', 'EVProcessing'), ('urn:iso:std:iso:15118:-20:DC', 'DC_PreChargeReq'), ('urn:iso:std:iso:15118:-20:DC', 'DC_PreChargeRes'), ('urn:iso:std:iso:15118:-20:DC', 'DC_WeldingDetectionReq'), ('urn:iso:std:iso:15118:-20:DC', 'DC_WeldingDetectionRes'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RootCertificateID')]
DTYPES = [(4, -128, 8), (2, -32768, 32767), (4, 0, 7), (3, 0, 4294967295), (3, 0, 65535), (0, None), (6, 8), (3, 0, 18446744073709551615), (2, None, None), (7, None), (5, ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter'), 6, 0), (5, ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction'), 2, 0), (1,), (5, ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation'), 3, 0), (0, 32), (7, 64), (3, 1, 4294967295)]
ROOTS = [(13, 0), (25, 5), (32, 6), (36, 8), (39, 10), (40, 11), (41, 12), (42, 13), (44, 14), (45, 15), (46, 16), (96, 17), (99, 45), (113, 48), (143, 53), (144, 65), (145, 66), (147, 67), (148, 68), (149, 69), (150, 70), (67, 34), (54, 29), (55, 30), (111, 51), (141, 63), (90, 32), (79, 28), (80, 33), (151, 71), (85, 28), (91, 44), (83, 42), (68, 36), (57, 25), (81, 37), (84, 43), (112, 52), (142, 64), (94, 21), (56, 23), (154, 72), (153, 73), (89, 31), (88, 22), (49, 27), (53, 26), (82, 38)]
FRAGMENTS = [(35, 9), (130, 60), (124, 1), (13, 0), (25, 5), (118, 20), (32, 6), (36, 8), (120, 20), (39, 10), (40, 11), (106, 1), (41, 12), (42, 13), (44, 14), (119, 20), (117, 20), (105, 50), (125, 1), (45, 15), (46, 16), (96, 17), (99, 45), (113, 48), (143, 53), (144, 65), (145, 66), (147, 67), (148, 68), (149, 69), (150, 70), (67, 34), (26, 7), (54, 29), (55, 30), (108, 49), (111, 51), (141, 63), (4, 1), (2, 1), (11, 1), (9, 1), (28, 1), (30, 1), (6, 1), (5, 1), (3, 1), (12, 1), (10, 1), (29, 1), (31, 1), (7, 1), (110, 1), (146, 47), (139, 50), (16, 1), (14, 1), (23, 1), (21, 1), (18, 1), (17, 1), (15, 1), (24, 1), (22, 1), (19, 1), (115, 55), (138, 50), (20, 1), (136, 1), (137, 1), (98, 47), (133, 54), (140, 50), (37, 1), (27, 1), (38, 1), (128, 60), (66, 35), (0, 2), (59, 35), (47, 24), (95, 18), (107, 50), (62, 35), (90, 32), (79, 28), (80, 33), (151, 71), (101, 4), (116, 57), (134, 56), (109, 50), (121, 58), (122, 3), (123, 20), (85, 28), (33, 4), (65, 35), (114, 9), (91, 44), (129, 60), (131, 60), (58, 35), (83, 42), (76, 41), (77, 41), (64, 35), (100, 4), (61, 35), (68, 36), (135, 59), (57, 25), (104, 7), (102, 7), (103, 7), (97, 46), (81, 37), (155, 39), (84, 43), (78, 41), (112, 52), (142, 64), (63, 35), (92, 19), (94, 21), (56, 23), (154, 72), (153, 73), (89, 31), (88, 22), (34, 4), (8, 4), (132, 61), (126, 62), (127, 20), (93, 20), (49, 27), (53, 26), (1, 3), (75, 41), (74, 41), (82, 38), (69, 28), (71, 39), (72, 41), (70, 40), (73, 28), (48, 28), (60, 35)]
GRAMMARS = [
    ('c', [[(1, 2, 1, 1, False)], [(1, 3, 1, 2, False)], [(1, 4, 1, 3, False)], [(1, 5, 1, 4, False)], [(1, 6, 1, 5, False)], [(1, 7, 1, 6, False)], [(1, 8, 4, 7, False), (1, 9, 1, 8, False)], [(1, 9, 1, 8, False)], [(1, 10, 1, 9, False)], [(1, 11, 1, 10, False)], [(1, 12, 1, 11, False)], [(2,)]]),
    ('c', [[(1, 0, 2, 1, False)], [(1, 1, 3, 2, False)], [(2,)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('c', [[(1, 14, 1, 1, False)], [(1, 15, 1, 2, False)], [(1, 16, 1, 3, False)], [(1, 17, 1, 4, False)], [(1, 18, 1, 5, False)], [(1, 19, 1, 6, False)], [(1, 20, 1, 7, False), (1, 21, 1, 8, False)], [(1, 21, 1, 8, False)], [(1, 22, 1, 9, False)], [(1, 23, 1, 10, False)], [(1, 24, 1, 11, False)], [(2,)]]),
    ('c', [[(1, 26, 7, 1, False), (1, 27, 1, 2, False)], [(1, 27, 1, 2, False)], [(1, 28, 1, 3, False)], [(1, 29, 1, 4, False)], [(1, 2, 1, 5, False)], [(1, 3, 1, 6, False)], [(1, 4, 1, 7, False)], [(1, 6, 1, 8, False)], [(1, 7, 1, 9, False)], [(1, 9, 1, 10, False)], [(1, 10, 1, 11, False)], [(1, 11, 1, 12, False)], [(1, 30, 1, 13, False), (1, 31, 1, 14, False), (2,)], [(1, 31, 1, 14, False), (2,)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(1, 26, 7, 1, False), (1, 33, 4, 2, False), (1, 34, 4, 3, False), (1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 33, 4, 2, False), (1, 34, 4, 3, False), (1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 34, 4, 3, False), (1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 14, 1, 5, False)], [(1, 15, 1, 6, False)], [(1, 16, 1, 7, False)], [(1, 18, 1, 8, False)], [(1, 21, 1, 9, False)], [(1, 22, 1, 10, False)], [(1, 23, 1, 11, False)], [(1, 19, 1, 12, False)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('c', [[(1, 27, 1, 1, False), (1, 28, 1, 2, False), (1, 29, 1, 3, False), (1, 37, 1, 4, False)], [(1, 28, 1, 2, False), (1, 29, 1, 3, False), (1, 37, 1, 4, False)], [(1, 29, 1, 3, False), (1, 37, 1, 4, False)], [(1, 37, 1, 4, False)], [(1, 38, 1, 5, False)], [(1, 2, 1, 6, False), (1, 3, 1, 7, False), (1, 4, 1, 8, False), (1, 6, 1, 9, False), (1, 7, 1, 10, False), (1, 9, 1, 11, False), (1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 3, 1, 7, False), (1, 4, 1, 8, False), (1, 6, 1, 9, False), (1, 7, 1, 10, False), (1, 9, 1, 11, False), (1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 4, 1, 8, False), (1, 6, 1, 9, False), (1, 7, 1, 10, False), (1, 9, 1, 11, False), (1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 6, 1, 9, False), (1, 7, 1, 10, False), (1, 9, 1, 11, False), (1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 7, 1, 10, False), (1, 9, 1, 11, False), (1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 9, 1, 11, False), (1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 10, 1, 12, False), (1, 11, 1, 13, False), (2,)], [(1, 11, 1, 13, False), (2,)], [(2,)]]),
    ('c', [[(1, 14, 1, 1, False), (1, 15, 1, 2, False), (1, 16, 1, 3, False), (1, 18, 1, 4, False), (1, 21, 1, 5, False), (1, 22, 1, 6, False), (1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 15, 1, 2, False), (1, 16, 1, 3, False), (1, 18, 1, 4, False), (1, 21, 1, 5, False), (1, 22, 1, 6, False), (1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 16, 1, 3, False), (1, 18, 1, 4, False), (1, 21, 1, 5, False), (1, 22, 1, 6, False), (1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 18, 1, 4, False), (1, 21, 1, 5, False), (1, 22, 1, 6, False), (1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 21, 1, 5, False), (1, 22, 1, 6, False), (1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 22, 1, 6, False), (1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 23, 1, 7, False), (1, 19, 1, 8, False), (2,)], [(1, 19, 1, 8, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(0, 43, 5, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(1, 2, 1, 1, False)], [(1, 3, 1, 2, False)], [(1, 4, 1, 3, False)], [(1, 5, 1, 4, False)], [(1, 6, 1, 5, False)], [(1, 7, 1, 6, False)], [(1, 8, 4, 7, False), (2,)], [(2,)]]),
    ('c', [[(1, 14, 1, 1, False)], [(1, 15, 1, 2, False)], [(1, 16, 1, 3, False)], [(1, 17, 1, 4, False)], [(1, 18, 1, 5, False)], [(1, 19, 1, 6, False)], [(1, 20, 1, 7, False), (2,)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(2,)]]),
    ('c', [[(1, 92, 19, 1, False)], [(1, 93, 20, 2, False)], [(1, 94, 21, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('c', [[(0, 50, 5, 1), (1, 88, 22, 2, False)], [(1, 88, 22, 2, False)], [(1, 89, 31, 3, False)], [(1, 90, 32, 4, False), (1, 91, 44, 5, True), (2,)], [(1, 91, 44, 5, True), (2,)], [(1, 91, 44, 5, True), (2,)]]),
    ('c', [[(0, 50, 5, 1), (1, 44, 14, 2, False)], [(1, 44, 14, 2, False)], [(1, 56, 23, 3, False)], [(1, 57, 25, 4, True)], [(1, 57, 25, 5, True), (2,)], [(1, 57, 25, 5, True), (2,)]]),
    ('c', [[(0, 43, 5, 1)], [(1, 47, 24, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('c', [[(0, 50, 5, 1), (0, 51, 5, 2), (0, 52, 5, 3), (1, 53, 26, 4, False), (1, 54, 29, 5, False)], [(0, 51, 5, 2), (0, 52, 5, 3), (1, 53, 26, 4, False), (1, 54, 29, 5, False)], [(0, 52, 5, 3), (1, 53, 26, 4, False), (1, 54, 29, 5, False)], [(1, 53, 26, 4, False), (1, 54, 29, 5, False)], [(1, 54, 29, 5, False)], [(1, 55, 30, 6, False)], [(2,)]]),
    ('c', [[(1, 49, 27, 1, True)], [(1, 49, 27, 2, True), (2,)], [(1, 49, 27, 2, True), (2,)]]),
    ('c', [[(0, 43, 5, 1)], [(1, 48, 28, 3, False), (4, 2), (2,), (5, 1)], [(1, 48, 28, 3, False), (4, 2), (2,), (5, 2)], [(1, 48, 28, 3, False), (4, 2), (2,), (5, 3)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('c', [[(0, 43, 5, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('v', [[(0, 50, 5, 1), (3, 9, 2)], [(3, 9, 2)], [(2,)]]),
    ('c', [[(0, 50, 5, 1), (1, 79, 28, 2, False), (1, 80, 33, 3, False), (1, 81, 37, 4, False), (1, 82, 38, 5, False), (1, 83, 42, 6, False), (1, 84, 43, 7, False), (1, 85, 28, 8, False), (4, 9), (5, 1)], [(1, 79, 28, 2, False), (1, 80, 33, 3, False), (1, 81, 37, 4, False), (1, 82, 38, 5, False), (1, 83, 42, 6, False), (1, 84, 43, 7, False), (1, 85, 28, 8, False), (4, 9), (5, 1)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 2)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 3)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 4)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 5)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 6)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 7)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 8)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 9)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 10)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 11)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 12)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 13)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 14)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 15)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 16)], [(1, 79, 28, 10, False), (1, 80, 33, 11, False), (1, 81, 37, 12, False), (1, 82, 38, 13, False), (1, 83, 42, 14, False), (1, 84, 43, 15, False), (1, 85, 28, 16, False), (4, 17), (2,), (5, 17)]]),
    ('c', [[(1, 67, 34, 1, False), (1, 68, 36, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 58, 35, 1, False), (1, 59, 35, 2, False), (1, 60, 35, 3, False)], [(1, 61, 35, 4, False)], [(1, 60, 35, 3, False)], [(1, 62, 35, 5, False), (1, 63, 35, 6, False), (2,)], [(1, 59, 35, 2, False), (1, 60, 35, 3, False)], [(1, 63, 35, 6, False), (2,)], [(1, 64, 35, 7, False)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('c', [[(1, 65, 35, 1, False)], [(1, 66, 35, 2, False)], [(2,)]]),
    ('c', [[(0, 51, 5, 1), (0, 52, 5, 2), (1, 53, 26, 3, False), (2,)], [(0, 52, 5, 2), (1, 53, 26, 3, False), (2,)], [(1, 53, 26, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 71, 39, 1, False), (1, 72, 41, 2, False), (1, 73, 28, 3, False), (1, 74, 41, 4, False), (1, 75, 41, 5, False), (4, 6)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)], [(1, 71, 39, 7, False), (1, 72, 41, 8, False), (1, 73, 28, 9, False), (1, 74, 41, 10, False), (1, 75, 41, 11, False), (4, 12), (2,)]]),
    ('c', [[(1, 69, 28, 1, False)], [(1, 70, 40, 2, False)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('c', [[(1, 76, 41, 1, False), (1, 77, 41, 2, False)], [(1, 77, 41, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 78, 41, 1, False)], [(1, 78, 41, 3, False), (4, 2), (2,)], [(1, 78, 41, 3, False), (2,)], [(1, 78, 41, 3, False), (4, 4), (2,)], [(1, 78, 41, 3, False), (2,)]]),
    ('c', [[(0, 86, 5, 1), (0, 50, 5, 2), (0, 87, 5, 3), (4, 4), (2,), (5, 3)], [(0, 50, 5, 2), (0, 87, 5, 3), (4, 4), (2,), (5, 3)], [(0, 87, 5, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 97, 46, 2, False)], [(1, 98, 47, 3, False)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 108, 49, 2, False), (1, 109, 50, 3, False)], [(1, 109, 50, 3, False)], [(1, 110, 1, 4, False)], [(1, 32, 6, 5, False), (1, 39, 10, 5, False), (1, 41, 12, 5, False), (1, 111, 51, 5, False), (1, 112, 52, 5, False)], [(2,)]]),
    ('c', [[(1, 100, 4, 1, False), (1, 33, 4, 2, False), (1, 34, 4, 3, False), (1, 101, 4, 4, False), (1, 102, 7, 5, False), (1, 103, 7, 6, False), (1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 33, 4, 2, False), (1, 34, 4, 3, False), (1, 101, 4, 4, False), (1, 102, 7, 5, False), (1, 103, 7, 6, False), (1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 34, 4, 3, False), (1, 101, 4, 4, False), (1, 102, 7, 5, False), (1, 103, 7, 6, False), (1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 101, 4, 4, False), (1, 102, 7, 5, False), (1, 103, 7, 6, False), (1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 102, 7, 5, False), (1, 103, 7, 6, False), (1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 103, 7, 6, False), (1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 104, 7, 7, False), (1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 105, 50, 8, False), (1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 106, 1, 9, False), (1, 107, 50, 10, False), (2,)], [(1, 107, 50, 10, False), (2,)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('c', [[(1, 26, 7, 1, False), (1, 27, 1, 2, False)], [(1, 27, 1, 2, False)], [(1, 28, 1, 3, False)], [(1, 29, 1, 4, False)], [(1, 2, 1, 5, False)], [(1, 3, 1, 6, False)], [(1, 4, 1, 7, False)], [(1, 6, 1, 8, False)], [(1, 7, 1, 9, False)], [(2,)]]),
    ('c', [[(1, 27, 1, 1, False), (1, 28, 1, 2, False), (1, 29, 1, 3, False), (1, 37, 1, 4, False)], [(1, 28, 1, 2, False), (1, 29, 1, 3, False), (1, 37, 1, 4, False)], [(1, 29, 1, 3, False), (1, 37, 1, 4, False)], [(1, 37, 1, 4, False)], [(1, 38, 1, 5, False)], [(1, 2, 1, 6, False), (1, 3, 1, 7, False), (1, 4, 1, 8, False), (1, 6, 1, 9, False), (1, 7, 1, 10, False), (2,)], [(1, 3, 1, 7, False), (1, 4, 1, 8, False), (1, 6, 1, 9, False), (1, 7, 1, 10, False), (2,)], [(1, 4, 1, 8, False), (1, 6, 1, 9, False), (1, 7, 1, 10, False), (2,)], [(1, 6, 1, 9, False), (1, 7, 1, 10, False), (2,)], [(1, 7, 1, 10, False), (2,)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 97, 46, 2, False)], [(1, 133, 54, 3, False), (1, 134, 56, 4, False), (1, 135, 59, 5, False), (1, 136, 1, 6, False)], [(1, 134, 56, 4, False), (1, 135, 59, 5, False), (1, 136, 1, 6, False)], [(1, 135, 59, 5, False), (1, 136, 1, 6, False)], [(1, 136, 1, 6, False)], [(1, 137, 1, 7, False)], [(1, 138, 50, 8, False)], [(1, 139, 50, 9, False)], [(1, 140, 50, 10, False)], [(1, 36, 8, 11, False), (1, 40, 11, 11, False), (1, 42, 13, 11, False), (1, 141, 63, 11, False), (1, 142, 64, 11, False)], [(2,)]]),
    ('c', [[(1, 114, 9, 1, False)], [(1, 115, 55, 2, False)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('c', [[(1, 116, 57, 1, False)], [(1, 117, 20, 2, False)], [(1, 118, 20, 3, False), (1, 119, 20, 4, False), (1, 120, 20, 5, False), (1, 121, 58, 6, False), (1, 122, 3, 7, False), (1, 123, 20, 8, False), (2,)], [(1, 119, 20, 4, False), (1, 120, 20, 5, False), (1, 121, 58, 6, False), (1, 122, 3, 7, False), (1, 123, 20, 8, False), (2,)], [(1, 120, 20, 5, False), (1, 121, 58, 6, False), (1, 122, 3, 7, False), (1, 123, 20, 8, False), (2,)], [(1, 121, 58, 6, False), (1, 122, 3, 7, False), (1, 123, 20, 8, False), (2,)], [(1, 122, 3, 7, False), (1, 123, 20, 8, False), (2,)], [(1, 123, 20, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('c', [[(1, 127, 20, 1, False)], [(1, 128, 60, 2, False), (1, 129, 60, 3, False), (1, 130, 60, 4, False), (1, 131, 60, 5, False), (1, 132, 61, 6, True), (2,)], [(1, 129, 60, 3, False), (1, 130, 60, 4, False), (1, 131, 60, 5, False), (1, 132, 61, 6, True), (2,)], [(1, 130, 60, 4, False), (1, 131, 60, 5, False), (1, 132, 61, 6, True), (2,)], [(1, 131, 60, 5, False), (1, 132, 61, 6, True), (2,)], [(1, 132, 61, 6, True), (2,)], [(1, 132, 61, 7, True), (2,)], [(1, 132, 61, 8, True), (2,)], [(1, 132, 61, 9, True), (2,)], [(1, 132, 61, 10, True), (2,)], [(1, 132, 61, 11, True), (2,)], [(1, 132, 61, 12, True), (2,)], [(1, 132, 61, 13, True), (2,)], [(1, 132, 61, 14, True), (2,)], [(1, 132, 61, 15, True), (2,)], [(2,)]]),
    ('c', [[(1, 124, 1, 1, False)], [(1, 125, 1, 2, False)], [(2,)]]),
    ('c', [[(1, 126, 62, 1, False)], [(1, 124, 1, 2, False)], [(2,)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('c', [[(1, 26, 7, 1, False), (1, 33, 4, 2, False), (1, 34, 4, 3, False), (1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 33, 4, 2, False), (1, 34, 4, 3, False), (1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 34, 4, 3, False), (1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 35, 9, 4, False), (1, 14, 1, 5, False)], [(1, 14, 1, 5, False)], [(1, 15, 1, 6, False)], [(1, 16, 1, 7, False)], [(1, 18, 1, 8, False)], [(2,)]]),
    ('c', [[(1, 14, 1, 1, False), (1, 15, 1, 2, False), (1, 16, 1, 3, False), (1, 18, 1, 4, False), (2,)], [(1, 15, 1, 2, False), (1, 16, 1, 3, False), (1, 18, 1, 4, False), (2,)], [(1, 16, 1, 3, False), (1, 18, 1, 4, False), (2,)], [(1, 18, 1, 4, False), (2,)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 13, 0, 2, False), (1, 45, 15, 2, False)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 97, 46, 2, False)], [(1, 25, 5, 3, False), (1, 46, 16, 3, False)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 146, 47, 2, False)], [(1, 110, 1, 3, False)], [(1, 38, 1, 4, False)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 97, 46, 2, False)], [(1, 137, 1, 3, False)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 146, 47, 2, False)], [(2,)]]),
    ('c', [[(1, 95, 18, 1, False)], [(1, 97, 46, 2, False)], [(1, 137, 1, 3, False)], [(2,)]]),
    ('c', [[(0, 50, 5, 1), (1, 57, 25, 2, True)], [(1, 57, 25, 2, True)], [(1, 57, 25, 3, True), (2,)], [(1, 57, 25, 3, True), (2,)]]),
    ('c', [[(0, 50, 5, 1), (1, 153, 73, 2, True)], [(1, 153, 73, 2, True)], [(1, 153, 73, 3, True), (2,)], [(1, 153, 73, 3, True), (2,)]]),
    ('c', [[(0, 50, 5, 1), (0, 152, 5, 2)], [(0, 152, 5, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T10 = ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter')
M10 = {'OK': 0, 'OK_CertificateExpiresSoon': 1, 'OK_NewSessionEstablished': 2, 'OK_OldSessionJoined': 3, 'OK_PowerToleranceConfirmed': 4, 'WARNING_AuthorizationSelectionInvalid': 5, 'WARNING_CertificateExpired': 6, 'WARNING_CertificateNotYetValid': 7, 'WARNING_CertificateRevoked': 8, 'WARNING_CertificateValidationError': 9, 'WARNING_ChallengeInvalid': 10, 'WARNING_EIMAuthorizationFailure': 11, 'WARNING_eMSPUnknown': 12, 'WARNING_EVPowerProfileViolation': 13, 'WARNING_GeneralPnCAuthorizationError': 14, 'WARNING_NoCertificateAvailable': 15, 'WARNING_NoContractMatchingPCIDFound': 16, 'WARNING_PowerToleranceNotConfirmed': 17, 'WARNING_ScheduleRenegotiationFailed': 18, 'WARNING_StandbyNotAllowed': 19, 'WARNING_WPT': 20, 'FAILED': 21, 'FAILED_AssociationError': 22, 'FAILED_ContactorError': 23, 'FAILED_EVPowerProfileInvalid': 24, 'FAILED_EVPowerProfileViolation': 25, 'FAILED_MeteringSignatureNotValid': 26, 'FAILED_NoEnergyTransferServiceSelected': 27, 'FAILED_NoServiceRenegotiationSupported': 28, 'FAILED_PauseNotAllowed': 29, 'FAILED_PowerDeliveryNotApplied': 30, 'FAILED_PowerToleranceNotConfirmed': 31, 'FAILED_ScheduleRenegotiation': 32, 'FAILED_ScheduleSelectionInvalid': 33, 'FAILED_SequenceError': 34, 'FAILED_ServiceIDInvalid': 35, 'FAILED_ServiceSelectionInvalid': 36, 'FAILED_SignatureError': 37, 'FAILED_UnknownSession': 38, 'FAILED_WrongChargeParameter': 39}
T11 = ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction')
M11 = {'Finished': 0, 'Ongoing': 1, 'Ongoing_WaitingForCustomerInteraction': 2}
T13 = ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation')
M13 = {'Pause': 0, 'ExitStandby': 1, 'Terminate': 2, 'ScheduleRenegotiation': 3, 'ServiceRenegotiation': 4, 'MeteringConfirmation': 5}


def d0(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargeCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 6
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
                o['TargetSOC'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 12)
                o['EVMinimumDischargeCurrent'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
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
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVMinimumChargeCurrent' in v:
                x = v['EVMinimumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 7
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 7:
            if 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVMinimumDischargeCurrent' in v:
                x = v['EVMinimumDischargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
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


def e1(v, a):
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


def d2(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += -128
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e2(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -128 <= x <= 127:
        raise Bad
    a = (a << 8) | (x - -128)
    return a << 1


def d3(r, V, N, p, q):
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


def e3(v, a):
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


def d4(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e4(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d5(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 17)
                o['EVSEMinimumChargeCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPowerRampLimitation'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 24)
                o['EVSEMinimumDischargeCurrent'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e5(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEMinimumChargeCurrent' in v:
                x = v['EVSEMinimumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVSEPowerRampLimitation' in v:
                x = v['EVSEPowerRampLimitation']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 7
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 7:
            if 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVSEMinimumDischargeCurrent' in v:
                x = v['EVSEMinimumDischargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d6(r, V, N, p, q):
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
                x, p = d1(r, V, N, p, 27)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 27)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 28)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 12
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 30)
                o['EVMaximumV2XEnergyRequest'] = x
                s = 13
            elif c == 1:
                x, p = d1(r, V, N, p, 31)
                o['EVMinimumV2XEnergyRequest'] = x
                s = 14
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 31)
                o['EVMinimumV2XEnergyRequest'] = x
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


def e6(v, a):
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
            elif 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 12
            else:
                raise Bad
        if s == 12:
            if 'EVMaximumV2XEnergyRequest' in v:
                x = v['EVMaximumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 13
            elif 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 13:
            if 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d7(r, V, N, p, q):
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


def e7(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d8(r, V, N, p, q):
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 12
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e8(v, a):
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
            elif 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 5
            else:
                raise Bad
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
            elif 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 5
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
            elif 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 12
            else:
                raise Bad
        if s == 12:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d9(r, V, N, p, q):
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


def e9(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d10(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 27)
                o['EVTargetEnergyRequest'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 28)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 28)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 38)
                o['EVTargetVoltage'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 4:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 5:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 11
            elif c == 6:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 7:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 3:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 4:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 11
            elif c == 5:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 6:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 3:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 11
            elif c == 4:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 5:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 11
            elif c == 3:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 4:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 11
            elif c == 2:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 3:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 9)
                o['EVMaximumDischargePower'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 2:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 10)
                o['EVMinimumDischargePower'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
                s = 13
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 11)
                o['EVMaximumDischargeCurrent'] = x
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


def e10(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 1
            elif 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 3
            elif 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 1:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 3
            elif 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 7
            elif 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 8
            elif 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 10
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 6:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 7
            elif 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 8
            elif 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 10
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 7:
            if 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 8
            elif 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 10
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 8:
            if 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 10
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 9:
            if 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 10
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 10:
            if 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 11:
            if 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            elif 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if 'EVMaximumDischargeCurrent' in v:
                x = v['EVMaximumDischargeCurrent']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d11(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 5
            elif c == 5:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 6
            elif c == 6:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 7:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 5
            elif c == 4:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 6
            elif c == 5:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 6:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 6
            elif c == 4:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 5:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 6
            elif c == 3:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 4:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 21)
                o['EVSEMaximumDischargePower'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 22)
                o['EVSEMinimumDischargePower'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 23)
                o['EVSEMaximumDischargeCurrent'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
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


def e11(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 1
            elif 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 2
            elif 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 3
            elif 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 4
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 6
            elif 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 1:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 2
            elif 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 3
            elif 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 4
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 6
            elif 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 2:
            if 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 3
            elif 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 4
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 6
            elif 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 3:
            if 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 4
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 6
            elif 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 4:
            if 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 6
            elif 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 5:
            if 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 6:
            if 'EVSEMaximumDischargeCurrent' in v:
                x = v['EVSEMaximumDischargeCurrent']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 7
            elif 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d12(r, V, N, p, q):
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


def e12(v, a):
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


def d13(r, V, N, p, q):
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


def e13(v, a):
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


def d15(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargeCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 6
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
                o['TargetSOC'] = x
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


def e15(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVMinimumChargeCurrent' in v:
                x = v['EVMinimumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'TargetSOC' in v:
                x = v['TargetSOC']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
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


def d16(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 17)
                o['EVSEMinimumChargeCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEMinimumVoltage'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPowerRampLimitation'] = x
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


def e16(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEMinimumChargeCurrent' in v:
                x = v['EVSEMinimumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumVoltage' in v:
                x = v['EVSEMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVSEPowerRampLimitation' in v:
                x = v['EVSEPowerRampLimitation']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d17(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 95)
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


def e17(v, a):
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
                x, p = d21(r, V, N, p, 94)
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


def e18(v, a):
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
                a = e21(x, a)
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


def d19(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e19(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


def d20(r, V, N, p, q):
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


def e20(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 18446744073709551615:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d21(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 50)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d22(r, V, N, p, 88)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 88)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d31(r, V, N, p, 89)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 32, 90, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 44, 91, p)
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
                x, p = interp_d(r, 44, 91, p)
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
                x, p = interp_d(r, 44, 91, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e21(v, a):
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
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e31(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 32, 90, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 44, 91, x, a)
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
                a = interp_e(G, 44, 91, x, a)
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
                a = interp_e(G, 44, 91, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d22(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 50)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 14, 44, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 14, 44, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 23, 56, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d25(r, V, N, p, 57)
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
                x, p = d25(r, V, N, p, 57)
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
                x, p = d25(r, V, N, p, 57)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e22(v, a):
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
                a = interp_e(G, 14, 44, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 14, 44, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 23, 56, x, a)
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
                a = e25(x, a)
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
                a = e25(x, a)
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
                a = e25(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


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
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 50)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 51)
                o['Type'] = x
                s = 2
            elif c == 2:
                x, p = str_r(r, V, N, p, 52)
                o['URI'] = x
                s = 3
            elif c == 3:
                x, p = d26(r, V, N, p, 53)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 29, 54, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 51)
                o['Type'] = x
                s = 2
            elif c == 1:
                x, p = str_r(r, V, N, p, 52)
                o['URI'] = x
                s = 3
            elif c == 2:
                x, p = d26(r, V, N, p, 53)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 29, 54, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 52)
                o['URI'] = x
                s = 3
            elif c == 1:
                x, p = d26(r, V, N, p, 53)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 29, 54, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d26(r, V, N, p, 53)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 29, 54, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 29, 54, p)
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


def e25(v, a):
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
                a = e26(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 29, 54, x, a)
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
                a = e26(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 29, 54, x, a)
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
                a = e26(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 29, 54, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e26(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 29, 54, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 29, 54, x, a)
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


def d26(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 27, 49, p)
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
                x, p = interp_d(r, 27, 49, p)
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
                x, p = interp_d(r, 27, 49, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e26(v, a):
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
                a = interp_e(G, 27, 49, x, a)
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
                a = interp_e(G, 27, 49, x, a)
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
                a = interp_e(G, 27, 49, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d28(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e28(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


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
    a = b64_w(a, x, -1)
    return a << 1


def d31(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 50)
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


def d34(r, V, N, p, q):
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


def e34(v, a):
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


def d35(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e35(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d36(r, V, N, p, q):
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


def e36(v, a):
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


def d37(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 51)
                o['Type'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 52)
                o['URI'] = x
                s = 2
            elif c == 2:
                x, p = d26(r, V, N, p, 53)
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
                x, p = str_r(r, V, N, p, 52)
                o['URI'] = x
                s = 2
            elif c == 1:
                x, p = d26(r, V, N, p, 53)
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
                x, p = d26(r, V, N, p, 53)
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


def e37(v, a):
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
                a = e26(x, a)
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
                a = e26(x, a)
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
                a = e26(x, a)
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


def d39(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 69)
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


def e39(v, a):
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


def d40(r, V, N, p, q):
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


def e40(v, a):
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


def d41(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e41(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d45(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 95)
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


def e45(v, a):
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
                a = e18(x, a)
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
                a = (a << 2) | M11[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d46(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 6)) & 63
    p += 6
    x = T10[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e46(v, a):
    x = v
    a <<= 1
    a = (a << 6) | M10[x]
    return a << 1


def d47(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T11[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e47(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M11[x]
    return a << 1


def d48(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 95)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d49(r, V, N, p, 108)
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
                x, p = d1(r, V, N, p, 110)
                o['EVPresentVoltage'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d6(r, V, N, p, 32)
                o['BPT_Dynamic_DC_CLReqControlMode'] = x
                s = 5
            elif c == 1:
                x, p = d10(r, V, N, p, 39)
                o['BPT_Scheduled_DC_CLReqControlMode'] = x
                s = 5
            elif c == 2:
                x, p = d12(r, V, N, p, 41)
                o['CLReqControlMode'] = x
                s = 5
            elif c == 3:
                x, p = d51(r, V, N, p, 111)
                o['Dynamic_DC_CLReqControlMode'] = x
                s = 5
            elif c == 4:
                x, p = d52(r, V, N, p, 112)
                o['Scheduled_DC_CLReqControlMode'] = x
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
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DisplayParameters' in v:
                x = v['DisplayParameters']
                c += 1
                a = (a << 2) | 0
                a = e49(x, a)
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
            if 'EVPresentVoltage' in v:
                x = v['EVPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'BPT_Dynamic_DC_CLReqControlMode' in v:
                x = v['BPT_Dynamic_DC_CLReqControlMode']
                c += 1
                a = (a << 3) | 0
                a = e6(x, a)
                s = 5
            elif 'BPT_Scheduled_DC_CLReqControlMode' in v:
                x = v['BPT_Scheduled_DC_CLReqControlMode']
                c += 1
                a = (a << 3) | 1
                a = e10(x, a)
                s = 5
            elif 'CLReqControlMode' in v:
                x = v['CLReqControlMode']
                c += 1
                a = (a << 3) | 2
                a = e12(x, a)
                s = 5
            elif 'Dynamic_DC_CLReqControlMode' in v:
                x = v['Dynamic_DC_CLReqControlMode']
                c += 1
                a = (a << 3) | 3
                a = e51(x, a)
                s = 5
            elif 'Scheduled_DC_CLReqControlMode' in v:
                x = v['Scheduled_DC_CLReqControlMode']
                c += 1
                a = (a << 3) | 4
                a = e52(x, a)
                s = 5
            else:
                raise Bad
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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
                x, p = d1(r, V, N, p, 106)
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


def e49(v, a):
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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


def d50(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e50(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
    return a << 1


def d51(r, V, N, p, q):
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
                x, p = d1(r, V, N, p, 27)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 27)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 28)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
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
            elif 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 9
            else:
                raise Bad
        if s == 9:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d52(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 27)
                o['EVTargetEnergyRequest'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 28)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 28)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 29)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 37)
                o['EVTargetCurrent'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 38)
                o['EVTargetVoltage'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 4:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 3:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargeCurrent'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMaximumVoltage'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
                s = 10
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumVoltage'] = x
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


def e52(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 1
            elif 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 3
            elif 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 1:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 3
            elif 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVTargetCurrent' in v:
                x = v['EVTargetCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 7
            elif 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 8
            elif 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 6:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 7
            elif 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 8
            elif 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 7:
            if 'EVMaximumChargeCurrent' in v:
                x = v['EVMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 8
            elif 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 8:
            if 'EVMaximumVoltage' in v:
                x = v['EVMaximumVoltage']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            elif 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 9:
            if 'EVMinimumVoltage' in v:
                x = v['EVMinimumVoltage']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d53(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 95)
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
                x, p = d54(r, V, N, p, 133)
                o['EVSEStatus'] = x
                s = 3
            elif c == 1:
                x, p = d56(r, V, N, p, 134)
                o['MeterInfo'] = x
                s = 4
            elif c == 2:
                x, p = d59(r, V, N, p, 135)
                o['Receipt'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 136)
                o['EVSEPresentCurrent'] = x
                s = 6
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d56(r, V, N, p, 134)
                o['MeterInfo'] = x
                s = 4
            elif c == 1:
                x, p = d59(r, V, N, p, 135)
                o['Receipt'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 136)
                o['EVSEPresentCurrent'] = x
                s = 6
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d59(r, V, N, p, 135)
                o['Receipt'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 136)
                o['EVSEPresentCurrent'] = x
                s = 6
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 136)
                o['EVSEPresentCurrent'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 137)
                o['EVSEPresentVoltage'] = x
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
                o['EVSEPowerLimitAchieved'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVSECurrentLimitAchieved'] = x
                s = 9
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVSEVoltageLimitAchieved'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d8(r, V, N, p, 36)
                o['BPT_Dynamic_DC_CLResControlMode'] = x
                s = 11
            elif c == 1:
                x, p = d11(r, V, N, p, 40)
                o['BPT_Scheduled_DC_CLResControlMode'] = x
                s = 11
            elif c == 2:
                x, p = d13(r, V, N, p, 42)
                o['CLResControlMode'] = x
                s = 11
            elif c == 3:
                x, p = d63(r, V, N, p, 141)
                o['Dynamic_DC_CLResControlMode'] = x
                s = 11
            elif c == 4:
                x, p = d64(r, V, N, p, 142)
                o['Scheduled_DC_CLResControlMode'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
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
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e18(x, a)
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
                a = e54(x, a)
                s = 3
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 3) | 1
                a = e56(x, a)
                s = 4
            elif 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 3) | 2
                a = e59(x, a)
                s = 5
            elif 'EVSEPresentCurrent' in v:
                x = v['EVSEPresentCurrent']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 3:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 2) | 0
                a = e56(x, a)
                s = 4
            elif 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 2) | 1
                a = e59(x, a)
                s = 5
            elif 'EVSEPresentCurrent' in v:
                x = v['EVSEPresentCurrent']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 4:
            if 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 2) | 0
                a = e59(x, a)
                s = 5
            elif 'EVSEPresentCurrent' in v:
                x = v['EVSEPresentCurrent']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 5:
            if 'EVSEPresentCurrent' in v:
                x = v['EVSEPresentCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVSEPresentVoltage' in v:
                x = v['EVSEPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'EVSEPowerLimitAchieved' in v:
                x = v['EVSEPowerLimitAchieved']
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
            if 'EVSECurrentLimitAchieved' in v:
                x = v['EVSECurrentLimitAchieved']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 9
            else:
                raise Bad
        if s == 9:
            if 'EVSEVoltageLimitAchieved' in v:
                x = v['EVSEVoltageLimitAchieved']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'BPT_Dynamic_DC_CLResControlMode' in v:
                x = v['BPT_Dynamic_DC_CLResControlMode']
                c += 1
                a = (a << 3) | 0
                a = e8(x, a)
                s = 11
            elif 'BPT_Scheduled_DC_CLResControlMode' in v:
                x = v['BPT_Scheduled_DC_CLResControlMode']
                c += 1
                a = (a << 3) | 1
                a = e11(x, a)
                s = 11
            elif 'CLResControlMode' in v:
                x = v['CLResControlMode']
                c += 1
                a = (a << 3) | 2
                a = e13(x, a)
                s = 11
            elif 'Dynamic_DC_CLResControlMode' in v:
                x = v['Dynamic_DC_CLResControlMode']
                c += 1
                a = (a << 3) | 3
                a = e63(x, a)
                s = 11
            elif 'Scheduled_DC_CLResControlMode' in v:
                x = v['Scheduled_DC_CLResControlMode']
                c += 1
                a = (a << 3) | 4
                a = e64(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d54(r, V, N, p, q):
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
                x = T13[x >> 1]
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


def e54(v, a):
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
                a = (a << 3) | M13[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d55(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T13[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e55(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M13[x]
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
                x, p = str_r(r, V, N, p, 116)
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


def e56(v, a):
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


def d57(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e57(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
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
    a = b64_w(a, x, 64)
    return a << 1


def d59(r, V, N, p, q):
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
                x, p = d60(r, V, N, p, 128)
                o['EnergyCosts'] = x
                s = 2
            elif c == 1:
                x, p = d60(r, V, N, p, 129)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 2:
                x, p = d60(r, V, N, p, 130)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 3:
                x, p = d60(r, V, N, p, 131)
                o['OverstayCosts'] = x
                s = 5
            elif c == 4:
                x, p = d61(r, V, N, p, 132)
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
                x, p = d60(r, V, N, p, 129)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 1:
                x, p = d60(r, V, N, p, 130)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 2:
                x, p = d60(r, V, N, p, 131)
                o['OverstayCosts'] = x
                s = 5
            elif c == 3:
                x, p = d61(r, V, N, p, 132)
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
                x, p = d60(r, V, N, p, 130)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 1:
                x, p = d60(r, V, N, p, 131)
                o['OverstayCosts'] = x
                s = 5
            elif c == 2:
                x, p = d61(r, V, N, p, 132)
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
                x, p = d60(r, V, N, p, 131)
                o['OverstayCosts'] = x
                s = 5
            elif c == 1:
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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
                x, p = d61(r, V, N, p, 132)
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


def e59(v, a):
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
                a = e60(x, a)
                s = 2
            elif 'OccupancyCosts' in v:
                x = v['OccupancyCosts']
                c += 1
                a = (a << 3) | 1
                a = e60(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 2
                a = e60(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 3
                a = e60(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 4
                a = e61(x, a)
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
                a = e60(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 1
                a = e60(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 2
                a = e60(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 3
                a = e61(x, a)
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
                a = e60(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 1
                a = e60(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a = e61(x, a)
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
                a = e60(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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
                a = e61(x, a)
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


def d60(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 124)
                o['Amount'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 125)
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


def e60(v, a):
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
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'CostPerUnit' in v:
                x = v['CostPerUnit']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d61(r, V, N, p, q):
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
                x, p = d1(r, V, N, p, 124)
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


def e61(v, a):
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
                a = e1(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d62(r, V, N, p, q):
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


def e62(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 1 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d63(r, V, N, p, q):
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
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
                o['AckMaxDelay'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
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


def e63(v, a):
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
            elif 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 5
            else:
                raise Bad
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
            elif 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 5
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
            elif 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'AckMaxDelay' in v:
                x = v['AckMaxDelay']
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
            elif 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d64(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMaximumChargePower'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSEMinimumChargePower'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['EVSEMaximumChargeCurrent'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
                s = 4
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEMaximumVoltage'] = x
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


def e64(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 1
            elif 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 2
            elif 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 3
            elif 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 1:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 2
            elif 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 3
            elif 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 2:
            if 'EVSEMaximumChargeCurrent' in v:
                x = v['EVSEMaximumChargeCurrent']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 3:
            if 'EVSEMaximumVoltage' in v:
                x = v['EVSEMaximumVoltage']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d65(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 95)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d0(r, V, N, p, 13)
                o['BPT_DC_CPDReqEnergyTransferMode'] = x
                s = 2
            elif c == 1:
                x, p = d15(r, V, N, p, 45)
                o['DC_CPDReqEnergyTransferMode'] = x
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


def e65(v, a):
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
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'BPT_DC_CPDReqEnergyTransferMode' in v:
                x = v['BPT_DC_CPDReqEnergyTransferMode']
                c += 1
                a = (a << 2) | 0
                a = e0(x, a)
                s = 2
            elif 'DC_CPDReqEnergyTransferMode' in v:
                x = v['DC_CPDReqEnergyTransferMode']
                c += 1
                a = (a << 2) | 1
                a = e15(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
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
                x, p = d18(r, V, N, p, 95)
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d5(r, V, N, p, 25)
                o['BPT_DC_CPDResEnergyTransferMode'] = x
                s = 3
            elif c == 1:
                x, p = d16(r, V, N, p, 46)
                o['DC_CPDResEnergyTransferMode'] = x
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


def e66(v, a):
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
                a = e18(x, a)
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
            if 'BPT_DC_CPDResEnergyTransferMode' in v:
                x = v['BPT_DC_CPDResEnergyTransferMode']
                c += 1
                a = (a << 2) | 0
                a = e5(x, a)
                s = 3
            elif 'DC_CPDResEnergyTransferMode' in v:
                x = v['DC_CPDResEnergyTransferMode']
                c += 1
                a = (a << 2) | 1
                a = e16(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d67(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d18(r, V, N, p, 95)
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
                x = T11[x >> 1]
                o['EVProcessing'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 110)
                o['EVPresentVoltage'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 38)
                o['EVTargetVoltage'] = x
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


def e67(v, a):
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
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M11[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVPresentVoltage' in v:
                x = v['EVPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVTargetVoltage' in v:
                x = v['EVTargetVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
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
                x, p = d18(r, V, N, p, 95)
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
                x, p = d1(r, V, N, p, 137)
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


def e68(v, a):
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
                a = e18(x, a)
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
            if 'EVSEPresentVoltage' in v:
                x = v['EVSEPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 3
            else:
                raise Bad
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
                x, p = d18(r, V, N, p, 95)
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
                x = T11[x >> 1]
                o['EVProcessing'] = x
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


def e69(v, a):
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
                a = e18(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVProcessing' in v:
                x = v['EVProcessing']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M11[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
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
                x, p = d18(r, V, N, p, 95)
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
                x, p = d1(r, V, N, p, 137)
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


def e70(v, a):
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
                a = e18(x, a)
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
            if 'EVSEPresentVoltage' in v:
                x = v['EVSEPresentVoltage']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
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
                x, p = str_r(r, V, N, p, 50)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d25(r, V, N, p, 57)
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
                x, p = d25(r, V, N, p, 57)
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
                x, p = d25(r, V, N, p, 57)
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
                x, p = d25(r, V, N, p, 57)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e71(v, a):
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
                a = e25(x, a)
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
                a = e25(x, a)
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
                a = e25(x, a)
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
                a = e25(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d72(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 50)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 73, 153, p)
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
                x, p = interp_d(r, 73, 153, p)
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
                x, p = interp_d(r, 73, 153, p)
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
                x, p = interp_d(r, 73, 153, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e72(v, a):
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
                a = interp_e(G, 73, 153, x, a)
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
                a = interp_e(G, 73, 153, x, a)
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
                a = interp_e(G, 73, 153, x, a)
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
                a = interp_e(G, 73, 153, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 6: d6, 7: d7, 8: d8, 9: d9, 10: d10, 11: d11, 12: d12, 13: d13, 15: d15, 16: d16, 17: d17, 18: d18, 19: d19, 20: d20, 21: d21, 22: d22, 24: d24, 25: d25, 26: d26, 28: d28, 30: d30, 31: d31, 34: d34, 35: d35, 36: d36, 37: d37, 39: d39, 40: d40, 41: d41, 45: d45, 46: d46, 47: d47, 48: d48, 49: d49, 50: d50, 51: d51, 52: d52, 53: d53, 54: d54, 55: d55, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63, 64: d64, 65: d65, 66: d66, 67: d67, 68: d68, 69: d69, 70: d70, 71: d71, 72: d72}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 6: e6, 7: e7, 8: e8, 9: e9, 10: e10, 11: e11, 12: e12, 13: e13, 15: e15, 16: e16, 17: e17, 18: e18, 19: e19, 20: e20, 21: e21, 22: e22, 24: e24, 25: e25, 26: e26, 28: e28, 30: e30, 31: e31, 34: e34, 35: e35, 36: e36, 37: e37, 39: e39, 40: e40, 41: e41, 45: e45, 46: e46, 47: e47, 48: e48, 49: e49, 50: e50, 51: e51, 52: e52, 53: e53, 54: e54, 55: e55, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63, 64: e64, 65: e65, 66: e66, 67: e67, 68: e68, 69: e69, 70: e70, 71: e71, 72: e72}
