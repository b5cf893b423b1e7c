// Generated from openapi.json by `npm run openapi`: do not edit.

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email-verification-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_listTokens"];
        put?: never;
        post: operations["MeController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["MeController_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganizationsController_removeMember"];
        options?: never;
        head?: never;
        patch: operations["OrganizationsController_changeRole"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_pendingInvitations"];
        put?: never;
        post: operations["OrganizationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganizationsController_revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvitationsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_list"];
        put?: never;
        post: operations["DemandsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DemandsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["DemandsController_update"];
        trace?: never;
    };
    "/api/v1/demands/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_visibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/solve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_solve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DemandsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["demandsAccessController_accessRequests"];
        put?: never;
        post: operations["demandsAccessController_requestAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/access-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["demandsAccessController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/access-requests/{requestId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["demandsAccessController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/access-requests/{requestId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["demandsAccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChallengesController_get"];
        put?: never;
        post: operations["ChallengesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/challenge/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChallengesController_list"];
        put?: never;
        post: operations["ChallengesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/challenge/proposals/{proposalId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChallengesController_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/challenge/proposals/{proposalId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChallengesController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/challenge/proposals/{proposalId}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChallengesController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["achievementsController_list"];
        put?: never;
        post: operations["achievementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["achievementsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["achievementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["achievementsController_update"];
        trace?: never;
    };
    "/api/v1/achievements/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsController_visibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["projectsController_list"];
        put?: never;
        post: operations["projectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["projectsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["projectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["projectsController_update"];
        trace?: never;
    };
    "/api/v1/projects/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsController_visibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["financing-offersController_list"];
        put?: never;
        post: operations["financing-offersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["financing-offersController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["financing-offersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["financing-offersController_update"];
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersController_visibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/claim-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExpertProfilesController_inviteClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExpertProfilesController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/claimed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpertProfilesController_claimed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpertProfilesController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExpertProfilesController_startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExpertProfilesController_importStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["expertsController_list"];
        put?: never;
        post: operations["expertsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["expertsController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["expertsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["expertsController_update"];
        trace?: never;
    };
    "/api/v1/experts/{id}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsController_visibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/societies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SocietiesController_list"];
        put?: never;
        post: operations["SocietiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/societies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SocietiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SocietiesController_update"];
        trace?: never;
    };
    "/api/v1/societies/{id}/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SocietiesController_createStation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/societies/{id}/stations/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["SocietiesController_deleteStation"];
        options?: never;
        head?: never;
        patch: operations["SocietiesController_updateStation"];
        trace?: never;
    };
    "/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminController_setUserStatus"];
        trace?: never;
    };
    "/api/v1/admin/queue-board/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QueueBoardController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_industries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/tech-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_techFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/tech-fields/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReferenceController_suggestTechFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SearchController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SearchController_suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_demandMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_expertMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_achievementMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_projectMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_financingOfferMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MatchesController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MatchesController_view"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MatchesController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MatchesController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MatchesController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_messages"];
        put?: never;
        post: operations["ConversationsController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationPreferencesController_read"];
        put: operations["NotificationPreferencesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnsubscribeController_preview"];
        put?: never;
        post: operations["UnsubscribeController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubscriptionsController_list"];
        put?: never;
        post: operations["SubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubscriptionsController_get"];
        put?: never;
        post?: never;
        delete: operations["SubscriptionsController_remove"];
        options?: never;
        head?: never;
        patch: operations["SubscriptionsController_update"];
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DealsController_list"];
        put?: never;
        /**
         * Record a deal
         * @description The caller’s side confirms it at once when the caller is its owner or an admin; the other side sees it as 待确认.
         */
        post: operations["DealsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/source-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The two organizations a deal recorded from a match, conversation or award is between */
        get: operations["DealsController_sourceParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DealsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a deal, or propose a change once both sides confirmed it
         * @description Before both sides confirmed: applies, and the other side must confirm the new terms. After: stored as a proposed change that applies when the other side confirms it (409 while the other side’s own proposal waits for the caller).
         */
        patch: operations["DealsController_update"];
        trace?: never;
    };
    "/api/v1/deals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the deal, or the other side’s proposed change, for the caller’s side */
        post: operations["DealsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contest the deal: it stops counting until both sides confirm again */
        post: operations["DealsController_dispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the deal to a later stage (or 终止) with the date it was reached */
        post: operations["DealsController_stage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_list"];
        put?: never;
        /** Create an event (organizer organizations only); it starts as a draft */
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/api/v1/events/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the event one step along draft → published → … → archived */
        post: operations["EventsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the scheduler over the accepted meetings
         * @description Answers what it placed, what it could not place and why, and the upper bound. Re-runs move as few meetings as they can.
         */
        post: operations["EventsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a meeting to a slot and table (pinned unless pinned is false) */
        patch: operations["EventsController_move"];
        trace?: never;
    };
    "/api/v1/events/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the agenda: each participant is emailed its agenda with an .ics */
        post: operations["EventsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a participant in by its QR code’s token or by hand, or a walk-in organization */
        post: operations["EventsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventParticipationController_list"];
        put?: never;
        /** Register the acting (verified) organization with the postings it brings */
        post: operations["EventParticipationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/registrations/{registrationId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Approve or refuse a registration (organizers) */
        put: operations["EventParticipationController_decide"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/check-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventParticipationController_checkInCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventParticipationController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meeting-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventParticipationController_listRequests"];
        put?: never;
        /** Ask another participant for a meeting (accepted at once in automatic mode) */
        post: operations["EventParticipationController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meeting-requests/{requestId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a request; where the accepting side picks a slot, with the slot chosen
         * @description In accepting-side events the meeting is placed at once (the first table free then); a slot either side or every table is taken in is a 409.
         */
        post: operations["EventParticipationController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meeting-requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EventParticipationController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventParticipationController_meetings"];
        put?: never;
        /**
         * Add a walk-in meeting on the spot (organizers)
         * @description Between two approved participants, placed and pinned at once at the table given or the first free one.
         */
        post: operations["EventsController_addWalkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meetings/{meetingId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record what became of a meeting, for the caller’s side */
        put: operations["EventParticipationController_outcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventParticipationController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["demandFilesController_list"];
        put?: never;
        post: operations["demandFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["demandFilesController_download"];
        put?: never;
        post?: never;
        delete: operations["demandFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["expertFilesController_list"];
        put?: never;
        post: operations["expertFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["expertFilesController_download"];
        put?: never;
        post?: never;
        delete: operations["expertFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["achievementFilesController_list"];
        put?: never;
        post: operations["achievementFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["achievementFilesController_download"];
        put?: never;
        post?: never;
        delete: operations["achievementFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["projectFilesController_list"];
        put?: never;
        post: operations["projectFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["projectFilesController_download"];
        put?: never;
        post?: never;
        delete: operations["projectFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["financingOfferFilesController_list"];
        put?: never;
        post: operations["financingOfferFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["financingOfferFilesController_download"];
        put?: never;
        post?: never;
        delete: operations["financingOfferFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["organizationFilesController_list"];
        put?: never;
        post: operations["organizationFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["organizationFilesController_download"];
        put?: never;
        post?: never;
        delete: operations["organizationFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitsController_list"];
        put?: never;
        /**
         * Record a visit
         * @description For the acting service organization, or (naming a dispatch) for the society that dispatched the caller
         */
        post: operations["VisitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VisitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/draft-demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a need found on the visit into a draft demand of the enterprise
         * @description The demand stays a draft of the enterprise until its own members submit it.
         */
        post: operations["VisitsController_draftDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceLogsController_list"];
        put?: never;
        post: operations["ServiceLogsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceLogsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DispatchesController_list"];
        put?: never;
        /** Dispatch the society’s experts (its owner or an admin) */
        post: operations["DispatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DispatchesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_list"];
        put?: never;
        post: operations["TasksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TasksController_update"];
        trace?: never;
    };
    "/api/v1/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RatingsController_list"];
        put?: never;
        post: operations["RatingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The figures of a period for the caller’s scope, with a monthly series each */
        get: operations["StatisticsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/{figure}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drill down: the records one figure counted */
        get: operations["StatisticsController_records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信息报送: the period’s report as Excel or PDF */
        get: operations["StatisticsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/challenge/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChallengesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{kind}/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InterestController_express"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interest-blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InterestController_listBlocks"];
        put?: never;
        post: operations["InterestController_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interest-blocks/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["InterestController_unblock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/interest-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InterestController_reports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_list"];
        put?: never;
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change feed of listed demands
         * @description Demands in (updatedAt, id) order after `since`; confidential ones as teasers; tombstones for those that left the board.
         */
        get: operations["OpenDataController_demands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change feed of listed achievements
         * @description Achievements in (updatedAt, id) order after `since`; confidential ones as teasers; tombstones for those archived.
         */
        get: operations["OpenDataController_achievements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open/schemas/demand.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpenDataController_demandSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open/schemas/achievement.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OpenDataController_achievementSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminController_searchUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChallengeBoardController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalController_directory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find verified organizations by name or 统一社会信用代码
         * @description For forms that name another organization; any signed-in user, verified organizations only.
         */
        get: operations["OrganizationsController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deal’s audited changes, oldest first: who recorded, confirmed, edited, disputed */
        get: operations["DealsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the event (organizers)
         * @description Its meetings are cancelled and every participant is told, with an .ics that cancels its meetings (METHOD:CANCEL).
         */
        post: operations["EventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a meeting off (organizers, or either of its two sides)
         * @description Frees both sides’ seats and caps; once the agenda went out, both sides are told with an .ics that cancels the entry.
         */
        post: operations["EventsController_cancelMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel export of the event (organizers): participants, schedule and outcomes, one sheet each */
        get: operations["EventsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["achievementsAccessController_accessRequests"];
        put?: never;
        post: operations["achievementsAccessController_requestAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/access-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsAccessController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/access-requests/{requestId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsAccessController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/achievements/{id}/access-requests/{requestId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["achievementsAccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["projectsAccessController_accessRequests"];
        put?: never;
        post: operations["projectsAccessController_requestAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/access-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsAccessController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/access-requests/{requestId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsAccessController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/access-requests/{requestId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["projectsAccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["financing-offersAccessController_accessRequests"];
        put?: never;
        post: operations["financing-offersAccessController_requestAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/access-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersAccessController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/access-requests/{requestId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersAccessController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/financing-offers/{id}/access-requests/{requestId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["financing-offersAccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["expertsAccessController_accessRequests"];
        put?: never;
        post: operations["expertsAccessController_requestAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/access-requests/{requestId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsAccessController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/access-requests/{requestId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsAccessController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}/access-requests/{requestId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["expertsAccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_createFromSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EventInvitationsController_list"];
        put?: never;
        /**
         * Invite addresses to register (organizers, while registration is open)
         * @description Each new address is emailed once, with a link to the event page; addresses invited before get nothing more.
         */
        post: operations["EventInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/agenda.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s agenda to print (approved participants) */
        get: operations["EventAgendaPdfController_own"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/agendas.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every agenda to print (organizers): one page per participant, or one per table */
        get: operations["EventAgendaPdfController_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_list"];
        put?: never;
        /** Save a period report of the acting organization’s scope (a draft) */
        post: operations["ReportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft or returned report to the scope above, freezing its figures */
        post: operations["ReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评估反馈: return a submitted report with a comment */
        post: operations["ReportsController_returnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评估反馈: accept a submitted report */
        post: operations["ReportsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as Excel or PDF: as sent once submitted, with today’s figures beside */
        get: operations["ReportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceOrganizationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/roadshow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roadshow programme in pitching order (organizers and approved participants) */
        get: operations["EventRoadshowController_programme"];
        /**
         * Set the programme (organizers, until the event ends)
         * @description Replaces it: published projects the approved participants brought, in pitching order.
         */
        put: operations["EventRoadshowController_setProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/roadshow/{projectId}/mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a pitched project 感兴趣 / 约谈 / 不感兴趣 (investor participants, while running or just finished)
         * @description Creates or updates the project ↔ financing-offer match; 约谈 proposes a follow-up meeting request. The last mark wins.
         */
        put: operations["EventRoadshowController_mark"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/roadshow/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme’s projects ranked by their marks (organizers) */
        get: operations["EventRoadshowController_ranking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortalController_operator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live board on the day (organizers): running meetings by table, free tables now and next, check-ins */
        get: operations["EventsController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterDto: {
            /**
             * Format: email
             * @example zhang.wei@example.com
             */
            email: string;
            /** Format: password */
            password: string;
            /** @example 张伟 */
            name: string;
            /**
             * @description The version of the user agreement and privacy policy the user accepts (PIPL); only the current one
             * @enum {string}
             */
            consentVersion: "2026-12";
        };
        RegistrationReceiptDto: {
            /** @description Where the confirmation link was sent (the same answer whether or not it has an account) */
            email: string;
        };
        EmailVerificationDto: {
            /**
             * Format: uuid
             * @description The `id` of the emailed link
             */
            userId: string;
            /** @description The `at` of the emailed link */
            requestedAt: string;
            /** @description The `token` of the emailed link */
            token: string;
        };
        LoginDto: {
            /**
             * Format: email
             * @example zhang.wei@example.com
             */
            email: string;
            /** @description The account password */
            password: string;
        };
        AccessTokenDto: {
            /** @description Bearer token for the Authorization header */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
        };
        PasswordResetRequestDto: {
            /**
             * Format: email
             * @example zhang.wei@example.com
             */
            email: string;
        };
        PasswordResetDto: {
            /** Format: uuid */
            requestId: string;
            /** @description The token from the emailed link */
            token: string;
            /** Format: password */
            password: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** Format: password */
            newPassword: string;
        };
        OrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
            creditCode: string;
            regionCode: string;
            /** @description Full region name, e.g. 江苏省 南京市 玄武区 */
            regionName: string;
            industryCode: string | null;
            description: string | null;
            /** @enum {string} */
            verificationStatus: "pending" | "verified" | "rejected";
            /** Format: date-time */
            verifiedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        MembershipSummaryDto: {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            organization: components["schemas"]["OrganizationDto"];
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @description False until the address is confirmed; until then only /me and resending work */
            emailVerified: boolean;
            /** @enum {string|null} */
            platformRole?: "admin" | "moderator" | null;
            memberships: components["schemas"]["MembershipSummaryDto"][];
        };
        PersonalTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to tell tokens apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
        };
        CreatePersonalTokenDto: {
            /** @example ERP 集成 */
            name: string;
            /** @description Omit for a token that does not expire */
            expiresInDays?: number;
        };
        CreatedPersonalTokenDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to tell tokens apart */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** @description The token itself; shown only in this response */
            token: string;
        };
        CreateOrganizationDto: {
            /** @example 江苏锂创新能源科技有限公司 */
            name: string;
            /** @enum {string} */
            type: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
            /**
             * @description 统一社会信用代码 (GB 32100-2015), verified by its check character
             * @example 91350100M000100Y43
             */
            creditCode: string;
            /**
             * @description GB/T 2260 administrative division code
             * @example 320102
             */
            regionCode: string;
            /**
             * @description GB/T 4754-2017 section letter or two-digit division
             * @example 39
             */
            industryCode?: string;
            description?: string;
        };
        UpdateOrganizationDto: {
            name?: string;
            /** @example 320102 */
            regionCode?: string;
            /** @example 39 */
            industryCode?: string;
            description?: string;
        };
        MemberDto: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** Format: date-time */
            joinedAt: string;
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "owner" | "admin" | "member";
        };
        CreateInvitationDto: {
            /**
             * Format: email
             * @example zhang.wei@example.com
             */
            email: string;
            /**
             * @description Defaults to member
             * @enum {string}
             */
            role?: "owner" | "admin" | "member";
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        InvitationPreviewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked";
            /** Format: date-time */
            expiresAt: string;
        };
        InvitationTokenDto: {
            token: string;
        };
        AcceptedInvitationDto: {
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member";
        };
        DemandSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            category: "common" | "chokepoint" | "shortboard" | "efficiency";
            industryCode: string | null;
            industryName: string | null;
            fields: string[];
            fieldNames: string[];
            /** @description Null for a nationwide demand (全国) */
            regionCode: string | null;
            /** @description The region’s name, 全国 / Nationwide when it has none */
            regionName: string;
            /** @description 地域要求: only suppliers from its own province fit */
            regionRequired: boolean;
            budgetMinWan: number | null;
            budgetMaxWan: number | null;
            /** Format: date */
            deadline: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "in_progress" | "solved" | "closed" | "expired";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            organizationName: string | null;
        };
        DemandPageDto: {
            items: components["schemas"]["DemandSummaryDto"][];
            nextCursor: string | null;
        };
        ContactDto: {
            /** @example 王强 */
            name: string;
            /** @example 025-12345678 */
            phone?: string;
            /**
             * Format: email
             * @example zhang.wei@example.com
             */
            email?: string;
        };
        AttachmentDto: {
            /** @example 工艺说明.pdf */
            name: string;
            sizeBytes: number;
            /** @example application/pdf */
            mimeType: string;
        };
        CreateDemandDto: {
            /** @example 高镍三元正极材料循环寿命提升 */
            title: string;
            /** @example 现有 NCM811 电芯 1000 次循环后容量保持率低于 80%…… */
            description: string;
            /**
             * @description common 行业共性技术, chokepoint 卡脖子关键技术, shortboard 竞争短板技术, efficiency 提质增效核心技术
             * @enum {string}
             */
            category: "common" | "chokepoint" | "shortboard" | "efficiency";
            /** @example 39 */
            industryCode?: string;
            /** @description Technology field codes (GET /api/v1/reference/tech-fields) */
            fields: string[];
            /**
             * @example [
             *       "锂离子电池",
             *       "正极材料"
             *     ]
             */
            keywords?: string[];
            /**
             * @description Where the problem is (GB/T 2260); omit it (or null on an edit) for a nationwide demand (全国)
             * @example 320102
             */
            regionCode?: string;
            /** @description 地域要求: only suppliers from the demand’s own province fit (needs a regionCode); false by default */
            regionRequired?: boolean;
            /** @description 万元 */
            budgetMinWan?: number;
            /** @description 万元 */
            budgetMaxWan?: number;
            /** @description Technology readiness level required */
            trlRequired?: number;
            /**
             * Format: date
             * @description Must be after today
             * @example 2027-06-30
             */
            deadline?: string;
            cooperationModes: ("development" | "transfer" | "licensing" | "consulting" | "service" | "talent")[];
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @description NDA a requester must accept (confidential demands) */
            ndaText?: string;
            contact?: components["schemas"]["ContactDto"];
            attachments?: components["schemas"]["AttachmentDto"][];
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        OwnAccessRequestDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "granted" | "refused" | "revoked";
            /** Format: date-time */
            createdAt: string;
        };
        DemandDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            category: "common" | "chokepoint" | "shortboard" | "efficiency";
            industryCode: string | null;
            industryName: string | null;
            fields: string[];
            fieldNames: string[];
            /** @description Null for a nationwide demand (全国) */
            regionCode: string | null;
            /** @description The region’s name, 全国 / Nationwide when it has none */
            regionName: string;
            /** @description 地域要求: only suppliers from its own province fit */
            regionRequired: boolean;
            budgetMinWan: number | null;
            budgetMaxWan: number | null;
            /** Format: date */
            deadline: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "in_progress" | "solved" | "closed" | "expired";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            organizationName: string | null;
            description: string | null;
            keywords: string[];
            trlRequired: number | null;
            cooperationModes: ("development" | "transfer" | "licensing" | "consulting" | "service" | "talent")[];
            attachments: components["schemas"]["AttachmentDto"][];
            contact: components["schemas"]["ContactDto"] | null;
            ndaText: string | null;
            rejectionReason: string | null;
            /** Format: uuid */
            organizationId: string | null;
            canEdit: boolean;
            accessRequest: components["schemas"]["OwnAccessRequestDto"] | null;
            /**
             * @description Its 揭榜挂帅 call’s status, null when it has none (or the caller sees a teaser)
             * @enum {string|null}
             */
            challengeStatus: "open" | "awarded" | "closed" | null;
        };
        UpdateDemandDto: {
            /** @example 高镍三元正极材料循环寿命提升 */
            title?: string;
            /** @example 现有 NCM811 电芯 1000 次循环后容量保持率低于 80%…… */
            description?: string;
            /**
             * @description common 行业共性技术, chokepoint 卡脖子关键技术, shortboard 竞争短板技术, efficiency 提质增效核心技术
             * @enum {string}
             */
            category?: "common" | "chokepoint" | "shortboard" | "efficiency";
            /** @example 39 */
            industryCode?: string;
            /** @description Technology field codes (GET /api/v1/reference/tech-fields) */
            fields?: string[];
            /**
             * @example [
             *       "锂离子电池",
             *       "正极材料"
             *     ]
             */
            keywords?: string[];
            /**
             * @description Where the problem is (GB/T 2260); omit it (or null on an edit) for a nationwide demand (全国)
             * @example 320102
             */
            regionCode?: string;
            /** @description 地域要求: only suppliers from the demand’s own province fit (needs a regionCode); false by default */
            regionRequired?: boolean;
            /** @description 万元 */
            budgetMinWan?: number;
            /** @description 万元 */
            budgetMaxWan?: number;
            /** @description Technology readiness level required */
            trlRequired?: number;
            /**
             * Format: date
             * @description Must be after today
             * @example 2027-06-30
             */
            deadline?: string;
            cooperationModes?: ("development" | "transfer" | "licensing" | "consulting" | "service" | "talent")[];
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @description NDA a requester must accept (confidential demands) */
            ndaText?: string;
            contact?: components["schemas"]["ContactDto"];
            attachments?: components["schemas"]["AttachmentDto"][];
        };
        VisibilityDto: {
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        RejectDemandDto: {
            /** @example 描述过于笼统，请补充技术指标 */
            reason: string;
        };
        CloseDemandDto: {
            reason?: string;
        };
        AccessRequestInputDto: {
            /**
             * @description The requester accepts the demand’s NDA text
             * @enum {boolean}
             */
            ndaAccepted: true;
            message?: string;
        };
        AccessRequestDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: "pending" | "granted" | "refused" | "revoked";
            message: string | null;
            /** Format: date-time */
            ndaAcceptedAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            reason: string | null;
        };
        RefuseAccessDto: {
            reason?: string;
        };
        CriterionDto: {
            /** @example 技术先进性 */
            name: string;
            weight: number;
        };
        OpenChallengeDto: {
            /** @description Award in 万元 */
            awardWan: number;
            /**
             * Format: date
             * @description Proposals close after this day
             * @example 2027-06-30
             */
            deadline: string;
            /** @description Weights add up to 100 */
            criteria: components["schemas"]["CriterionDto"][];
            description?: string;
        };
        ChallengeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            demandId: string;
            awardWan: number;
            /** Format: date */
            deadline: string;
            criteria: components["schemas"]["CriterionDto"][];
            description: string | null;
            /** @enum {string} */
            status: "open" | "awarded" | "closed";
            /** @description Proposals received (a count; their content is private) */
            proposalCount: number;
        };
        SubmitProposalDto: {
            summary: string;
            approach: string;
            /** @description Who does the work */
            team: string;
            /** @description Cost in 万元 */
            costWan: number;
            durationDays: number;
        };
        ProposalDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            summary: string;
            approach: string;
            team: string;
            costWan: number;
            durationDays: number;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "awarded" | "declined";
            scores: {
                [key: string]: number;
            } | null;
            totalScore: number | null;
            /** Format: date-time */
            createdAt: string;
        };
        ScoreProposalDto: {
            /**
             * @example {
             *       "技术先进性": 85
             *     }
             */
            scores: {
                [key: string]: number;
            };
        };
        AchievementSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            title: string;
            regionCode: string;
            regionName: string;
            trl: number;
            /** @enum {string} */
            maturity: "lab" | "bench" | "pilot" | "industrial";
            transferModes: ("transfer" | "licensing" | "equity" | "co-development")[];
            /** @description 万元; null with priceNegotiable is 面议 */
            priceWan: number | null;
            priceNegotiable: boolean;
        };
        AchievementPageDto: {
            items: components["schemas"]["AchievementSummaryDto"][];
            nextCursor: string | null;
        };
        PatentDto: {
            /** @example ZL202110123456.7 */
            number: string;
            /**
             * @description invention 发明, utility 实用新型, design 外观设计
             * @enum {string}
             */
            type: "invention" | "utility" | "design";
            /**
             * @description pending 申请中, granted 已授权, lapsed 已失效
             * @enum {string}
             */
            status: "pending" | "granted" | "lapsed";
        };
        CreateAchievementDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 固态电解质界面改性技术 */
            title: string;
            /** @example 通过原子层沉积在正极表面构筑…… */
            abstract: string;
            fields: string[];
            /**
             * @example [
             *       "固态电池"
             *     ]
             */
            keywords?: string[];
            /** @description Technology readiness level 1–9 */
            trl: number;
            /**
             * @description lab 实验室, bench 小试, pilot 中试, industrial 产业化
             * @enum {string}
             */
            maturity: "lab" | "bench" | "pilot" | "industrial";
            /** @description transfer 转让, licensing 许可, equity 作价入股, co-development 合作开发 */
            transferModes: ("transfer" | "licensing" | "equity" | "co-development")[];
            /** @description 万元; leave out for 面议 (negotiable) */
            priceWan?: number;
            /** @example 320102 */
            regionCode: string;
            patents?: components["schemas"]["PatentDto"][];
            contact?: components["schemas"]["ContactDto"];
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        AchievementDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            title: string;
            regionCode: string;
            regionName: string;
            trl: number;
            /** @enum {string} */
            maturity: "lab" | "bench" | "pilot" | "industrial";
            transferModes: ("transfer" | "licensing" | "equity" | "co-development")[];
            /** @description 万元; null with priceNegotiable is 面议 */
            priceWan: number | null;
            priceNegotiable: boolean;
            abstract: string | null;
            keywords: string[];
            patents: components["schemas"]["PatentDto"][];
            contact: components["schemas"]["ContactDto"] | null;
            rejectionReason: string | null;
            canEdit: boolean;
            /** @description The NDA an access request accepts */
            ndaText: string | null;
            accessRequest: components["schemas"]["OwnAccessRequestDto"] | null;
        };
        UpdateAchievementDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 固态电解质界面改性技术 */
            title?: string;
            /** @example 通过原子层沉积在正极表面构筑…… */
            abstract?: string;
            fields?: string[];
            /**
             * @example [
             *       "固态电池"
             *     ]
             */
            keywords?: string[];
            /** @description Technology readiness level 1–9 */
            trl?: number;
            /**
             * @description lab 实验室, bench 小试, pilot 中试, industrial 产业化
             * @enum {string}
             */
            maturity?: "lab" | "bench" | "pilot" | "industrial";
            /** @description transfer 转让, licensing 许可, equity 作价入股, co-development 合作开发 */
            transferModes?: ("transfer" | "licensing" | "equity" | "co-development")[];
            /** @description 万元; leave out for 面议 (negotiable) */
            priceWan?: number;
            /** @example 320102 */
            regionCode?: string;
            patents?: components["schemas"]["PatentDto"][];
            contact?: components["schemas"]["ContactDto"];
        };
        CatalogueVisibilityDto: {
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        RejectPostingDto: {
            /** @example 信息不完整，请补充专利与转化方式 */
            reason: string;
        };
        ProjectSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            title: string;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            stage: "seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo";
            /** @description 万元 */
            amountSoughtWan: number | null;
        };
        ProjectPageDto: {
            items: components["schemas"]["ProjectSummaryDto"][];
            nextCursor: string | null;
        };
        CreateProjectDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 工业视觉缺陷检测平台 */
            title: string;
            /** @example 面向 3C 制造的深度学习视觉检测系统…… */
            summary: string;
            fields: string[];
            /**
             * @example [
             *       "机器视觉"
             *     ]
             */
            keywords?: string[];
            /**
             * @description seed 种子, angel 天使, pre-a Pre-A, a A 轮, b B 轮, c-plus C 轮及以后, pre-ipo Pre-IPO
             * @enum {string}
             */
            stage: "seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo";
            /** @description 万元 sought in this round */
            amountSoughtWan: number;
            /** @description 资金用途 */
            useOfFunds?: string;
            /** @description 团队 */
            team?: string;
            /** @description 市场进展 (customers, revenue, pilots) */
            traction?: string;
            /** @example 320102 */
            regionCode: string;
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        ProjectDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            title: string;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            stage: "seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo";
            /** @description 万元 */
            amountSoughtWan: number | null;
            summary: string | null;
            keywords: string[];
            useOfFunds: string | null;
            team: string | null;
            traction: string | null;
            rejectionReason: string | null;
            canEdit: boolean;
            /** @description The NDA an access request accepts */
            ndaText: string | null;
            accessRequest: components["schemas"]["OwnAccessRequestDto"] | null;
        };
        UpdateProjectDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 工业视觉缺陷检测平台 */
            title?: string;
            /** @example 面向 3C 制造的深度学习视觉检测系统…… */
            summary?: string;
            fields?: string[];
            /**
             * @example [
             *       "机器视觉"
             *     ]
             */
            keywords?: string[];
            /**
             * @description seed 种子, angel 天使, pre-a Pre-A, a A 轮, b B 轮, c-plus C 轮及以后, pre-ipo Pre-IPO
             * @enum {string}
             */
            stage?: "seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo";
            /** @description 万元 sought in this round */
            amountSoughtWan?: number;
            /** @description 资金用途 */
            useOfFunds?: string;
            /** @description 团队 */
            team?: string;
            /** @description 市场进展 (customers, revenue, pilots) */
            traction?: string;
            /** @example 320102 */
            regionCode?: string;
        };
        FinancingOfferSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            title: string;
            /** @enum {string} */
            instrument: "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            stages: ("seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo")[];
            ticketMinWan: number | null;
            ticketMaxWan: number | null;
            regionCodes: string[];
            /** @description Empty is nationwide (全国) */
            regionNames: string[];
        };
        FinancingOfferPageDto: {
            items: components["schemas"]["FinancingOfferSummaryDto"][];
            nextCursor: string | null;
        };
        CreateFinancingOfferDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 科技型中小企业知识产权质押贷 */
            title: string;
            /**
             * @description equity 股权, debt 债权, tech-loan 科技贷, guarantee 担保, insurance 保险
             * @enum {string}
             */
            instrument: "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            /** @description Sectors, as technology field codes */
            sectors: string[];
            stages: ("seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo")[];
            /** @description 万元 */
            ticketMinWan?: number;
            /** @description 万元 */
            ticketMaxWan?: number;
            /** @description Regions served; empty is nationwide */
            regionCodes?: string[];
            /** @example 重点支持拥有发明专利的高新技术企业…… */
            thesis: string;
            contact?: components["schemas"]["ContactDto"];
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        FinancingOfferDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            title: string;
            /** @enum {string} */
            instrument: "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            stages: ("seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo")[];
            ticketMinWan: number | null;
            ticketMaxWan: number | null;
            regionCodes: string[];
            /** @description Empty is nationwide (全国) */
            regionNames: string[];
            thesis: string | null;
            contact: components["schemas"]["ContactDto"] | null;
            rejectionReason: string | null;
            canEdit: boolean;
            /** @description The NDA an access request accepts */
            ndaText: string | null;
            accessRequest: components["schemas"]["OwnAccessRequestDto"] | null;
        };
        UpdateFinancingOfferDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 科技型中小企业知识产权质押贷 */
            title?: string;
            /**
             * @description equity 股权, debt 债权, tech-loan 科技贷, guarantee 担保, insurance 保险
             * @enum {string}
             */
            instrument?: "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            /** @description Sectors, as technology field codes */
            sectors?: string[];
            stages?: ("seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo")[];
            /** @description 万元 */
            ticketMinWan?: number;
            /** @description 万元 */
            ticketMaxWan?: number;
            /** @description Regions served; empty is nationwide */
            regionCodes?: string[];
            /** @example 重点支持拥有发明专利的高新技术企业…… */
            thesis?: string;
            contact?: components["schemas"]["ContactDto"];
        };
        ExpertClaimInvitationDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
        };
        ClaimExpertDto: {
            /** Format: uuid */
            claimId: string;
            token: string;
        };
        ExpertDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            name: string;
            /** @description 职称 */
            title: string;
            affiliation: string;
            regionCode: string;
            regionName: string;
            serviceModes: ("consulting" | "diagnosis" | "joint-rnd" | "part-time" | "lecture")[];
            /** @enum {string} */
            availability: "available" | "limited" | "unavailable";
            isCommissioner: boolean;
            /** @description The expert has claimed this profile */
            claimed: boolean;
            keywords: string[];
            bio: string | null;
            regionCodesServed: string[];
            regionNamesServed: string[];
            email: string | null;
            phone: string | null;
            /** Format: uuid */
            stationId: string | null;
            stationName: string | null;
            rejectionReason: string | null;
            canEdit: boolean;
            claimedByMe: boolean;
            /** @description The NDA an access request accepts */
            ndaText: string | null;
            accessRequest: components["schemas"]["OwnAccessRequestDto"] | null;
        };
        ExpertSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "archived";
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description True when confidential content is withheld from the caller */
            redacted: boolean;
            teaser: string | null;
            fields: string[];
            fieldNames: string[];
            viewCount: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
            name: string;
            /** @description 职称 */
            title: string;
            affiliation: string;
            regionCode: string;
            regionName: string;
            serviceModes: ("consulting" | "diagnosis" | "joint-rnd" | "part-time" | "lecture")[];
            /** @enum {string} */
            availability: "available" | "limited" | "unavailable";
            isCommissioner: boolean;
            /** @description The expert has claimed this profile */
            claimed: boolean;
        };
        ImportRowErrorDto: {
            /** @description Row number as Excel shows it; 0 for the file as a whole */
            row: number;
            /** @example fields */
            field: string;
            /** @example isTechField */
            code: string;
            /** @example 技术领域代码无效 */
            message: string;
        };
        ExpertImportDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "validating" | "importing" | "completed" | "failed";
            totalRows: number;
            processedRows: number;
            importedCount: number;
            /** @description Empty unless the import failed; nothing was imported then */
            errors: components["schemas"]["ImportRowErrorDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        ExpertPageDto: {
            items: components["schemas"]["ExpertSummaryDto"][];
            nextCursor: string | null;
        };
        CreateExpertDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 张建国 */
            name: string;
            /**
             * @description 职称
             * @example 教授级高级工程师
             */
            title: string;
            /** @example 中国汽车技术研究中心 */
            affiliation: string;
            fields: string[];
            /**
             * @example [
             *       "动力电池",
             *       "热管理"
             *     ]
             */
            keywords?: string[];
            /** @example 320102 */
            regionCode: string;
            /** @description Regions the expert serves */
            regionCodesServed?: string[];
            /** @description consulting 咨询, diagnosis 诊断, joint-rnd 合作研发, part-time 兼职, lecture 讲座 */
            serviceModes: ("consulting" | "diagnosis" | "joint-rnd" | "part-time" | "lecture")[];
            /** @enum {string} */
            availability?: "available" | "limited" | "unavailable";
            /** @description 科技特派员 */
            isCommissioner?: boolean;
            bio?: string;
            /**
             * Format: email
             * @description Seen only by the society, the expert and moderators
             * @example zhang.wei@example.com
             */
            email?: string;
            phone?: string;
            /**
             * Format: uuid
             * @description One of the society’s service stations
             */
            stationId?: string;
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
        };
        UpdateExpertDto: {
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @example 张建国 */
            name?: string;
            /**
             * @description 职称
             * @example 教授级高级工程师
             */
            title?: string;
            /** @example 中国汽车技术研究中心 */
            affiliation?: string;
            fields?: string[];
            /**
             * @example [
             *       "动力电池",
             *       "热管理"
             *     ]
             */
            keywords?: string[];
            /** @example 320102 */
            regionCode?: string;
            /** @description Regions the expert serves */
            regionCodesServed?: string[];
            /** @description consulting 咨询, diagnosis 诊断, joint-rnd 合作研发, part-time 兼职, lecture 讲座 */
            serviceModes?: ("consulting" | "diagnosis" | "joint-rnd" | "part-time" | "lecture")[];
            /** @enum {string} */
            availability?: "available" | "limited" | "unavailable";
            /** @description 科技特派员 */
            isCommissioner?: boolean;
            bio?: string;
            /**
             * Format: email
             * @description Seen only by the society, the expert and moderators
             * @example zhang.wei@example.com
             */
            email?: string;
            phone?: string;
            /**
             * Format: uuid
             * @description One of the society’s service stations
             */
            stationId?: string;
        };
        SocietySummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            regionCode: string;
            regionName: string;
            description: string | null;
            fields: string[];
            fieldNames: string[];
            website: string | null;
            /** @description Published experts */
            expertCount: number;
            stationCount: number;
        };
        SocietyPageDto: {
            items: components["schemas"]["SocietySummaryDto"][];
            nextCursor: string | null;
        };
        CreateSocietyDto: {
            description?: string;
            /** @description Disciplines the society covers */
            fields?: string[];
            /** @example https://www.sae-china.org */
            website?: string;
            /** @example 中国汽车工程学会 */
            name: string;
            /** @example 91350100M000100Y43 */
            creditCode: string;
            /** @example 320102 */
            regionCode: string;
        };
        StationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            regionCode: string;
            regionName: string;
            address: string | null;
            contactName: string | null;
            contactPhone: string | null;
            description: string | null;
            /** @description Published experts attached to the station */
            expertCount: number;
        };
        SocietyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            regionCode: string;
            regionName: string;
            description: string | null;
            fields: string[];
            fieldNames: string[];
            website: string | null;
            /** @description Published experts */
            expertCount: number;
            stationCount: number;
            stations: components["schemas"]["StationDto"][];
            /** @description The caller may edit the profile and stations */
            canEdit: boolean;
        };
        UpdateSocietyDto: {
            description?: string;
            /** @description Disciplines the society covers */
            fields?: string[];
            /** @example https://www.sae-china.org */
            website?: string;
        };
        CreateStationDto: {
            /** @example 中国汽车工程学会常州服务站 */
            name: string;
            /** @example 320102 */
            regionCode: string;
            address?: string;
            contactName?: string;
            contactPhone?: string;
            description?: string;
        };
        UpdateStationDto: {
            /** @example 中国汽车工程学会常州服务站 */
            name?: string;
            /** @example 320102 */
            regionCode?: string;
            address?: string;
            contactName?: string;
            contactPhone?: string;
            description?: string;
        };
        VerificationDecisionDto: {
            /** @enum {string} */
            status: "verified" | "rejected";
            note?: string;
        };
        UserStatusDto: {
            /** @enum {string} */
            status: "active" | "disabled";
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
        };
        CodeNodeDto: {
            /** @example 320000 */
            code: string;
            /**
             * @description Named in the request language where the list has two
             * @example 江苏省
             */
            name: string;
            /** @description Absent on a leaf */
            children?: components["schemas"]["CodeNodeDto"][];
        };
        SuggestedFieldDto: {
            /** @example EV-BATTERY */
            code: string;
            /** @example 动力电池 */
            name: string;
            /**
             * @description The top field of a subfield
             * @example EV
             */
            parentCode?: string;
            /** @example 新能源汽车 */
            parentName?: string;
            /** @description Relative strength: 1 for the best suggestion, less for the others */
            score: number;
        };
        SuggestedIndustryDto: {
            /** @example 38 */
            code: string;
            /** @example 电气机械和器材制造业 */
            name: string;
        };
        FieldSuggestionsDto: {
            /** @description Up to 5 fields, best first; empty when none fits */
            fields: components["schemas"]["SuggestedFieldDto"][];
            /** @description The GB/T 4754 division of the best field, when that field points at one */
            industry: components["schemas"]["SuggestedIndustryDto"] | null;
        };
        SearchHitDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            title: string;
            /** @description The title, HTML-escaped, matched terms in <mark> */
            titleHighlight: string;
            /** @description Text around the first match, HTML-escaped, matched terms in <mark>; a confidential posting’s teaser */
            snippet: string;
            /** @description Relevance; comparable within one response only */
            score: number;
        };
        FacetValueDto: {
            /** @example EV-BATTERY */
            value: string;
            count: number;
            /** @description Display name of a taxonomy or region code */
            label?: string;
        };
        SearchFacetsDto: {
            kind: components["schemas"]["FacetValueDto"][];
            /** @description Demand categories */
            category: components["schemas"]["FacetValueDto"][];
            /** @description Achievement maturities */
            maturity: components["schemas"]["FacetValueDto"][];
            industry: components["schemas"]["FacetValueDto"][];
            /** @description Technology fields, top fields included */
            field: components["schemas"]["FacetValueDto"][];
            /** @description Provinces */
            region: components["schemas"]["FacetValueDto"][];
            /** @description Cities, when a region is filtered */
            city?: components["schemas"]["FacetValueDto"][];
            trl: components["schemas"]["FacetValueDto"][];
            status: components["schemas"]["FacetValueDto"][];
            /** @description Budget / ticket buckets in 万元: 0-50, 50-100, …, 1000+ */
            amount: components["schemas"]["FacetValueDto"][];
        };
        SearchResponseDto: {
            /** @description Matches counted, up to the candidate cap */
            total: number;
            /** @description More matched than counted: total is a lower bound */
            totalCapped: boolean;
            hits: components["schemas"]["SearchHitDto"][];
            /** @description Counts over the matches, filters applied */
            facets: components["schemas"]["SearchFacetsDto"];
            /**
             * @description Query words taken as typos, with the known term searched as well
             * @example {
             *       "lithum": "lithium"
             *     }
             */
            corrections: {
                [key: string]: string;
            };
        };
        SuggestionDto: {
            /** @description Completed text to search for */
            text: string;
            /** @enum {string} */
            type: "term" | "posting";
            /** @enum {string} */
            kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            id?: string;
        };
        SuggestResponseDto: {
            suggestions: components["schemas"]["SuggestionDto"][];
        };
        MatchPostingDto: {
            /** @enum {string} */
            type: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            id: string;
            /** @description Its title (its teaser when confidential) */
            title: string;
        };
        MatchDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The kind of the other side of the pair
             * @enum {string}
             */
            candidateType: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            candidateId: string;
            /** @description The other side’s title (its teaser when confidential) */
            title: string;
            /** @description The viewer’s own posting of the pair (which of its postings the inbox match is for) */
            posting: components["schemas"]["MatchPostingDto"];
            score: number;
            /**
             * @description The score calibrated per pair type: high 高, medium 中, fair 一般 (the score stays behind it)
             * @enum {string}
             */
            fitLevel: "high" | "medium" | "fair";
            /** @description The fit level in the request language: 高 / 中 / 一般, High / Medium / Fair */
            fitLabel: string;
            /** @description A re-score or the other posting’s closing dropped this match after the parties were told about it: it stays reachable here and in the inbox, but no longer on the posting’s ranked list */
            superseded: boolean;
            /** @description Why it fits, in the request language; of a confidential other side, only what the caller may see of it */
            reasons: string[];
            /** @description What does not fit (TRL short, amounts apart, region required), in the request language */
            warnings: string[];
            /** @description Feature → 0–1; null where the pair carries no evidence (or none the caller may see of a confidential side) */
            features: {
                [key: string]: number | null;
            };
            /** @enum {string} */
            status: "new" | "viewed" | "contacted" | "shortlisted" | "declined";
            /** @enum {string|null} */
            declineReasonCode?: "too-early" | "budget-mismatch" | "wrong-field" | "region" | "already-solved" | "description-unclear" | "other" | null;
            /** Format: date-time */
            updatedAt: string;
        };
        DeclineSummaryDto: {
            /** @description Matches the other side has answered (viewed or beyond) */
            answered: number;
            declined: number;
            /** @description Decline reason code → count */
            byReason: {
                [key: string]: number;
            };
            /** @description The summary in the request language; empty when nothing was declined */
            text: string;
        };
        MatchListDto: {
            /** @description Best first; one page of them */
            items: components["schemas"]["MatchDto"][];
            declines: components["schemas"]["DeclineSummaryDto"];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        ContactMatchDto: {
            /** @description A first message for the conversation the contact opens */
            message?: string;
        };
        ContactedMatchDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The kind of the other side of the pair
             * @enum {string}
             */
            candidateType: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            candidateId: string;
            /** @description The other side’s title (its teaser when confidential) */
            title: string;
            /** @description The viewer’s own posting of the pair (which of its postings the inbox match is for) */
            posting: components["schemas"]["MatchPostingDto"];
            score: number;
            /**
             * @description The score calibrated per pair type: high 高, medium 中, fair 一般 (the score stays behind it)
             * @enum {string}
             */
            fitLevel: "high" | "medium" | "fair";
            /** @description The fit level in the request language: 高 / 中 / 一般, High / Medium / Fair */
            fitLabel: string;
            /** @description A re-score or the other posting’s closing dropped this match after the parties were told about it: it stays reachable here and in the inbox, but no longer on the posting’s ranked list */
            superseded: boolean;
            /** @description Why it fits, in the request language; of a confidential other side, only what the caller may see of it */
            reasons: string[];
            /** @description What does not fit (TRL short, amounts apart, region required), in the request language */
            warnings: string[];
            /** @description Feature → 0–1; null where the pair carries no evidence (or none the caller may see of a confidential side) */
            features: {
                [key: string]: number | null;
            };
            /** @enum {string} */
            status: "new" | "viewed" | "contacted" | "shortlisted" | "declined";
            /** @enum {string|null} */
            declineReasonCode?: "too-early" | "budget-mismatch" | "wrong-field" | "region" | "already-solved" | "description-unclear" | "other" | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description The match’s conversation: opened now, or the one it has
             */
            conversationId: string;
        };
        DeclineMatchDto: {
            /** @enum {string} */
            reasonCode: "too-early" | "budget-mismatch" | "wrong-field" | "region" | "already-solved" | "description-unclear" | "other";
            /** @description Required with reason code `other` */
            text?: string;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder";
            /** @example match */
            subjectType: string;
            /** Format: uuid */
            subjectId: string;
            /** @description In the request language */
            title: string;
            /** @description In the request language */
            body: string;
            /** @description A path of the web app, e.g. /demands/<id> */
            link: string;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            /**
             * Format: uuid
             * @description Pass as `before` for the next page; null on the last page
             */
            nextBefore: string | null;
        };
        UnreadCountDto: {
            unread: number;
        };
        CounterpartDto: {
            /** Format: uuid */
            id: string | null;
            name: string | null;
            /** @description False while the owner of a confidential posting has not disclosed itself */
            disclosed: boolean;
        };
        OrganizationRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        MessagePreviewDto: {
            /** @description The first 120 characters */
            body: string;
            authorOrganization: components["schemas"]["OrganizationRefDto"];
            /** Format: date-time */
            createdAt: string;
        };
        ConversationDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null once the match is gone
             */
            matchId: string | null;
            /** @description The two postings’ titles when the thread was opened */
            subject: string;
            /** @description The other side (for a platform admin, the candidate side); anonymous while it is the undisclosed owner of a confidential posting */
            counterpart: components["schemas"]["CounterpartDto"];
            /** @description The side the caller acts for */
            organization: components["schemas"]["OrganizationRefDto"];
            /** @description Messages of the other side the caller’s organization has not read */
            unread: number;
            lastMessage: components["schemas"]["MessagePreviewDto"] | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** @description False for a platform admin reading another organization’s thread */
            canPost: boolean;
        };
        ConversationDetailDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null once the match is gone
             */
            matchId: string | null;
            /** @description The two postings’ titles when the thread was opened */
            subject: string;
            /** @description The other side (for a platform admin, the candidate side); anonymous while it is the undisclosed owner of a confidential posting */
            counterpart: components["schemas"]["CounterpartDto"];
            /** @description The side the caller acts for */
            organization: components["schemas"]["OrganizationRefDto"];
            /** @description Messages of the other side the caller’s organization has not read */
            unread: number;
            lastMessage: components["schemas"]["MessagePreviewDto"] | null;
            /** Format: date-time */
            lastMessageAt: string;
            /** @description False for a platform admin reading another organization’s thread */
            canPost: boolean;
            /** @description The match as the caller’s side sees it; null once it is gone */
            match: components["schemas"]["MatchDto"] | null;
        };
        MessageDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            conversationId: string;
            body: string;
            /** @description Null when the account is gone */
            authorName: string | null;
            authorOrganization: components["schemas"]["OrganizationRefDto"];
            /** @description Written on behalf of the caller’s side of the conversation */
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        MessagePageDto: {
            /** @description Newest first */
            items: components["schemas"]["MessageDto"][];
            /**
             * Format: uuid
             * @description Pass as `before` for older messages; null on the last page
             */
            nextBefore: string | null;
        };
        PostMessageDto: {
            body: string;
        };
        ReadMarkerDto: {
            /** Format: date-time */
            lastReadAt: string;
            unread: number;
        };
        KindPreferenceDto: {
            /** @enum {string} */
            kind: "match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder";
            /**
             * @description The notification centre
             * @enum {string}
             */
            inApp: "instant" | "off";
            /**
             * @description `digest`: one email a day listing everything pending
             * @enum {string}
             */
            email: "instant" | "digest" | "off";
        };
        NotificationPreferencesDto: {
            /** @description One entry per kind of event, each kind once */
            kinds: components["schemas"]["KindPreferenceDto"][];
        };
        UnsubscribeDto: {
            /**
             * @description `digest`: every kind the user gets by daily digest
             * @enum {string}
             */
            scope: "match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder" | "digest";
            /** @description The kinds whose email is (or would be) off */
            kinds: ("match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder")[];
        };
        WebhookDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            url: string;
            /** @enum {string} */
            format: "generic" | "wecom" | "dingtalk" | "feishu";
            events: ("match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder")[];
            active: boolean;
            /** @description Whether a robot signing secret is set */
            hasRobotSecret: boolean;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateWebhookDto: {
            /**
             * @description http(s) address that accepts POST; no user:password@; it must resolve to public addresses only
             * @example https://example.com/duijie/webhook
             */
            url: string;
            /**
             * @description Body format (default generic)
             * @enum {string}
             */
            format?: "generic" | "wecom" | "dingtalk" | "feishu";
            /** @description Default: every kind */
            events?: ("match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder")[];
            /** @description Default true */
            active?: boolean;
            /** @description The group robot’s own signing secret (DingTalk 加签 `SEC…`, Feishu 签名校验), used by those formats; null removes it. Never shown again. */
            robotSecret?: string | null;
        };
        WebhookWithSecretDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            url: string;
            /** @enum {string} */
            format: "generic" | "wecom" | "dingtalk" | "feishu";
            events: ("match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder")[];
            active: boolean;
            /** @description Whether a robot signing secret is set */
            hasRobotSecret: boolean;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The signing secret of `X-Duijie-Signature`. Shown only in this response: store it now (rotate to get a new one) */
            secret: string;
        };
        UpdateWebhookDto: {
            /** @description http(s) address that accepts POST; no user:password@; it must resolve to public addresses only */
            url?: string;
            /** @enum {string} */
            format?: "generic" | "wecom" | "dingtalk" | "feishu";
            events?: ("match-found" | "subscription-hit" | "message-received" | "deal-changed" | "task-due" | "interest-received" | "event-changed" | "access-requested" | "access-decided" | "proposal-received" | "proposal-decided" | "moderation-decided" | "report-submitted" | "report-reviewed" | "event-reminder")[];
            active?: boolean;
            /** @description The group robot’s own signing secret (DingTalk 加签 `SEC…`, Feishu 签名校验), used by those formats; null removes it. Never shown again. */
            robotSecret?: string | null;
        };
        WebhookDeliveryDto: {
            /**
             * Format: uuid
             * @description Also the `X-Duijie-Delivery` header
             */
            id: string;
            /** Format: uuid */
            webhookId: string;
            /** @example match-found */
            eventKind: string;
            eventKey: string;
            /** @enum {string} */
            status: "pending" | "delivering" | "delivered" | "failed";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** @description The JSON body of the last attempt */
            requestBody: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /**
             * Format: uuid
             * @description Pass as `before` for the next page; null on the last page
             */
            nextBefore: string | null;
        };
        SubscriptionDto: {
            /**
             * @description Words in Chinese or English
             * @example 锂电池 回收
             */
            q: string;
            /**
             * @description One kind only; every kind when absent
             * @enum {string}
             */
            kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** @description A demand’s category: common, chokepoint, shortboard, efficiency */
            category?: string;
            /** @description An achievement’s maturity: lab, bench, pilot, industrial */
            maturity?: string;
            /**
             * @description GB/T 4754 section letter or division
             * @example 39
             */
            industryCode?: string;
            /** @description Technology field code; a top field includes its subfields */
            field?: string;
            /**
             * @description GB/T 2260; a province includes its cities and counties
             * @example 320102
             */
            regionCode?: string;
            trlMin?: number;
            trlMax?: number;
            /** @description Budget, ticket or price range overlapping this (万元) */
            amountMinWan?: number;
            /** @description 万元 */
            amountMaxWan?: number;
            /** @description A listed status of the kind */
            status?: string;
            stage?: string;
            instrument?: string;
            /**
             * Format: uuid
             * @description Experts of this society
             */
            societyId?: string;
            /** @example 长三角储能电池 */
            name: string;
            /** Format: uuid */
            id: string;
            /** @description Paused subscriptions are not matched */
            active: boolean;
            /**
             * Format: uuid
             * @description The organization the user acted for when saving it
             */
            organizationId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateSubscriptionDto: {
            /**
             * @description Words in Chinese or English
             * @example 锂电池 回收
             */
            q: string;
            /**
             * @description One kind only; every kind when absent
             * @enum {string}
             */
            kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** @description A demand’s category: common, chokepoint, shortboard, efficiency */
            category?: string;
            /** @description An achievement’s maturity: lab, bench, pilot, industrial */
            maturity?: string;
            /**
             * @description GB/T 4754 section letter or division
             * @example 39
             */
            industryCode?: string;
            /** @description Technology field code; a top field includes its subfields */
            field?: string;
            /**
             * @description GB/T 2260; a province includes its cities and counties
             * @example 320102
             */
            regionCode?: string;
            trlMin?: number;
            trlMax?: number;
            /** @description Budget, ticket or price range overlapping this (万元) */
            amountMinWan?: number;
            /** @description 万元 */
            amountMaxWan?: number;
            /** @description A listed status of the kind */
            status?: string;
            stage?: string;
            instrument?: string;
            /**
             * Format: uuid
             * @description Experts of this society
             */
            societyId?: string;
            /** @example 长三角储能电池 */
            name: string;
        };
        UpdateSubscriptionDto: {
            /**
             * @description Words in Chinese or English
             * @example 锂电池 回收
             */
            q?: string;
            /**
             * @description One kind only; every kind when absent
             * @enum {string}
             */
            kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** @description A demand’s category: common, chokepoint, shortboard, efficiency */
            category?: string;
            /** @description An achievement’s maturity: lab, bench, pilot, industrial */
            maturity?: string;
            /**
             * @description GB/T 4754 section letter or division
             * @example 39
             */
            industryCode?: string;
            /** @description Technology field code; a top field includes its subfields */
            field?: string;
            /**
             * @description GB/T 2260; a province includes its cities and counties
             * @example 320102
             */
            regionCode?: string;
            trlMin?: number;
            trlMax?: number;
            /** @description Budget, ticket or price range overlapping this (万元) */
            amountMinWan?: number;
            /** @description 万元 */
            amountMaxWan?: number;
            /** @description A listed status of the kind */
            status?: string;
            stage?: string;
            instrument?: string;
            /**
             * Format: uuid
             * @description Experts of this society
             */
            societyId?: string;
            /** @example 长三角储能电池 */
            name?: string;
            /** @description false pauses the subscription, true resumes it */
            active?: boolean;
        };
        DealSourceDto: {
            /** @enum {string} */
            type: "match" | "conversation" | "award" | "meeting";
            /** Format: uuid */
            id: string;
        };
        DealPartyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Organization type when recorded */
            type: string;
            /** @description GB/T 2260 region code when recorded */
            regionCode: string;
            /**
             * Format: date-time
             * @description When this side confirmed
             */
            confirmedAt: string | null;
        };
        DealDisputeDto: {
            /** @enum {string} */
            by: "buyer" | "seller";
            reason: string;
            /** Format: date-time */
            at: string;
        };
        DealTermsDto: {
            /** @enum {string} */
            kind?: "tech-development" | "tech-transfer" | "tech-license" | "tech-consulting" | "tech-service" | "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            projectName?: string;
            contractValueWan?: number;
            techTransactionWan?: number | null;
            /** Format: date */
            signedOn?: string | null;
            termMonths?: number | null;
            techField?: string | null;
            /** @enum {string} */
            ipType?: "patent" | "technical-secret" | "software-copyright" | "ic-layout" | "plant-variety" | "none";
            registrationNumber?: string | null;
        };
        PendingDealChangeDto: {
            /** @description Only the terms the change touches, as they would read */
            terms: components["schemas"]["DealTermsDto"];
            /** @enum {string} */
            by: "buyer" | "seller";
            /** Format: date-time */
            at: string;
        };
        DealActionsDto: {
            /** @description The viewer may confirm now (the deal, or the other side’s proposed change) */
            confirm: boolean;
            dispute: boolean;
            /** @description The viewer may edit (or, once confirmed, propose a change) */
            edit: boolean;
            stage: boolean;
        };
        DealDto: {
            /** Format: uuid */
            id: string;
            source: components["schemas"]["DealSourceDto"] | null;
            buyer: components["schemas"]["DealPartyDto"];
            seller: components["schemas"]["DealPartyDto"];
            /** @enum {string} */
            kind: "tech-development" | "tech-transfer" | "tech-license" | "tech-consulting" | "tech-service" | "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            /** @enum {string} */
            category: "technology" | "financing";
            projectName: string;
            /** @description 万元 */
            contractValueWan: number;
            /** @description 技术交易额, 万元 */
            techTransactionWan: number | null;
            /** Format: date */
            signedOn: string | null;
            termMonths: number | null;
            techField: string | null;
            /** @enum {string} */
            ipType: "patent" | "technical-secret" | "software-copyright" | "ic-layout" | "plant-variety" | "none";
            registrationNumber: string | null;
            /** @enum {string} */
            stage: "intent" | "negotiation" | "signed" | "performing" | "completed" | "terminated";
            /** @description Stage → the date it was reached */
            stageDates: {
                [key: string]: string;
            };
            /** @enum {string} */
            status: "pending" | "confirmed" | "disputed";
            /** @description Confirmed by both parties: only such a deal counts in figures */
            counts: boolean;
            /**
             * @description The side the caller acts for; null for a platform admin looking on
             * @enum {string|null}
             */
            viewerSide: "buyer" | "seller" | null;
            /** @description 待确认: the caller’s side has not confirmed the deal or the other side’s change */
            awaitingViewer: boolean;
            dispute: components["schemas"]["DealDisputeDto"] | null;
            pendingChange: components["schemas"]["PendingDealChangeDto"] | null;
            actions: components["schemas"]["DealActionsDto"];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateDealDto: {
            /**
             * @description 四技 technology contract (tech-development 技术开发, tech-transfer 技术转让, tech-license 技术许可, tech-consulting 技术咨询, tech-service 技术服务) or financing instrument (equity 股权, debt 债权, tech-loan 科技贷, guarantee 担保, insurance 保险)
             * @enum {string}
             */
            kind: "tech-development" | "tech-transfer" | "tech-license" | "tech-consulting" | "tech-service" | "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            /** @description Project name (项目名称) */
            projectName: string;
            /**
             * @description Contract value in 万元 (合同金额)
             * @example 120
             */
            contractValueWan: number;
            /**
             * @description What the deal comes from: a match, a conversation or an awarded 揭榜方案 (proposal id)
             * @enum {string}
             */
            sourceType: "match" | "conversation" | "award" | "meeting";
            /**
             * Format: uuid
             * @description The match, conversation or awarded proposal; the caller’s side must be a party
             */
            sourceId: string;
            /**
             * Format: uuid
             * @description The buying organization (需方 / 投资方的被投方 for financing: who receives)
             */
            buyerOrganizationId: string;
            /**
             * Format: uuid
             * @description The selling organization (供方; the investor, bank or insurer for financing)
             */
            sellerOrganizationId: string;
            /** @description 技术交易额 in 万元, at most the contract value; technology contracts only */
            techTransactionWan?: number;
            /**
             * Format: date
             * @description Signing date; required from the 签约 stage on, not in the future
             * @example 2027-06-30
             */
            signedOn?: string;
            /** @description Term in months (合同期限) */
            termMonths?: number;
            /**
             * @description Technology field; required for a technology contract
             * @example EV-BATTERY
             */
            techField?: string;
            /**
             * @description Intellectual property involved (default none)
             * @enum {string}
             */
            ipType?: "patent" | "technical-secret" | "software-copyright" | "ic-layout" | "plant-variety" | "none";
            /**
             * @description 技术合同认定登记号 (16 digits), once the contract is registered; null clears it
             * @example 2026320100001234
             */
            registrationNumber?: string | null;
            /**
             * @description The stage reached (default intent)
             * @enum {string}
             */
            stage?: "intent" | "negotiation" | "signed" | "performing" | "completed";
            /**
             * Format: date
             * @description When that stage was reached (default today), not in the future
             * @example 2027-06-30
             */
            stageOn?: string;
        };
        DealSourcePartyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description One of the caller’s organizations (the side the caller can record for) */
            mine: boolean;
        };
        DealSourcePartiesDto: {
            /** @description The two organizations a deal from it is between */
            organizations: components["schemas"]["DealSourcePartyDto"][];
        };
        UpdateDealDto: {
            /** @enum {string} */
            kind?: "tech-development" | "tech-transfer" | "tech-license" | "tech-consulting" | "tech-service" | "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
            projectName?: string;
            /** @description Contract value in 万元 */
            contractValueWan?: number;
            /** @description 技术交易额 in 万元; null clears it */
            techTransactionWan?: number | null;
            /**
             * Format: date
             * @description Signing date, for a deal at 签约 or later
             * @example 2027-06-30
             */
            signedOn?: string;
            /** @description Term in months; null clears it */
            termMonths?: number | null;
            /**
             * @description Technology field; null clears it (financing only)
             * @example EV-BATTERY
             */
            techField?: string | null;
            /** @enum {string} */
            ipType?: "patent" | "technical-secret" | "software-copyright" | "ic-layout" | "plant-variety" | "none";
            /**
             * @description 技术合同认定登记号 (16 digits), once the contract is registered; null clears it
             * @example 2026320100001234
             */
            registrationNumber?: string | null;
        };
        ConfirmDealDto: {
            /** @description The version the caller read: a deal changed since is refused (409) rather than confirmed unseen */
            version?: number;
        };
        DisputeDealDto: {
            /** @description Why the caller’s side contests the deal (shown to the other side) */
            reason: string;
        };
        MoveDealStageDto: {
            /**
             * @description A later stage, or terminated
             * @enum {string}
             */
            stage: "intent" | "negotiation" | "signed" | "performing" | "completed" | "terminated";
            /**
             * Format: date
             * @description When it was reached: not in the future, not before the previous stage
             * @example 2027-06-30
             */
            on: string;
            /**
             * Format: date
             * @description Signing date, when the deal passes 签约 without one
             * @example 2027-06-30
             */
            signedOn?: string;
        };
        LocalSpanDto: {
            /** @example 09:00 */
            start: string;
            /** @example 12:00 */
            end: string;
        };
        EventDayDto: {
            /**
             * Format: date
             * @description A day of the event (local, 北京时间)
             * @example 2027-06-30
             */
            date: string;
            /** @description Sessions of the day */
            sessions: components["schemas"]["LocalSpanDto"][];
        };
        BreakDto: {
            /** @example 09:00 */
            start: string;
            /** @example 12:00 */
            end: string;
            /**
             * Format: date
             * @description The day of the break; without it, every day
             * @example 2027-06-30
             */
            date?: string;
        };
        EventSlotDto: {
            /** @example 2027-03-02T09:00 */
            id: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
        };
        EventTableDto: {
            /**
             * @description Stable id meetings keep
             * @example A3
             */
            id: string;
            /** @description Shown on agendas: A 区 3 号桌, 路演厅 */
            name: string;
            /** @description Online events: the meeting link of this room */
            link?: string;
        };
        PairingRuleDto: {
            /** @enum {string} */
            a: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** @enum {string} */
            b: "demand" | "expert" | "achievement" | "project" | "financing-offer";
        };
        EventDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizerOrganizationId: string;
            organizerName: string;
            coOrganizerIds: string[];
            title: string;
            description: string;
            /** @enum {string} */
            kind: "one-to-one" | "roadshow" | "both";
            /** @enum {string} */
            format: "onsite" | "online";
            venueName: string | null;
            venueAddress: string | null;
            regionCode: string;
            days: components["schemas"]["EventDayDto"][];
            breaks: components["schemas"]["BreakDto"][];
            meetingMinutes: number;
            gapMinutes: number;
            slots: components["schemas"]["EventSlotDto"][];
            tables: components["schemas"]["EventTableDto"][];
            pairingRules: components["schemas"]["PairingRuleDto"][];
            maxMeetingsPerParticipant: number;
            /** Format: date-time */
            registrationDeadline: string;
            capacity: number | null;
            approvalRequired: boolean;
            /** @enum {string} */
            requestMode: "approval" | "automatic";
            /** @enum {string} */
            schedulingMode: "organizer" | "accepting-side";
            requestExpiryHours: number;
            /** @enum {string} */
            status: "draft" | "published" | "registration-closed" | "running" | "finished" | "archived" | "cancelled";
            agendaVersion: number;
            /** @description The caller manages this event (organizer or co-organizer) */
            manages: boolean;
            /**
             * Format: uuid
             * @description The caller’s registration
             */
            myRegistrationId: string | null;
            techFields: string[];
        };
        CreateEventDto: {
            /** @description Title (活动名称) */
            title: string;
            description?: string;
            /**
             * @description one-to-one 1:1 对接会, roadshow 路演, both
             * @enum {string}
             */
            kind: "one-to-one" | "roadshow" | "both";
            /**
             * @description onsite (a venue) or online (a link per table/room)
             * @enum {string}
             */
            format: "onsite" | "online";
            /** @description Venue (on site); required on site */
            venueName?: string;
            venueAddress?: string;
            /**
             * @description Where it takes place (GB/T 2260)
             * @example 320102
             */
            regionCode: string;
            days: components["schemas"]["EventDayDto"][];
            breaks?: components["schemas"]["BreakDto"][];
            /** @description Minutes per meeting */
            meetingMinutes: number;
            /** @description Minutes between meetings (changing tables) */
            gapMinutes?: number;
            tables: components["schemas"]["EventTableDto"][];
            /** @description Empty: any matched pair */
            pairingRules?: components["schemas"]["PairingRuleDto"][];
            /** @description Cap on meetings per participant */
            maxMeetingsPerParticipant: number;
            /**
             * @description Registration closes at this instant
             * @example 2027-03-01T18:00:00+08:00
             */
            registrationDeadline: string;
            /** @description Most registrations; none: no limit */
            capacity?: number;
            /** @description Registrations wait for the organizer’s approval */
            approvalRequired: boolean;
            /**
             * @description approval: the other side answers; automatic: accepted at once
             * @enum {string}
             */
            requestMode: "approval" | "automatic";
            /**
             * @description organizer: the scheduler places meetings
             * @enum {string}
             */
            schedulingMode: "organizer" | "accepting-side";
            /** @description Hours before an unanswered request expires */
            requestExpiryHours?: number;
            /** @description Co-organizers */
            coOrganizerIds?: string[];
            /** @description Technology fields it is about */
            techFields?: string[];
        };
        UpdateEventDto: {
            title?: string;
            description?: string;
            venueName?: string;
            venueAddress?: string;
            tables?: components["schemas"]["EventTableDto"][];
            maxMeetingsPerParticipant?: number;
            /** @example 2027-03-01T18:00:00+08:00 */
            registrationDeadline?: string;
            capacity?: number;
            approvalRequired?: boolean;
            /** @enum {string} */
            requestMode?: "approval" | "automatic";
            requestExpiryHours?: number;
            techFields?: string[];
        };
        TransitionEventDto: {
            /**
             * @description The next status of the lifecycle
             * @enum {string}
             */
            status: "draft" | "published" | "registration-closed" | "running" | "finished" | "archived" | "cancelled";
        };
        MeetingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            requestId: string | null;
            /** Format: uuid */
            registrationAId: string;
            /** Format: uuid */
            registrationBId: string;
            organizationAName: string;
            organizationBName: string;
            score: number;
            slotId: string | null;
            start: string | null;
            end: string | null;
            tableId: string | null;
            tableName: string | null;
            pinned: boolean;
            unplacedReason: string | null;
            /** @description The reason, in the caller’s language */
            unplacedText: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Outcomes recorded by either side */
            outcomes: string[];
        };
        ScheduleRunDto: {
            placed: components["schemas"]["MeetingDto"][];
            unplaced: components["schemas"]["MeetingDto"][];
            /** @description Most meetings any valid schedule could place */
            upperBound: number;
            /** @enum {string} */
            boundKind: "optimal" | "lp-relaxation" | "degree";
            /** @description Placements of the previous schedule that changed */
            moved: number;
            /** @enum {string} */
            method: "exact" | "heuristic" | "greedy";
        };
        MoveMeetingDto: {
            /** @example 2027-03-02T09:00 */
            slotId: string;
            /** @example A3 */
            tableId: string;
            /** @description Keep it there on re-runs (default true) */
            pinned?: boolean;
        };
        CheckInDto: {
            /** @enum {string} */
            method: "qr" | "hand";
            /** @description The QR code’s token (method qr) */
            token?: string;
            /**
             * Format: uuid
             * @description The registration (method hand)
             */
            registrationId?: string;
            /**
             * Format: uuid
             * @description A walk-in (method hand): a verified organization that did not register is registered, approved and checked in
             */
            walkInOrganizationId?: string;
            /**
             * Format: date
             * @description The event day the arrival counts for (method hand, e.g. entered later from a paper sign-in sheet); by default the day it is, or the event’s next day
             * @example 2027-06-30
             */
            day?: string;
        };
        EventCountsDto: {
            registrations: number;
            approved: number;
            /** @description Participants checked in on any day of the event, each once */
            checkedIn: number;
            /** @description Requests by status */
            requests: Record<string, never>;
            meetingsPlaced: number;
            meetingsUnplaced: number;
            /** @description Meetings by outcome (either side) */
            outcomes: Record<string, never>;
            /** @description Registrations by organization type (each registration once) */
            byOrganizationType: Record<string, never>;
            /** @description Registrations by the organization’s city (GB/T 2260 code) */
            byRegion: Record<string, never>;
            /** @description Accepted requests among those accepted, declined or expired (0–1); null before any answer */
            acceptanceRate: number | null;
            /** @description Meetings either side reports as held, followed up or a deal */
            meetingsHeld: number;
            /** @description Meetings reported only as a no-show */
            meetingsNoShow: number;
            /** @description Check-ins per event day (`YYYY-MM-DD`) */
            checkedInByDay: Record<string, never>;
        };
        RegistrationPostingDto: {
            /** @enum {string} */
            kind: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            id: string;
            /** @description Title, or the teaser of a confidential posting */
            title: string;
        };
        AttendeeDto: {
            name: string;
            title?: string;
        };
        RegistrationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: "pending" | "approved" | "refused" | "cancelled";
            postings: components["schemas"]["RegistrationPostingDto"][];
            attendees: components["schemas"]["AttendeeDto"][];
            note: string;
            availableSlotIds: string[] | null;
            checkedInAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        PostingRefDto: {
            /** @enum {string} */
            kind: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            id: string;
        };
        RegisterForEventDto: {
            /** @description Published postings it brings */
            postings: components["schemas"]["PostingRefDto"][];
            attendees?: components["schemas"]["AttendeeDto"][];
            /** @description 对接需求: what it hopes to find */
            note?: string;
            /** @description Slot ids it is present for; none: the whole event */
            availableSlotIds?: string[];
        };
        RegistrationDecisionDto: {
            /** @enum {string} */
            status: "approved" | "refused";
        };
        CheckInCodeDto: {
            /** @description The registration’s check-in QR code (of `url`) as an SVG image */
            svg: string;
            token: string;
            /** @description The staff’s phone check-in page with the token in its fragment (`#token=…`) */
            url: string;
        };
        PairSuggestionDto: {
            /** Format: uuid */
            matchId: string;
            score: number;
            from: components["schemas"]["RegistrationPostingDto"];
            to: components["schemas"]["RegistrationPostingDto"];
            /** Format: uuid */
            fromRegistrationId: string;
            /** Format: uuid */
            toRegistrationId: string;
            fromOrganizationName: string;
            toOrganizationName: string;
            /** @description Reasons in the caller’s language */
            reasons: string[];
            /**
             * @description An open request between them
             * @enum {string|null}
             */
            requestStatus: "pending" | "accepted" | "declined" | "expired" | "cancelled" | null;
        };
        MeetingRequestDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromRegistrationId: string;
            /** Format: uuid */
            toRegistrationId: string;
            fromOrganizationName: string;
            toOrganizationName: string;
            fromPosting: components["schemas"]["PostingRefDto"];
            toPosting: components["schemas"]["PostingRefDto"];
            score: number;
            message: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired" | "cancelled";
            declineReason: string | null;
            /** Format: uuid */
            conversationId: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        SendRequestDto: {
            /**
             * Format: uuid
             * @description The registration asked
             */
            toRegistrationId: string;
            fromPosting: components["schemas"]["PostingRefDto"];
            toPosting: components["schemas"]["PostingRefDto"];
            message?: string;
        };
        DeclineRequestDto: {
            reason?: string;
        };
        OutcomeDto: {
            /**
             * @description held, no-show, follow-up (继续跟进), deal (达成意向/签约)
             * @enum {string}
             */
            outcome: "held" | "no-show" | "follow-up" | "deal";
            note?: string;
        };
        FieldProblemDto: {
            /** @example creditCode */
            field: string;
            /** @example isCreditCode */
            code: string;
            /** @example 统一社会信用代码无效（18 位，含校验位） */
            message: string;
        };
        ProblemDto: {
            /** @example https://duijie.example/problems/validation-failed */
            type: string;
            /** @example Some fields are invalid; see the marked fields */
            title: string;
            /** @example 400 */
            status: number;
            /** @example 提交的内容有误，请检查标出的字段 */
            detail: string;
            /** @example /api/v1/organizations */
            instance: string;
            errors?: components["schemas"]["FieldProblemDto"][];
        };
        FileDto: {
            /** Format: uuid */
            id: string;
            /** @example 技术规格书.pdf */
            name: string;
            /** @enum {string} */
            purpose: "specification" | "drawing" | "patent-certificate" | "pitch-deck" | "other" | "business-licence";
            /**
             * @description Sniffed from the content
             * @example application/pdf
             */
            contentType: string;
            sizeBytes: number;
            /** Format: date-time */
            createdAt: string;
        };
        FileListDto: {
            items: components["schemas"]["FileDto"][];
            /** @description The owner is shown redacted (a confidential posting without an access grant): files withheld */
            withheld: boolean;
            /** @description The caller may upload and delete */
            canEdit: boolean;
            /** @description Files an owner may hold (FILES_MAX_PER_OWNER) */
            maxFiles: number;
            /** @description Largest file in MB (FILES_MAX_SIZE_MB) */
            maxSizeMb: number;
            /** @description Purposes this owner takes */
            purposes: ("specification" | "drawing" | "patent-certificate" | "pitch-deck" | "other" | "business-licence")[];
        };
        UploadFilesDto: {
            /**
             * @description Sent before the files
             * @enum {string}
             */
            purpose: "specification" | "drawing" | "patent-certificate" | "pitch-deck" | "other" | "business-licence";
            /** @description One or more files: PDF, Office (docx, xlsx, pptx, odt, ods, odp) or images */
            file: string[];
        };
        PersonMetResponseDto: {
            name: string;
            title: string | null;
        };
        VisitNeedDto: {
            title: string;
            description: string;
            /**
             * Format: uuid
             * @description The draft demand made of it
             */
            demandId: string | null;
        };
        VisitDto: {
            /** Format: uuid */
            id: string;
            /** @description The service organization keeping the record */
            organization: components["schemas"]["OrganizationRefDto"];
            enterprise: components["schemas"]["OrganizationRefDto"];
            enterpriseRegionCode: string;
            /** Format: uuid */
            dispatchId: string | null;
            /** Format: uuid */
            createdBy: string;
            createdAt: string;
            /** Format: date */
            visitedOn: string;
            place: string;
            peopleMet: components["schemas"]["PersonMetResponseDto"][];
            findings: string;
            needs: components["schemas"]["VisitNeedDto"][];
        };
        PersonMetDto: {
            /** @description Name of the person met */
            name: string;
            /** @description Their position (职务) */
            title?: string;
        };
        VisitNeedInput: {
            /** @description The need in a line */
            title: string;
            /** @description What the enterprise needs, as found on the visit */
            description: string;
        };
        CreateVisitDto: {
            /**
             * Format: uuid
             * @description The enterprise served (an organization of type enterprise)
             */
            enterpriseId: string;
            /**
             * Format: uuid
             * @description The dispatch it was done under. A 科技特派员 (a dispatched expert who claimed the profile) records for the dispatching society by naming it; then the enterprise must be within its target.
             */
            dispatchId?: string;
            /**
             * Format: date
             * @description Date of the visit, not in the future (Beijing date)
             * @example 2027-06-30
             */
            visitedOn: string;
            /** @description Where */
            place: string;
            peopleMet: components["schemas"]["PersonMetDto"][];
            /** @description What was found */
            findings: string;
            needs: components["schemas"]["VisitNeedInput"][];
        };
        DraftDemandFromVisitDto: {
            /** @example 高镍三元正极材料循环寿命提升 */
            title: string;
            /** @example 现有 NCM811 电芯 1000 次循环后容量保持率低于 80%…… */
            description: string;
            /**
             * @description common 行业共性技术, chokepoint 卡脖子关键技术, shortboard 竞争短板技术, efficiency 提质增效核心技术
             * @enum {string}
             */
            category: "common" | "chokepoint" | "shortboard" | "efficiency";
            /** @example 39 */
            industryCode?: string;
            /** @description Technology field codes (GET /api/v1/reference/tech-fields) */
            fields: string[];
            /**
             * @example [
             *       "锂离子电池",
             *       "正极材料"
             *     ]
             */
            keywords?: string[];
            /**
             * @description Where the problem is (GB/T 2260); omit it (or null on an edit) for a nationwide demand (全国)
             * @example 320102
             */
            regionCode?: string;
            /** @description 地域要求: only suppliers from the demand’s own province fit (needs a regionCode); false by default */
            regionRequired?: boolean;
            /** @description 万元 */
            budgetMinWan?: number;
            /** @description 万元 */
            budgetMaxWan?: number;
            /** @description Technology readiness level required */
            trlRequired?: number;
            /**
             * Format: date
             * @description Must be after today
             * @example 2027-06-30
             */
            deadline?: string;
            cooperationModes: ("development" | "transfer" | "licensing" | "consulting" | "service" | "talent")[];
            /** @description Shown instead of the content when confidential */
            teaser?: string;
            /** @description NDA a requester must accept (confidential demands) */
            ndaText?: string;
            contact?: components["schemas"]["ContactDto"];
            attachments?: components["schemas"]["AttachmentDto"][];
            /** @enum {string} */
            visibility: "public" | "registered" | "confidential";
            /** @description Which need of the visit (0-based) */
            needIndex: number;
        };
        ServiceLogDto: {
            /** Format: uuid */
            id: string;
            /** @description The service organization keeping the record */
            organization: components["schemas"]["OrganizationRefDto"];
            enterprise: components["schemas"]["OrganizationRefDto"];
            enterpriseRegionCode: string;
            /** Format: uuid */
            dispatchId: string | null;
            /** Format: uuid */
            createdBy: string;
            createdAt: string;
            /** Format: date */
            servedOn: string;
            task: string;
            hours: number;
            result: string;
            /** Format: uuid */
            visitId: string | null;
        };
        CreateServiceLogDto: {
            /**
             * Format: uuid
             * @description The enterprise served (an organization of type enterprise)
             */
            enterpriseId: string;
            /**
             * Format: uuid
             * @description The dispatch it was done under. A 科技特派员 (a dispatched expert who claimed the profile) records for the dispatching society by naming it; then the enterprise must be within its target.
             */
            dispatchId?: string;
            /**
             * Format: date
             * @description When the work was done, not in the future (Beijing date)
             * @example 2027-06-30
             */
            servedOn: string;
            /** @description The task (服务事项) */
            task: string;
            /**
             * @description Hours spent
             * @example 2.5
             */
            hours: number;
            /** @description The result (服务成效) */
            result: string;
            /**
             * Format: uuid
             * @description The visit this work followed from (same enterprise)
             */
            visitId?: string;
        };
        DispatchExpertDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        DispatchDto: {
            /** Format: uuid */
            id: string;
            /** @description The dispatching society */
            organization: components["schemas"]["OrganizationRefDto"];
            /** @enum {string} */
            kind: "service-team" | "commissioner";
            name: string;
            experts: components["schemas"]["DispatchExpertDto"][];
            enterprise: components["schemas"]["OrganizationRefDto"] | null;
            regionCode: string | null;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            goals: string;
            /** @description The caller is one of the dispatched experts */
            dispatchedToViewer: boolean;
        };
        CreateDispatchDto: {
            /**
             * @description service-team 学会服务团 or commissioner 科技特派员
             * @enum {string}
             */
            kind: "service-team" | "commissioner";
            /** @description Name of the team or of the assignment */
            name: string;
            expertIds: string[];
            /**
             * Format: uuid
             * @description The enterprise served; give this or regionCode
             */
            enterpriseId?: string;
            /**
             * @description The region served (GB/T 2260); or enterpriseId
             * @example 320102
             */
            regionCode?: string;
            /**
             * Format: date
             * @example 2027-06-30
             */
            startsOn: string;
            /**
             * Format: date
             * @description Last day, on or after startsOn
             * @example 2027-06-30
             */
            endsOn: string;
            /** @description Goals of the dispatch (服务目标) */
            goals: string;
        };
        TaskDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            title: string;
            /** @enum {string} */
            targetType: "visit" | "match" | "meeting" | "deal";
            /** Format: uuid */
            targetId: string;
            /** Format: date */
            dueOn: string;
            /** Format: date-time */
            remindAt: string;
            /** @description The reminder has been queued */
            reminded: boolean;
            /** Format: uuid */
            assigneeUserId: string | null;
            /** @enum {string} */
            status: "open" | "done";
            /** Format: date-time */
            doneAt: string | null;
            overdue: boolean;
            version: number;
        };
        CreateTaskDto: {
            title: string;
            /**
             * @description What it follows up: a visit of the caller’s organization, or a match or deal it is a party of
             * @enum {string}
             */
            targetType: "visit" | "match" | "meeting" | "deal";
            /** Format: uuid */
            targetId: string;
            /**
             * Format: date
             * @description Due date, today or later (Beijing date)
             * @example 2027-06-30
             */
            dueOn: string;
            /**
             * Format: date-time
             * @description When to remind; default 09:00 Beijing time on the due date; not after the due date
             */
            remindAt?: string;
            /**
             * Format: uuid
             * @description A member of the organization to remind (default: all members)
             */
            assigneeUserId?: string;
        };
        UpdateTaskDto: {
            title?: string;
            /**
             * Format: date
             * @example 2027-06-30
             */
            dueOn?: string;
            /**
             * Format: date-time
             * @description A new reminder time: the reminder is sent again at it
             */
            remindAt?: string;
            /**
             * @description done closes the task and cancels its reminder
             * @enum {string}
             */
            status?: "open" | "done";
        };
        RatingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enterpriseId: string;
            /** @enum {string} */
            subjectType: "visit" | "service-log" | "deal";
            /** Format: uuid */
            subjectId: string;
            /** Format: uuid */
            providerOrganizationId: string;
            score: number;
            comment: string;
            createdAt: string;
        };
        CreateRatingDto: {
            /**
             * @description A visit or service log the caller’s enterprise received, or a confirmed deal it is a party of
             * @enum {string}
             */
            subjectType: "visit" | "service-log" | "deal";
            /** Format: uuid */
            subjectId: string;
            /** @description 1 (poor) to 5 (excellent) */
            score: number;
            comment?: string;
        };
        StatisticsScopeDto: {
            /**
             * @description organization: a society’s or service agency’s own records; enterprise: an enterprise’s own
             * @enum {string}
             */
            kind: "platform" | "region" | "organization" | "enterprise";
            /** @description The region the figures are limited to */
            regionCode: string | null;
            /**
             * Format: uuid
             * @description A service organization’s or an enterprise’s own
             */
            organizationId: string | null;
        };
        FigureDto: {
            /** @enum {string} */
            figure: "demands-published" | "matches" | "conversations" | "meetings" | "deals-confirmed" | "contract-value" | "visits" | "ratings" | "demands-collected" | "demands-solved" | "matches-contacted" | "matches-declined" | "financing-raised" | "time-to-first-match" | "time-to-first-contact" | "experts-mobilized" | "enterprises-served";
            /** @description How many records */
            count: number;
            /** @description Sum in 万元 (deals, 技术合同成交额, financing raised), the average score (ratings), the median in hours (time to first match / contact, `count` being the demands measured); null otherwise */
            amount: number | null;
        };
        OverviewDto: {
            scope: components["schemas"]["StatisticsScopeDto"];
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            figures: components["schemas"]["FigureDto"][];
            /** @description Months of the period (YYYY-MM), for the charts */
            months: string[];
            /** @description Per figure, its count in each month of `months` (for experts mobilized and enterprises served the distinct ones of the month, which need not add up to the period’s) */
            monthly: {
                [key: string]: number[];
            };
            /** @description 技术合同成交额 (the records of `contract-value`) broken down, each dimension summing to the figure */
            breakdowns: components["schemas"]["BreakdownDto"][];
            /** @description The records of `matches-declined` by reason, most first, summing to the figure */
            declineReasons: components["schemas"]["DeclineReasonDto"][];
            /** @description Whether changes are still being counted into the medians and distinct counts (time to first match and contact, experts mobilized, enterprises served): those may be a few seconds behind the records (at most REPORTING_MEASURES_STALE_SECONDS); every other figure is exact */
            measuresPending: boolean;
        };
        FigureRecordDto: {
            /** Format: uuid */
            id: string;
            /** @description What kind of record: demand, match, conversation, meeting, deal, visit, rating; expert or organization (an enterprise) for the distinct counts */
            kind: string;
            /** Format: date */
            day: string;
            regionCode: string;
            /** @description 万元, the score of a rating, or the hours to the first match / contact */
            amount: number | null;
            /** @description Title, project, place, comment, decline reason code, expert or enterprise name; a confidential demand or expert shows only its teaser */
            label: string | null;
        };
        FigureRecordsDto: {
            /** @description All records behind the figure */
            total: number;
            /** @description The newest 200 */
            records: components["schemas"]["FigureRecordDto"][];
        };
        OfferedPostingDto: {
            /** @enum {string} */
            kind: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            /** Format: uuid */
            id: string;
        };
        ExpressInterestDto: {
            /** @description Why the organization wants to work with the owner */
            message: string;
            /** @description One of the acting organization’s own postings it brings (an investor’s offer on a project…) */
            offer?: components["schemas"]["OfferedPostingDto"];
        };
        InterestDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The thread with the owner: opened now, or the one there was
             */
            conversationId: string;
            /** @description How many more the acting organization may send today */
            remainingToday: number;
            /** Format: date-time */
            createdAt: string;
        };
        InterestBlockDto: {
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            reported: boolean;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        BlockOrganizationDto: {
            /**
             * Format: uuid
             * @description The organization whose 我要对接 the acting organization refuses
             */
            organizationId: string;
            /** @description Also report it to the platform’s staff */
            report?: boolean;
            /** @description What happened (for the staff, with a report) */
            note?: string;
        };
        InterestReportDto: {
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            reported: boolean;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            reporterOrganizationId: string;
            reporterOrganizationName: string;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to tell keys apart */
            prefix: string;
            rateLimitPerMinute: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
        };
        CreateApiKeyDto: {
            /** @example 省网上技术市场同步 */
            name: string;
            /** @description Requests per minute; omit for the platform default (API_KEY_RATE_LIMIT_PER_MINUTE) */
            rateLimitPerMinute?: number;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters, to tell keys apart */
            prefix: string;
            rateLimitPerMinute: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @description The key itself; shown only in this response. Send it as `Authorization: Bearer <key>` or `X-Api-Key` */
            key: string;
        };
        OpenDemandRecordDto: {
            /** Format: uuid */
            id: string;
            /** @enum {boolean} */
            deleted: false;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description Confidential: only the teaser is published, the content is withheld */
            redacted: boolean;
            title: string;
            teaser: string | null;
            /** @description Technology field codes */
            fields: string[];
            keywords: string[];
            /** @description GB/T 2260; a province only when redacted */
            regionCode: string | null;
            description: string | null;
            /** @enum {string} */
            category: "common" | "chokepoint" | "shortboard" | "efficiency";
            /** @description GB/T 4754 code */
            industryCode: string | null;
            /** @description 万元 */
            budgetMinWan: number | null;
            /** @description 万元 */
            budgetMaxWan: number | null;
            trlRequired: number | null;
            /** Format: date */
            deadline: string | null;
            cooperationModes: ("development" | "transfer" | "licensing" | "consulting" | "service" | "talent")[];
            /** @enum {string} */
            status: "draft" | "submitted" | "rejected" | "published" | "in_progress" | "solved" | "closed" | "expired";
        };
        OpenAchievementRecordDto: {
            /** Format: uuid */
            id: string;
            /** @enum {boolean} */
            deleted: false;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description Confidential: only the teaser is published, the content is withheld */
            redacted: boolean;
            title: string;
            teaser: string | null;
            /** @description Technology field codes */
            fields: string[];
            keywords: string[];
            /** @description GB/T 2260; a province only when redacted */
            regionCode: string | null;
            abstract: string | null;
            trl: number;
            /** @enum {string} */
            maturity: "lab" | "bench" | "pilot" | "industrial";
            transferModes: ("transfer" | "licensing" | "equity" | "co-development")[];
            /** @description 万元 */
            priceWan: number | null;
        };
        OpenTombstoneDto: {
            /** Format: uuid */
            id: string;
            /** @enum {boolean} */
            deleted: true;
            /** Format: date-time */
            updatedAt: string;
        };
        OpenDemandFeedDto: {
            /** @description Pass as `since` to read what changed after this page; null only before anything was listed */
            nextCursor: string | null;
            hasMore: boolean;
            items: (components["schemas"]["OpenDemandRecordDto"] | components["schemas"]["OpenTombstoneDto"])[];
        };
        OpenAchievementFeedDto: {
            /** @description Pass as `since` to read what changed after this page; null only before anything was listed */
            nextCursor: string | null;
            hasMore: boolean;
            items: (components["schemas"]["OpenAchievementRecordDto"] | components["schemas"]["OpenTombstoneDto"])[];
        };
        CreatePostingImportDto: {
            /**
             * @description What the rows are: demands or achievements
             * @enum {string}
             */
            kind: "demand" | "achievement";
            /** @description One object per posting, with the fields of POST /api/v1/demands or /api/v1/achievements (visibility defaults to public) */
            rows: {
                [key: string]: unknown;
            }[];
        };
        ImportDuplicateDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @description Title similarity, 0–1 */
            similarity: number;
        };
        ImportRowDto: {
            /** @description 1-based position in a JSON list; the Excel row number in a sheet */
            row: number;
            /** @enum {string} */
            outcome: "created" | "duplicate" | "error";
            /**
             * Format: uuid
             * @description The draft created from the row
             */
            id?: string;
            /** @description The existing posting the row repeats */
            duplicateOf?: components["schemas"]["ImportDuplicateDto"];
            errors?: components["schemas"]["ImportRowErrorDto"][];
        };
        PostingImportDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "demand" | "achievement";
            /** @enum {string} */
            format: "json" | "xlsx";
            totalRows: number;
            createdCount: number;
            duplicateCount: number;
            errorCount: number;
            /** Format: date-time */
            createdAt: string;
            rows: components["schemas"]["ImportRowDto"][];
        };
        AdminUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @enum {string|null} */
            platformRole: "admin" | "moderator" | null;
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ChallengeBoardItemDto: {
            demand: components["schemas"]["DemandSummaryDto"];
            /** @description Award in 万元; null where the demand is a teaser */
            awardWan: number | null;
            /**
             * Format: date
             * @description Proposals close after this day
             */
            deadline: string;
        };
        ChallengeBoardPageDto: {
            items: components["schemas"]["ChallengeBoardItemDto"][];
            nextCursor: string | null;
        };
        OrganizationProfileDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
            regionCode: string;
            regionName: string;
            description: string | null;
            /** @description The platform checked its business licence (认证机构) */
            verified: boolean;
            /** @description Its newest listed demands the caller may see */
            demands: components["schemas"]["DemandSummaryDto"][];
            achievements: components["schemas"]["AchievementSummaryDto"][];
            projects: components["schemas"]["ProjectSummaryDto"][];
            financingOffers: components["schemas"]["FinancingOfferSummaryDto"][];
        };
        DirectoryEntryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
            regionCode: string;
            regionName: string;
            description: string | null;
        };
        DirectoryPageDto: {
            items: components["schemas"]["DirectoryEntryDto"][];
            nextCursor: string | null;
        };
        PortalFiguresDto: {
            /** @description Listed demands, achievements, projects and financing offers */
            postings: number;
            /** @description Matches made */
            matches: number;
            /** @description Verified organizations */
            organizations: number;
            /** @description Deals confirmed by both parties */
            deals: number;
        };
        OrganizationSearchHitDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
            creditCode: string;
            regionCode: string;
            /** @description Full region name, e.g. 江苏省 南京市 玄武区 */
            regionName: string;
        };
        OrganizationSearchPageDto: {
            /** @description How many organizations match in all */
            total: number;
            items: components["schemas"]["OrganizationSearchHitDto"][];
        };
        DealHistoryEntryDto: {
            /** @enum {string} */
            action: "created" | "confirmed" | "disputed" | "edited" | "change-proposed" | "change-confirmed" | "stage";
            /**
             * @description The side that acted
             * @enum {string|null}
             */
            side: "buyer" | "seller" | null;
            /** Format: date-time */
            at: string;
            /** @description The deal’s version after the change */
            version: number | null;
            /** @description The terms set, edited or proposed */
            terms: components["schemas"]["DealTermsDto"] | null;
            /** @description A dispute’s reason */
            reason: string | null;
            /**
             * @description The stage reached
             * @enum {string|null}
             */
            stage: "intent" | "negotiation" | "signed" | "performing" | "completed" | "terminated" | null;
            /**
             * Format: date
             * @description When the stage was reached
             */
            on: string | null;
        };
        BreakdownRowDto: {
            /** @description The value broken down by: a deal kind, a technology field code (`none` for no field), an organization type, an IP type, or a region code (a city for sellers, a province for buyers) */
            key: string;
            /** @description How many confirmed technology contracts */
            count: number;
            /** @description Their contract value, 万元 */
            amountWan: number;
        };
        BreakdownDto: {
            /** @enum {string} */
            dimension: "kind" | "tech-field" | "seller-type" | "ip-type" | "seller-region" | "buyer-region";
            /** @description Largest value first */
            rows: components["schemas"]["BreakdownRowDto"][];
        };
        WalkInMeetingDto: {
            /**
             * Format: uuid
             * @description One side’s (approved) registration
             */
            registrationAId: string;
            /**
             * Format: uuid
             * @description The other side’s (approved) registration
             */
            registrationBId: string;
            /** @example 2027-03-02T09:00 */
            slotId: string;
            /**
             * @description Default: the first table free in the slot
             * @example A3
             */
            tableId?: string;
        };
        AcceptRequestDto: {
            /**
             * @description Events whose accepting side picks a slot: the slot chosen (required there, refused elsewhere)
             * @example 2027-03-02T09:00
             */
            slotId?: string;
        };
        InviteToEventDto: {
            /**
             * @description Addresses to invite (an organization’s contact; an account is not needed). Case is ignored.
             * @example [
             *       "zhang.wei@example.com"
             *     ]
             */
            emails: string[];
            /** @description The organizer’s words to the invitees, above the link */
            message?: string;
        };
        EventInvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            message: string;
            /** @description Whether an organization this address belongs to has registered */
            registered: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        InvitationRunDto: {
            /** @description New invitations: one email each */
            invited: components["schemas"]["EventInvitationDto"][];
            /** @description Addresses invited before: nothing is sent again */
            alreadyInvited: string[];
        };
        PeriodReportHeadingDto: {
            /** Format: uuid */
            id: string;
            /** @description 编号, e.g. XXBS-2026-000012 */
            number: string;
            title: string;
            /** @enum {string} */
            periodKind: "month" | "quarter" | "year";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: uuid
             * @description The reporting organization
             */
            organizationId: string;
            organizationName: string;
            /**
             * Format: uuid
             * @description The organizer of the scope above
             */
            recipientOrganizationId: string;
            recipientName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "accepted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
        };
        CreatePeriodReportDto: {
            /**
             * @description A month, a quarter or a year
             * @enum {string}
             */
            periodKind: "month" | "quarter" | "year";
            year: number;
            /** @description The month (1–12) or the quarter (1–4); left out for a year */
            index?: number;
            /** @description Defaults to the scope and period, e.g. 2026年第3季度信息报送 */
            title?: string;
            /** @description The reporter’s summary of the period (工作总结) */
            note?: string;
            /** @description Typical cases (典型案例): ids of records behind 技术合同成交额 in the period and scope */
            caseIds?: string[];
        };
        ReportFigureDto: {
            /** @enum {string} */
            figure: "demands-published" | "matches" | "conversations" | "meetings" | "deals-confirmed" | "contract-value" | "visits" | "ratings" | "demands-collected" | "demands-solved" | "matches-contacted" | "matches-declined" | "financing-raised" | "time-to-first-match" | "time-to-first-contact" | "experts-mobilized" | "enterprises-served";
            /** @description How many records */
            count: number;
            /** @description Sum in 万元 (deals, 技术合同成交额, financing raised), the average score (ratings), the median in hours (time to first match / contact, `count` being the demands measured); null otherwise */
            amount: number | null;
            /** @description The count computed from today’s records */
            currentCount: number;
            /** @description The amount computed from today’s records */
            currentAmount: number | null;
        };
        ReportCaseDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            day: string;
            label: string | null;
            /** @description 万元 */
            amountWan: number | null;
            regionCode: string;
        };
        PeriodReportDto: {
            /** Format: uuid */
            id: string;
            /** @description 编号, e.g. XXBS-2026-000012 */
            number: string;
            title: string;
            /** @enum {string} */
            periodKind: "month" | "quarter" | "year";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: uuid
             * @description The reporting organization
             */
            organizationId: string;
            organizationName: string;
            /**
             * Format: uuid
             * @description The organizer of the scope above
             */
            recipientOrganizationId: string;
            recipientName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "accepted";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            scope: components["schemas"]["StatisticsScopeDto"];
            note: string;
            /** @description Once submitted, the figures as sent (frozen) beside those today’s records give; before, both are current */
            figures: components["schemas"]["ReportFigureDto"][];
            /** @description Some current figure differs from the one sent */
            changedSinceSubmission: boolean;
            /** @description 技术合同成交额 broken down, as sent once submitted */
            breakdowns: components["schemas"]["BreakdownDto"][];
            /** @description Typical cases, as sent once submitted */
            cases: components["schemas"]["ReportCaseDto"][];
            /**
             * Format: date-time
             * @description First opened by the recipient
             */
            readAt: string | null;
            /** @description The recipient’s comment (评估反馈) */
            reviewComment: string | null;
            /** @description The caller may submit it (its organization’s owner or admin, draft or returned) */
            canSubmit: boolean;
            /** @description The caller may return or accept it (the recipient’s owner or admin, submitted) */
            canReview: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ReviewPeriodReportDto: {
            /** @description What the recipient asks to be changed (required to return) */
            comment: string;
        };
        AcceptPeriodReportDto: {
            /** @description The recipient’s assessment (评估意见) */
            comment?: string;
        };
        ServiceIndicatorsDto: {
            /** @description Distinct enterprises visited or served (走访、服务日志) */
            enterprisesServed: number;
            /** @description Enterprise visits (走访档案) */
            visits: number;
            /** @description Needs found on visits (挖掘需求) */
            needsFound: number;
            /** @description Hours of logged service */
            serviceHours: number;
            /** @description Deals both parties confirmed that the organization is party of */
            deals: number;
            /** @description Their contract value, 万元 */
            dealValueWan: number;
            /** @description Ratings received (服务评价) */
            ratings: number;
            /** @description Their average score (1–5), null with none */
            averageRating: number | null;
            /** @description Needs drafted into demands on the enterprise’s behalf (需求征集) */
            demandsCollected: number;
            /** @description Matches the organization is party of (its experts’, postings’) */
            matches: number;
            /** @description Share of those matches a party contacted (0–1, three decimals), null with none */
            matchesContactedShare: number | null;
        };
        ServiceOrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "society" | "service_agency";
            regionCode: string;
            description: string | null;
            indicators: components["schemas"]["ServiceIndicatorsDto"];
        };
        RoadshowPitchDto: {
            /** @description 1 for the first pitch */
            position: number;
            /** Format: uuid */
            projectId: string;
            /** @description The project’s title, or its teaser when confidential */
            title: string;
            /** Format: uuid */
            registrationId: string;
            organizationName: string;
            /**
             * @description The caller’s own mark (investor participants); null otherwise
             * @enum {string|null}
             */
            myMark: "interested" | "meeting" | "not-interested" | null;
        };
        SetRoadshowProgrammeDto: {
            /** @description Project ids in pitching order: published projects the approved participants brought */
            projectIds: string[];
        };
        MarkProjectDto: {
            /**
             * @description 感兴趣 / 约谈 (proposes a follow-up meeting) / 不感兴趣
             * @enum {string}
             */
            mark: "interested" | "meeting" | "not-interested";
            /**
             * Format: uuid
             * @description Which of the investor’s registered financing offers; required when it brought several
             */
            offerId?: string;
        };
        RoadshowMarkDto: {
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            offerId: string;
            /** @enum {string} */
            mark: "interested" | "meeting" | "not-interested";
            /**
             * Format: uuid
             * @description The project ↔ offer match the mark was written onto
             */
            matchId: string;
            /**
             * Format: uuid
             * @description The follow-up meeting request a 约谈 mark proposed (or the open one between the two)
             */
            meetingRequestId: string | null;
            /** @description Why no follow-up request could be proposed (a request rule’s code, e.g. cap-reached) */
            meetingRequestRefused: string | null;
            /** Format: date-time */
            markedAt: string;
        };
        RoadshowRankingDto: {
            position: number;
            /** Format: uuid */
            projectId: string;
            /** @description The project’s title, or its teaser when confidential */
            title: string;
            organizationName: string;
            meeting: number;
            interested: number;
            notInterested: number;
        };
        PortalOperatorDto: {
            /** @description The operator: party to the user agreement and personal information handler */
            name: string;
            /** @description The personal information protection officer’s address */
            privacyContactEmail: string;
        };
        LiveSideDto: {
            /** Format: uuid */
            registrationId: string;
            organizationName: string;
            checkedIn: boolean;
        };
        LiveMeetingDto: {
            /** Format: uuid */
            id: string;
            tableId: string;
            tableName: string;
            sides: components["schemas"]["LiveSideDto"][];
        };
        LiveTableDto: {
            id: string;
            name: string;
        };
        LiveParticipantDto: {
            /** Format: uuid */
            registrationId: string;
            organizationName: string;
            checkedIn: boolean;
            /** @description Its meetings the other side reported it did not come to */
            noShows: number;
        };
        LiveBoardDto: {
            /** Format: date-time */
            at: string;
            /** @description The slot running at `at`, if any */
            currentSlot: components["schemas"]["EventSlotDto"] | null;
            /** @description The first slot starting after `at` */
            nextSlot: components["schemas"]["EventSlotDto"] | null;
            /** @description Meetings of the current slot, in table order */
            running: components["schemas"]["LiveMeetingDto"][];
            /** @description Tables without a meeting in the current slot */
            freeNow: components["schemas"]["LiveTableDto"][];
            /** @description Tables without a meeting in the next slot */
            freeNext: components["schemas"]["LiveTableDto"][];
            approved: number;
            checkedIn: number;
            /** @description Approved participants, not yet arrived first */
            participants: components["schemas"]["LiveParticipantDto"][];
        };
        DeclineReasonDto: {
            /** @description A decline reason code: too-early, budget-mismatch, wrong-field, region, already-solved, description-unclear, other */
            reason: string;
            /** @description How many matches declined for it */
            count: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description A confirmation link is emailed. An address that already has an account gets the same answer, and its owner an email. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationReceiptDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_confirmEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailVerificationDto"];
            };
        };
        responses: {
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_resendVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Also sets the httpOnly refresh cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rotates the refresh cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_requestReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Every other session of the user has ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_listTokens: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalTokenDto"][];
                };
            };
        };
    };
    MeController_createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonalTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPersonalTokenDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_revokeToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description The caller becomes its owner */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_members: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_changeRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_pendingInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description The invitation email is sent by the worker */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_revokeInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationsController_preview: {
        parameters: {
            query: {
                token: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the emailed link shows before sign-in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_list: {
        parameters: {
            query?: {
                category?: "common" | "chokepoint" | "shortboard" | "efficiency";
                industryCode?: string;
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description A technology field code */
                field?: string;
                /** @description Words in the title, teaser or keywords */
                q?: string;
                sort?: "newest" | "views" | "deadline";
                /** @description The acting organization’s own demands, every status */
                mine?: "true" | "false";
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keyset-paginated; confidential demands appear as teasers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDemandDto"];
            };
        };
        responses: {
            /** @description A draft of the acting organization (X-Organization-Id) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_reviewQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted demands, oldest first (moderators) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandSummaryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDemandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_visibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: draft or rejected → submitted for review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moderator: submitted → published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDemandDto"];
            };
        };
        responses: {
            /** @description Moderator: submitted → rejected, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: published → in_progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_solve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: published or in_progress → solved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DemandsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDemandDto"];
            };
        };
        responses: {
            /** @description Owner: withdraw the demand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandsAccessController_accessRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The demand's requests (its owner) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandsAccessController_requestAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestInputDto"];
            };
        };
        responses: {
            /** @description A verified organization asks to read a confidential demand, accepting its NDA */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandsAccessController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandsAccessController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandsAccessController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChallengeDto"];
            };
        };
        responses: {
            /** @description Owner opens a call on a published demand */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The owner sees all, best score first; others only their own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitProposalDto"];
            };
        };
        responses: {
            /** @description One proposal per organization (X-Organization-Id) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_score: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_shortlist: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Awards this proposal, closes the call and declines the others */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_list: {
        parameters: {
            query?: {
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description A technology field code (a top field matches its subfields) */
                field?: string;
                /** @description Words in the title or teaser (and, unless confidential, the body) */
                q?: string;
                sort?: "newest" | "views";
                /** @description The acting organization’s own postings, every status */
                mine?: "true" | "false";
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                maturity?: "lab" | "bench" | "pilot" | "industrial";
                transferMode?: "transfer" | "licensing" | "equity" | "co-development";
                /** @description At least this TRL */
                trlMin?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keyset-paginated; confidential postings appear as teasers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAchievementDto"];
            };
        };
        responses: {
            /** @description A draft of the acting organization (university, enterprise or service agency) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_reviewQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted postings, oldest first (moderators) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementSummaryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAchievementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_visibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueVisibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: draft, rejected or archived → submitted for review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moderator: submitted → published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectPostingDto"];
            };
        };
        responses: {
            /** @description Moderator: submitted → rejected, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsController_archive: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: withdraw the posting from the catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_list: {
        parameters: {
            query?: {
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description A technology field code (a top field matches its subfields) */
                field?: string;
                /** @description Words in the title or teaser (and, unless confidential, the body) */
                q?: string;
                sort?: "newest" | "views";
                /** @description The acting organization’s own postings, every status */
                mine?: "true" | "false";
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                stage?: "seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo";
                /** @description Seeking at least this many 万元 */
                amountMinWan?: number;
                /** @description Seeking at most this many 万元 */
                amountMaxWan?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keyset-paginated; confidential postings appear as teasers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            /** @description A draft of the acting organization (enterprise or university) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_reviewQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted postings, oldest first (moderators) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSummaryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_visibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueVisibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: draft, rejected or archived → submitted for review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moderator: submitted → published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectPostingDto"];
            };
        };
        responses: {
            /** @description Moderator: submitted → rejected, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsController_archive: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: withdraw the posting from the catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_list": {
        parameters: {
            query?: {
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description A technology field code (a top field matches its subfields) */
                field?: string;
                /** @description Words in the title or teaser (and, unless confidential, the body) */
                q?: string;
                sort?: "newest" | "views";
                /** @description The acting organization’s own postings, every status */
                mine?: "true" | "false";
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                instrument?: "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
                stage?: "seed" | "angel" | "pre-a" | "a" | "b" | "c-plus" | "pre-ipo";
                /** @description Offers whose ticket range covers this many 万元 */
                amountWan?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keyset-paginated; confidential postings appear as teasers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_create": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFinancingOfferDto"];
            };
        };
        responses: {
            /** @description A draft of the acting organization (investor or service agency) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_reviewQueue": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted postings, oldest first (moderators) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferSummaryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_get": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_update": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFinancingOfferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_visibility": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueVisibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_submit": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: draft, rejected or archived → submitted for review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_publish": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moderator: submitted → published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_reject": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectPostingDto"];
            };
        };
        responses: {
            /** @description Moderator: submitted → rejected, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersController_archive": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: withdraw the posting from the catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingOfferDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ExpertProfilesController_inviteClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The society emails the expert a link to claim the profile */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertClaimInvitationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ExpertProfilesController_claim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimExpertDto"];
            };
        };
        responses: {
            /** @description The signed-in user with the invited address claims the profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ExpertProfilesController_claimed: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profiles the caller has claimed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertSummaryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ExpertProfilesController_template: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Excel template for bulk import, with a sheet of codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ExpertProfilesController_startImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The filled-in template (.xlsx, ≤ 10 MB) */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Queued; poll GET /experts/imports/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertImportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ExpertProfilesController_importStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertImportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_list: {
        parameters: {
            query?: {
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description A technology field code (a top field matches its subfields) */
                field?: string;
                /** @description Words in the title or teaser (and, unless confidential, the body) */
                q?: string;
                sort?: "newest" | "views";
                /** @description The acting organization’s own postings, every status */
                mine?: "true" | "false";
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                serviceMode?: "consulting" | "diagnosis" | "joint-rnd" | "part-time" | "lecture";
                availability?: "available" | "limited" | "unavailable";
                /** @description Experts of one society */
                societyId?: string;
                /** @description Experts of one service station */
                stationId?: string;
                /** @description 科技特派员 only */
                commissioner?: "true" | "false";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keyset-paginated; confidential postings appear as teasers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExpertDto"];
            };
        };
        responses: {
            /** @description A draft of the acting organization (society) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_reviewQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted postings, oldest first (moderators) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertSummaryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExpertDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_visibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogueVisibilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: draft, rejected or archived → submitted for review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moderator: submitted → published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectPostingDto"];
            };
        };
        responses: {
            /** @description Moderator: submitted → rejected, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsController_archive: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner: withdraw the posting from the catalogue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                regionCode?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verified societies by name, keyset-paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocietyPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSocietyDto"];
            };
        };
        responses: {
            /** @description Registers a society owned by the caller, pending verification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocietyDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocietyDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSocietyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocietyDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_createStation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_deleteStation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                stationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SocietiesController_updateStation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                stationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_reviewQueue: {
        parameters: {
            query?: {
                verificationStatus?: "pending" | "verified" | "rejected";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_setUserStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserStatusDto"];
            };
        };
        responses: {
            /** @description Disabling a user ends their sessions and tokens at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QueueBoardController_session: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sets the HttpOnly cookie that opens /admin/queues */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_regions: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Province → city → district tree; named in zh-CN, or in en (provinces by name, the rest in pinyin) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeNodeDto"][];
                };
            };
        };
    };
    ReferenceController_industries: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description GB/T 4754-2017 门类 → 大类 → 中类 → 小类 tree; 门类 and 大类 named in zh-CN or en, finer levels in Chinese */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeNodeDto"][];
                };
            };
        };
    };
    ReferenceController_techFields: {
        parameters: {
            query?: never;
            header: {
                "accept-language": string;
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Technology field → subfield tree */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeNodeDto"][];
                };
            };
        };
    };
    ReferenceController_suggestTechFields: {
        parameters: {
            query: {
                /** @description A posting’s title, keywords and description (its start), in Chinese or English */
                text: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Technology fields a title, description or keywords text is about, best first, with the GB/T 4754 division of the best one when it points at one; Chinese or English text, names in the asked language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldSuggestionsDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SearchController_find: {
        parameters: {
            query: {
                /** @description Words in Chinese or English */
                q: string;
                /** @description One kind only; every kind when absent */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
                /** @description A demand’s category: common, chokepoint, shortboard, efficiency */
                category?: string;
                /** @description An achievement’s maturity: lab, bench, pilot, industrial */
                maturity?: string;
                /** @description GB/T 4754 section letter or division */
                industryCode?: string;
                /** @description Technology field code; a top field includes its subfields */
                field?: string;
                /** @description GB/T 2260; a province includes its cities and counties */
                regionCode?: string;
                trlMin?: number;
                trlMax?: number;
                /** @description Budget, ticket or price range overlapping this (万元) */
                amountMinWan?: number;
                /** @description 万元 */
                amountMaxWan?: number;
                /** @description A listed status of the kind */
                status?: string;
                stage?: string;
                instrument?: string;
                /** @description Experts of this society */
                societyId?: string;
                /** @description relevance by default */
                sort?: "relevance" | "newest" | "deadline" | "budget";
                /** @description 20 by default */
                limit?: number;
                /** @description 1-based; 1 by default */
                page?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Listed postings matching the words (Chinese or English, through the thesaurus), ranked, with facet counts. Signed-out callers never see registered-only postings; confidential ones show their teaser. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponseDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SearchController_suggest: {
        parameters: {
            query: {
                /** @description Words in Chinese or English */
                q: string;
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 10 completions: domain terms, then titles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestResponseDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_demandMatches: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only matches whose other side is of this kind */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posting’s matches, best first, a page at a time (`limit`, `cursor` = the previous page’s `nextCursor`, `kind` of the other side), each with its calibrated fit level, reasons in the request language and how the other side has answered them in aggregate (owners and moderators; 404 for anyone else) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_expertMatches: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only matches whose other side is of this kind */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posting’s matches, best first, a page at a time (`limit`, `cursor` = the previous page’s `nextCursor`, `kind` of the other side), each with its calibrated fit level, reasons in the request language and how the other side has answered them in aggregate (owners and moderators; 404 for anyone else) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_achievementMatches: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only matches whose other side is of this kind */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posting’s matches, best first, a page at a time (`limit`, `cursor` = the previous page’s `nextCursor`, `kind` of the other side), each with its calibrated fit level, reasons in the request language and how the other side has answered them in aggregate (owners and moderators; 404 for anyone else) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_projectMatches: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only matches whose other side is of this kind */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posting’s matches, best first, a page at a time (`limit`, `cursor` = the previous page’s `nextCursor`, `kind` of the other side), each with its calibrated fit level, reasons in the request language and how the other side has answered them in aggregate (owners and moderators; 404 for anyone else) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_financingOfferMatches: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only matches whose other side is of this kind */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posting’s matches, best first, a page at a time (`limit`, `cursor` = the previous page’s `nextCursor`, `kind` of the other side), each with its calibrated fit level, reasons in the request language and how the other side has answered them in aggregate (owners and moderators; 404 for anyone else) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_inbox: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only matches whose other side is of this kind */
                kind?: "demand" | "expert" | "achievement" | "project" | "financing-offer";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acting organization’s inbox: the matches of its postings, on either side, that it was notified of (score ≥ 0.3), newest first, each naming its own posting (`posting`); superseded ones stay, marked, since notifications link to them. A page at a time (`limit`, `cursor`, `kind`): the next page’s cursor is in the `X-Next-Cursor` header, absent at the end */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_one: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One match as a party sees it: what the notifications link to (either side; 404 for anyone else) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_view: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactMatchDto"];
            };
        };
        responses: {
            /** @description Opens the match’s conversation between the two organizations (or answers the one it has), with the optional first message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactedMatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_shortlist: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineMatchDto"];
            };
        };
        responses: {
            /** @description With a reason code; `other` needs a text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The id of the last notification of the previous page */
                before?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_stream: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events: `event: unread` with `data: {"unread": n}` at once and whenever the count changes (checked every 2 s), a comment line every 15 s; the server ends the stream after 5 minutes and clients reconnect (`retry: 3000`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marks every notification read; the unread count after */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConversationsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acting organization’s threads (every organization of the caller’s without X-Organization-Id), newest activity first, with unread counts and the last message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConversationsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDetailDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConversationsController_messages: {
        parameters: {
            query?: {
                /** @description Page size (default 30) */
                limit?: number;
                /** @description The id of the oldest message of the previous page */
                before?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, a page at a time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConversationsController_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageDto"];
            };
        };
        responses: {
            /** @description The other organization’s members are told */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConversationsController_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marks the thread read for the caller’s organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadMarkerDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationPreferencesController_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Defaults where the caller chose nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationPreferencesController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UnsubscribeController_preview: {
        parameters: {
            query: {
                /** @description The token from the email’s unsubscribe link */
                token: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the link would turn off; changes nothing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UnsubscribeController_unsubscribe: {
        parameters: {
            query: {
                /** @description The token from the email’s unsubscribe link */
                token: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Turns email off for the kinds named; a body of `List-Unsubscribe=One-Click` is accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                /** @description Platform admins: whose webhooks to read. Others: only the acting organization */
                organizationId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description The only response that shows the secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook and its delivery log are gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret, shown once; the old one stops at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_test: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A signed `ping` delivery, queued; its outcome appears in the delivery log */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description The id of the last delivery of the previous page */
                before?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again (failed deliveries only) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubscriptionsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s subscriptions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            /** @description Facets are validated as GET /api/v1/search validates them; 50 per user at most (409) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionDto"];
            };
        };
        responses: {
            /** @description Pause or resume, rename, or change the search */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_list: {
        parameters: {
            query?: {
                status?: "pending" | "confirmed" | "disputed";
                category?: "technology" | "financing";
                kind?: "tech-development" | "tech-transfer" | "tech-license" | "tech-consulting" | "tech-service" | "equity" | "debt" | "tech-loan" | "guarantee" | "insurance";
                stage?: "intent" | "negotiation" | "signed" | "performing" | "completed" | "terminated";
                /** @description With sourceId: the deals of one match etc. */
                sourceType?: "match" | "conversation" | "award" | "meeting";
                sourceId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acting organization’s deals (every organization of the caller’s without X-Organization-Id), newest change first, at most 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_sourceParties: {
        parameters: {
            query: {
                sourceType: "match" | "conversation" | "award" | "meeting";
                sourceId: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealSourcePartiesDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_dispute: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeDealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_stage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveDealStageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis both answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency is down; the body says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                /** @description Events in this province, city or county (GB/T 2260) */
                regionCode?: string;
                /** @description Events about this technology field or one under it */
                techField?: string;
                /** @description Events of this kind; an event of kind `both` is found under either kind */
                kind?: "one-to-one" | "roadshow" | "both";
                /** @description Events with a day on or after this date */
                from?: string;
                /** @description Events with a day on or before this date (on or after `from`) */
                to?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published events, newest first; the caller’s drafts besides; narrowed by the filters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_transition: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        agendaVersion?: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_dashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventCountsDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers: all; participants: the approved ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterForEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_checkInCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s check-in QR code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInCodeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_suggestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stored matches between participants’ postings, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairSuggestionDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_listRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_meetings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizers: all; participants: their own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_addWalkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalkInMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_outcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventParticipationController_agenda: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s agenda */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandFilesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty and `withheld` where the owner is shown redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesDto"];
            };
        };
        responses: {
            /** @description The stored files, type sniffed from content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandFilesController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content, as an attachment, with its sniffed type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    demandFilesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; its content leaves the storage shortly after */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertFilesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty and `withheld` where the owner is shown redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesDto"];
            };
        };
        responses: {
            /** @description The stored files, type sniffed from content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertFilesController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content, as an attachment, with its sniffed type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertFilesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; its content leaves the storage shortly after */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementFilesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty and `withheld` where the owner is shown redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesDto"];
            };
        };
        responses: {
            /** @description The stored files, type sniffed from content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementFilesController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content, as an attachment, with its sniffed type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementFilesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; its content leaves the storage shortly after */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectFilesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty and `withheld` where the owner is shown redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesDto"];
            };
        };
        responses: {
            /** @description The stored files, type sniffed from content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectFilesController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content, as an attachment, with its sniffed type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectFilesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; its content leaves the storage shortly after */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    financingOfferFilesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty and `withheld` where the owner is shown redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    financingOfferFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesDto"];
            };
        };
        responses: {
            /** @description The stored files, type sniffed from content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    financingOfferFilesController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content, as an attachment, with its sniffed type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    financingOfferFilesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; its content leaves the storage shortly after */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    organizationFilesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty and `withheld` where the owner is shown redacted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    organizationFilesController_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesDto"];
            };
        };
        responses: {
            /** @description The stored files, type sniffed from content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    organizationFilesController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content, as an attachment, with its sniffed type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    organizationFilesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; its content leaves the storage shortly after */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    VisitsController_list: {
        parameters: {
            query?: {
                enterpriseId?: string;
                dispatchId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Visits the acting organization kept or received, and those the caller wrote; newest first, at most 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    VisitsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    VisitsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    VisitsController_draftDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftDemandFromVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceLogsController_list: {
        parameters: {
            query?: {
                enterpriseId?: string;
                dispatchId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceLogsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceLogDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceLogsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceLogDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DispatchesController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dispatches the acting organization sent or receives, and those the caller is dispatched on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DispatchesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDispatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DispatchesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                status?: "open" | "done";
                targetType?: "visit" | "match" | "meeting" | "deal";
                targetId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acting organization’s tasks, soonest due first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TasksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TasksController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RatingsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ratings the acting organization gave or received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RatingsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRatingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_overview: {
        parameters: {
            query: {
                /** @description First day of the period (Beijing date) */
                from: string;
                /** @description Last day of the period, on or after `from` */
                to: string;
                /** @description Narrow to a province, city or county (GB/T 2260) within the caller’s scope */
                regionCode?: string;
                /** @description Only records of organizations in this GB/T 4754 industry (a code and those under it) */
                industryCode?: string;
                /** @description Only records of this technology field or its subfields; deals are the records that carry one today, so the other figures count none */
                techField?: string;
                /** @description Only the records this organization is party of, within the scope */
                organizationId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_records: {
        parameters: {
            query: {
                /** @description First day of the period (Beijing date) */
                from: string;
                /** @description Last day of the period, on or after `from` */
                to: string;
                /** @description Narrow to a province, city or county (GB/T 2260) within the caller’s scope */
                regionCode?: string;
                /** @description Only records of organizations in this GB/T 4754 industry (a code and those under it) */
                industryCode?: string;
                /** @description Only records of this technology field or its subfields; deals are the records that carry one today, so the other figures count none */
                techField?: string;
                /** @description Only the records this organization is party of, within the scope */
                organizationId?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                /** @description The figure whose records to list */
                figure: "demands-published" | "matches" | "conversations" | "meetings" | "deals-confirmed" | "contract-value" | "visits" | "ratings" | "demands-collected" | "demands-solved" | "matches-contacted" | "matches-declined" | "financing-raised" | "time-to-first-match" | "time-to-first-contact" | "experts-mobilized" | "enterprises-served";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureRecordsDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_export: {
        parameters: {
            query: {
                /** @description First day of the period (Beijing date) */
                from: string;
                /** @description Last day of the period, on or after `from` */
                to: string;
                /** @description Narrow to a province, city or county (GB/T 2260) within the caller’s scope */
                regionCode?: string;
                /** @description Only records of organizations in this GB/T 4754 industry (a code and those under it) */
                industryCode?: string;
                /** @description Only records of this technology field or its subfields; deals are the records that carry one today, so the other figures count none */
                techField?: string;
                /** @description Only the records this organization is party of, within the scope */
                organizationId?: string;
                /** @description Excel or PDF (with an embedded Chinese font) */
                format: "xlsx" | "pdf";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The owner ends an open call; waiting proposals are declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InterestController_express: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                kind: "demands" | "experts" | "achievements" | "projects" | "financing-offers" | "societies";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpressInterestDto"];
            };
        };
        responses: {
            /** @description A verified organization (X-Organization-Id) tells the owner it wants to work with them: the message opens or continues their thread; limited per organization and day (429 with Retry-After) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InterestController_listBlocks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organizations the acting organization refuses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterestBlockDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InterestController_block: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockOrganizationDto"];
            };
        };
        responses: {
            /** @description The acting organization’s admins block (and report) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterestBlockDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InterestController_unblock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InterestController_reports: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports for the platform’s staff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterestReportDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpenDataController_demands: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page; omit to start from the beginning */
                since?: string;
                limit?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDemandFeedDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpenDataController_achievements: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page; omit to start from the beginning */
                since?: string;
                limit?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenAchievementFeedDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpenDataController_demandSchema: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Schema (2020-12) of an item of the demand feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OpenDataController_achievementSchema: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Schema (2020-12) of an item of the achievement feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePostingImportDto"];
            };
        };
        responses: {
            /** @description Rows created as drafts, skipped as duplicates of existing postings, or refused with field errors */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingImportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingImportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_searchUsers: {
        parameters: {
            query?: {
                /** @description Words in the name or sign-in address */
                q?: string;
                status?: "active" | "disabled";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Platform admins: users by name or address, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengeBoardController_board: {
        parameters: {
            query?: {
                /** @description A technology field code (a top field matches its subfields) */
                field?: string;
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open calls, newest demand first; a confidential demand’s call as its teaser, without award */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeBoardPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PortalController_profile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public page: profile, verification badge and the published postings the caller may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationProfileDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PortalController_directory: {
        parameters: {
            query?: {
                /** @description university (universities and institutes), investor, service_agency, …; every type if left out */
                type?: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
                /** @description Words in the name (an organization picker types here) */
                q?: string;
                /** @description Matches the region and everything under it */
                regionCode?: string;
                /** @description Page size, 20 by default */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verified organizations by name, keyset-paginated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PortalController_figures: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live platform figures, up to a minute old */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalFiguresDto"];
                };
            };
        };
    };
    OrganizationsController_search: {
        parameters: {
            query: {
                /** @description A part of the name, or the start of the 统一社会信用代码 */
                q: string;
                /** @description Only organizations of this type */
                type?: "enterprise" | "society" | "university" | "investor" | "service_agency" | "organizer";
                /** @description Rows to skip, 0 by default */
                offset?: number;
                /** @description Page size, 20 by default */
                limit?: number;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSearchPageDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DealsController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealHistoryEntryDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_cancelMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventsController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsAccessController_accessRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The achievement's requests (its owner) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsAccessController_requestAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestInputDto"];
            };
        };
        responses: {
            /** @description A verified organization asks to read a confidential achievement, accepting its NDA */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsAccessController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsAccessController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    achievementsAccessController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsAccessController_accessRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's requests (its owner) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsAccessController_requestAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestInputDto"];
            };
        };
        responses: {
            /** @description A verified organization asks to read a confidential project, accepting its NDA */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsAccessController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsAccessController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    projectsAccessController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersAccessController_accessRequests": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The financing offer's requests (its owner) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersAccessController_requestAccess": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestInputDto"];
            };
        };
        responses: {
            /** @description A verified organization asks to read a confidential financing offer, accepting its NDA */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersAccessController_grant": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersAccessController_refuse": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "financing-offersAccessController_revoke": {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsAccessController_accessRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expert profile's requests (its owner) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsAccessController_requestAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestInputDto"];
            };
        };
        responses: {
            /** @description A verified organization asks to read a confidential expert profile, accepting its NDA */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnAccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsAccessController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsAccessController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    expertsAccessController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_createFromSheet: {
        parameters: {
            query: {
                /** @description What the sheet’s rows are: demands or achievements */
                kind: "demand" | "achievement";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A workbook shaped like GET /imports/template (.xlsx, ≤ 10 MB); rows are numbered as Excel shows them */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description The same report as a JSON import */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingImportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query: {
                /** @description What the sheet’s rows are: demands or achievements */
                kind: "demand" | "achievement";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Excel template of a kind: headers in Chinese and English, one example row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventInvitationsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventInvitationDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteToEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationRunDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventAgendaPdfController_own: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page: its placed meetings, each with the time, table and other side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventAgendaPdfController_all: {
        parameters: {
            query: {
                /** @description One page per participant, or one per table */
                by: "participant" | "table";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pages, participants by name or tables in the event’s order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acting organization’s reports and those submitted to it, newest first, at most 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportHeadingDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeriodReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_returnReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPeriodReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptPeriodReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReportDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_export: {
        parameters: {
            query: {
                /** @description Excel or PDF (with an embedded Chinese font) */
                format: "xlsx" | "pdf";
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceOrganizationsController_list: {
        parameters: {
            query?: {
                /** @description Only organizations in this province, city or county */
                regionCode?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verified societies and service agencies by name (at most 100), each with its indicators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOrganizationDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventRoadshowController_programme: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadshowPitchDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventRoadshowController_setProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRoadshowProgrammeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadshowPitchDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventRoadshowController_mark: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadshowMarkDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EventRoadshowController_ranking: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadshowRankingDto"][];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PortalController_operator: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operator the user agreement and privacy policy name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalOperatorDto"];
                };
            };
        };
    };
    EventsController_live: {
        parameters: {
            query?: {
                /** @description The instant the board is of; now when left out (a rehearsal or a look ahead) */
                at?: string;
            };
            header?: {
                /** @description The organization the request acts for; must be one of the caller’s memberships */
                "X-Organization-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveBoardDto"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
