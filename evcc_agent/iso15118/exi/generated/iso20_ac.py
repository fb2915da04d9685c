# generated — do not edit. EXI grammars for 'iso20_ac' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   3a67df5893f446060ef112c09818c7bf59dc1d3f9ec3b7a194e7616e59c0eaba  iso15118_20/V2G_CI_AC.xsd
#   3a1e442fcf4dba9c9c2a3125ba133b853bad02931a989b4eec7f8bdd66d904fe  iso15118_20/V2G_CI_CommonTypes.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('urn:iso:std:iso:15118:-20:CommonTypes', 'Exponent'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Value'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumChargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumChargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumChargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumChargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumChargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumChargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'AC_CPDReqEnergyTransferMode'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMaximumChargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMaximumChargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMaximumChargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMinimumChargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMinimumChargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMinimumChargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVSENominalFrequency'), ('urn:iso:std:iso:15118:-20:AC', 'MaximumPowerAsymmetry'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEPowerRampLimitation'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEPresentActivePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEPresentActivePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEPresentActivePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'AC_CPDResEnergyTransferMode'), ('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Id'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'SessionID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeStamp'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'PresentSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToTargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargingComplete'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BatteryEnergyCapacity'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'InletHot'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DepartureTime'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVTargetEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMaximumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMinimumEnergyRequest'), ('urn:iso:std:iso:15118:-20:AC', 'EVPresentActivePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVPresentActivePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVPresentActivePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVPresentReactivePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVPresentReactivePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVPresentReactivePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumDischargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumDischargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumDischargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumDischargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumDischargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumDischargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVMaximumV2XEnergyRequest'), ('urn:iso:std:iso:15118:-20:AC', 'EVMinimumV2XEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Header'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DisplayParameters'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfoRequested'), ('urn:iso:std:iso:15118:-20:AC', 'BPT_Dynamic_AC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'BPT_Scheduled_AC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLReqControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'Dynamic_AC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'Scheduled_AC_CLReqControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'AC_ChargeLoopReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'NotificationMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSENotification'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_DischargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CapacitiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_InductiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterSignature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterTimestamp'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Amount'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CostPerUnit'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxRuleID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeAnchor'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EnergyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OccupancyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AdditionalServicesCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OverstayCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AckMaxDelay'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetActivePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetActivePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetActivePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetReactivePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetReactivePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetReactivePower_L3'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ResponseCode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSEStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfo'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Receipt'), ('urn:iso:std:iso:15118:-20:AC', 'EVSETargetFrequency'), ('urn:iso:std:iso:15118:-20:AC', 'BPT_Dynamic_AC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'BPT_Scheduled_AC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLResControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'Dynamic_AC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'Scheduled_AC_CLResControlMode'), ('urn:iso:std:iso:15118:-20:AC', 'AC_ChargeLoopRes'), ('urn:iso:std:iso:15118:-20:AC', 'BPT_AC_CPDReqEnergyTransferMode'), ('urn:iso:std:iso:15118:-20:AC', 'AC_ChargeParameterDiscoveryReq'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMaximumDischargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMaximumDischargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMaximumDischargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMinimumDischargePower'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMinimumDischargePower_L2'), ('urn:iso:std:iso:15118:-20:AC', 'EVSEMinimumDischargePower_L3'), ('urn:iso:std:iso:15118:-20:AC', 'BPT_AC_CPDResEnergyTransferMode'), ('urn:iso:std:iso:15118:-20:AC', 'AC_ChargeParameterDiscoveryRes'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RootCertificateID')]
DTYPES = [(4, -128, 8), (2, -32768, 32767), (6, 8), (3, 0, 18446744073709551615), (0, None), (2, None, None), (7, None), (4, 0, 7), (3, 0, 4294967295), (1,), (5, ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter'), 6, 0), (3, 0, 65535), (5, ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation'), 3, 0), (0, 32), (7, 64), (3, 1, 4294967295)]
ROOTS = [(8, 0), (21, 4), (108, 5), (145, 43), (147, 60), (155, 62), (146, 61), (154, 63), (103, 38), (140, 55), (104, 39), (141, 56), (105, 40), (142, 57), (32, 11), (44, 23), (30, 18), (31, 19), (106, 41), (143, 58), (67, 21), (56, 17), (57, 22), (156, 64), (62, 17), (68, 33), (60, 31), (45, 25), (34, 14), (58, 26), (61, 32), (107, 42), (144, 59), (71, 9), (33, 12), (159, 65), (158, 66), (66, 20), (65, 10), (25, 16), (29, 15), (59, 27)]
FRAGMENTS = [(8, 0), (21, 4), (108, 5), (145, 43), (147, 60), (155, 62), (128, 46), (125, 52), (119, 1), (146, 61), (154, 63), (113, 8), (103, 38), (140, 55), (115, 8), (104, 39), (141, 56), (80, 1), (105, 40), (142, 57), (32, 11), (114, 8), (112, 8), (79, 37), (120, 1), (44, 23), (82, 36), (30, 18), (31, 19), (101, 34), (106, 41), (143, 58), (2, 1), (3, 1), (4, 1), (92, 1), (93, 1), (94, 1), (84, 1), (98, 1), (5, 1), (6, 1), (7, 1), (95, 1), (96, 1), (97, 1), (85, 1), (99, 1), (86, 1), (87, 1), (88, 1), (89, 1), (90, 1), (91, 1), (9, 1), (10, 1), (11, 1), (148, 1), (149, 1), (150, 1), (12, 1), (13, 1), (14, 1), (151, 1), (152, 1), (153, 1), (15, 1), (110, 47), (17, 1), (18, 1), (19, 1), (20, 1), (136, 45), (129, 1), (130, 1), (131, 1), (139, 1), (132, 1), (133, 1), (134, 1), (83, 1), (123, 52), (43, 24), (0, 2), (36, 24), (23, 13), (100, 6), (81, 37), (39, 24), (67, 21), (56, 17), (57, 22), (156, 64), (16, 1), (75, 35), (111, 49), (137, 48), (102, 37), (116, 50), (117, 3), (118, 8), (62, 17), (73, 35), (42, 24), (109, 46), (68, 33), (124, 52), (126, 52), (35, 24), (60, 31), (53, 30), (54, 30), (41, 24), (72, 35), (38, 24), (45, 25), (138, 51), (34, 14), (78, 36), (76, 36), (77, 36), (135, 44), (58, 26), (160, 28), (61, 32), (55, 30), (107, 42), (144, 59), (40, 24), (69, 7), (71, 9), (33, 12), (159, 65), (158, 66), (66, 20), (65, 10), (74, 35), (127, 53), (121, 54), (122, 8), (70, 8), (25, 16), (29, 15), (1, 3), (52, 30), (51, 30), (59, 27), (46, 17), (48, 28), (49, 30), (47, 29), (50, 17), (24, 17), (37, 24)]
GRAMMARS = [
    ('c', [[(1, 2, 1, 1, False)], [(1, 3, 1, 2, False), (1, 4, 1, 3, False), (1, 5, 1, 4, False)], [(1, 4, 1, 3, False), (1, 5, 1, 4, False)], [(1, 5, 1, 4, False)], [(1, 6, 1, 5, False), (1, 7, 1, 6, False), (2,)], [(1, 7, 1, 6, False), (2,)], [(2,)]]),
    ('c', [[(1, 0, 2, 1, False)], [(1, 1, 3, 2, False)], [(2,)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(1, 9, 1, 1, False)], [(1, 10, 1, 2, False), (1, 11, 1, 3, False), (1, 12, 1, 4, False)], [(1, 11, 1, 3, False), (1, 12, 1, 4, False)], [(1, 12, 1, 4, False)], [(1, 13, 1, 5, False), (1, 14, 1, 6, False), (1, 15, 1, 7, False)], [(1, 14, 1, 6, False), (1, 15, 1, 7, False)], [(1, 15, 1, 7, False)], [(1, 16, 1, 8, False), (1, 17, 1, 9, False), (1, 18, 1, 10, False), (1, 19, 1, 11, False), (1, 20, 1, 12, False), (2,)], [(1, 17, 1, 9, False), (1, 18, 1, 10, False), (1, 19, 1, 11, False), (1, 20, 1, 12, False), (2,)], [(1, 18, 1, 10, False), (1, 19, 1, 11, False), (1, 20, 1, 12, False), (2,)], [(1, 19, 1, 11, False), (1, 20, 1, 12, False), (2,)], [(1, 20, 1, 12, False), (2,)], [(2,)]]),
    ('c', [[(1, 100, 6, 1, False)], [(1, 101, 34, 2, False), (1, 102, 37, 3, False)], [(1, 102, 37, 3, False)], [(1, 103, 38, 4, False), (1, 104, 39, 4, False), (1, 105, 40, 4, False), (1, 106, 41, 4, False), (1, 107, 42, 4, False)], [(2,)]]),
    ('c', [[(1, 69, 7, 1, False)], [(1, 70, 8, 2, False)], [(1, 71, 9, 3, False), (2,)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(0, 26, 4, 1), (1, 65, 10, 2, False)], [(1, 65, 10, 2, False)], [(1, 66, 20, 3, False)], [(1, 67, 21, 4, False), (1, 68, 33, 5, True), (2,)], [(1, 68, 33, 5, True), (2,)], [(1, 68, 33, 5, True), (2,)]]),
    ('c', [[(0, 26, 4, 1), (1, 32, 11, 2, False)], [(1, 32, 11, 2, False)], [(1, 33, 12, 3, False)], [(1, 34, 14, 4, True)], [(1, 34, 14, 5, True), (2,)], [(1, 34, 14, 5, True), (2,)]]),
    ('c', [[(0, 22, 4, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(0, 22, 4, 1)], [(1, 23, 13, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('c', [[(0, 26, 4, 1), (0, 27, 4, 2), (0, 28, 4, 3), (1, 29, 15, 4, False), (1, 30, 18, 5, False)], [(0, 27, 4, 2), (0, 28, 4, 3), (1, 29, 15, 4, False), (1, 30, 18, 5, False)], [(0, 28, 4, 3), (1, 29, 15, 4, False), (1, 30, 18, 5, False)], [(1, 29, 15, 4, False), (1, 30, 18, 5, False)], [(1, 30, 18, 5, False)], [(1, 31, 19, 6, False)], [(2,)]]),
    ('c', [[(1, 25, 16, 1, True)], [(1, 25, 16, 2, True), (2,)], [(1, 25, 16, 2, True), (2,)]]),
    ('c', [[(0, 22, 4, 1)], [(1, 24, 17, 3, False), (4, 2), (2,), (5, 1)], [(1, 24, 17, 3, False), (4, 2), (2,), (5, 2)], [(1, 24, 17, 3, False), (4, 2), (2,), (5, 3)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
    ('c', [[(0, 22, 4, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('v', [[(0, 26, 4, 1), (3, 6, 2)], [(3, 6, 2)], [(2,)]]),
    ('c', [[(0, 26, 4, 1), (1, 56, 17, 2, False), (1, 57, 22, 3, False), (1, 58, 26, 4, False), (1, 59, 27, 5, False), (1, 60, 31, 6, False), (1, 61, 32, 7, False), (1, 62, 17, 8, False), (4, 9), (5, 1)], [(1, 56, 17, 2, False), (1, 57, 22, 3, False), (1, 58, 26, 4, False), (1, 59, 27, 5, False), (1, 60, 31, 6, False), (1, 61, 32, 7, False), (1, 62, 17, 8, False), (4, 9), (5, 1)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 2)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 3)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 4)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 5)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 6)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 7)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 8)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 9)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 10)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 11)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 12)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 13)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 14)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 15)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 16)], [(1, 56, 17, 10, False), (1, 57, 22, 11, False), (1, 58, 26, 12, False), (1, 59, 27, 13, False), (1, 60, 31, 14, False), (1, 61, 32, 15, False), (1, 62, 17, 16, False), (4, 17), (2,), (5, 17)]]),
    ('c', [[(1, 44, 23, 1, False), (1, 45, 25, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 35, 24, 1, False), (1, 36, 24, 2, False), (1, 37, 24, 3, False)], [(1, 38, 24, 4, False)], [(1, 37, 24, 3, False)], [(1, 39, 24, 5, False), (1, 40, 24, 6, False), (2,)], [(1, 36, 24, 2, False), (1, 37, 24, 3, False)], [(1, 40, 24, 6, False), (2,)], [(1, 41, 24, 7, False)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('c', [[(1, 42, 24, 1, False)], [(1, 43, 24, 2, False)], [(2,)]]),
    ('c', [[(0, 27, 4, 1), (0, 28, 4, 2), (1, 29, 15, 3, False), (2,)], [(0, 28, 4, 2), (1, 29, 15, 3, False), (2,)], [(1, 29, 15, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 48, 28, 1, False), (1, 49, 30, 2, False), (1, 50, 17, 3, False), (1, 51, 30, 4, False), (1, 52, 30, 5, False), (4, 6)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)], [(1, 48, 28, 7, False), (1, 49, 30, 8, False), (1, 50, 17, 9, False), (1, 51, 30, 10, False), (1, 52, 30, 11, False), (4, 12), (2,)]]),
    ('c', [[(1, 46, 17, 1, False)], [(1, 47, 29, 2, False)], [(2,)]]),
    ('s', [[(3, 5, 1)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('c', [[(1, 53, 30, 1, False), (1, 54, 30, 2, False)], [(1, 54, 30, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 55, 30, 1, False)], [(1, 55, 30, 3, False), (4, 2), (2,)], [(1, 55, 30, 3, False), (2,)], [(1, 55, 30, 3, False), (4, 4), (2,)], [(1, 55, 30, 3, False), (2,)]]),
    ('c', [[(0, 63, 4, 1), (0, 26, 4, 2), (0, 64, 4, 3), (4, 4), (2,), (5, 3)], [(0, 26, 4, 2), (0, 64, 4, 3), (4, 4), (2,), (5, 3)], [(0, 64, 4, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 72, 35, 1, False), (1, 73, 35, 2, False), (1, 74, 35, 3, False), (1, 75, 35, 4, False), (1, 76, 36, 5, False), (1, 77, 36, 6, False), (1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 73, 35, 2, False), (1, 74, 35, 3, False), (1, 75, 35, 4, False), (1, 76, 36, 5, False), (1, 77, 36, 6, False), (1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 74, 35, 3, False), (1, 75, 35, 4, False), (1, 76, 36, 5, False), (1, 77, 36, 6, False), (1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 75, 35, 4, False), (1, 76, 36, 5, False), (1, 77, 36, 6, False), (1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 76, 36, 5, False), (1, 77, 36, 6, False), (1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 77, 36, 6, False), (1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 78, 36, 7, False), (1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 79, 37, 8, False), (1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 80, 1, 9, False), (1, 81, 37, 10, False), (2,)], [(1, 81, 37, 10, False), (2,)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('c', [[(1, 82, 36, 1, False), (1, 83, 1, 2, False)], [(1, 83, 1, 2, False)], [(1, 84, 1, 3, False)], [(1, 85, 1, 4, False)], [(1, 2, 1, 5, False)], [(1, 3, 1, 6, False), (1, 4, 1, 7, False), (1, 5, 1, 8, False)], [(1, 4, 1, 7, False), (1, 5, 1, 8, False)], [(1, 5, 1, 8, False)], [(1, 6, 1, 9, False), (1, 7, 1, 10, False), (1, 86, 1, 11, False)], [(1, 7, 1, 10, False), (1, 86, 1, 11, False)], [(1, 86, 1, 11, False)], [(1, 87, 1, 12, False), (1, 88, 1, 13, False), (1, 89, 1, 14, False)], [(1, 88, 1, 13, False), (1, 89, 1, 14, False)], [(1, 89, 1, 14, False)], [(1, 90, 1, 15, False), (1, 91, 1, 16, False), (1, 92, 1, 17, False)], [(1, 91, 1, 16, False), (1, 92, 1, 17, False)], [(1, 92, 1, 17, False)], [(1, 93, 1, 18, False), (1, 94, 1, 19, False), (1, 95, 1, 20, False)], [(1, 94, 1, 19, False), (1, 95, 1, 20, False)], [(1, 95, 1, 20, False)], [(1, 96, 1, 21, False), (1, 97, 1, 22, False), (1, 98, 1, 23, False), (1, 99, 1, 24, False), (2,)], [(1, 97, 1, 22, False), (1, 98, 1, 23, False), (1, 99, 1, 24, False), (2,)], [(1, 98, 1, 23, False), (1, 99, 1, 24, False), (2,)], [(1, 99, 1, 24, False), (2,)], [(2,)]]),
    ('c', [[(1, 83, 1, 1, False), (1, 84, 1, 2, False), (1, 85, 1, 3, False), (1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 84, 1, 2, False), (1, 85, 1, 3, False), (1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 85, 1, 3, False), (1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 86, 1, 10, False)], [(1, 87, 1, 11, False), (1, 88, 1, 12, False), (1, 89, 1, 13, False), (1, 90, 1, 14, False), (1, 91, 1, 15, False), (1, 92, 1, 16, False), (1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 88, 1, 12, False), (1, 89, 1, 13, False), (1, 90, 1, 14, False), (1, 91, 1, 15, False), (1, 92, 1, 16, False), (1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 89, 1, 13, False), (1, 90, 1, 14, False), (1, 91, 1, 15, False), (1, 92, 1, 16, False), (1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 90, 1, 14, False), (1, 91, 1, 15, False), (1, 92, 1, 16, False), (1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 91, 1, 15, False), (1, 92, 1, 16, False), (1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 92, 1, 16, False), (1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 93, 1, 17, False), (1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 94, 1, 18, False), (1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 95, 1, 19, False), (1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 96, 1, 20, False), (1, 97, 1, 21, False), (2,)], [(1, 97, 1, 21, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 82, 36, 1, False), (1, 83, 1, 2, False)], [(1, 83, 1, 2, False)], [(1, 84, 1, 3, False)], [(1, 85, 1, 4, False)], [(1, 2, 1, 5, False)], [(1, 3, 1, 6, False), (1, 4, 1, 7, False), (1, 5, 1, 8, False)], [(1, 4, 1, 7, False), (1, 5, 1, 8, False)], [(1, 5, 1, 8, False)], [(1, 6, 1, 9, False), (1, 7, 1, 10, False), (1, 86, 1, 11, False)], [(1, 7, 1, 10, False), (1, 86, 1, 11, False)], [(1, 86, 1, 11, False)], [(1, 87, 1, 12, False), (1, 88, 1, 13, False), (1, 89, 1, 14, False)], [(1, 88, 1, 13, False), (1, 89, 1, 14, False)], [(1, 89, 1, 14, False)], [(1, 90, 1, 15, False), (1, 91, 1, 16, False), (2,)], [(1, 91, 1, 16, False), (2,)], [(2,)]]),
    ('c', [[(1, 83, 1, 1, False), (1, 84, 1, 2, False), (1, 85, 1, 3, False), (1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 84, 1, 2, False), (1, 85, 1, 3, False), (1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 85, 1, 3, False), (1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 2, 1, 4, False), (1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 3, 1, 5, False), (1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 4, 1, 6, False), (1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 5, 1, 7, False), (1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 6, 1, 8, False), (1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 7, 1, 9, False), (1, 86, 1, 10, False)], [(1, 86, 1, 10, False)], [(1, 87, 1, 11, False), (1, 88, 1, 12, False), (1, 89, 1, 13, False), (1, 90, 1, 14, False), (1, 91, 1, 15, False), (2,)], [(1, 88, 1, 12, False), (1, 89, 1, 13, False), (1, 90, 1, 14, False), (1, 91, 1, 15, False), (2,)], [(1, 89, 1, 13, False), (1, 90, 1, 14, False), (1, 91, 1, 15, False), (2,)], [(1, 90, 1, 14, False), (1, 91, 1, 15, False), (2,)], [(1, 91, 1, 15, False), (2,)], [(2,)]]),
    ('c', [[(1, 100, 6, 1, False)], [(1, 135, 44, 2, False)], [(1, 136, 45, 3, False), (1, 137, 48, 4, False), (1, 138, 51, 5, False), (1, 139, 1, 6, False), (1, 140, 55, 7, False), (1, 141, 56, 7, False), (1, 142, 57, 7, False), (1, 143, 58, 7, False), (1, 144, 59, 7, False)], [(1, 137, 48, 4, False), (1, 138, 51, 5, False), (1, 139, 1, 6, False), (1, 140, 55, 7, False), (1, 141, 56, 7, False), (1, 142, 57, 7, False), (1, 143, 58, 7, False), (1, 144, 59, 7, False)], [(1, 138, 51, 5, False), (1, 139, 1, 6, False), (1, 140, 55, 7, False), (1, 141, 56, 7, False), (1, 142, 57, 7, False), (1, 143, 58, 7, False), (1, 144, 59, 7, False)], [(1, 139, 1, 6, False), (1, 140, 55, 7, False), (1, 141, 56, 7, False), (1, 142, 57, 7, False), (1, 143, 58, 7, False), (1, 144, 59, 7, False)], [(1, 140, 55, 7, False), (1, 141, 56, 7, False), (1, 142, 57, 7, False), (1, 143, 58, 7, False), (1, 144, 59, 7, False)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('c', [[(1, 109, 46, 1, False)], [(1, 110, 47, 2, False)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('c', [[(1, 111, 49, 1, False)], [(1, 112, 8, 2, False)], [(1, 113, 8, 3, False), (1, 114, 8, 4, False), (1, 115, 8, 5, False), (1, 116, 50, 6, False), (1, 117, 3, 7, False), (1, 118, 8, 8, False), (2,)], [(1, 114, 8, 4, False), (1, 115, 8, 5, False), (1, 116, 50, 6, False), (1, 117, 3, 7, False), (1, 118, 8, 8, False), (2,)], [(1, 115, 8, 5, False), (1, 116, 50, 6, False), (1, 117, 3, 7, False), (1, 118, 8, 8, False), (2,)], [(1, 116, 50, 6, False), (1, 117, 3, 7, False), (1, 118, 8, 8, False), (2,)], [(1, 117, 3, 7, False), (1, 118, 8, 8, False), (2,)], [(1, 118, 8, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('c', [[(1, 122, 8, 1, False)], [(1, 123, 52, 2, False), (1, 124, 52, 3, False), (1, 125, 52, 4, False), (1, 126, 52, 5, False), (1, 127, 53, 6, True), (2,)], [(1, 124, 52, 3, False), (1, 125, 52, 4, False), (1, 126, 52, 5, False), (1, 127, 53, 6, True), (2,)], [(1, 125, 52, 4, False), (1, 126, 52, 5, False), (1, 127, 53, 6, True), (2,)], [(1, 126, 52, 5, False), (1, 127, 53, 6, True), (2,)], [(1, 127, 53, 6, True), (2,)], [(1, 127, 53, 7, True), (2,)], [(1, 127, 53, 8, True), (2,)], [(1, 127, 53, 9, True), (2,)], [(1, 127, 53, 10, True), (2,)], [(1, 127, 53, 11, True), (2,)], [(1, 127, 53, 12, True), (2,)], [(1, 127, 53, 13, True), (2,)], [(1, 127, 53, 14, True), (2,)], [(1, 127, 53, 15, True), (2,)], [(2,)]]),
    ('c', [[(1, 119, 1, 1, False)], [(1, 120, 1, 2, False)], [(2,)]]),
    ('c', [[(1, 121, 54, 1, False)], [(1, 119, 1, 2, False)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('c', [[(1, 82, 36, 1, False), (1, 73, 35, 2, False), (1, 74, 35, 3, False), (1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 73, 35, 2, False), (1, 74, 35, 3, False), (1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 74, 35, 3, False), (1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 129, 1, 5, False)], [(1, 130, 1, 6, False), (1, 131, 1, 7, False), (1, 132, 1, 8, False), (1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 131, 1, 7, False), (1, 132, 1, 8, False), (1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 132, 1, 8, False), (1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 20, 1, 13, False), (2,)], [(2,)]]),
    ('c', [[(1, 129, 1, 1, False), (1, 130, 1, 2, False), (1, 131, 1, 3, False), (1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 130, 1, 2, False), (1, 131, 1, 3, False), (1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 131, 1, 3, False), (1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 20, 1, 9, False), (2,)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(1, 82, 36, 1, False), (1, 73, 35, 2, False), (1, 74, 35, 3, False), (1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 73, 35, 2, False), (1, 74, 35, 3, False), (1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 74, 35, 3, False), (1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 128, 46, 4, False), (1, 129, 1, 5, False)], [(1, 129, 1, 5, False)], [(1, 130, 1, 6, False), (1, 131, 1, 7, False), (1, 132, 1, 8, False), (1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 131, 1, 7, False), (1, 132, 1, 8, False), (1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 132, 1, 8, False), (1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 133, 1, 9, False), (1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 134, 1, 10, False), (1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 18, 1, 11, False), (1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 19, 1, 12, False), (1, 20, 1, 13, False), (2,)], [(1, 20, 1, 13, False), (2,)], [(2,)]]),
    ('c', [[(1, 129, 1, 1, False), (1, 130, 1, 2, False), (1, 131, 1, 3, False), (1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 130, 1, 2, False), (1, 131, 1, 3, False), (1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 131, 1, 3, False), (1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 132, 1, 4, False), (1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 133, 1, 5, False), (1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 134, 1, 6, False), (1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 18, 1, 7, False), (1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 19, 1, 8, False), (1, 20, 1, 9, False), (2,)], [(1, 20, 1, 9, False), (2,)], [(2,)]]),
    ('c', [[(1, 100, 6, 1, False)], [(1, 8, 0, 2, False), (1, 146, 61, 2, False)], [(2,)]]),
    ('c', [[(1, 2, 1, 1, False)], [(1, 3, 1, 2, False), (1, 4, 1, 3, False), (1, 5, 1, 4, False)], [(1, 4, 1, 3, False), (1, 5, 1, 4, False)], [(1, 5, 1, 4, False)], [(1, 6, 1, 5, False), (1, 7, 1, 6, False), (1, 92, 1, 7, False)], [(1, 7, 1, 6, False), (1, 92, 1, 7, False)], [(1, 92, 1, 7, False)], [(1, 93, 1, 8, False), (1, 94, 1, 9, False), (1, 95, 1, 10, False)], [(1, 94, 1, 9, False), (1, 95, 1, 10, False)], [(1, 95, 1, 10, False)], [(1, 96, 1, 11, False), (1, 97, 1, 12, False), (2,)], [(1, 97, 1, 12, False), (2,)], [(2,)]]),
    ('c', [[(1, 100, 6, 1, False)], [(1, 135, 44, 2, False)], [(1, 21, 4, 3, False), (1, 154, 63, 3, False)], [(2,)]]),
    ('c', [[(1, 9, 1, 1, False)], [(1, 10, 1, 2, False), (1, 11, 1, 3, False), (1, 12, 1, 4, False)], [(1, 11, 1, 3, False), (1, 12, 1, 4, False)], [(1, 12, 1, 4, False)], [(1, 13, 1, 5, False), (1, 14, 1, 6, False), (1, 15, 1, 7, False)], [(1, 14, 1, 6, False), (1, 15, 1, 7, False)], [(1, 15, 1, 7, False)], [(1, 16, 1, 8, False), (1, 17, 1, 9, False), (1, 18, 1, 10, False), (1, 19, 1, 11, False), (1, 20, 1, 12, False), (1, 148, 1, 13, False)], [(1, 17, 1, 9, False), (1, 18, 1, 10, False), (1, 19, 1, 11, False), (1, 20, 1, 12, False), (1, 148, 1, 13, False)], [(1, 18, 1, 10, False), (1, 19, 1, 11, False), (1, 20, 1, 12, False), (1, 148, 1, 13, False)], [(1, 19, 1, 11, False), (1, 20, 1, 12, False), (1, 148, 1, 13, False)], [(1, 20, 1, 12, False), (1, 148, 1, 13, False)], [(1, 148, 1, 13, False)], [(1, 149, 1, 14, False), (1, 150, 1, 15, False), (1, 151, 1, 16, False)], [(1, 150, 1, 15, False), (1, 151, 1, 16, False)], [(1, 151, 1, 16, False)], [(1, 152, 1, 17, False), (1, 153, 1, 18, False), (2,)], [(1, 153, 1, 18, False), (2,)], [(2,)]]),
    ('c', [[(0, 26, 4, 1), (1, 34, 14, 2, True)], [(1, 34, 14, 2, True)], [(1, 34, 14, 3, True), (2,)], [(1, 34, 14, 3, True), (2,)]]),
    ('c', [[(0, 26, 4, 1), (1, 158, 66, 2, True)], [(1, 158, 66, 2, True)], [(1, 158, 66, 3, True), (2,)], [(1, 158, 66, 3, True), (2,)]]),
    ('c', [[(0, 26, 4, 1), (0, 157, 4, 2)], [(0, 157, 4, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
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
T12 = ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation')
M12 = {'Pause': 0, 'ExitStandby': 1, 'Terminate': 2, 'ScheduleRenegotiation': 3, 'ServiceRenegotiation': 4, 'MeteringConfirmation': 5}


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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 6
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
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
            if 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 2
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 3
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 5
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 5:
            if 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 9)
                o['EVSEMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 10)
                o['EVSEMaximumChargePower_L2'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 11)
                o['EVSEMaximumChargePower_L3'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 12)
                o['EVSEMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 11)
                o['EVSEMaximumChargePower_L3'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 12)
                o['EVSEMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 12)
                o['EVSEMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 13)
                o['EVSEMinimumChargePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMinimumChargePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 15)
                o['EVSENominalFrequency'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMinimumChargePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 15)
                o['EVSENominalFrequency'] = x
                s = 7
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSENominalFrequency'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['MaximumPowerAsymmetry'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 17)
                o['EVSEPowerRampLimitation'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 10
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 4:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 17)
                o['EVSEPowerRampLimitation'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 3:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 2:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e4(v, a):
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
            if 'EVSEMaximumChargePower_L2' in v:
                x = v['EVSEMaximumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 2
            elif 'EVSEMaximumChargePower_L3' in v:
                x = v['EVSEMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 3
            elif 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVSEMaximumChargePower_L3' in v:
                x = v['EVSEMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEMinimumChargePower_L2' in v:
                x = v['EVSEMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumChargePower_L3' in v:
                x = v['EVSEMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 6
            elif 'EVSENominalFrequency' in v:
                x = v['EVSENominalFrequency']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumChargePower_L3' in v:
                x = v['EVSEMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSENominalFrequency' in v:
                x = v['EVSENominalFrequency']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 6:
            if 'EVSENominalFrequency' in v:
                x = v['EVSENominalFrequency']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'MaximumPowerAsymmetry' in v:
                x = v['MaximumPowerAsymmetry']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 8
            elif 'EVSEPowerRampLimitation' in v:
                x = v['EVSEPowerRampLimitation']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 9
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 8:
            if 'EVSEPowerRampLimitation' in v:
                x = v['EVSEPowerRampLimitation']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 9
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 9:
            if 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 10:
            if 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 11:
            if 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d5(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d6(r, V, N, p, 100)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d34(r, V, N, p, 101)
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
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d38(r, V, N, p, 103)
                o['BPT_Dynamic_AC_CLReqControlMode'] = x
                s = 4
            elif c == 1:
                x, p = d39(r, V, N, p, 104)
                o['BPT_Scheduled_AC_CLReqControlMode'] = x
                s = 4
            elif c == 2:
                x, p = d40(r, V, N, p, 105)
                o['CLReqControlMode'] = x
                s = 4
            elif c == 3:
                x, p = d41(r, V, N, p, 106)
                o['Dynamic_AC_CLReqControlMode'] = x
                s = 4
            elif c == 4:
                x, p = d42(r, V, N, p, 107)
                o['Scheduled_AC_CLReqControlMode'] = x
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


def e5(v, a):
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
                a = e6(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'DisplayParameters' in v:
                x = v['DisplayParameters']
                c += 1
                a = (a << 2) | 0
                a = e34(x, a)
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
            if 'BPT_Dynamic_AC_CLReqControlMode' in v:
                x = v['BPT_Dynamic_AC_CLReqControlMode']
                c += 1
                a = (a << 3) | 0
                a = e38(x, a)
                s = 4
            elif 'BPT_Scheduled_AC_CLReqControlMode' in v:
                x = v['BPT_Scheduled_AC_CLReqControlMode']
                c += 1
                a = (a << 3) | 1
                a = e39(x, a)
                s = 4
            elif 'CLReqControlMode' in v:
                x = v['CLReqControlMode']
                c += 1
                a = (a << 3) | 2
                a = e40(x, a)
                s = 4
            elif 'Dynamic_AC_CLReqControlMode' in v:
                x = v['Dynamic_AC_CLReqControlMode']
                c += 1
                a = (a << 3) | 3
                a = e41(x, a)
                s = 4
            elif 'Scheduled_AC_CLReqControlMode' in v:
                x = v['Scheduled_AC_CLReqControlMode']
                c += 1
                a = (a << 3) | 4
                a = e42(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d6(r, V, N, p, q):
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
                x, p = d9(r, V, N, p, 71)
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


def e6(v, a):
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
                a = e9(x, a)
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


def d7(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = x.hex().upper()
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e7(v, a):
    x = v
    a <<= 1
    a = hex_w(a, x, 8)
    return a << 1


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
    if type(x) is not int or x < 0 or x > 18446744073709551615:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d9(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 26)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d10(r, V, N, p, 65)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d10(r, V, N, p, 65)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d20(r, V, N, p, 66)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 21, 67, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 33, 68, p)
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
                x, p = interp_d(r, 33, 68, p)
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
                x, p = interp_d(r, 33, 68, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e9(v, a):
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
                a = e10(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e10(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e20(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 21, 67, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 33, 68, x, a)
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
                a = interp_e(G, 33, 68, x, a)
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
                a = interp_e(G, 33, 68, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d10(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 26)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 11, 32, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 11, 32, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 12, 33, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d14(r, V, N, p, 34)
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
                x, p = d14(r, V, N, p, 34)
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
                x, p = d14(r, V, N, p, 34)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e10(v, a):
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
                a = interp_e(G, 11, 32, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 11, 32, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 12, 33, x, a)
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
                a = e14(x, a)
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
                a = e14(x, a)
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
                a = e14(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d13(r, V, N, p, q):
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


def e13(v, a):
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


def d14(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 26)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 27)
                o['Type'] = x
                s = 2
            elif c == 2:
                x, p = str_r(r, V, N, p, 28)
                o['URI'] = x
                s = 3
            elif c == 3:
                x, p = d15(r, V, N, p, 29)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 18, 30, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 27)
                o['Type'] = x
                s = 2
            elif c == 1:
                x, p = str_r(r, V, N, p, 28)
                o['URI'] = x
                s = 3
            elif c == 2:
                x, p = d15(r, V, N, p, 29)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 18, 30, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 28)
                o['URI'] = x
                s = 3
            elif c == 1:
                x, p = d15(r, V, N, p, 29)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 18, 30, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d15(r, V, N, p, 29)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 18, 30, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 18, 30, p)
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


def e14(v, a):
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
                a = e15(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 18, 30, x, a)
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
                a = e15(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 18, 30, x, a)
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
                a = e15(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 18, 30, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e15(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 18, 30, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 18, 30, x, a)
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


def d15(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 16, 25, p)
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
                x, p = interp_d(r, 16, 25, p)
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
                x, p = interp_d(r, 16, 25, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e15(v, a):
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
                a = interp_e(G, 16, 25, x, a)
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
                a = interp_e(G, 16, 25, x, a)
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
                a = interp_e(G, 16, 25, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d17(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e17(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 26)
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


def e20(v, a):
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


def d23(r, V, N, p, q):
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


def e23(v, a):
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


def d24(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e24(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d25(r, V, N, p, q):
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


def e25(v, a):
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


def d26(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 27)
                o['Type'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 28)
                o['URI'] = x
                s = 2
            elif c == 2:
                x, p = d15(r, V, N, p, 29)
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
                x, p = str_r(r, V, N, p, 28)
                o['URI'] = x
                s = 2
            elif c == 1:
                x, p = d15(r, V, N, p, 29)
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
                x, p = d15(r, V, N, p, 29)
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


def e26(v, a):
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
                a = e15(x, a)
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
                a = e15(x, a)
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
                a = e15(x, a)
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
                x, p = str_r(r, V, N, p, 46)
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


def e28(v, a):
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


def d29(r, V, N, p, q):
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


def e29(v, a):
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


def d34(r, V, N, p, q):
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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
                x, p = d1(r, V, N, p, 80)
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


def e34(v, a):
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


def d35(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e35(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d36(r, V, N, p, q):
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


def e36(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d37(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e37(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
    return a << 1


def d38(r, V, N, p, q):
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
                x, p = d1(r, V, N, p, 83)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 83)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 84)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 85)
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 11
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 11
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 87)
                o['EVPresentActivePower_L2'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 13
            elif c == 2:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 14
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 13
            elif c == 1:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 14
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 14
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 15
            elif c == 1:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 16
            elif c == 2:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 17
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 16
            elif c == 1:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 17
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 17
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 18
            elif c == 1:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 19
            elif c == 2:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 20
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 19
            elif c == 1:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 20
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 20
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 21
            elif c == 1:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 22
            elif c == 2:
                x, p = d1(r, V, N, p, 98)
                o['EVMaximumV2XEnergyRequest'] = x
                s = 23
            elif c == 3:
                x, p = d1(r, V, N, p, 99)
                o['EVMinimumV2XEnergyRequest'] = x
                s = 24
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 21:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 22
            elif c == 1:
                x, p = d1(r, V, N, p, 98)
                o['EVMaximumV2XEnergyRequest'] = x
                s = 23
            elif c == 2:
                x, p = d1(r, V, N, p, 99)
                o['EVMinimumV2XEnergyRequest'] = x
                s = 24
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 22:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 98)
                o['EVMaximumV2XEnergyRequest'] = x
                s = 23
            elif c == 1:
                x, p = d1(r, V, N, p, 99)
                o['EVMinimumV2XEnergyRequest'] = x
                s = 24
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 23:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 99)
                o['EVMinimumV2XEnergyRequest'] = x
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


def e38(v, a):
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
            if 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 6
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 6:
            if 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 7:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 10
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 9:
            if 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 10
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 10:
            if 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 'EVPresentActivePower_L2' in v:
                x = v['EVPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            elif 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 14
            else:
                raise Bad
        if s == 12:
            if 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 14
            else:
                raise Bad
        if s == 13:
            if 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 14
            else:
                raise Bad
        if s == 14:
            if 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 15
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 17
            else:
                raise Bad
        if s == 15:
            if 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 17
            else:
                raise Bad
        if s == 16:
            if 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 17
            else:
                raise Bad
        if s == 17:
            if 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 18
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 20
            else:
                raise Bad
        if s == 18:
            if 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 20
            else:
                raise Bad
        if s == 19:
            if 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 20
            else:
                raise Bad
        if s == 20:
            if 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 21
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 22
            elif 'EVMaximumV2XEnergyRequest' in v:
                x = v['EVMaximumV2XEnergyRequest']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 23
            elif 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 24
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 21:
            if 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 22
            elif 'EVMaximumV2XEnergyRequest' in v:
                x = v['EVMaximumV2XEnergyRequest']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 23
            elif 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 24
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 22:
            if 'EVMaximumV2XEnergyRequest' in v:
                x = v['EVMaximumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 23
            elif 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 24
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 23:
            if 'EVMinimumV2XEnergyRequest' in v:
                x = v['EVMinimumV2XEnergyRequest']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d39(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 83)
                o['EVTargetEnergyRequest'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 84)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 85)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 5:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 6:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 7:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 8:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 9:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 84)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 85)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 4:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 5:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 6:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 7:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 8:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 85)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 4:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 5:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 6:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 7:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 3:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 4:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 5:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 6:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 3:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 4:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 5:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 4:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 3:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 87)
                o['EVPresentActivePower_L2'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 12
            elif c == 2:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 13
            elif c == 3:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 4:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 5:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 16
            elif c == 6:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 7:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 8:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 9:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 10:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 11:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 13
            elif c == 2:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 3:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 4:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 16
            elif c == 5:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 6:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 7:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 8:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 9:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 10:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 13
            elif c == 1:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 2:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 3:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 16
            elif c == 4:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 5:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 6:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 7:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 8:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 9:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 1:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 2:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 16
            elif c == 3:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 4:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 5:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 6:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 7:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 1:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 16
            elif c == 2:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 3:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 4:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 5:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 6:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 16
            elif c == 1:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 2:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 3:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 4:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 5:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 17
            elif c == 1:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 2:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 3:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 4:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 18
            elif c == 1:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 2:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 3:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 19
            elif c == 1:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 2:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 20
            elif c == 1:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 21
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
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


def e39(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 1
            elif 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 3
            elif 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 4) | 9
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 1:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 3
            elif 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 2:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 3
            elif 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 3:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 6
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 5:
            if 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
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
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 6:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 7:
            if 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 9:
            if 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVPresentActivePower_L2' in v:
                x = v['EVPresentActivePower_L2']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 11
            elif 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 12
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 15
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 4) | 9
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 4) | 10
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 11
        if s == 11:
            if 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 12
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 15
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 4) | 9
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 10
        if s == 12:
            if 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 15
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 9
        if s == 13:
            if 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 15
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 14:
            if 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 15
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 15:
            if 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 16
            elif 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 16:
            if 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 17
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 17:
            if 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 18
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 18:
            if 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 19
            elif 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 19:
            if 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 20
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 21
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 20:
            if 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d40(r, V, N, p, q):
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


def e40(v, a):
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
                o['DepartureTime'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 83)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 83)
                o['EVTargetEnergyRequest'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 84)
                o['EVMaximumEnergyRequest'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 85)
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
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 8
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 11
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 11
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 11
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 87)
                o['EVPresentActivePower_L2'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 13
            elif c == 2:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 14
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 13
            elif c == 1:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 14
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 14
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 15
            elif c == 1:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 16
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
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


def e41(v, a):
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
            if 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 6
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 6:
            if 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 7:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 10
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 9:
            if 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 10
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 10:
            if 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 11
            else:
                raise Bad
        if s == 11:
            if 'EVPresentActivePower_L2' in v:
                x = v['EVPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            elif 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 14
            else:
                raise Bad
        if s == 12:
            if 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 14
            else:
                raise Bad
        if s == 13:
            if 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 14
            else:
                raise Bad
        if s == 14:
            if 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 15
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 15:
            if 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d42(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 83)
                o['EVTargetEnergyRequest'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 84)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 85)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 5:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 6:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 7:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 8:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 9:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 84)
                o['EVMaximumEnergyRequest'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 85)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 4:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 5:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 6:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 7:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 8:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 85)
                o['EVMinimumEnergyRequest'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 4:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 5:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 6:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 7:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 3:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 4:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 5:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 6:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 3:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 4:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 5:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 4:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 3:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 86)
                o['EVPresentActivePower'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 87)
                o['EVPresentActivePower_L2'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 12
            elif c == 2:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 13
            elif c == 3:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 4:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 88)
                o['EVPresentActivePower_L3'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 13
            elif c == 2:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 3:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 89)
                o['EVPresentReactivePower'] = x
                s = 13
            elif c == 1:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 2:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 90)
                o['EVPresentReactivePower_L2'] = x
                s = 14
            elif c == 1:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
                s = 15
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 91)
                o['EVPresentReactivePower_L3'] = x
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


def e42(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVTargetEnergyRequest' in v:
                x = v['EVTargetEnergyRequest']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 1
            elif 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 3
            elif 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 4) | 9
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 1:
            if 'EVMaximumEnergyRequest' in v:
                x = v['EVMaximumEnergyRequest']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 2
            elif 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 3
            elif 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 2:
            if 'EVMinimumEnergyRequest' in v:
                x = v['EVMinimumEnergyRequest']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 3
            elif 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 3:
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 4
            elif 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 6
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 4:
            if 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 5
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 6
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 5:
            if 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
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
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 6:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 7
            elif 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 7:
            if 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 8
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 8:
            if 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            elif 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 9:
            if 'EVPresentActivePower' in v:
                x = v['EVPresentActivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVPresentActivePower_L2' in v:
                x = v['EVPresentActivePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 11
            elif 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 12
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 11:
            if 'EVPresentActivePower_L3' in v:
                x = v['EVPresentActivePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 12
            elif 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 12:
            if 'EVPresentReactivePower' in v:
                x = v['EVPresentReactivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 13
            elif 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 13:
            if 'EVPresentReactivePower_L2' in v:
                x = v['EVPresentReactivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 14
            elif 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 14:
            if 'EVPresentReactivePower_L3' in v:
                x = v['EVPresentReactivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d43(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d6(r, V, N, p, 100)
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
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d45(r, V, N, p, 136)
                o['EVSEStatus'] = x
                s = 3
            elif c == 1:
                x, p = d48(r, V, N, p, 137)
                o['MeterInfo'] = x
                s = 4
            elif c == 2:
                x, p = d51(r, V, N, p, 138)
                o['Receipt'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 139)
                o['EVSETargetFrequency'] = x
                s = 6
            elif c == 4:
                x, p = d55(r, V, N, p, 140)
                o['BPT_Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 5:
                x, p = d56(r, V, N, p, 141)
                o['BPT_Scheduled_AC_CLResControlMode'] = x
                s = 7
            elif c == 6:
                x, p = d57(r, V, N, p, 142)
                o['CLResControlMode'] = x
                s = 7
            elif c == 7:
                x, p = d58(r, V, N, p, 143)
                o['Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 8:
                x, p = d59(r, V, N, p, 144)
                o['Scheduled_AC_CLResControlMode'] = x
                s = 7
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d48(r, V, N, p, 137)
                o['MeterInfo'] = x
                s = 4
            elif c == 1:
                x, p = d51(r, V, N, p, 138)
                o['Receipt'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 139)
                o['EVSETargetFrequency'] = x
                s = 6
            elif c == 3:
                x, p = d55(r, V, N, p, 140)
                o['BPT_Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 4:
                x, p = d56(r, V, N, p, 141)
                o['BPT_Scheduled_AC_CLResControlMode'] = x
                s = 7
            elif c == 5:
                x, p = d57(r, V, N, p, 142)
                o['CLResControlMode'] = x
                s = 7
            elif c == 6:
                x, p = d58(r, V, N, p, 143)
                o['Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 7:
                x, p = d59(r, V, N, p, 144)
                o['Scheduled_AC_CLResControlMode'] = x
                s = 7
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d51(r, V, N, p, 138)
                o['Receipt'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 139)
                o['EVSETargetFrequency'] = x
                s = 6
            elif c == 2:
                x, p = d55(r, V, N, p, 140)
                o['BPT_Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 3:
                x, p = d56(r, V, N, p, 141)
                o['BPT_Scheduled_AC_CLResControlMode'] = x
                s = 7
            elif c == 4:
                x, p = d57(r, V, N, p, 142)
                o['CLResControlMode'] = x
                s = 7
            elif c == 5:
                x, p = d58(r, V, N, p, 143)
                o['Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 6:
                x, p = d59(r, V, N, p, 144)
                o['Scheduled_AC_CLResControlMode'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 139)
                o['EVSETargetFrequency'] = x
                s = 6
            elif c == 1:
                x, p = d55(r, V, N, p, 140)
                o['BPT_Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 2:
                x, p = d56(r, V, N, p, 141)
                o['BPT_Scheduled_AC_CLResControlMode'] = x
                s = 7
            elif c == 3:
                x, p = d57(r, V, N, p, 142)
                o['CLResControlMode'] = x
                s = 7
            elif c == 4:
                x, p = d58(r, V, N, p, 143)
                o['Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 5:
                x, p = d59(r, V, N, p, 144)
                o['Scheduled_AC_CLResControlMode'] = x
                s = 7
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d55(r, V, N, p, 140)
                o['BPT_Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 1:
                x, p = d56(r, V, N, p, 141)
                o['BPT_Scheduled_AC_CLResControlMode'] = x
                s = 7
            elif c == 2:
                x, p = d57(r, V, N, p, 142)
                o['CLResControlMode'] = x
                s = 7
            elif c == 3:
                x, p = d58(r, V, N, p, 143)
                o['Dynamic_AC_CLResControlMode'] = x
                s = 7
            elif c == 4:
                x, p = d59(r, V, N, p, 144)
                o['Scheduled_AC_CLResControlMode'] = x
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


def e43(v, a):
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
                a = e6(x, a)
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
                a = (a << 4) | 0
                a = e45(x, a)
                s = 3
            elif 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 4) | 1
                a = e48(x, a)
                s = 4
            elif 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 4) | 2
                a = e51(x, a)
                s = 5
            elif 'EVSETargetFrequency' in v:
                x = v['EVSETargetFrequency']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 6
            elif 'BPT_Dynamic_AC_CLResControlMode' in v:
                x = v['BPT_Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 4
                a = e55(x, a)
                s = 7
            elif 'BPT_Scheduled_AC_CLResControlMode' in v:
                x = v['BPT_Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 5
                a = e56(x, a)
                s = 7
            elif 'CLResControlMode' in v:
                x = v['CLResControlMode']
                c += 1
                a = (a << 4) | 6
                a = e57(x, a)
                s = 7
            elif 'Dynamic_AC_CLResControlMode' in v:
                x = v['Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 7
                a = e58(x, a)
                s = 7
            elif 'Scheduled_AC_CLResControlMode' in v:
                x = v['Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 8
                a = e59(x, a)
                s = 7
            else:
                raise Bad
        if s == 3:
            if 'MeterInfo' in v:
                x = v['MeterInfo']
                c += 1
                a = (a << 4) | 0
                a = e48(x, a)
                s = 4
            elif 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 4) | 1
                a = e51(x, a)
                s = 5
            elif 'EVSETargetFrequency' in v:
                x = v['EVSETargetFrequency']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 6
            elif 'BPT_Dynamic_AC_CLResControlMode' in v:
                x = v['BPT_Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 3
                a = e55(x, a)
                s = 7
            elif 'BPT_Scheduled_AC_CLResControlMode' in v:
                x = v['BPT_Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 4
                a = e56(x, a)
                s = 7
            elif 'CLResControlMode' in v:
                x = v['CLResControlMode']
                c += 1
                a = (a << 4) | 5
                a = e57(x, a)
                s = 7
            elif 'Dynamic_AC_CLResControlMode' in v:
                x = v['Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 6
                a = e58(x, a)
                s = 7
            elif 'Scheduled_AC_CLResControlMode' in v:
                x = v['Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 4) | 7
                a = e59(x, a)
                s = 7
            else:
                raise Bad
        if s == 4:
            if 'Receipt' in v:
                x = v['Receipt']
                c += 1
                a = (a << 3) | 0
                a = e51(x, a)
                s = 5
            elif 'EVSETargetFrequency' in v:
                x = v['EVSETargetFrequency']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 6
            elif 'BPT_Dynamic_AC_CLResControlMode' in v:
                x = v['BPT_Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 2
                a = e55(x, a)
                s = 7
            elif 'BPT_Scheduled_AC_CLResControlMode' in v:
                x = v['BPT_Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 3
                a = e56(x, a)
                s = 7
            elif 'CLResControlMode' in v:
                x = v['CLResControlMode']
                c += 1
                a = (a << 3) | 4
                a = e57(x, a)
                s = 7
            elif 'Dynamic_AC_CLResControlMode' in v:
                x = v['Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 5
                a = e58(x, a)
                s = 7
            elif 'Scheduled_AC_CLResControlMode' in v:
                x = v['Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 6
                a = e59(x, a)
                s = 7
            else:
                raise Bad
        if s == 5:
            if 'EVSETargetFrequency' in v:
                x = v['EVSETargetFrequency']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 6
            elif 'BPT_Dynamic_AC_CLResControlMode' in v:
                x = v['BPT_Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 1
                a = e55(x, a)
                s = 7
            elif 'BPT_Scheduled_AC_CLResControlMode' in v:
                x = v['BPT_Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 2
                a = e56(x, a)
                s = 7
            elif 'CLResControlMode' in v:
                x = v['CLResControlMode']
                c += 1
                a = (a << 3) | 3
                a = e57(x, a)
                s = 7
            elif 'Dynamic_AC_CLResControlMode' in v:
                x = v['Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 4
                a = e58(x, a)
                s = 7
            elif 'Scheduled_AC_CLResControlMode' in v:
                x = v['Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 5
                a = e59(x, a)
                s = 7
            else:
                raise Bad
        if s == 6:
            if 'BPT_Dynamic_AC_CLResControlMode' in v:
                x = v['BPT_Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 0
                a = e55(x, a)
                s = 7
            elif 'BPT_Scheduled_AC_CLResControlMode' in v:
                x = v['BPT_Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 1
                a = e56(x, a)
                s = 7
            elif 'CLResControlMode' in v:
                x = v['CLResControlMode']
                c += 1
                a = (a << 3) | 2
                a = e57(x, a)
                s = 7
            elif 'Dynamic_AC_CLResControlMode' in v:
                x = v['Dynamic_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 3
                a = e58(x, a)
                s = 7
            elif 'Scheduled_AC_CLResControlMode' in v:
                x = v['Scheduled_AC_CLResControlMode']
                c += 1
                a = (a << 3) | 4
                a = e59(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d44(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 6)) & 63
    p += 6
    x = T10[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e44(v, a):
    x = v
    a <<= 1
    a = (a << 6) | M10[x]
    return a << 1


def d45(r, V, N, p, q):
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
                x = T12[x >> 1]
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


def e45(v, a):
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
                a = (a << 3) | M12[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d46(r, V, N, p, q):
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


def e46(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d47(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T12[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e47(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M12[x]
    return a << 1


def d48(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 111)
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


def e48(v, a):
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


def d49(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e49(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
    return a << 1


def d50(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e50(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, 64)
    return a << 1


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
                o['TimeAnchor'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d52(r, V, N, p, 123)
                o['EnergyCosts'] = x
                s = 2
            elif c == 1:
                x, p = d52(r, V, N, p, 124)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 2:
                x, p = d52(r, V, N, p, 125)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 3:
                x, p = d52(r, V, N, p, 126)
                o['OverstayCosts'] = x
                s = 5
            elif c == 4:
                x, p = d53(r, V, N, p, 127)
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
                x, p = d52(r, V, N, p, 124)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 1:
                x, p = d52(r, V, N, p, 125)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 2:
                x, p = d52(r, V, N, p, 126)
                o['OverstayCosts'] = x
                s = 5
            elif c == 3:
                x, p = d53(r, V, N, p, 127)
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
                x, p = d52(r, V, N, p, 125)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 1:
                x, p = d52(r, V, N, p, 126)
                o['OverstayCosts'] = x
                s = 5
            elif c == 2:
                x, p = d53(r, V, N, p, 127)
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
                x, p = d52(r, V, N, p, 126)
                o['OverstayCosts'] = x
                s = 5
            elif c == 1:
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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
                x, p = d53(r, V, N, p, 127)
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


def e51(v, a):
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
                a = e52(x, a)
                s = 2
            elif 'OccupancyCosts' in v:
                x = v['OccupancyCosts']
                c += 1
                a = (a << 3) | 1
                a = e52(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 2
                a = e52(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 3
                a = e52(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 4
                a = e53(x, a)
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
                a = e52(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 1
                a = e52(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 2
                a = e52(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 3
                a = e53(x, a)
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
                a = e52(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 1
                a = e52(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a = e53(x, a)
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
                a = e52(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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
                a = e53(x, a)
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


def d52(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 119)
                o['Amount'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 120)
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


def e52(v, a):
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
                x, p = d1(r, V, N, p, 119)
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


def e53(v, a):
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


def d54(r, V, N, p, q):
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


def e54(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 1 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d55(r, V, N, p, q):
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 130)
                o['EVSETargetActivePower_L2'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 4:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 5:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 6:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 7:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 3:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 4:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 5:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 6:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 3:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 4:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 5:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 4:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 3:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 2:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
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


def e55(v, a):
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSETargetActivePower_L2' in v:
                x = v['EVSETargetActivePower_L2']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 7
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 8
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 6:
            if 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 7
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 8
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 7:
            if 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 8
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 8:
            if 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 9:
            if 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 10:
            if 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 11:
            if 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
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


def d56(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 130)
                o['EVSETargetActivePower_L2'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 5:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 6:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 7:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 8:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 9:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 130)
                o['EVSETargetActivePower_L2'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 4:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 5:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 6:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 7:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 4:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 5:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 6:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 3:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 4:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 5:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 4:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
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


def e56(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 1
            elif 'EVSETargetActivePower_L2' in v:
                x = v['EVSETargetActivePower_L2']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 2
            elif 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 3
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 9
        if s == 1:
            if 'EVSETargetActivePower_L2' in v:
                x = v['EVSETargetActivePower_L2']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 2
            elif 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 3
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 2:
            if 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 3
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 3:
            if 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 4:
            if 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 5:
            if 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 6:
            if 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 7:
            if 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
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
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 130)
                o['EVSETargetActivePower_L2'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 4:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 5:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 6:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 7:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 3:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 4:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 5:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 6:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 3:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 4:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 5:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 4:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 3:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 2:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 13
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
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


def e58(v, a):
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
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
            elif 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSETargetActivePower_L2' in v:
                x = v['EVSETargetActivePower_L2']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 7
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 8
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 6:
            if 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 7
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 8
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 7:
            if 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 8
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 8:
            if 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 9
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 9:
            if 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 10:
            if 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 11:
            if 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 12:
            if 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
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


def d59(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 129)
                o['EVSETargetActivePower'] = x
                s = 1
            elif c == 1:
                x, p = d1(r, V, N, p, 130)
                o['EVSETargetActivePower_L2'] = x
                s = 2
            elif c == 2:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 3
            elif c == 3:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 4:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 5:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 6:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 7:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 8:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 9:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 130)
                o['EVSETargetActivePower_L2'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 3:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 4:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 5:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 6:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 7:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 8:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 4)) & 15
            p += 4
            if c == 0:
                x, p = d1(r, V, N, p, 131)
                o['EVSETargetActivePower_L3'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 2:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 3:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 4:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 5:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 6:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 7:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 132)
                o['EVSETargetReactivePower'] = x
                s = 4
            elif c == 1:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 2:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 3:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 4:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 5:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 133)
                o['EVSETargetReactivePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 4:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 134)
                o['EVSETargetReactivePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 3:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 7
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 2:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 9
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
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


def e59(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVSETargetActivePower' in v:
                x = v['EVSETargetActivePower']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 1
            elif 'EVSETargetActivePower_L2' in v:
                x = v['EVSETargetActivePower_L2']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 2
            elif 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 3
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 8
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 9
        if s == 1:
            if 'EVSETargetActivePower_L2' in v:
                x = v['EVSETargetActivePower_L2']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 2
            elif 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 3
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 7
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 8
        if s == 2:
            if 'EVSETargetActivePower_L3' in v:
                x = v['EVSETargetActivePower_L3']
                c += 1
                a = (a << 4) | 0
                a = e1(x, a)
                s = 3
            elif 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 4) | 1
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 4) | 2
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 4) | 3
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 4) | 4
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 4) | 5
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 4) | 6
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 4) | 7
        if s == 3:
            if 'EVSETargetReactivePower' in v:
                x = v['EVSETargetReactivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 4
            elif 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 4:
            if 'EVSETargetReactivePower_L2' in v:
                x = v['EVSETargetReactivePower_L2']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 5
            elif 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 5:
            if 'EVSETargetReactivePower_L3' in v:
                x = v['EVSETargetReactivePower_L3']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 6:
            if 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 7
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 7:
            if 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 8
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 8:
            if 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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


def d60(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d6(r, V, N, p, 100)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d0(r, V, N, p, 8)
                o['AC_CPDReqEnergyTransferMode'] = x
                s = 2
            elif c == 1:
                x, p = d61(r, V, N, p, 146)
                o['BPT_AC_CPDReqEnergyTransferMode'] = x
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
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e6(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'AC_CPDReqEnergyTransferMode' in v:
                x = v['AC_CPDReqEnergyTransferMode']
                c += 1
                a = (a << 2) | 0
                a = e0(x, a)
                s = 2
            elif 'BPT_AC_CPDReqEnergyTransferMode' in v:
                x = v['BPT_AC_CPDReqEnergyTransferMode']
                c += 1
                a = (a << 2) | 1
                a = e61(x, a)
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
                x, p = d1(r, V, N, p, 2)
                o['EVMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 3)
                o['EVMaximumChargePower_L2'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 4)
                o['EVMaximumChargePower_L3'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                o['EVMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 6)
                o['EVMinimumChargePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 7)
                o['EVMinimumChargePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 7
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 92)
                o['EVMaximumDischargePower'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 93)
                o['EVMaximumDischargePower_L2'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 10
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 94)
                o['EVMaximumDischargePower_L3'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 10
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 95)
                o['EVMinimumDischargePower'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 96)
                o['EVMinimumDischargePower_L2'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 12
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 97)
                o['EVMinimumDischargePower_L3'] = x
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
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
            if 'EVMaximumChargePower' in v:
                x = v['EVMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVMaximumChargePower_L2' in v:
                x = v['EVMaximumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 2
            elif 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 3
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVMaximumChargePower_L3' in v:
                x = v['EVMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVMinimumChargePower' in v:
                x = v['EVMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVMinimumChargePower_L2' in v:
                x = v['EVMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 5
            elif 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 6
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 5:
            if 'EVMinimumChargePower_L3' in v:
                x = v['EVMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 6
            elif 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 6:
            if 'EVMaximumDischargePower' in v:
                x = v['EVMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'EVMaximumDischargePower_L2' in v:
                x = v['EVMaximumDischargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 8
            elif 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 9
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 8:
            if 'EVMaximumDischargePower_L3' in v:
                x = v['EVMaximumDischargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            elif 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 9:
            if 'EVMinimumDischargePower' in v:
                x = v['EVMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 10
            else:
                raise Bad
        if s == 10:
            if 'EVMinimumDischargePower_L2' in v:
                x = v['EVMinimumDischargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 11
            elif 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 11:
            if 'EVMinimumDischargePower_L3' in v:
                x = v['EVMinimumDischargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
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
                x, p = d6(r, V, N, p, 100)
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
                x, p = d4(r, V, N, p, 21)
                o['AC_CPDResEnergyTransferMode'] = x
                s = 3
            elif c == 1:
                x, p = d63(r, V, N, p, 154)
                o['BPT_AC_CPDResEnergyTransferMode'] = x
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


def e62(v, a):
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
                a = e6(x, a)
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
            if 'AC_CPDResEnergyTransferMode' in v:
                x = v['AC_CPDResEnergyTransferMode']
                c += 1
                a = (a << 2) | 0
                a = e4(x, a)
                s = 3
            elif 'BPT_AC_CPDResEnergyTransferMode' in v:
                x = v['BPT_AC_CPDResEnergyTransferMode']
                c += 1
                a = (a << 2) | 1
                a = e63(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
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
                x, p = d1(r, V, N, p, 9)
                o['EVSEMaximumChargePower'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 10)
                o['EVSEMaximumChargePower_L2'] = x
                s = 2
            elif c == 1:
                x, p = d1(r, V, N, p, 11)
                o['EVSEMaximumChargePower_L3'] = x
                s = 3
            elif c == 2:
                x, p = d1(r, V, N, p, 12)
                o['EVSEMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 11)
                o['EVSEMaximumChargePower_L3'] = x
                s = 3
            elif c == 1:
                x, p = d1(r, V, N, p, 12)
                o['EVSEMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 12)
                o['EVSEMinimumChargePower'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 13)
                o['EVSEMinimumChargePower_L2'] = x
                s = 5
            elif c == 1:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMinimumChargePower_L3'] = x
                s = 6
            elif c == 2:
                x, p = d1(r, V, N, p, 15)
                o['EVSENominalFrequency'] = x
                s = 7
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 14)
                o['EVSEMinimumChargePower_L3'] = x
                s = 6
            elif c == 1:
                x, p = d1(r, V, N, p, 15)
                o['EVSENominalFrequency'] = x
                s = 7
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 15)
                o['EVSENominalFrequency'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 16)
                o['MaximumPowerAsymmetry'] = x
                s = 8
            elif c == 1:
                x, p = d1(r, V, N, p, 17)
                o['EVSEPowerRampLimitation'] = x
                s = 9
            elif c == 2:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 10
            elif c == 3:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 4:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 5:
                x, p = d1(r, V, N, p, 148)
                o['EVSEMaximumDischargePower'] = x
                s = 13
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 17)
                o['EVSEPowerRampLimitation'] = x
                s = 9
            elif c == 1:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 10
            elif c == 2:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 3:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 4:
                x, p = d1(r, V, N, p, 148)
                o['EVSEMaximumDischargePower'] = x
                s = 13
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d1(r, V, N, p, 18)
                o['EVSEPresentActivePower'] = x
                s = 10
            elif c == 1:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 2:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 3:
                x, p = d1(r, V, N, p, 148)
                o['EVSEMaximumDischargePower'] = x
                s = 13
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 19)
                o['EVSEPresentActivePower_L2'] = x
                s = 11
            elif c == 1:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 2:
                x, p = d1(r, V, N, p, 148)
                o['EVSEMaximumDischargePower'] = x
                s = 13
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 20)
                o['EVSEPresentActivePower_L3'] = x
                s = 12
            elif c == 1:
                x, p = d1(r, V, N, p, 148)
                o['EVSEMaximumDischargePower'] = x
                s = 13
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 148)
                o['EVSEMaximumDischargePower'] = x
                s = 13
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 149)
                o['EVSEMaximumDischargePower_L2'] = x
                s = 14
            elif c == 1:
                x, p = d1(r, V, N, p, 150)
                o['EVSEMaximumDischargePower_L3'] = x
                s = 15
            elif c == 2:
                x, p = d1(r, V, N, p, 151)
                o['EVSEMinimumDischargePower'] = x
                s = 16
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 150)
                o['EVSEMaximumDischargePower_L3'] = x
                s = 15
            elif c == 1:
                x, p = d1(r, V, N, p, 151)
                o['EVSEMinimumDischargePower'] = x
                s = 16
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 151)
                o['EVSEMinimumDischargePower'] = x
                s = 16
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 152)
                o['EVSEMinimumDischargePower_L2'] = x
                s = 17
            elif c == 1:
                x, p = d1(r, V, N, p, 153)
                o['EVSEMinimumDischargePower_L3'] = x
                s = 18
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 153)
                o['EVSEMinimumDischargePower_L3'] = x
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
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
            if 'EVSEMaximumChargePower' in v:
                x = v['EVSEMaximumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVSEMaximumChargePower_L2' in v:
                x = v['EVSEMaximumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 2
            elif 'EVSEMaximumChargePower_L3' in v:
                x = v['EVSEMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 3
            elif 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'EVSEMaximumChargePower_L3' in v:
                x = v['EVSEMaximumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 3
            elif 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 3:
            if 'EVSEMinimumChargePower' in v:
                x = v['EVSEMinimumChargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEMinimumChargePower_L2' in v:
                x = v['EVSEMinimumChargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 5
            elif 'EVSEMinimumChargePower_L3' in v:
                x = v['EVSEMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 6
            elif 'EVSENominalFrequency' in v:
                x = v['EVSENominalFrequency']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 5:
            if 'EVSEMinimumChargePower_L3' in v:
                x = v['EVSEMinimumChargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 6
            elif 'EVSENominalFrequency' in v:
                x = v['EVSENominalFrequency']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 6:
            if 'EVSENominalFrequency' in v:
                x = v['EVSENominalFrequency']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 7
            else:
                raise Bad
        if s == 7:
            if 'MaximumPowerAsymmetry' in v:
                x = v['MaximumPowerAsymmetry']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 8
            elif 'EVSEPowerRampLimitation' in v:
                x = v['EVSEPowerRampLimitation']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 9
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 12
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 3) | 5
                a = e1(x, a)
                s = 13
            else:
                raise Bad
        if s == 8:
            if 'EVSEPowerRampLimitation' in v:
                x = v['EVSEPowerRampLimitation']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 9
            elif 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 12
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 3) | 4
                a = e1(x, a)
                s = 13
            else:
                raise Bad
        if s == 9:
            if 'EVSEPresentActivePower' in v:
                x = v['EVSEPresentActivePower']
                c += 1
                a = (a << 3) | 0
                a = e1(x, a)
                s = 10
            elif 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 3) | 1
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 3) | 2
                a = e1(x, a)
                s = 12
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 3) | 3
                a = e1(x, a)
                s = 13
            else:
                raise Bad
        if s == 10:
            if 'EVSEPresentActivePower_L2' in v:
                x = v['EVSEPresentActivePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 11
            elif 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 12
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 13
            else:
                raise Bad
        if s == 11:
            if 'EVSEPresentActivePower_L3' in v:
                x = v['EVSEPresentActivePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            elif 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 13
            else:
                raise Bad
        if s == 12:
            if 'EVSEMaximumDischargePower' in v:
                x = v['EVSEMaximumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 13
            else:
                raise Bad
        if s == 13:
            if 'EVSEMaximumDischargePower_L2' in v:
                x = v['EVSEMaximumDischargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 14
            elif 'EVSEMaximumDischargePower_L3' in v:
                x = v['EVSEMaximumDischargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 15
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 2) | 2
                a = e1(x, a)
                s = 16
            else:
                raise Bad
        if s == 14:
            if 'EVSEMaximumDischargePower_L3' in v:
                x = v['EVSEMaximumDischargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 15
            elif 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 16
            else:
                raise Bad
        if s == 15:
            if 'EVSEMinimumDischargePower' in v:
                x = v['EVSEMinimumDischargePower']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 16
            else:
                raise Bad
        if s == 16:
            if 'EVSEMinimumDischargePower_L2' in v:
                x = v['EVSEMinimumDischargePower_L2']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 17
            elif 'EVSEMinimumDischargePower_L3' in v:
                x = v['EVSEMinimumDischargePower_L3']
                c += 1
                a = (a << 2) | 1
                a = e1(x, a)
                s = 18
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 17:
            if 'EVSEMinimumDischargePower_L3' in v:
                x = v['EVSEMinimumDischargePower_L3']
                c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 18
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 18:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d64(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 26)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d14(r, V, N, p, 34)
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
                x, p = d14(r, V, N, p, 34)
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
                x, p = d14(r, V, N, p, 34)
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
                x, p = d14(r, V, N, p, 34)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e64(v, a):
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
                a = e14(x, a)
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
                a = e14(x, a)
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
                a = e14(x, a)
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
                a = e14(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d65(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 26)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 66, 158, p)
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
                x, p = interp_d(r, 66, 158, p)
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
                x, p = interp_d(r, 66, 158, p)
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
                x, p = interp_d(r, 66, 158, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e65(v, a):
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
                a = interp_e(G, 66, 158, x, a)
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
                a = interp_e(G, 66, 158, x, a)
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
                a = interp_e(G, 66, 158, x, a)
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
                a = interp_e(G, 66, 158, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 6: d6, 7: d7, 8: d8, 9: d9, 10: d10, 13: d13, 14: d14, 15: d15, 17: d17, 19: d19, 20: d20, 23: d23, 24: d24, 25: d25, 26: d26, 28: d28, 29: d29, 30: d30, 34: d34, 35: d35, 36: d36, 37: d37, 38: d38, 39: d39, 40: d40, 41: d41, 42: d42, 43: d43, 44: d44, 45: d45, 46: d46, 47: d47, 48: d48, 49: d49, 50: d50, 51: d51, 52: d52, 53: d53, 54: d54, 55: d55, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63, 64: d64, 65: d65}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 6: e6, 7: e7, 8: e8, 9: e9, 10: e10, 13: e13, 14: e14, 15: e15, 17: e17, 19: e19, 20: e20, 23: e23, 24: e24, 25: e25, 26: e26, 28: e28, 29: e29, 30: e30, 34: e34, 35: e35, 36: e36, 37: e37, 38: e38, 39: e39, 40: e40, 41: e41, 42: e42, 43: e43, 44: e44, 45: e45, 46: e46, 47: e47, 48: e48, 49: e49, 50: e50, 51: e51, 52: e52, 53: e53, 54: e54, 55: e55, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63, 64: e64, 65: e65}
