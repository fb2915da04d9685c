# generated — do not edit. EXI grammars for 'iso20_acdp' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   f0f840697971fa531f92c9d921595cc46a2a2908c6625bc5dd206e94aac239ec  iso15118_20/V2G_CI_ACDP.xsd
#   3a1e442fcf4dba9c9c2a3125ba133b853bad02931a989b4eec7f8bdd66d904fe  iso15118_20/V2G_CI_CommonTypes.xsd
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Id'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'SessionID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeStamp'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Header'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVElectricalChargingDeviceStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_ConnectReq'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ResponseCode'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEProcessing'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEElectricalChargingDeviceStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEMechanicalChargingDeviceStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_ConnectRes'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_DisconnectReq'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_DisconnectRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Exponent'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Value'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVReadyToCharge'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVImmobilizationRequest'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVImmobilized'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVWLANStrength'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVCPStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSOC'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVErrorCode'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVTimeout'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVTechnicalStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_SystemStatusReq'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEReadyToCharge'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEIsolationStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEDisabled'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEUtilityInterruptEvent'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEEmergencyShutdown'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEMalfunction'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVInChargePosition'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVAssociationStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_SystemStatusRes'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVMobilityStatus'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVPositioningSupport'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_VehiclePositioningReq'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVSEPositioningSupport'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVRelativeXDeviation'), ('urn:iso:std:iso:15118:-20:ACDP', 'EVRelativeYDeviation'), ('urn:iso:std:iso:15118:-20:ACDP', 'ContactWindowXc'), ('urn:iso:std:iso:15118:-20:ACDP', 'ContactWindowYc'), ('urn:iso:std:iso:15118:-20:ACDP', 'ACDP_VehiclePositioningRes'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLReqControlMode'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CLResControlMode'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'PresentSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMinimumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToTargetSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RemainingTimeToMaximumSOC'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargingComplete'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BatteryEnergyCapacity'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'InletHot'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'NotificationMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSENotification'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'ChargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_DischargedEnergyReadingWh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CapacitiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'BPT_InductiveEnergyReadingVARh'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterSignature'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterTimestamp'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Amount'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'CostPerUnit'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxRuleID'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TimeAnchor'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EnergyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OccupancyCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AdditionalServicesCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'OverstayCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'TaxCosts'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'AckMaxDelay'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DepartureTime'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'DisplayParameters'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMaximumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVMinimumEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVSEStatus'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'EVTargetEnergyRequest'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfo'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'MeterInfoRequested'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'Receipt'), ('urn:iso:std:iso:15118:-20:CommonTypes', 'RootCertificateID')]
DTYPES = [(6, 8), (3, 0, 18446744073709551615), (0, None), (2, None, None), (7, None), (5, ('State_A', 'State_B', 'State_C', 'State_D'), 2, 0), (5, ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter'), 6, 0), (5, ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction'), 2, 0), (5, ('Home', 'Moving', 'EndPosition'), 2, 0), (1,), (4, -128, 8), (2, -32768, 32767), (5, ('StateA', 'StateB', 'StateC', 'StateD', 'StateE'), 3, 0), (4, 0, 7), (5, ('OK_NoEVError', 'FAILED', 'FAILED_EmergencyEvent', 'FAILED_Breaker', 'FAILED_RESSTemperatureInhibit', 'FAILED_RESS', 'FAILED_ChargingCurrentDifferential', 'FAILED_ChargingVoltageOutOfRange', 'FAILED_Reserved1', 'FAILED_Reserved2'), 4, 0), (5, ('Invalid', 'Safe', 'Warning', 'Fault'), 2, 0), (3, 0, 4294967295), (3, 0, 65535), (5, ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation'), 3, 0), (0, 32), (7, 64), (3, 1, 4294967295)]
ROOTS = [(52, 0), (57, 30), (58, 0), (59, 30), (71, 34), (80, 43), (83, 45), (89, 46), (90, 47), (91, 48), (10, 6), (22, 18), (8, 13), (9, 14), (45, 16), (34, 12), (35, 17), (92, 49), (40, 12), (46, 28), (38, 26), (23, 20), (12, 9), (36, 21), (39, 27), (49, 4), (11, 7), (95, 50), (94, 51), (44, 15), (43, 5), (3, 11), (7, 10), (37, 22)]
FRAGMENTS = [(52, 0), (57, 30), (58, 0), (59, 30), (71, 34), (80, 43), (83, 45), (89, 46), (125, 55), (122, 61), (116, 37), (110, 3), (112, 3), (104, 37), (90, 47), (91, 48), (10, 6), (111, 3), (109, 3), (103, 36), (87, 39), (88, 39), (117, 37), (22, 18), (126, 53), (8, 13), (9, 14), (127, 52), (79, 36), (66, 40), (51, 29), (68, 42), (63, 36), (64, 36), (78, 36), (128, 37), (129, 37), (81, 36), (82, 36), (62, 36), (85, 39), (86, 39), (74, 36), (55, 29), (76, 36), (73, 44), (77, 36), (56, 33), (107, 56), (84, 36), (54, 32), (72, 36), (130, 54), (75, 36), (67, 41), (131, 37), (70, 35), (69, 36), (65, 37), (120, 61), (21, 19), (60, 38), (14, 19), (1, 8), (50, 1), (105, 36), (17, 19), (45, 16), (34, 12), (35, 17), (92, 49), (99, 41), (108, 58), (132, 57), (133, 36), (113, 59), (114, 39), (115, 3), (40, 12), (97, 41), (20, 19), (106, 55), (46, 28), (121, 61), (123, 61), (13, 19), (38, 26), (31, 25), (32, 25), (19, 19), (96, 41), (16, 19), (23, 20), (134, 60), (12, 9), (102, 53), (100, 53), (101, 53), (53, 31), (36, 21), (135, 23), (39, 27), (33, 25), (18, 19), (47, 2), (49, 4), (11, 7), (95, 50), (94, 51), (44, 15), (43, 5), (98, 41), (124, 62), (118, 63), (119, 3), (48, 3), (3, 11), (7, 10), (61, 39), (30, 25), (29, 25), (37, 22), (24, 12), (26, 23), (27, 25), (25, 24), (28, 12), (2, 12), (15, 19)]
GRAMMARS = [
    ('c', [[(1, 50, 1, 1, False)], [(1, 51, 29, 2, False)], [(2,)]]),
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
    ('c', [[(1, 50, 1, 1, False)], [(1, 53, 31, 2, False)], [(1, 54, 32, 3, False)], [(1, 55, 29, 4, False)], [(1, 56, 33, 5, False)], [(2,)]]),
    ('s', [[(3, 6, 1)], [(2,)]]),
    ('s', [[(3, 7, 1)], [(2,)]]),
    ('s', [[(3, 8, 1)], [(2,)]]),
    ('c', [[(1, 50, 1, 1, False)], [(1, 70, 35, 2, False)], [(2,)]]),
    ('c', [[(1, 62, 36, 1, False)], [(1, 63, 36, 2, False)], [(1, 64, 36, 3, False), (1, 65, 37, 4, False), (1, 66, 40, 5, False), (1, 67, 41, 6, False), (1, 68, 42, 7, False), (1, 69, 36, 8, False), (2,)], [(1, 65, 37, 4, False), (1, 66, 40, 5, False), (1, 67, 41, 6, False), (1, 68, 42, 7, False), (1, 69, 36, 8, False), (2,)], [(1, 66, 40, 5, False), (1, 67, 41, 6, False), (1, 68, 42, 7, False), (1, 69, 36, 8, False), (2,)], [(1, 67, 41, 6, False), (1, 68, 42, 7, False), (1, 69, 36, 8, False), (2,)], [(1, 68, 42, 7, False), (1, 69, 36, 8, False), (2,)], [(1, 69, 36, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 9, 1)], [(2,)]]),
    ('c', [[(1, 60, 38, 1, False)], [(1, 61, 39, 2, False)], [(2,)]]),
    ('s', [[(3, 10, 1)], [(2,)]]),
    ('s', [[(3, 11, 1)], [(2,)]]),
    ('s', [[(3, 12, 1)], [(2,)]]),
    ('s', [[(3, 13, 1)], [(2,)]]),
    ('s', [[(3, 14, 1)], [(2,)]]),
    ('c', [[(1, 50, 1, 1, False)], [(1, 53, 31, 2, False)], [(1, 56, 33, 3, False)], [(1, 72, 36, 4, False)], [(1, 73, 44, 5, False)], [(1, 74, 36, 6, False)], [(1, 75, 36, 7, False)], [(1, 76, 36, 8, False)], [(1, 77, 36, 9, False)], [(1, 78, 36, 10, False)], [(1, 79, 36, 11, False)], [(2,)]]),
    ('s', [[(3, 15, 1)], [(2,)]]),
    ('c', [[(1, 50, 1, 1, False)], [(1, 81, 36, 2, False)], [(1, 82, 36, 3, False)], [(2,)]]),
    ('c', [[(1, 50, 1, 1, False)], [(1, 53, 31, 2, False)], [(1, 54, 32, 3, False)], [(1, 84, 36, 4, False)], [(1, 85, 39, 5, False)], [(1, 86, 39, 6, False)], [(1, 87, 39, 7, False)], [(1, 88, 39, 8, False)], [(1, 78, 36, 9, False)], [(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 12, 9, 2, True)], [(1, 12, 9, 2, True)], [(1, 12, 9, 3, True), (2,)], [(1, 12, 9, 3, True), (2,)]]),
    ('c', [[(0, 4, 2, 1), (1, 94, 51, 2, True)], [(1, 94, 51, 2, True)], [(1, 94, 51, 3, True), (2,)], [(1, 94, 51, 3, True), (2,)]]),
    ('c', [[(0, 4, 2, 1), (0, 93, 2, 2)], [(0, 93, 2, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(1, 96, 41, 1, False), (1, 97, 41, 2, False), (1, 98, 41, 3, False), (1, 99, 41, 4, False), (1, 100, 53, 5, False), (1, 101, 53, 6, False), (1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 97, 41, 2, False), (1, 98, 41, 3, False), (1, 99, 41, 4, False), (1, 100, 53, 5, False), (1, 101, 53, 6, False), (1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 98, 41, 3, False), (1, 99, 41, 4, False), (1, 100, 53, 5, False), (1, 101, 53, 6, False), (1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 99, 41, 4, False), (1, 100, 53, 5, False), (1, 101, 53, 6, False), (1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 100, 53, 5, False), (1, 101, 53, 6, False), (1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 101, 53, 6, False), (1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 102, 53, 7, False), (1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 103, 36, 8, False), (1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 104, 37, 9, False), (1, 105, 36, 10, False), (2,)], [(1, 105, 36, 10, False), (2,)], [(2,)]]),
    ('s', [[(3, 16, 1)], [(2,)]]),
    ('c', [[(1, 106, 55, 1, False)], [(1, 107, 56, 2, False)], [(2,)]]),
    ('s', [[(3, 17, 1)], [(2,)]]),
    ('s', [[(3, 18, 1)], [(2,)]]),
    ('c', [[(1, 108, 58, 1, False)], [(1, 109, 3, 2, False)], [(1, 110, 3, 3, False), (1, 111, 3, 4, False), (1, 112, 3, 5, False), (1, 113, 59, 6, False), (1, 114, 39, 7, False), (1, 115, 3, 8, False), (2,)], [(1, 111, 3, 4, False), (1, 112, 3, 5, False), (1, 113, 59, 6, False), (1, 114, 39, 7, False), (1, 115, 3, 8, False), (2,)], [(1, 112, 3, 5, False), (1, 113, 59, 6, False), (1, 114, 39, 7, False), (1, 115, 3, 8, False), (2,)], [(1, 113, 59, 6, False), (1, 114, 39, 7, False), (1, 115, 3, 8, False), (2,)], [(1, 114, 39, 7, False), (1, 115, 3, 8, False), (2,)], [(1, 115, 3, 8, False), (2,)], [(2,)]]),
    ('s', [[(3, 19, 1)], [(2,)]]),
    ('s', [[(3, 20, 1)], [(2,)]]),
    ('c', [[(1, 119, 3, 1, False)], [(1, 120, 61, 2, False), (1, 121, 61, 3, False), (1, 122, 61, 4, False), (1, 123, 61, 5, False), (1, 124, 62, 6, True), (2,)], [(1, 121, 61, 3, False), (1, 122, 61, 4, False), (1, 123, 61, 5, False), (1, 124, 62, 6, True), (2,)], [(1, 122, 61, 4, False), (1, 123, 61, 5, False), (1, 124, 62, 6, True), (2,)], [(1, 123, 61, 5, False), (1, 124, 62, 6, True), (2,)], [(1, 124, 62, 6, True), (2,)], [(1, 124, 62, 7, True), (2,)], [(1, 124, 62, 8, True), (2,)], [(1, 124, 62, 9, True), (2,)], [(1, 124, 62, 10, True), (2,)], [(1, 124, 62, 11, True), (2,)], [(1, 124, 62, 12, True), (2,)], [(1, 124, 62, 13, True), (2,)], [(1, 124, 62, 14, True), (2,)], [(1, 124, 62, 15, True), (2,)], [(2,)]]),
    ('c', [[(1, 116, 37, 1, False)], [(1, 117, 37, 2, False)], [(2,)]]),
    ('c', [[(1, 118, 63, 1, False)], [(1, 116, 37, 2, False)], [(2,)]]),
    ('s', [[(3, 21, 1)], [(2,)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T5 = ('State_A', 'State_B', 'State_C', 'State_D')
M5 = {'State_A': 0, 'State_B': 1, 'State_C': 2, 'State_D': 3}
T6 = ('OK', 'OK_CertificateExpiresSoon', 'OK_NewSessionEstablished', 'OK_OldSessionJoined', 'OK_PowerToleranceConfirmed', 'WARNING_AuthorizationSelectionInvalid', 'WARNING_CertificateExpired', 'WARNING_CertificateNotYetValid', 'WARNING_CertificateRevoked', 'WARNING_CertificateValidationError', 'WARNING_ChallengeInvalid', 'WARNING_EIMAuthorizationFailure', 'WARNING_eMSPUnknown', 'WARNING_EVPowerProfileViolation', 'WARNING_GeneralPnCAuthorizationError', 'WARNING_NoCertificateAvailable', 'WARNING_NoContractMatchingPCIDFound', 'WARNING_PowerToleranceNotConfirmed', 'WARNING_ScheduleRenegotiationFailed', 'WARNING_StandbyNotAllowed', 'WARNING_WPT', 'FAILED', 'FAILED_AssociationError', 'FAILED_ContactorError', 'FAILED_EVPowerProfileInvalid', 'FAILED_EVPowerProfileViolation', 'FAILED_MeteringSignatureNotValid', 'FAILED_NoEnergyTransferServiceSelected', 'FAILED_NoServiceRenegotiationSupported', 'FAILED_PauseNotAllowed', 'FAILED_PowerDeliveryNotApplied', 'FAILED_PowerToleranceNotConfirmed', 'FAILED_ScheduleRenegotiation', 'FAILED_ScheduleSelectionInvalid', 'FAILED_SequenceError', 'FAILED_ServiceIDInvalid', 'FAILED_ServiceSelectionInvalid', 'FAILED_SignatureError', 'FAILED_UnknownSession', 'FAILED_WrongChargeParameter')
M6 = {'OK': 0, 'OK_CertificateExpiresSoon': 1, 'OK_NewSessionEstablished': 2, 'OK_OldSessionJoined': 3, 'OK_PowerToleranceConfirmed': 4, 'WARNING_AuthorizationSelectionInvalid': 5, 'WARNING_CertificateExpired': 6, 'WARNING_CertificateNotYetValid': 7, 'WARNING_CertificateRevoked': 8, 'WARNING_CertificateValidationError': 9, 'WARNING_ChallengeInvalid': 10, 'WARNING_EIMAuthorizationFailure': 11, 'WARNING_eMSPUnknown': 12, 'WARNING_EVPowerProfileViolation': 13, 'WARNING_GeneralPnCAuthorizationError': 14, 'WARNING_NoCertificateAvailable': 15, 'WARNING_NoContractMatchingPCIDFound': 16, 'WARNING_PowerToleranceNotConfirmed': 17, 'WARNING_ScheduleRenegotiationFailed': 18, 'WARNING_StandbyNotAllowed': 19, 'WARNING_WPT': 20, 'FAILED': 21, 'FAILED_AssociationError': 22, 'FAILED_ContactorError': 23, 'FAILED_EVPowerProfileInvalid': 24, 'FAILED_EVPowerProfileViolation': 25, 'FAILED_MeteringSignatureNotValid': 26, 'FAILED_NoEnergyTransferServiceSelected': 27, 'FAILED_NoServiceRenegotiationSupported': 28, 'FAILED_PauseNotAllowed': 29, 'FAILED_PowerDeliveryNotApplied': 30, 'FAILED_PowerToleranceNotConfirmed': 31, 'FAILED_ScheduleRenegotiation': 32, 'FAILED_ScheduleSelectionInvalid': 33, 'FAILED_SequenceError': 34, 'FAILED_ServiceIDInvalid': 35, 'FAILED_ServiceSelectionInvalid': 36, 'FAILED_SignatureError': 37, 'FAILED_UnknownSession': 38, 'FAILED_WrongChargeParameter': 39}
T7 = ('Finished', 'Ongoing', 'Ongoing_WaitingForCustomerInteraction')
M7 = {'Finished': 0, 'Ongoing': 1, 'Ongoing_WaitingForCustomerInteraction': 2}
T8 = ('Home', 'Moving', 'EndPosition')
M8 = {'Home': 0, 'Moving': 1, 'EndPosition': 2}
T12 = ('StateA', 'StateB', 'StateC', 'StateD', 'StateE')
M12 = {'StateA': 0, 'StateB': 1, 'StateC': 2, 'StateD': 3, 'StateE': 4}
T14 = ('OK_NoEVError', 'FAILED', 'FAILED_EmergencyEvent', 'FAILED_Breaker', 'FAILED_RESSTemperatureInhibit', 'FAILED_RESS', 'FAILED_ChargingCurrentDifferential', 'FAILED_ChargingVoltageOutOfRange', 'FAILED_Reserved1', 'FAILED_Reserved2')
M14 = {'OK_NoEVError': 0, 'FAILED': 1, 'FAILED_EmergencyEvent': 2, 'FAILED_Breaker': 3, 'FAILED_RESSTemperatureInhibit': 4, 'FAILED_RESS': 5, 'FAILED_ChargingCurrentDifferential': 6, 'FAILED_ChargingVoltageOutOfRange': 7, 'FAILED_Reserved1': 8, 'FAILED_Reserved2': 9}
T15 = ('Invalid', 'Safe', 'Warning', 'Fault')
M15 = {'Invalid': 0, 'Safe': 1, 'Warning': 2, 'Fault': 3}
T18 = ('Pause', 'ExitStandby', 'Terminate', 'ScheduleRenegotiation', 'ServiceRenegotiation', 'MeteringConfirmation')
M18 = {'Pause': 0, 'ExitStandby': 1, 'Terminate': 2, 'ScheduleRenegotiation': 3, 'ServiceRenegotiation': 4, 'MeteringConfirmation': 5}


def d0(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 50)
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
                o['EVElectricalChargingDeviceStatus'] = x
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
            if 'EVElectricalChargingDeviceStatus' in v:
                x = v['EVElectricalChargingDeviceStatus']
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
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T5[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e29(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M5[x]
    return a << 1


def d30(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 50)
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
                x = T6[x >> 1]
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
                x = T7[x >> 1]
                o['EVSEProcessing'] = x
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
                o['EVSEElectricalChargingDeviceStatus'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T8[x >> 1]
                o['EVSEMechanicalChargingDeviceStatus'] = x
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


def e30(v, a):
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
                a = (a << 6) | M6[x]
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
                a = (a << 2) | M7[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEElectricalChargingDeviceStatus' in v:
                x = v['EVSEElectricalChargingDeviceStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M5[x]
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEMechanicalChargingDeviceStatus' in v:
                x = v['EVSEMechanicalChargingDeviceStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M8[x]
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d31(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 6)) & 63
    p += 6
    x = T6[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e31(v, a):
    x = v
    a <<= 1
    a = (a << 6) | M6[x]
    return a << 1


def d32(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T7[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e32(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M7[x]
    return a << 1


def d33(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T8[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e33(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M8[x]
    return a << 1


def d34(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 50)
                o['Header'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d35(r, V, N, p, 70)
                o['EVTechnicalStatus'] = x
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
            if 'Header' in v:
                x = v['Header']
                c += 1
                a = (a << 1) | 0
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVTechnicalStatus' in v:
                x = v['EVTechnicalStatus']
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


def d35(r, V, N, p, q):
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
                o['EVReadyToCharge'] = x
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
                o['EVImmobilizationRequest'] = x
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
                o['EVImmobilized'] = x
                s = 3
            elif c == 1:
                x, p = d37(r, V, N, p, 65)
                o['EVWLANStrength'] = x
                s = 4
            elif c == 2:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T12[x >> 1]
                o['EVCPStatus'] = x
                s = 5
            elif c == 3:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['EVSOC'] = x
                s = 6
            elif c == 4:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVErrorCode'] = x
                s = 7
            elif c == 5:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVTimeout'] = x
                s = 8
            elif c == 6:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = d37(r, V, N, p, 65)
                o['EVWLANStrength'] = x
                s = 4
            elif c == 1:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T12[x >> 1]
                o['EVCPStatus'] = x
                s = 5
            elif c == 2:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['EVSOC'] = x
                s = 6
            elif c == 3:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVErrorCode'] = x
                s = 7
            elif c == 4:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVTimeout'] = x
                s = 8
            elif c == 5:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 5)) & 31
                p += 5
                if x & 17:
                    raise Bad
                x = T12[x >> 1]
                o['EVCPStatus'] = x
                s = 5
            elif c == 1:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['EVSOC'] = x
                s = 6
            elif c == 2:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVErrorCode'] = x
                s = 7
            elif c == 3:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVTimeout'] = x
                s = 8
            elif c == 4:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 257:
                    raise Bad
                x >>= 1
                o['EVSOC'] = x
                s = 6
            elif c == 1:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVErrorCode'] = x
                s = 7
            elif c == 2:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVTimeout'] = x
                s = 8
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 6)) & 63
                p += 6
                if x & 33:
                    raise Bad
                x = T14[x >> 1]
                o['EVErrorCode'] = x
                s = 7
            elif c == 1:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVTimeout'] = x
                s = 8
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVTimeout'] = x
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


def e35(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'EVReadyToCharge' in v:
                x = v['EVReadyToCharge']
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
            if 'EVImmobilizationRequest' in v:
                x = v['EVImmobilizationRequest']
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
            if 'EVImmobilized' in v:
                x = v['EVImmobilized']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 3
            elif 'EVWLANStrength' in v:
                x = v['EVWLANStrength']
                c += 1
                a = (a << 3) | 1
                a = e37(x, a)
                s = 4
            elif 'EVCPStatus' in v:
                x = v['EVCPStatus']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                a = (a << 3) | M12[x]
                a <<= 1
                s = 5
            elif 'EVSOC' in v:
                x = v['EVSOC']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 6
            elif 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 3) | 4
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 7
            elif 'EVTimeout' in v:
                x = v['EVTimeout']
                c += 1
                a = (a << 3) | 5
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 6
        if s == 3:
            if 'EVWLANStrength' in v:
                x = v['EVWLANStrength']
                c += 1
                a = (a << 3) | 0
                a = e37(x, a)
                s = 4
            elif 'EVCPStatus' in v:
                x = v['EVCPStatus']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = (a << 3) | M12[x]
                a <<= 1
                s = 5
            elif 'EVSOC' in v:
                x = v['EVSOC']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 6
            elif 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 7
            elif 'EVTimeout' in v:
                x = v['EVTimeout']
                c += 1
                a = (a << 3) | 4
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 5
        if s == 4:
            if 'EVCPStatus' in v:
                x = v['EVCPStatus']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                a = (a << 3) | M12[x]
                a <<= 1
                s = 5
            elif 'EVSOC' in v:
                x = v['EVSOC']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 6
            elif 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 7
            elif 'EVTimeout' in v:
                x = v['EVTimeout']
                c += 1
                a = (a << 3) | 3
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 4
        if s == 5:
            if 'EVSOC' in v:
                x = v['EVSOC']
                c += 1
                a = (a << 3) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 127:
                    raise Bad
                a = (a << 7) | x
                a <<= 1
                s = 6
            elif 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 3) | 1
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 7
            elif 'EVTimeout' in v:
                x = v['EVTimeout']
                c += 1
                a = (a << 3) | 2
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 6:
            if 'EVErrorCode' in v:
                x = v['EVErrorCode']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = (a << 4) | M14[x]
                a <<= 1
                s = 7
            elif 'EVTimeout' in v:
                x = v['EVTimeout']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 7:
            if 'EVTimeout' in v:
                x = v['EVTimeout']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
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


def d36(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = ((V >> (N - p - 1)) & 1) == 1
    p += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e36(v, a):
    x = v
    a <<= 1
    if type(x) is not bool:
        raise Bad
    a = (a << 1) | x
    return a << 1


def d37(r, V, N, p, q):
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


def e37(v, a):
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


def d38(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    x += -128
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e38(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not -128 <= x <= 127:
        raise Bad
    a = (a << 8) | (x - -128)
    return a << 1


def d39(r, V, N, p, q):
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


def e39(v, a):
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


def d40(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T12[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e40(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M12[x]
    return a << 1


def d41(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 7)) & 127
    p += 7
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e41(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 127:
        raise Bad
    a = (a << 7) | x
    return a << 1


def d42(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 4)) & 15
    p += 4
    x = T14[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e42(v, a):
    x = v
    a <<= 1
    a = (a << 4) | M14[x]
    return a << 1


def d43(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 50)
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
                x = T6[x >> 1]
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
                x = T8[x >> 1]
                o['EVSEMechanicalChargingDeviceStatus'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVSEReadyToCharge'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T15[x >> 1]
                o['EVSEIsolationStatus'] = x
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
                o['EVSEDisabled'] = x
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
                o['EVSEUtilityInterruptEvent'] = x
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
                o['EVSEEmergencyShutdown'] = x
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
                o['EVSEMalfunction'] = x
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
                o['EVInChargePosition'] = x
                s = 10
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVAssociationStatus'] = x
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
                a = (a << 6) | M6[x]
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'EVSEMechanicalChargingDeviceStatus' in v:
                x = v['EVSEMechanicalChargingDeviceStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M8[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEReadyToCharge' in v:
                x = v['EVSEReadyToCharge']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVSEIsolationStatus' in v:
                x = v['EVSEIsolationStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M15[x]
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVSEDisabled' in v:
                x = v['EVSEDisabled']
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
            if 'EVSEUtilityInterruptEvent' in v:
                x = v['EVSEUtilityInterruptEvent']
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
            if 'EVSEEmergencyShutdown' in v:
                x = v['EVSEEmergencyShutdown']
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
            if 'EVSEMalfunction' in v:
                x = v['EVSEMalfunction']
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
            if 'EVInChargePosition' in v:
                x = v['EVInChargePosition']
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
            if 'EVAssociationStatus' in v:
                x = v['EVAssociationStatus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 11
            else:
                raise Bad
        if s == 11:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d44(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T15[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e44(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M15[x]
    return a << 1


def d45(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 50)
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
                x = x == 2
                o['EVMobilityStatus'] = x
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
                o['EVPositioningSupport'] = x
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
                a = e1(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'EVMobilityStatus' in v:
                x = v['EVMobilityStatus']
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
            if 'EVPositioningSupport' in v:
                x = v['EVPositioningSupport']
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


def d46(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 50)
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
                x = T6[x >> 1]
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
                x = T7[x >> 1]
                o['EVSEProcessing'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 3)) & 7
                p += 3
                if x & 5:
                    raise Bad
                x = x == 2
                o['EVSEPositioningSupport'] = x
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
                o['EVRelativeXDeviation'] = x
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
                o['EVRelativeYDeviation'] = x
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
                o['ContactWindowXc'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
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
                o['ContactWindowYc'] = x
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
                o['EVInChargePosition'] = x
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


def e46(v, a):
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
                a = (a << 6) | M6[x]
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
                a = (a << 2) | M7[x]
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'EVSEPositioningSupport' in v:
                x = v['EVSEPositioningSupport']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not bool:
                    raise Bad
                a = (a << 1) | x
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'EVRelativeXDeviation' in v:
                x = v['EVRelativeXDeviation']
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
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'EVRelativeYDeviation' in v:
                x = v['EVRelativeYDeviation']
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
                s = 6
            else:
                raise Bad
        if s == 6:
            if 'ContactWindowXc' in v:
                x = v['ContactWindowXc']
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
            if 'ContactWindowYc' in v:
                x = v['ContactWindowYc']
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
                s = 8
            else:
                raise Bad
        if s == 8:
            if 'EVInChargePosition' in v:
                x = v['EVInChargePosition']
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
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d49(r, V, N, p, q):
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


def e49(v, a):
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


def d50(r, V, N, p, q):
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
                x, p = interp_d(r, 51, 94, p)
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
                x, p = interp_d(r, 51, 94, p)
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
                x, p = interp_d(r, 51, 94, p)
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
                x, p = interp_d(r, 51, 94, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e50(v, a):
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
                a = interp_e(G, 51, 94, x, a)
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
                a = interp_e(G, 51, 94, x, a)
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
                a = interp_e(G, 51, 94, x, a)
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
                a = interp_e(G, 51, 94, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d52(r, V, N, p, q):
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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
                x, p = d37(r, V, N, p, 104)
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


def e52(v, a):
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
                a = e37(x, a)
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
    if type(x) is not int or x < 0 or x > 4294967295:
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
                if (V >> (N - p - 1)) & 1:
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
                x = T18[x >> 1]
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
                a = (a << 3) | M18[x]
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
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e55(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 65535:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d56(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 3)) & 7
    p += 3
    x = T18[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e56(v, a):
    x = v
    a <<= 1
    a = (a << 3) | M18[x]
    return a << 1


def d57(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 108)
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


def e57(v, a):
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


def d58(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e58(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 32)
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
    a = b64_w(a, x, 64)
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
                x, p = d61(r, V, N, p, 120)
                o['EnergyCosts'] = x
                s = 2
            elif c == 1:
                x, p = d61(r, V, N, p, 121)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 2:
                x, p = d61(r, V, N, p, 122)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 3:
                x, p = d61(r, V, N, p, 123)
                o['OverstayCosts'] = x
                s = 5
            elif c == 4:
                x, p = d62(r, V, N, p, 124)
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
                x, p = d61(r, V, N, p, 121)
                o['OccupancyCosts'] = x
                s = 3
            elif c == 1:
                x, p = d61(r, V, N, p, 122)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 2:
                x, p = d61(r, V, N, p, 123)
                o['OverstayCosts'] = x
                s = 5
            elif c == 3:
                x, p = d62(r, V, N, p, 124)
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
                x, p = d61(r, V, N, p, 122)
                o['AdditionalServicesCosts'] = x
                s = 4
            elif c == 1:
                x, p = d61(r, V, N, p, 123)
                o['OverstayCosts'] = x
                s = 5
            elif c == 2:
                x, p = d62(r, V, N, p, 124)
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
                x, p = d61(r, V, N, p, 123)
                o['OverstayCosts'] = x
                s = 5
            elif c == 1:
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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
                x, p = d62(r, V, N, p, 124)
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


def e60(v, a):
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
                a = e61(x, a)
                s = 2
            elif 'OccupancyCosts' in v:
                x = v['OccupancyCosts']
                c += 1
                a = (a << 3) | 1
                a = e61(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 2
                a = e61(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 3
                a = e61(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 4
                a = e62(x, a)
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
                a = e61(x, a)
                s = 3
            elif 'AdditionalServicesCosts' in v:
                x = v['AdditionalServicesCosts']
                c += 1
                a = (a << 3) | 1
                a = e61(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 2
                a = e61(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 3
                a = e62(x, a)
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
                a = e61(x, a)
                s = 4
            elif 'OverstayCosts' in v:
                x = v['OverstayCosts']
                c += 1
                a = (a << 3) | 1
                a = e61(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 3) | 2
                a = e62(x, a)
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
                a = e61(x, a)
                s = 5
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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
                a = e62(x, a)
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


def d61(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d37(r, V, N, p, 116)
                o['Amount'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d37(r, V, N, p, 117)
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


def e61(v, a):
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
                a = e37(x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'CostPerUnit' in v:
                x = v['CostPerUnit']
                c += 1
                a = (a << 1) | 0
                a = e37(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
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
                if (V >> (N - p - 1)) & 1:
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
                x, p = d37(r, V, N, p, 116)
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


def e62(v, a):
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
                a = e37(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d63(r, V, N, p, q):
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


def e63(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 1 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 8: d8, 9: d9, 10: d10, 12: d12, 14: d14, 15: d15, 18: d18, 19: d19, 20: d20, 21: d21, 23: d23, 24: d24, 25: d25, 29: d29, 30: d30, 31: d31, 32: d32, 33: d33, 34: d34, 35: d35, 36: d36, 37: d37, 38: d38, 39: d39, 40: d40, 41: d41, 42: d42, 43: d43, 44: d44, 45: d45, 46: d46, 47: d47, 48: d48, 49: d49, 50: d50, 52: d52, 53: d53, 54: d54, 55: d55, 56: d56, 57: d57, 58: d58, 59: d59, 60: d60, 61: d61, 62: d62, 63: d63}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 8: e8, 9: e9, 10: e10, 12: e12, 14: e14, 15: e15, 18: e18, 19: e19, 20: e20, 21: e21, 23: e23, 24: e24, 25: e25, 29: e29, 30: e30, 31: e31, 32: e32, 33: e33, 34: e34, 35: e35, 36: e36, 37: e37, 38: e38, 39: e39, 40: e40, 41: e41, 42: e42, 43: e43, 44: e44, 45: e45, 46: e46, 47: e47, 48: e48, 49: e49, 50: e50, 52: e52, 53: e53, 54: e54, 55: e55, 56: e56, 57: e57, 58: e58, 59: e59, 60: e60, 61: e61, 62: e62, 63: e63}
