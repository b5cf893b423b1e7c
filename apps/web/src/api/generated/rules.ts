// Generated from openapi.json by `npm run openapi`: do not edit.

/** Per schema and property: the constraints of openapi.json a form checks before sending. */
export const schemaRules = {
  "RegisterDto": {
    "email": {
      "maxLength": 254
    },
    "password": {
      "minLength": 12,
      "maxLength": 128
    },
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "consentVersion": {
      "enum": [
        "2026-12"
      ]
    }
  },
  "EmailVerificationDto": {
    "requestedAt": {
      "minLength": 1,
      "maxLength": 40
    },
    "token": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "LoginDto": {
    "email": {
      "maxLength": 254
    },
    "password": {
      "minLength": 1,
      "maxLength": 128
    }
  },
  "PasswordResetRequestDto": {
    "email": {
      "maxLength": 254
    }
  },
  "PasswordResetDto": {
    "token": {
      "minLength": 1,
      "maxLength": 100
    },
    "password": {
      "minLength": 12,
      "maxLength": 128
    }
  },
  "ChangePasswordDto": {
    "currentPassword": {
      "minLength": 1,
      "maxLength": 128
    },
    "newPassword": {
      "minLength": 12,
      "maxLength": 128
    }
  },
  "OrganizationDto": {
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    },
    "verificationStatus": {
      "enum": [
        "pending",
        "verified",
        "rejected"
      ]
    }
  },
  "MembershipSummaryDto": {
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    }
  },
  "MeDto": {
    "platformRole": {
      "enum": [
        "admin",
        "moderator"
      ]
    }
  },
  "CreatePersonalTokenDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "expiresInDays": {
      "minimum": 1,
      "maximum": 365
    }
  },
  "CreateOrganizationDto": {
    "name": {
      "minLength": 1,
      "maxLength": 200
    },
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    },
    "creditCode": {
      "minLength": 18,
      "maxLength": 18
    },
    "description": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "UpdateOrganizationDto": {
    "name": {
      "minLength": 1,
      "maxLength": 200
    },
    "description": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "MemberDto": {
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    }
  },
  "ChangeRoleDto": {
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    }
  },
  "CreateInvitationDto": {
    "email": {
      "maxLength": 254
    },
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    }
  },
  "InvitationDto": {
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    },
    "status": {
      "enum": [
        "pending",
        "accepted",
        "revoked"
      ]
    }
  },
  "InvitationPreviewDto": {
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    },
    "status": {
      "enum": [
        "pending",
        "accepted",
        "revoked"
      ]
    }
  },
  "InvitationTokenDto": {
    "token": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "AcceptedInvitationDto": {
    "role": {
      "enum": [
        "owner",
        "admin",
        "member"
      ]
    }
  },
  "DemandSummaryDto": {
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "in_progress",
        "solved",
        "closed",
        "expired"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "ContactDto": {
    "name": {
      "minLength": 1,
      "maxLength": 50
    },
    "phone": {
      "minLength": 1,
      "maxLength": 30
    },
    "email": {
      "maxLength": 254
    }
  },
  "AttachmentDto": {
    "name": {
      "minLength": 1,
      "maxLength": 200
    },
    "sizeBytes": {
      "minimum": 0,
      "maximum": 104857600
    },
    "mimeType": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "CreateDemandDto": {
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "description": {
      "minLength": 1,
      "maxLength": 5000
    },
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "budgetMinWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "budgetMaxWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "trlRequired": {
      "minimum": 1,
      "maximum": 9
    },
    "cooperationModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "development",
          "transfer",
          "licensing",
          "consulting",
          "service",
          "talent"
        ]
      }
    },
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "ndaText": {
      "minLength": 1,
      "maxLength": 5000
    },
    "attachments": {
      "maxItems": 10
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "OwnAccessRequestDto": {
    "status": {
      "enum": [
        "pending",
        "granted",
        "refused",
        "revoked"
      ]
    }
  },
  "DemandDto": {
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "in_progress",
        "solved",
        "closed",
        "expired"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "cooperationModes": {
      "items": {
        "enum": [
          "development",
          "transfer",
          "licensing",
          "consulting",
          "service",
          "talent"
        ]
      }
    },
    "challengeStatus": {
      "enum": [
        "open",
        "awarded",
        "closed"
      ]
    }
  },
  "UpdateDemandDto": {
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "description": {
      "minLength": 1,
      "maxLength": 5000
    },
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "budgetMinWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "budgetMaxWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "trlRequired": {
      "minimum": 1,
      "maximum": 9
    },
    "cooperationModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "development",
          "transfer",
          "licensing",
          "consulting",
          "service",
          "talent"
        ]
      }
    },
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "ndaText": {
      "minLength": 1,
      "maxLength": 5000
    },
    "attachments": {
      "maxItems": 10
    }
  },
  "VisibilityDto": {
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "RejectDemandDto": {
    "reason": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "CloseDemandDto": {
    "reason": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "AccessRequestInputDto": {
    "ndaAccepted": {
      "enum": [
        true
      ]
    },
    "message": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "AccessRequestDto": {
    "status": {
      "enum": [
        "pending",
        "granted",
        "refused",
        "revoked"
      ]
    }
  },
  "RefuseAccessDto": {
    "reason": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "CriterionDto": {
    "name": {
      "minLength": 1,
      "maxLength": 50
    },
    "weight": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "OpenChallengeDto": {
    "awardWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "criteria": {
      "minItems": 1,
      "maxItems": 10
    },
    "description": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "ChallengeDto": {
    "status": {
      "enum": [
        "open",
        "awarded",
        "closed"
      ]
    }
  },
  "SubmitProposalDto": {
    "summary": {
      "minLength": 1,
      "maxLength": 500
    },
    "approach": {
      "minLength": 1,
      "maxLength": 5000
    },
    "team": {
      "minLength": 1,
      "maxLength": 2000
    },
    "costWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "durationDays": {
      "minimum": 1,
      "maximum": 3650
    }
  },
  "ProposalDto": {
    "status": {
      "enum": [
        "submitted",
        "shortlisted",
        "awarded",
        "declined"
      ]
    }
  },
  "AchievementSummaryDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "maturity": {
      "enum": [
        "lab",
        "bench",
        "pilot",
        "industrial"
      ]
    },
    "transferModes": {
      "items": {
        "enum": [
          "transfer",
          "licensing",
          "equity",
          "co-development"
        ]
      }
    }
  },
  "PatentDto": {
    "type": {
      "enum": [
        "invention",
        "utility",
        "design"
      ]
    },
    "status": {
      "enum": [
        "pending",
        "granted",
        "lapsed"
      ]
    }
  },
  "CreateAchievementDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "abstract": {
      "minLength": 1,
      "maxLength": 5000
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "trl": {
      "minimum": 1,
      "maximum": 9
    },
    "maturity": {
      "enum": [
        "lab",
        "bench",
        "pilot",
        "industrial"
      ]
    },
    "transferModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "transfer",
          "licensing",
          "equity",
          "co-development"
        ]
      }
    },
    "priceWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "patents": {
      "maxItems": 20
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "AchievementDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "maturity": {
      "enum": [
        "lab",
        "bench",
        "pilot",
        "industrial"
      ]
    },
    "transferModes": {
      "items": {
        "enum": [
          "transfer",
          "licensing",
          "equity",
          "co-development"
        ]
      }
    }
  },
  "UpdateAchievementDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "abstract": {
      "minLength": 1,
      "maxLength": 5000
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "trl": {
      "minimum": 1,
      "maximum": 9
    },
    "maturity": {
      "enum": [
        "lab",
        "bench",
        "pilot",
        "industrial"
      ]
    },
    "transferModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "transfer",
          "licensing",
          "equity",
          "co-development"
        ]
      }
    },
    "priceWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "patents": {
      "maxItems": 20
    }
  },
  "CatalogueVisibilityDto": {
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "RejectPostingDto": {
    "reason": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "ProjectSummaryDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "stage": {
      "enum": [
        "seed",
        "angel",
        "pre-a",
        "a",
        "b",
        "c-plus",
        "pre-ipo"
      ]
    }
  },
  "CreateProjectDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "summary": {
      "minLength": 1,
      "maxLength": 3000
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "stage": {
      "enum": [
        "seed",
        "angel",
        "pre-a",
        "a",
        "b",
        "c-plus",
        "pre-ipo"
      ]
    },
    "amountSoughtWan": {
      "minimum": 1,
      "maximum": 100000
    },
    "useOfFunds": {
      "minLength": 1,
      "maxLength": 1000
    },
    "team": {
      "minLength": 1,
      "maxLength": 1000
    },
    "traction": {
      "minLength": 1,
      "maxLength": 1000
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "ProjectDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "stage": {
      "enum": [
        "seed",
        "angel",
        "pre-a",
        "a",
        "b",
        "c-plus",
        "pre-ipo"
      ]
    }
  },
  "UpdateProjectDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "summary": {
      "minLength": 1,
      "maxLength": 3000
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "stage": {
      "enum": [
        "seed",
        "angel",
        "pre-a",
        "a",
        "b",
        "c-plus",
        "pre-ipo"
      ]
    },
    "amountSoughtWan": {
      "minimum": 1,
      "maximum": 100000
    },
    "useOfFunds": {
      "minLength": 1,
      "maxLength": 1000
    },
    "team": {
      "minLength": 1,
      "maxLength": 1000
    },
    "traction": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "FinancingOfferSummaryDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "instrument": {
      "enum": [
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "stages": {
      "items": {
        "enum": [
          "seed",
          "angel",
          "pre-a",
          "a",
          "b",
          "c-plus",
          "pre-ipo"
        ]
      }
    }
  },
  "CreateFinancingOfferDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "instrument": {
      "enum": [
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "sectors": {
      "minItems": 1,
      "maxItems": 10
    },
    "stages": {
      "minItems": 1,
      "items": {
        "enum": [
          "seed",
          "angel",
          "pre-a",
          "a",
          "b",
          "c-plus",
          "pre-ipo"
        ]
      }
    },
    "ticketMinWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "ticketMaxWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "regionCodes": {
      "maxItems": 34
    },
    "thesis": {
      "minLength": 1,
      "maxLength": 2000
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "FinancingOfferDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "instrument": {
      "enum": [
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "stages": {
      "items": {
        "enum": [
          "seed",
          "angel",
          "pre-a",
          "a",
          "b",
          "c-plus",
          "pre-ipo"
        ]
      }
    }
  },
  "UpdateFinancingOfferDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "instrument": {
      "enum": [
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "sectors": {
      "minItems": 1,
      "maxItems": 10
    },
    "stages": {
      "minItems": 1,
      "items": {
        "enum": [
          "seed",
          "angel",
          "pre-a",
          "a",
          "b",
          "c-plus",
          "pre-ipo"
        ]
      }
    },
    "ticketMinWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "ticketMaxWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "regionCodes": {
      "maxItems": 34
    },
    "thesis": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "ClaimExpertDto": {
    "token": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "ExpertDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "serviceModes": {
      "items": {
        "enum": [
          "consulting",
          "diagnosis",
          "joint-rnd",
          "part-time",
          "lecture"
        ]
      }
    },
    "availability": {
      "enum": [
        "available",
        "limited",
        "unavailable"
      ]
    }
  },
  "ExpertSummaryDto": {
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "archived"
      ]
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "serviceModes": {
      "items": {
        "enum": [
          "consulting",
          "diagnosis",
          "joint-rnd",
          "part-time",
          "lecture"
        ]
      }
    },
    "availability": {
      "enum": [
        "available",
        "limited",
        "unavailable"
      ]
    }
  },
  "ExpertImportDto": {
    "status": {
      "enum": [
        "queued",
        "validating",
        "importing",
        "completed",
        "failed"
      ]
    }
  },
  "CreateExpertDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "name": {
      "minLength": 1,
      "maxLength": 50
    },
    "title": {
      "minLength": 1,
      "maxLength": 50
    },
    "affiliation": {
      "minLength": 1,
      "maxLength": 100
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "regionCodesServed": {
      "maxItems": 34
    },
    "serviceModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "consulting",
          "diagnosis",
          "joint-rnd",
          "part-time",
          "lecture"
        ]
      }
    },
    "availability": {
      "enum": [
        "available",
        "limited",
        "unavailable"
      ]
    },
    "bio": {
      "minLength": 1,
      "maxLength": 2000
    },
    "email": {
      "maxLength": 254
    },
    "phone": {
      "minLength": 1,
      "maxLength": 30
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    }
  },
  "UpdateExpertDto": {
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "name": {
      "minLength": 1,
      "maxLength": 50
    },
    "title": {
      "minLength": 1,
      "maxLength": 50
    },
    "affiliation": {
      "minLength": 1,
      "maxLength": 100
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "regionCodesServed": {
      "maxItems": 34
    },
    "serviceModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "consulting",
          "diagnosis",
          "joint-rnd",
          "part-time",
          "lecture"
        ]
      }
    },
    "availability": {
      "enum": [
        "available",
        "limited",
        "unavailable"
      ]
    },
    "bio": {
      "minLength": 1,
      "maxLength": 2000
    },
    "email": {
      "maxLength": 254
    },
    "phone": {
      "minLength": 1,
      "maxLength": 30
    }
  },
  "CreateSocietyDto": {
    "description": {
      "minLength": 1,
      "maxLength": 2000
    },
    "fields": {
      "minItems": 0,
      "maxItems": 10
    },
    "website": {
      "minLength": 1,
      "maxLength": 200
    },
    "name": {
      "minLength": 1,
      "maxLength": 200
    },
    "creditCode": {
      "minLength": 18,
      "maxLength": 18
    }
  },
  "UpdateSocietyDto": {
    "description": {
      "minLength": 1,
      "maxLength": 2000
    },
    "fields": {
      "minItems": 0,
      "maxItems": 10
    },
    "website": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "CreateStationDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "address": {
      "minLength": 1,
      "maxLength": 200
    },
    "contactName": {
      "minLength": 1,
      "maxLength": 50
    },
    "contactPhone": {
      "minLength": 1,
      "maxLength": 30
    },
    "description": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "UpdateStationDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "address": {
      "minLength": 1,
      "maxLength": 200
    },
    "contactName": {
      "minLength": 1,
      "maxLength": 50
    },
    "contactPhone": {
      "minLength": 1,
      "maxLength": 30
    },
    "description": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "VerificationDecisionDto": {
    "status": {
      "enum": [
        "verified",
        "rejected"
      ]
    },
    "note": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "UserStatusDto": {
    "status": {
      "enum": [
        "active",
        "disabled"
      ]
    }
  },
  "SearchHitDto": {
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "SuggestionDto": {
    "type": {
      "enum": [
        "term",
        "posting"
      ]
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "MatchPostingDto": {
    "type": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "MatchDto": {
    "candidateType": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "score": {
      "minimum": 0,
      "maximum": 1
    },
    "fitLevel": {
      "enum": [
        "high",
        "medium",
        "fair"
      ]
    },
    "status": {
      "enum": [
        "new",
        "viewed",
        "contacted",
        "shortlisted",
        "declined"
      ]
    },
    "declineReasonCode": {
      "enum": [
        "too-early",
        "budget-mismatch",
        "wrong-field",
        "region",
        "already-solved",
        "description-unclear",
        "other"
      ]
    }
  },
  "ContactMatchDto": {
    "message": {
      "minLength": 1,
      "maxLength": 5000
    }
  },
  "ContactedMatchDto": {
    "candidateType": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "score": {
      "minimum": 0,
      "maximum": 1
    },
    "fitLevel": {
      "enum": [
        "high",
        "medium",
        "fair"
      ]
    },
    "status": {
      "enum": [
        "new",
        "viewed",
        "contacted",
        "shortlisted",
        "declined"
      ]
    },
    "declineReasonCode": {
      "enum": [
        "too-early",
        "budget-mismatch",
        "wrong-field",
        "region",
        "already-solved",
        "description-unclear",
        "other"
      ]
    }
  },
  "DeclineMatchDto": {
    "reasonCode": {
      "enum": [
        "too-early",
        "budget-mismatch",
        "wrong-field",
        "region",
        "already-solved",
        "description-unclear",
        "other"
      ]
    },
    "text": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "NotificationDto": {
    "kind": {
      "enum": [
        "match-found",
        "subscription-hit",
        "message-received",
        "deal-changed",
        "task-due",
        "interest-received",
        "event-changed",
        "access-requested",
        "access-decided",
        "proposal-received",
        "proposal-decided",
        "moderation-decided",
        "report-submitted",
        "report-reviewed",
        "event-reminder"
      ]
    }
  },
  "PostMessageDto": {
    "body": {
      "minLength": 1,
      "maxLength": 5000
    }
  },
  "KindPreferenceDto": {
    "kind": {
      "enum": [
        "match-found",
        "subscription-hit",
        "message-received",
        "deal-changed",
        "task-due",
        "interest-received",
        "event-changed",
        "access-requested",
        "access-decided",
        "proposal-received",
        "proposal-decided",
        "moderation-decided",
        "report-submitted",
        "report-reviewed",
        "event-reminder"
      ]
    },
    "inApp": {
      "enum": [
        "instant",
        "off"
      ]
    },
    "email": {
      "enum": [
        "instant",
        "digest",
        "off"
      ]
    }
  },
  "UnsubscribeDto": {
    "scope": {
      "enum": [
        "match-found",
        "subscription-hit",
        "message-received",
        "deal-changed",
        "task-due",
        "interest-received",
        "event-changed",
        "access-requested",
        "access-decided",
        "proposal-received",
        "proposal-decided",
        "moderation-decided",
        "report-submitted",
        "report-reviewed",
        "event-reminder",
        "digest"
      ]
    },
    "kinds": {
      "items": {
        "enum": [
          "match-found",
          "subscription-hit",
          "message-received",
          "deal-changed",
          "task-due",
          "interest-received",
          "event-changed",
          "access-requested",
          "access-decided",
          "proposal-received",
          "proposal-decided",
          "moderation-decided",
          "report-submitted",
          "report-reviewed",
          "event-reminder"
        ]
      }
    }
  },
  "WebhookDto": {
    "format": {
      "enum": [
        "generic",
        "wecom",
        "dingtalk",
        "feishu"
      ]
    },
    "events": {
      "items": {
        "enum": [
          "match-found",
          "subscription-hit",
          "message-received",
          "deal-changed",
          "task-due",
          "interest-received",
          "event-changed",
          "access-requested",
          "access-decided",
          "proposal-received",
          "proposal-decided",
          "moderation-decided",
          "report-submitted",
          "report-reviewed",
          "event-reminder"
        ]
      }
    }
  },
  "CreateWebhookDto": {
    "url": {
      "minLength": 1,
      "maxLength": 2000
    },
    "format": {
      "enum": [
        "generic",
        "wecom",
        "dingtalk",
        "feishu"
      ]
    },
    "events": {
      "minItems": 1,
      "items": {
        "enum": [
          "match-found",
          "subscription-hit",
          "message-received",
          "deal-changed",
          "task-due",
          "interest-received",
          "event-changed",
          "access-requested",
          "access-decided",
          "proposal-received",
          "proposal-decided",
          "moderation-decided",
          "report-submitted",
          "report-reviewed",
          "event-reminder"
        ]
      }
    },
    "robotSecret": {
      "maxLength": 200
    }
  },
  "WebhookWithSecretDto": {
    "format": {
      "enum": [
        "generic",
        "wecom",
        "dingtalk",
        "feishu"
      ]
    },
    "events": {
      "items": {
        "enum": [
          "match-found",
          "subscription-hit",
          "message-received",
          "deal-changed",
          "task-due",
          "interest-received",
          "event-changed",
          "access-requested",
          "access-decided",
          "proposal-received",
          "proposal-decided",
          "moderation-decided",
          "report-submitted",
          "report-reviewed",
          "event-reminder"
        ]
      }
    }
  },
  "UpdateWebhookDto": {
    "url": {
      "minLength": 1,
      "maxLength": 2000
    },
    "format": {
      "enum": [
        "generic",
        "wecom",
        "dingtalk",
        "feishu"
      ]
    },
    "events": {
      "minItems": 1,
      "items": {
        "enum": [
          "match-found",
          "subscription-hit",
          "message-received",
          "deal-changed",
          "task-due",
          "interest-received",
          "event-changed",
          "access-requested",
          "access-decided",
          "proposal-received",
          "proposal-decided",
          "moderation-decided",
          "report-submitted",
          "report-reviewed",
          "event-reminder"
        ]
      }
    },
    "robotSecret": {
      "maxLength": 200
    }
  },
  "WebhookDeliveryDto": {
    "status": {
      "enum": [
        "pending",
        "delivering",
        "delivered",
        "failed"
      ]
    }
  },
  "SubscriptionDto": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "category": {
      "minLength": 1,
      "maxLength": 30
    },
    "maturity": {
      "minLength": 1,
      "maxLength": 30
    },
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "trlMin": {
      "minimum": 1,
      "maximum": 9
    },
    "trlMax": {
      "minimum": 1,
      "maximum": 9
    },
    "amountMinWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "amountMaxWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "status": {
      "minLength": 1,
      "maxLength": 20
    },
    "stage": {
      "minLength": 1,
      "maxLength": 30
    },
    "instrument": {
      "minLength": 1,
      "maxLength": 30
    },
    "name": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "CreateSubscriptionDto": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "category": {
      "minLength": 1,
      "maxLength": 30
    },
    "maturity": {
      "minLength": 1,
      "maxLength": 30
    },
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "trlMin": {
      "minimum": 1,
      "maximum": 9
    },
    "trlMax": {
      "minimum": 1,
      "maximum": 9
    },
    "amountMinWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "amountMaxWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "status": {
      "minLength": 1,
      "maxLength": 20
    },
    "stage": {
      "minLength": 1,
      "maxLength": 30
    },
    "instrument": {
      "minLength": 1,
      "maxLength": 30
    },
    "name": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "UpdateSubscriptionDto": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "category": {
      "minLength": 1,
      "maxLength": 30
    },
    "maturity": {
      "minLength": 1,
      "maxLength": 30
    },
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "trlMin": {
      "minimum": 1,
      "maximum": 9
    },
    "trlMax": {
      "minimum": 1,
      "maximum": 9
    },
    "amountMinWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "amountMaxWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "status": {
      "minLength": 1,
      "maxLength": 20
    },
    "stage": {
      "minLength": 1,
      "maxLength": 30
    },
    "instrument": {
      "minLength": 1,
      "maxLength": 30
    },
    "name": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "DealSourceDto": {
    "type": {
      "enum": [
        "match",
        "conversation",
        "award",
        "meeting"
      ]
    }
  },
  "DealDisputeDto": {
    "by": {
      "enum": [
        "buyer",
        "seller"
      ]
    }
  },
  "DealTermsDto": {
    "kind": {
      "enum": [
        "tech-development",
        "tech-transfer",
        "tech-license",
        "tech-consulting",
        "tech-service",
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "ipType": {
      "enum": [
        "patent",
        "technical-secret",
        "software-copyright",
        "ic-layout",
        "plant-variety",
        "none"
      ]
    }
  },
  "PendingDealChangeDto": {
    "by": {
      "enum": [
        "buyer",
        "seller"
      ]
    }
  },
  "DealDto": {
    "kind": {
      "enum": [
        "tech-development",
        "tech-transfer",
        "tech-license",
        "tech-consulting",
        "tech-service",
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "category": {
      "enum": [
        "technology",
        "financing"
      ]
    },
    "ipType": {
      "enum": [
        "patent",
        "technical-secret",
        "software-copyright",
        "ic-layout",
        "plant-variety",
        "none"
      ]
    },
    "stage": {
      "enum": [
        "intent",
        "negotiation",
        "signed",
        "performing",
        "completed",
        "terminated"
      ]
    },
    "status": {
      "enum": [
        "pending",
        "confirmed",
        "disputed"
      ]
    },
    "viewerSide": {
      "enum": [
        "buyer",
        "seller"
      ]
    }
  },
  "CreateDealDto": {
    "kind": {
      "enum": [
        "tech-development",
        "tech-transfer",
        "tech-license",
        "tech-consulting",
        "tech-service",
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "projectName": {
      "minLength": 1,
      "maxLength": 200
    },
    "contractValueWan": {
      "minimum": 0,
      "maximum": 100000000
    },
    "sourceType": {
      "enum": [
        "match",
        "conversation",
        "award",
        "meeting"
      ]
    },
    "techTransactionWan": {
      "minimum": 0,
      "maximum": 100000000
    },
    "termMonths": {
      "minimum": 1,
      "maximum": 600
    },
    "ipType": {
      "enum": [
        "patent",
        "technical-secret",
        "software-copyright",
        "ic-layout",
        "plant-variety",
        "none"
      ]
    },
    "stage": {
      "enum": [
        "intent",
        "negotiation",
        "signed",
        "performing",
        "completed"
      ]
    }
  },
  "UpdateDealDto": {
    "kind": {
      "enum": [
        "tech-development",
        "tech-transfer",
        "tech-license",
        "tech-consulting",
        "tech-service",
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "projectName": {
      "minLength": 1,
      "maxLength": 200
    },
    "contractValueWan": {
      "minimum": 0,
      "maximum": 100000000
    },
    "techTransactionWan": {
      "minimum": 0,
      "maximum": 100000000
    },
    "termMonths": {
      "minimum": 1,
      "maximum": 600
    },
    "ipType": {
      "enum": [
        "patent",
        "technical-secret",
        "software-copyright",
        "ic-layout",
        "plant-variety",
        "none"
      ]
    }
  },
  "ConfirmDealDto": {
    "version": {
      "minimum": 1,
      "maximum": 2147483647
    }
  },
  "DisputeDealDto": {
    "reason": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "MoveDealStageDto": {
    "stage": {
      "enum": [
        "intent",
        "negotiation",
        "signed",
        "performing",
        "completed",
        "terminated"
      ]
    }
  },
  "EventDayDto": {
    "sessions": {
      "minItems": 1,
      "maxItems": 4
    }
  },
  "EventTableDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "link": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "PairingRuleDto": {
    "a": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "b": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "EventDto": {
    "kind": {
      "enum": [
        "one-to-one",
        "roadshow",
        "both"
      ]
    },
    "format": {
      "enum": [
        "onsite",
        "online"
      ]
    },
    "requestMode": {
      "enum": [
        "approval",
        "automatic"
      ]
    },
    "schedulingMode": {
      "enum": [
        "organizer",
        "accepting-side"
      ]
    },
    "status": {
      "enum": [
        "draft",
        "published",
        "registration-closed",
        "running",
        "finished",
        "archived",
        "cancelled"
      ]
    }
  },
  "CreateEventDto": {
    "title": {
      "minLength": 1,
      "maxLength": 200
    },
    "description": {
      "minLength": 1,
      "maxLength": 5000
    },
    "kind": {
      "enum": [
        "one-to-one",
        "roadshow",
        "both"
      ]
    },
    "format": {
      "enum": [
        "onsite",
        "online"
      ]
    },
    "venueName": {
      "minLength": 1,
      "maxLength": 200
    },
    "venueAddress": {
      "minLength": 1,
      "maxLength": 500
    },
    "days": {
      "minItems": 1,
      "maxItems": 7
    },
    "breaks": {
      "maxItems": 20
    },
    "meetingMinutes": {
      "minimum": 5,
      "maximum": 240
    },
    "gapMinutes": {
      "minimum": 0,
      "maximum": 60
    },
    "tables": {
      "minItems": 1,
      "maxItems": 500
    },
    "pairingRules": {
      "maxItems": 15
    },
    "maxMeetingsPerParticipant": {
      "minimum": 1,
      "maximum": 50
    },
    "capacity": {
      "minimum": 1,
      "maximum": 10000
    },
    "requestMode": {
      "enum": [
        "approval",
        "automatic"
      ]
    },
    "schedulingMode": {
      "enum": [
        "organizer",
        "accepting-side"
      ]
    },
    "requestExpiryHours": {
      "minimum": 1,
      "maximum": 720
    },
    "coOrganizerIds": {
      "maxItems": 10
    },
    "techFields": {
      "minItems": 0,
      "maxItems": 5
    }
  },
  "UpdateEventDto": {
    "title": {
      "minLength": 1,
      "maxLength": 200
    },
    "description": {
      "minLength": 1,
      "maxLength": 5000
    },
    "venueName": {
      "minLength": 1,
      "maxLength": 200
    },
    "venueAddress": {
      "minLength": 1,
      "maxLength": 500
    },
    "tables": {
      "maxItems": 500
    },
    "maxMeetingsPerParticipant": {
      "minimum": 1,
      "maximum": 50
    },
    "capacity": {
      "minimum": 1,
      "maximum": 10000
    },
    "requestMode": {
      "enum": [
        "approval",
        "automatic"
      ]
    },
    "requestExpiryHours": {
      "minimum": 1,
      "maximum": 720
    },
    "techFields": {
      "minItems": 0,
      "maxItems": 5
    }
  },
  "TransitionEventDto": {
    "status": {
      "enum": [
        "draft",
        "published",
        "registration-closed",
        "running",
        "finished",
        "archived",
        "cancelled"
      ]
    }
  },
  "MeetingDto": {
    "status": {
      "enum": [
        "scheduled",
        "cancelled"
      ]
    }
  },
  "ScheduleRunDto": {
    "boundKind": {
      "enum": [
        "optimal",
        "lp-relaxation",
        "degree"
      ]
    },
    "method": {
      "enum": [
        "exact",
        "heuristic",
        "greedy"
      ]
    }
  },
  "CheckInDto": {
    "method": {
      "enum": [
        "qr",
        "hand"
      ]
    },
    "token": {
      "minLength": 1,
      "maxLength": 43
    }
  },
  "RegistrationPostingDto": {
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "AttendeeDto": {
    "name": {
      "minLength": 1,
      "maxLength": 50
    },
    "title": {
      "minLength": 1,
      "maxLength": 50
    }
  },
  "RegistrationDto": {
    "status": {
      "enum": [
        "pending",
        "approved",
        "refused",
        "cancelled"
      ]
    }
  },
  "PostingRefDto": {
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "RegisterForEventDto": {
    "postings": {
      "minItems": 1,
      "maxItems": 20
    },
    "attendees": {
      "maxItems": 10
    },
    "note": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "RegistrationDecisionDto": {
    "status": {
      "enum": [
        "approved",
        "refused"
      ]
    }
  },
  "PairSuggestionDto": {
    "requestStatus": {
      "enum": [
        "pending",
        "accepted",
        "declined",
        "expired",
        "cancelled"
      ]
    }
  },
  "MeetingRequestDto": {
    "status": {
      "enum": [
        "pending",
        "accepted",
        "declined",
        "expired",
        "cancelled"
      ]
    }
  },
  "SendRequestDto": {
    "message": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "DeclineRequestDto": {
    "reason": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "OutcomeDto": {
    "outcome": {
      "enum": [
        "held",
        "no-show",
        "follow-up",
        "deal"
      ]
    },
    "note": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "FileDto": {
    "purpose": {
      "enum": [
        "specification",
        "drawing",
        "patent-certificate",
        "pitch-deck",
        "other",
        "business-licence"
      ]
    }
  },
  "FileListDto": {
    "purposes": {
      "items": {
        "enum": [
          "specification",
          "drawing",
          "patent-certificate",
          "pitch-deck",
          "other",
          "business-licence"
        ]
      }
    }
  },
  "UploadFilesDto": {
    "purpose": {
      "enum": [
        "specification",
        "drawing",
        "patent-certificate",
        "pitch-deck",
        "other",
        "business-licence"
      ]
    }
  },
  "PersonMetDto": {
    "name": {
      "minLength": 1,
      "maxLength": 50
    },
    "title": {
      "minLength": 1,
      "maxLength": 50
    }
  },
  "VisitNeedInput": {
    "title": {
      "minLength": 1,
      "maxLength": 200
    },
    "description": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "CreateVisitDto": {
    "place": {
      "minLength": 1,
      "maxLength": 200
    },
    "peopleMet": {
      "maxItems": 30
    },
    "findings": {
      "minLength": 1,
      "maxLength": 4000
    },
    "needs": {
      "maxItems": 20
    }
  },
  "DraftDemandFromVisitDto": {
    "title": {
      "minLength": 1,
      "maxLength": 100
    },
    "description": {
      "minLength": 1,
      "maxLength": 5000
    },
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "fields": {
      "minItems": 1,
      "maxItems": 5
    },
    "keywords": {
      "maxItems": 10,
      "items": {
        "maxLength": 20
      }
    },
    "budgetMinWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "budgetMaxWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "trlRequired": {
      "minimum": 1,
      "maximum": 9
    },
    "cooperationModes": {
      "minItems": 1,
      "items": {
        "enum": [
          "development",
          "transfer",
          "licensing",
          "consulting",
          "service",
          "talent"
        ]
      }
    },
    "teaser": {
      "minLength": 1,
      "maxLength": 200
    },
    "ndaText": {
      "minLength": 1,
      "maxLength": 5000
    },
    "attachments": {
      "maxItems": 10
    },
    "visibility": {
      "enum": [
        "public",
        "registered",
        "confidential"
      ]
    },
    "needIndex": {
      "minimum": 0,
      "maximum": 19
    }
  },
  "CreateServiceLogDto": {
    "task": {
      "minLength": 1,
      "maxLength": 200
    },
    "hours": {
      "minimum": 0.1,
      "maximum": 1000
    },
    "result": {
      "minLength": 1,
      "maxLength": 4000
    }
  },
  "DispatchDto": {
    "kind": {
      "enum": [
        "service-team",
        "commissioner"
      ]
    }
  },
  "CreateDispatchDto": {
    "kind": {
      "enum": [
        "service-team",
        "commissioner"
      ]
    },
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "expertIds": {
      "minItems": 1,
      "maxItems": 50
    },
    "goals": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "TaskDto": {
    "targetType": {
      "enum": [
        "visit",
        "match",
        "meeting",
        "deal"
      ]
    },
    "status": {
      "enum": [
        "open",
        "done"
      ]
    }
  },
  "CreateTaskDto": {
    "title": {
      "minLength": 1,
      "maxLength": 200
    },
    "targetType": {
      "enum": [
        "visit",
        "match",
        "meeting",
        "deal"
      ]
    }
  },
  "UpdateTaskDto": {
    "title": {
      "minLength": 1,
      "maxLength": 200
    },
    "status": {
      "enum": [
        "open",
        "done"
      ]
    }
  },
  "RatingDto": {
    "subjectType": {
      "enum": [
        "visit",
        "service-log",
        "deal"
      ]
    }
  },
  "CreateRatingDto": {
    "subjectType": {
      "enum": [
        "visit",
        "service-log",
        "deal"
      ]
    },
    "score": {
      "minimum": 1,
      "maximum": 5
    },
    "comment": {
      "minLength": 0,
      "maxLength": 1000
    }
  },
  "StatisticsScopeDto": {
    "kind": {
      "enum": [
        "platform",
        "region",
        "organization",
        "enterprise"
      ]
    }
  },
  "FigureDto": {
    "figure": {
      "enum": [
        "demands-published",
        "matches",
        "conversations",
        "meetings",
        "deals-confirmed",
        "contract-value",
        "visits",
        "ratings",
        "demands-collected",
        "demands-solved",
        "matches-contacted",
        "matches-declined",
        "financing-raised",
        "time-to-first-match",
        "time-to-first-contact",
        "experts-mobilized",
        "enterprises-served"
      ]
    }
  },
  "OfferedPostingDto": {
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "ExpressInterestDto": {
    "message": {
      "minLength": 1,
      "maxLength": 5000
    }
  },
  "BlockOrganizationDto": {
    "note": {
      "minLength": 1,
      "maxLength": 500
    }
  },
  "CreateApiKeyDto": {
    "name": {
      "minLength": 1,
      "maxLength": 100
    },
    "rateLimitPerMinute": {
      "minimum": 1,
      "maximum": 10000
    }
  },
  "OpenDemandRecordDto": {
    "deleted": {
      "enum": [
        false
      ]
    },
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "cooperationModes": {
      "items": {
        "enum": [
          "development",
          "transfer",
          "licensing",
          "consulting",
          "service",
          "talent"
        ]
      }
    },
    "status": {
      "enum": [
        "draft",
        "submitted",
        "rejected",
        "published",
        "in_progress",
        "solved",
        "closed",
        "expired"
      ]
    }
  },
  "OpenAchievementRecordDto": {
    "deleted": {
      "enum": [
        false
      ]
    },
    "trl": {
      "minimum": 1,
      "maximum": 9
    },
    "maturity": {
      "enum": [
        "lab",
        "bench",
        "pilot",
        "industrial"
      ]
    },
    "transferModes": {
      "items": {
        "enum": [
          "transfer",
          "licensing",
          "equity",
          "co-development"
        ]
      }
    }
  },
  "OpenTombstoneDto": {
    "deleted": {
      "enum": [
        true
      ]
    }
  },
  "CreatePostingImportDto": {
    "kind": {
      "enum": [
        "demand",
        "achievement"
      ]
    },
    "rows": {
      "maxItems": 500
    }
  },
  "ImportRowDto": {
    "outcome": {
      "enum": [
        "created",
        "duplicate",
        "error"
      ]
    }
  },
  "PostingImportDto": {
    "kind": {
      "enum": [
        "demand",
        "achievement"
      ]
    },
    "format": {
      "enum": [
        "json",
        "xlsx"
      ]
    }
  },
  "AdminUserDto": {
    "status": {
      "enum": [
        "active",
        "disabled"
      ]
    },
    "platformRole": {
      "enum": [
        "admin",
        "moderator"
      ]
    }
  },
  "OrganizationProfileDto": {
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    }
  },
  "DirectoryEntryDto": {
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    }
  },
  "OrganizationSearchHitDto": {
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    }
  },
  "DealHistoryEntryDto": {
    "action": {
      "enum": [
        "created",
        "confirmed",
        "disputed",
        "edited",
        "change-proposed",
        "change-confirmed",
        "stage"
      ]
    },
    "side": {
      "enum": [
        "buyer",
        "seller"
      ]
    },
    "stage": {
      "enum": [
        "intent",
        "negotiation",
        "signed",
        "performing",
        "completed",
        "terminated"
      ]
    }
  },
  "BreakdownDto": {
    "dimension": {
      "enum": [
        "kind",
        "tech-field",
        "seller-type",
        "ip-type",
        "seller-region",
        "buyer-region"
      ]
    }
  },
  "InviteToEventDto": {
    "emails": {
      "minItems": 1,
      "maxItems": 100
    },
    "message": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "PeriodReportHeadingDto": {
    "periodKind": {
      "enum": [
        "month",
        "quarter",
        "year"
      ]
    },
    "status": {
      "enum": [
        "draft",
        "submitted",
        "returned",
        "accepted"
      ]
    }
  },
  "CreatePeriodReportDto": {
    "periodKind": {
      "enum": [
        "month",
        "quarter",
        "year"
      ]
    },
    "year": {
      "minimum": 2000,
      "maximum": 2100
    },
    "index": {
      "minimum": 1,
      "maximum": 12
    },
    "title": {
      "minLength": 1,
      "maxLength": 200
    },
    "note": {
      "minLength": 1,
      "maxLength": 4000
    },
    "caseIds": {
      "maxItems": 20
    }
  },
  "ReportFigureDto": {
    "figure": {
      "enum": [
        "demands-published",
        "matches",
        "conversations",
        "meetings",
        "deals-confirmed",
        "contract-value",
        "visits",
        "ratings",
        "demands-collected",
        "demands-solved",
        "matches-contacted",
        "matches-declined",
        "financing-raised",
        "time-to-first-match",
        "time-to-first-contact",
        "experts-mobilized",
        "enterprises-served"
      ]
    }
  },
  "PeriodReportDto": {
    "periodKind": {
      "enum": [
        "month",
        "quarter",
        "year"
      ]
    },
    "status": {
      "enum": [
        "draft",
        "submitted",
        "returned",
        "accepted"
      ]
    }
  },
  "ReviewPeriodReportDto": {
    "comment": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "AcceptPeriodReportDto": {
    "comment": {
      "minLength": 1,
      "maxLength": 2000
    }
  },
  "ServiceOrganizationDto": {
    "type": {
      "enum": [
        "society",
        "service_agency"
      ]
    }
  },
  "RoadshowPitchDto": {
    "myMark": {
      "enum": [
        "interested",
        "meeting",
        "not-interested"
      ]
    }
  },
  "SetRoadshowProgrammeDto": {
    "projectIds": {
      "maxItems": 200
    }
  },
  "MarkProjectDto": {
    "mark": {
      "enum": [
        "interested",
        "meeting",
        "not-interested"
      ]
    }
  },
  "RoadshowMarkDto": {
    "mark": {
      "enum": [
        "interested",
        "meeting",
        "not-interested"
      ]
    }
  }
} as const;

/** Per GET path and query parameter: the same for the query parameters. */
export const queryRules = {
  "/api/v1/invitations/{id}": {
    "token": {
      "minLength": 1,
      "maxLength": 100
    }
  },
  "/api/v1/demands": {
    "category": {
      "enum": [
        "common",
        "chokepoint",
        "shortboard",
        "efficiency"
      ]
    },
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "sort": {
      "enum": [
        "newest",
        "views",
        "deadline"
      ]
    },
    "mine": {
      "enum": [
        "true",
        "false"
      ]
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "/api/v1/achievements": {
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "sort": {
      "enum": [
        "newest",
        "views"
      ]
    },
    "mine": {
      "enum": [
        "true",
        "false"
      ]
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "maturity": {
      "enum": [
        "lab",
        "bench",
        "pilot",
        "industrial"
      ]
    },
    "transferMode": {
      "enum": [
        "transfer",
        "licensing",
        "equity",
        "co-development"
      ]
    },
    "trlMin": {
      "minimum": 1,
      "maximum": 9
    }
  },
  "/api/v1/projects": {
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "sort": {
      "enum": [
        "newest",
        "views"
      ]
    },
    "mine": {
      "enum": [
        "true",
        "false"
      ]
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "stage": {
      "enum": [
        "seed",
        "angel",
        "pre-a",
        "a",
        "b",
        "c-plus",
        "pre-ipo"
      ]
    },
    "amountMinWan": {
      "minimum": 0,
      "maximum": 100000
    },
    "amountMaxWan": {
      "minimum": 0,
      "maximum": 100000
    }
  },
  "/api/v1/financing-offers": {
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "sort": {
      "enum": [
        "newest",
        "views"
      ]
    },
    "mine": {
      "enum": [
        "true",
        "false"
      ]
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "instrument": {
      "enum": [
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "stage": {
      "enum": [
        "seed",
        "angel",
        "pre-a",
        "a",
        "b",
        "c-plus",
        "pre-ipo"
      ]
    },
    "amountWan": {
      "minimum": 0,
      "maximum": 100000
    }
  },
  "/api/v1/experts": {
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "sort": {
      "enum": [
        "newest",
        "views"
      ]
    },
    "mine": {
      "enum": [
        "true",
        "false"
      ]
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "serviceMode": {
      "enum": [
        "consulting",
        "diagnosis",
        "joint-rnd",
        "part-time",
        "lecture"
      ]
    },
    "availability": {
      "enum": [
        "available",
        "limited",
        "unavailable"
      ]
    },
    "commissioner": {
      "enum": [
        "true",
        "false"
      ]
    }
  },
  "/api/v1/societies": {
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "/api/v1/admin/organizations": {
    "verificationStatus": {
      "enum": [
        "pending",
        "verified",
        "rejected"
      ]
    }
  },
  "/api/v1/reference/tech-fields/suggest": {
    "text": {
      "minLength": 1,
      "maxLength": 1000
    }
  },
  "/api/v1/search": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    },
    "category": {
      "minLength": 1,
      "maxLength": 30
    },
    "maturity": {
      "minLength": 1,
      "maxLength": 30
    },
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "trlMin": {
      "minimum": 1,
      "maximum": 9
    },
    "trlMax": {
      "minimum": 1,
      "maximum": 9
    },
    "amountMinWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "amountMaxWan": {
      "minimum": 0,
      "maximum": 10000000
    },
    "status": {
      "minLength": 1,
      "maxLength": 20
    },
    "stage": {
      "minLength": 1,
      "maxLength": 30
    },
    "instrument": {
      "minLength": 1,
      "maxLength": 30
    },
    "sort": {
      "enum": [
        "relevance",
        "newest",
        "deadline",
        "budget"
      ]
    },
    "limit": {
      "minimum": 1,
      "maximum": 50
    },
    "page": {
      "minimum": 1,
      "maximum": 1000
    }
  },
  "/api/v1/search/suggest": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/demands/{id}/matches": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/experts/{id}/matches": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/achievements/{id}/matches": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/projects/{id}/matches": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/financing-offers/{id}/matches": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/matches": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    },
    "kind": {
      "enum": [
        "demand",
        "expert",
        "achievement",
        "project",
        "financing-offer"
      ]
    }
  },
  "/api/v1/notifications": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "/api/v1/conversations/{id}/messages": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "/api/v1/unsubscribe": {
    "token": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "/api/v1/webhooks/{id}/deliveries": {
    "limit": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "/api/v1/deals": {
    "status": {
      "enum": [
        "pending",
        "confirmed",
        "disputed"
      ]
    },
    "category": {
      "enum": [
        "technology",
        "financing"
      ]
    },
    "kind": {
      "enum": [
        "tech-development",
        "tech-transfer",
        "tech-license",
        "tech-consulting",
        "tech-service",
        "equity",
        "debt",
        "tech-loan",
        "guarantee",
        "insurance"
      ]
    },
    "stage": {
      "enum": [
        "intent",
        "negotiation",
        "signed",
        "performing",
        "completed",
        "terminated"
      ]
    },
    "sourceType": {
      "enum": [
        "match",
        "conversation",
        "award",
        "meeting"
      ]
    }
  },
  "/api/v1/deals/source-parties": {
    "sourceType": {
      "enum": [
        "match",
        "conversation",
        "award",
        "meeting"
      ]
    }
  },
  "/api/v1/events": {
    "kind": {
      "enum": [
        "one-to-one",
        "roadshow",
        "both"
      ]
    }
  },
  "/api/v1/tasks": {
    "status": {
      "enum": [
        "open",
        "done"
      ]
    },
    "targetType": {
      "enum": [
        "visit",
        "match",
        "meeting",
        "deal"
      ]
    }
  },
  "/api/v1/reports/export": {
    "format": {
      "enum": [
        "xlsx",
        "pdf"
      ]
    }
  },
  "/api/v1/open/demands": {
    "limit": {
      "minimum": 1,
      "maximum": 500
    }
  },
  "/api/v1/open/achievements": {
    "limit": {
      "minimum": 1,
      "maximum": 500
    }
  },
  "/api/v1/admin/users": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "status": {
      "enum": [
        "active",
        "disabled"
      ]
    }
  },
  "/api/v1/challenges": {
    "field": {
      "minLength": 1,
      "maxLength": 20
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "/api/v1/directory": {
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    },
    "q": {
      "minLength": 1,
      "maxLength": 50
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    },
    "cursor": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "/api/v1/organizations/search": {
    "q": {
      "minLength": 1,
      "maxLength": 100
    },
    "type": {
      "enum": [
        "enterprise",
        "society",
        "university",
        "investor",
        "service_agency",
        "organizer"
      ]
    },
    "offset": {
      "minimum": 0,
      "maximum": 10000
    },
    "limit": {
      "minimum": 1,
      "maximum": 50
    }
  },
  "/api/v1/imports/template": {
    "kind": {
      "enum": [
        "demand",
        "achievement"
      ]
    }
  },
  "/api/v1/events/{id}/agendas.pdf": {
    "by": {
      "enum": [
        "participant",
        "table"
      ]
    }
  },
  "/api/v1/reports/{id}/export": {
    "format": {
      "enum": [
        "xlsx",
        "pdf"
      ]
    }
  }
} as const;
