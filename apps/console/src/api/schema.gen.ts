// Generated from the API's OpenAPI document: `pnpm --filter @sinergi/console generate:api`.
export interface paths {
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password (sets the session cookie)
         * @description Five wrong passwords lock the account for 15 minutes. A user whose `mustChangePassword` is true (a one-time password) may only change it (`POST /auth/password`) before anything else.
         *
         *     **Access:** public: no sign-in or key needed.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (ends this session)
         * @description **Access:** public: no sign-in or key needed.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description **Access:** any signed-in caller.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
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
        /**
         * Change one's own password (ends the user's other sessions)
         * @description Also how a one-time password (first admin, new user, admin's reset) is replaced. The new password must be hard to guess (checked against common passwords and English and Indonesian words), must not contain the person's name or email, and must differ from the current and the previous one.
         *
         *     **Access:** any signed-in caller.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regional-offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regional offices
         * @description The offices in the caller's scope: all for national, its own for a regional or facility scope (a facility's Kanwil), and for a partner those its agreements name or sit under.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listRegionalOffices"];
        put?: never;
        /**
         * Create a regional office
         * @description **Access:** permission `organisation:write` — national admin, within their scope.
         */
        post: operations["createRegionalOffice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regional-offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a regional office
         * @description **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getRegionalOffice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a regional office
         * @description **Access:** permission `organisation:write` — national admin, within their scope.
         */
        patch: operations["updateRegionalOffice"];
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List facilities in the caller's scope
         * @description Filters combine with AND; `q` searches names. `timeZone` is the effective zone.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listFacilities"];
        put?: never;
        /**
         * Create a facility
         * @description `regencyCode` must be an official regency/city. The time zone follows the province unless `timeZoneOverride` is set. Kind and class are checked together (Rutan I/IIA/IIB; Lapas I/IIA/IIB/III; LPKA I/II: 422 facility/class-not-of-kind). A regional role may create facilities under its own office only.
         *
         *     **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a facility
         * @description **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getFacility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a facility
         * @description Moving a facility to another regional office needs a national role. Kind and class are checked together, the unchanged one as stored.
         *
         *     **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateFacility"];
        trace?: never;
    };
    "/api/v1/facilities/{id}/population-snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a facility's population snapshots
         * @description Newest first by default; `from`/`to` bound `takenOn` inclusively.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listPopulationSnapshots"];
        put?: never;
        /**
         * Record a facility's population on a date
         * @description detainees + convicts must equal total; both may be left out (or null) when the report gives totals and domicile only. Counts by domicile (official regency/city codes, each once) may not add up to more than the total. One snapshot per facility and date (409 otherwise).
         *
         *     **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createPopulationSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a facility's licences
         * @description `statusToday` reads a granted licence past its expiry date as expired.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listFacilityLicences"];
        put?: never;
        /**
         * Record a facility licence (applied, or already granted with its number and grant date)
         * @description **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createFacilityLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the licences of every facility in the caller's scope
         * @description A regional or national view of licences (a facility's own are also at `/facilities/{id}/licences`). Sorting by `expiresOn` lists only licences with an expiry date.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a licence with its status today
         * @description **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getLicence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a licence's issuer, notes, application date or scan (status changes only through moves)
         * @description **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateLicence"];
        trace?: never;
    };
    "/api/v1/licences/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A licence's moves, oldest first, and the time spent in each state
         * @description **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getLicenceHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the licence's scan (each download is audited)
         * @description Anyone who may read the licence may download the document it cites; 404 when it cites none.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["downloadLicenceScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant an applied licence (applied -> granted) with its number and dates
         * @description **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["grantLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a licence or record a refused application (applied|granted -> revoked), with a reason
         * @description **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["revokeLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a granted licence has expired (only once its expiry date has passed)
         * @description **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["expireLicence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partners
         * @description Filters combine with AND. `areaCode` matches the area and every area inside it (`81` finds partners in all of Maluku); `field` keeps partners cooperating in that field; `q` searches names. `topLevel=true` lists the register's top level (local governments, agencies with no parent, providers) and `parentId` the units directly below one: the two walk the tree a page at a time.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listPartners"];
        put?: never;
        /**
         * Create a partner
         * @description `areaCode` must be an official area and `parentId` a local government or agency. The partner goes to the caller's register: a facility's or regional admin's own Kanwil (naming another is 403), or for a national admin the `ownerRegionalOfficeId` it names (none: the national register).
         *
         *     **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a partner
         * @description **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a partner
         * @description Only in its register: a national partner by national admins, a Kanwil's by that Kanwil and its facilities' admins (403 otherwise).
         *
         *     **Access:** permission `organisation:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/api/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List official areas
         * @description Ordered by code. `level` keeps one level, `parent` the children of one area (e.g. `parent=81` for Maluku's regencies), `q` searches names case-insensitively.
         *
         *     **Access:** permission `organisation:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List engagements
         * @description Filters combine with AND; `from` and `to` are inclusive dates. Sort by `date` (default newest first) or `createdAt`. List items do not carry follow-ups: read one engagement or list `/follow-ups`.
         *
         *     **Access:** permission `engagements:read` — national admin, regional admin, facility admin, facility staff, viewer, within their scope.
         */
        get: operations["listEngagements"];
        put?: never;
        /**
         * Record an engagement, with its initial follow-ups in the same transaction
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an engagement with its follow-ups
         * @description **Access:** permission `engagements:read` — national admin, regional admin, facility admin, facility staff, viewer, within their scope.
         */
        get: operations["getEngagement"];
        put?: never;
        post?: never;
        /**
         * Delete an engagement recorded in error, with its follow-ups
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        delete: operations["deleteEngagement"];
        options?: never;
        head?: never;
        /**
         * Edit an engagement (not its facility); the date may not pass a follow-up's due date
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateEngagement"];
        trace?: never;
    };
    "/api/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List follow-ups
         * @description Filters combine with AND. `overdue=true` keeps open follow-ups whose due date lies before today in their facility's own time zone (`false` keeps the rest); `ownerName` matches the whole name, ignoring case.
         *
         *     **Access:** permission `engagements:read` — national admin, regional admin, facility admin, facility staff, viewer, within their scope.
         */
        get: operations["listFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/engagements/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a follow-up of an engagement (due no earlier than the engagement)
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a follow-up
         * @description **Access:** permission `engagements:read` — national admin, regional admin, facility admin, facility staff, viewer, within their scope.
         */
        get: operations["getFollowUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the text, owner or due date of an open follow-up
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateFollowUp"];
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an open follow-up done, with an optional note (open -> done)
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["completeFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/dropped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop an open follow-up, with its reason (open -> dropped)
         * @description **Access:** permission `engagements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["dropFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle history of a follow-up and the time spent in each state (ms)
         * @description **Access:** permission `engagements:read` — national admin, regional admin, facility admin, facility staff, viewer, within their scope.
         */
        get: operations["getFollowUpHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which standard fields the facilities in scope have an agreement in force for
         * @description Counts each facility's own agreements in force today in their time zone (status active or expiring), as far as the caller may read them. Ordered by regional office, then facility name. A facility's row is the monthly report's facility coverage read today instead of at a month's end; agreements of a regional office or of the directorate themselves (with no facility) do not count.
         *
         *     **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/ending-soon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the agreements in scope ending within 7, 30 and 90 days
         * @description Agreements with status `expiring` today, each counted from today in its own time zone, over every agreement the caller may read (the list with `status=expiring` gives them one page at a time).
         *
         *     **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["countAgreementsEndingSoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements
         * @description Filters combine with AND. `status` is the derived status today in each agreement's facility time zone; `endBefore`/`endAfter` are strict; `signedFrom`/`signedTo` are inclusive local signing days. Sort by `endDate` (undated drafts last), `createdAt`, `title` or `signedOn` (unsigned last). A facility also reads the MoUs framing its agreements: its regional office's and national ones.
         *
         *     **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Draft an agreement
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an agreement with its status today
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the terms of an agreement that is not yet signed
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateAgreement"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle history of an agreement and the time spent in each state (ms)
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getAgreementHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Versions of an agreement: the original and each addendum, the current one last
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["listAgreementVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version of an agreement as it read then
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getAgreementVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an agreement already signed on paper, with its signing facts and action plan, in one call
         * @description Most existing PKS are on paper: this records one as signed in one transaction (terms, both document numbers, signatories, the stored signed document, dates, the local signing day and time, the action plan). Its history has one entry, marked as recorded after the fact. Needs the sign permission.
         *
         *     **Access:** permission `agreements:sign` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["recordSignedAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a draft to the partner (draft -> proposed)
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["proposeAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/negotiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start negotiating a proposed agreement (proposed -> negotiating)
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["negotiateAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign (negotiating -> signed) on the day on the paper; needs both document numbers, a signatory signing for each side, the stored signed document and dates
         * @description **Access:** permission `agreements:sign` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["signAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a signed agreement with reason and date (signed -> terminated)
         * @description **Access:** permission `agreements:terminate` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["terminateAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an unsigned agreement (draft/proposed/negotiating -> withdrawn)
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["withdrawAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend a signed agreement (addendum): bumps the version, the earlier one stays readable; may add, change or end action items
         * @description **Access:** permission `agreements:sign` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["amendAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft the successor of a signed agreement, copying what carries over (parties, signatories, fields, action plan)
         * @description The successor starts the day after the predecessor ends and runs the same term unless dates are given. The predecessor reads as `renewed` once the successor is signed.
         *
         *     **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["renewAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The action plan (rencana aksi) of an agreement, in the order it was written
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["listActionItems"];
        put?: never;
        /**
         * Add an activity to the action plan of an agreement not yet signed
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/action-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one action item
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getActionItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an activity while the agreement is not yet signed
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateActionItem"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/action-items/{itemId}/realisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record realised work: adds the amount and evidence; the status follows (in_progress, done at target)
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["realisationsActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/action-items/{itemId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an open activity as done (even below target)
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["completeActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/action-items/{itemId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open activity
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["cancelActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/action-items/{itemId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The corrections of an activity's realised amount, oldest first
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["listActionItemAdjustments"];
        put?: never;
        /**
         * Correct the realised amount of an activity: the earlier amount, the reason and evidence are kept
         * @description **Access:** permission `agreements:write` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["adjustActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an agreement funded: its cohorts and the people trained and certified under it
         * @description Counted to date over the cohorts (not cancelled) of the programs naming the agreement as funder; readable by whoever may read the agreement.
         *
         *     **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getAgreementOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document (signed scan, addendum, evidence, licence scan)
         * @description Send the file as multipart/form-data (a part named `file`) or as the raw body with its content type and `fileName` in the query. The server reads the real type from the bytes (PDF, JPEG or PNG; the name and declared type are not trusted), computes the SHA-256 and stores the bytes in the database. At most 20 MB. Refer to it by id: an agreement's `signedDocumentId`, an addendum's, evidence's `documentId`, a licence's `documentId`.
         *
         *     Who may upload depends on what the document is for (`purpose`), as for the record that will cite it: a licence scan needs `organisation:write` (as writing the licence does); a signed agreement, an addendum or evidence needs `agreements:write`. A caller with neither is refused before the body is read; one with the other permission only is refused 403 naming the one needed.
         *
         *     **Access:** one of `agreements:write`, `organisation:write` (see the description) — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a document's facts (name, type, size, SHA-256)
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document's bytes (each download is audited)
         * @description **Access:** permission `agreements:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs
         * @description `facilityId` keeps the programs run at that facility (a cohort there the caller may see); another facility outside the caller's scope runs none, as a random id.
         *
         *     **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Create a program (minimum attendance share defaults to 0.8)
         * @description The program goes to the caller's register: a facility's or regional admin's own Kanwil (naming another is 403), or for a national admin the `ownerRegionalOfficeId` it names (none: national).
         *
         *     **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a program
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a program
         * @description Only in its register: a national program by national admins, a Kanwil's by that Kanwil and its facilities' admins (403 otherwise).
         *
         *     **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/api/v1/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cohorts
         * @description `from`/`to` select cohorts whose dates overlap the range (end >= from, start <= to).
         *
         *     **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listCohorts"];
        put?: never;
        /**
         * Plan a cohort (state planned)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a cohort
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a cohort (program and facility fixed once open; nothing after completion or cancellation)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        patch: operations["updateCohort"];
        trace?: never;
    };
    "/api/v1/cohorts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort's lifecycle history, oldest first
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getCohortHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a planned cohort for enrolment (planned -> open)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["openCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start teaching (open -> running)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["startCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a running cohort (running -> completed)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["completeCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel with a reason (planned/open/running -> cancelled)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["cancelCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inmates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inmates (NIK and birth date masked)
         * @description A partner system lists only the inmates an agreement in force grants it. Filters: facilityId, legalStatus, domicileRegencyCode (the recorded domicile, else the NIK's regency under today's code), q (part of the name). There is no NIK filter: personal data never goes into a URL (POST /inmates/lookup).
         *
         *     **Access:** permission `inmates:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listInmates"];
        put?: never;
        /**
         * Register an inmate (the NIK must agree with birth date and sex unless Dukcapil validated it)
         * @description A NIK that disagrees with birth date or sex is refused, unless `nikValidation` is valid: then it is kept and `nikDiscrepancies` says where. With `sentence` (start, length, remissions) the expected release is computed (`sentenceDates` also gives the ½ and ⅔ dates) and cannot be given beside it.
         *
         *     **Access:** permission `inmates:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["createInmate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inmates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an inmate (full NIK and birth date for roles with personal-data access; audited)
         * @description A partner system reads only inmates an agreement in force grants it (its PKS's `recordAccess`: residents of its area or participants of its programs at that facility), with NIK and birth date only when the clause includes personal data.
         *
         *     **Access:** permission `inmates:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getInmate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an inmate (NIK rechecked against birth date and sex; a new NIK is unverified again)
         * @description `sentence` replaces the sentence facts (null clears them); while they are recorded the expected release follows them and `expectedReleaseDate` is refused.
         *
         *     **Access:** permission `inmates:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        patch: operations["updateInmate"];
        trace?: never;
    };
    "/api/v1/inmates/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export an inmate's whole record as JSON: data, enrollments, certificates, history, who read or changed it
         * @description **Access:** permission `inmates:export` — national admin, regional admin, facility admin, within their scope.
         */
        get: operations["exportInmate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inmates/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find inmates by NIK (sent in the body, never the URL; each match is audited)
         * @description Answers the records in the caller's scope with this NIK, masked as in lists; read one for the full record. A partner system finds only records its agreement grants with personal data.
         *
         *     **Access:** permission `inmates:personal-data` — national admin, regional admin, facility admin, facility staff, partner system, within their scope.
         */
        post: operations["lookupInmatesByNik"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol an inmate (eligibility checked; a release before the cohort ends is a warning)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["enrollInmate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enrollments in your scope
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an enrollment with its attendance
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getEnrollment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enrollment's lifecycle history
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getEnrollmentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record presence for session days (while the cohort runs)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["recordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an assessment (per competency unit when certified); earlier assessments are kept
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["assessEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete (minimum attendance; assessment if certified)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["completeEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the enrollment (reason required)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["withdrawEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer the enrollment (reason required)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["transferEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release the enrollment (reason required)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["releaseEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every assessment of an enrollment, first to last (re-assessments never overwrite)
         * @description **Access:** permission `training:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listEnrollmentAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/enrollments/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol many inmates at once, all or none (dryRun: each inmate's eligibility, nothing written)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["enrollInmates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a whole session's attendance in one request, all or none
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["recordSessionAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cohorts/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assess many enrollments of the cohort in one request, all or none (each assessment kept)
         * @description **Access:** permission `training:write` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["assessEnrollments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the certificate of a completed, competent enrollment of a certified program
         * @description **Access:** permission `certificates:issue` — national admin, regional admin, facility admin, facility staff, within their scope.
         */
        post: operations["issueCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List certificates in your scope (a partner: those it issued)
         * @description **Access:** permission `certificates:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["listCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a certificate
         * @description **Access:** permission `certificates:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate's lifecycle history
         * @description **Access:** permission `certificates:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getCertificateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a certificate (it is kept and reads as revoked, also on the public check)
         * @description **Access:** permission `certificates:revoke` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The printable certificate (A4 PDF with a QR code of the public check; names no facility)
         * @description **Access:** permission `certificates:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getCertificatePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificate-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a certificate by its code as typed, or by the link its QR code holds (no sign-in)
         * @description **Access:** public: no sign-in or key needed.
         */
        get: operations["findCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a certificate by its verification code (no sign-in)
         * @description **Access:** public: no sign-in or key needed.
         */
        get: operations["verifyCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users in the caller's scope, by email
         * @description `q` matches part of the name or email.
         *
         *     **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user with a role and scope inside one's own
         * @description Without `password` the server makes a one-time password and returns it in `oneTimePassword`, shown only in this response. Either way the person must choose their own at the first sign-in. A given password must be hard to guess and must not contain the person's name or email.
         *
         *     **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a user
         * @description **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name, role or scope (not one's own role or scope)
         * @description The new role and scope take effect on the person's next request.
         *
         *     **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a user (ends their sessions; never one's own account)
         * @description **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled user, or lift a sign-in lock
         * @description **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a user a new one-time password (ends their sessions; never one's own)
         * @description The response's `oneTimePassword` is shown only now; the person must replace it at the next sign-in. A sign-in lock is lifted.
         *
         *     **Access:** permission `users:manage` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["resetUserPassword"];
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
        /**
         * List API keys (never the secrets)
         * @description **Access:** permission `api-keys:manage` — national admin, regional admin, facility admin, within their scope.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; the response shows the key once
         * @description **Access:** permission `api-keys:manage` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["createApiKey"];
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
        /**
         * Read an API key (never the secret): its scope, permissions, expiry and last use
         * @description **Access:** permission `api-keys:manage` — national admin, regional admin, facility admin, within their scope.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key (it answers 401 from now on)
         * @description **Access:** permission `api-keys:manage` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log with filters by actor, resource and time
         * @description Regional and facility admins read the entries that happened in their scope: about a resource of their facilities (or office), or made by someone of theirs on shared data such as partners.
         *
         *     **Access:** permission `audit:read` — national admin, regional admin, facility admin, within their scope.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count an area's residents held in facilities: registered, in training, certified
         * @description Residents by effective domicile (recorded, else the NIK's regency), per facility, with the facility's latest population snapshot. Every figure is as of `on` (default today in WIB): admissions, enrollments and completions up to that day, certificates valid on it, the latest snapshot by it. Staff and admins count within their own facilities and name `areaCode`. A partner system counts its own area (or a part of it) across every facility: the facilities it holds agreements with are listed, the rest summed as `otherFacilities`, and counts from 1 to 4 are withheld as null, with complementary cells withheld too, so that no withheld count can be worked out from the rows, the totals and registered = detainees + convicts = male + female, and no zero beside a withheld count tells what all of that group are.
         *
         *     **Access:** permission `statistics:read` — national admin, regional admin, facility admin, facility staff, viewer, partner system, within their scope.
         */
        get: operations["getResidentStatistics"];
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
        /**
         * List monthly reports
         * @description The reports in the caller's scope, newest month first: a facility its own; a regional office its own and its facilities'; national all; a partner system those of the facilities and offices its agreements concern and the national one. Only each scope and month's latest revision unless `allRevisions=true`.
         *
         *     **Access:** permission `reports:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
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
        /**
         * Read a report as JSON, CSV, XLSX or PDF
         * @description `format` (or the Accept header: text/csv, the XLSX type, application/pdf) picks the rendering; `lang` the labels (Indonesian by default). CSV is UTF-8 with a byte-order mark. The PDF heads with the facility's or office's name and the month in words, and draws the main figures as a table and a bar chart. A partner system reads only the figures about its own area's residents and its agreements, with counts from 1 to 4 withheld together with the counts they could be worked out from.
         *
         *     **Access:** permission `reports:read` — national admin, regional admin, facility admin, viewer, partner system, within their scope.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the next revision of a report from today's data
         * @description Recomputes the report's scope and month and stores it as the next revision; every earlier revision stays readable (list with `allRevisions=true`). For admins of the report's scope.
         *
         *     **Access:** permission `reports:regenerate` — national admin, regional admin, facility admin, within their scope.
         */
        post: operations["regenerateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the reporting worker's run log
         * @description Each pass, backfill and regenerate, newest first: start, end, reports made and failures with their reason. A run spans every scope, so only national admins read the log; a recent run shows the worker is alive.
         *
         *     **Access:** permission `reports:regenerate` — national admin, within their scope.
         */
        get: operations["listReportRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the alerts of one's scope
         * @description Agreements ending, follow-ups overdue, licences expiring and failed reports placed on the caller's facilities or office, newest first; `unread=true` keeps those the caller has not marked read.
         *
         *     **Access:** permission `alerts:read` — national admin, regional admin, facility admin, viewer, within their scope.
         */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an alert as read for oneself
         * @description Idempotent: marking it again keeps the first time. Read marks belong to people; an API key keeps none.
         *
         *     **Access:** permission `alerts:read` — national admin, regional admin, facility admin, viewer, within their scope.
         */
        post: operations["markAlertRead"];
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
        User: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description The person's email address, their sign-in name (kept in lower case). */
            email: string;
            /** @description The person's name. */
            name: string;
            /** @description What the person may do. */
            role: components["schemas"]["Role"];
            /** @description Where they may do it: nationwide, one regional office or one facility. */
            scope: components["schemas"]["Scope"];
            /**
             * @description Whether the account can sign in now.
             * @enum {string}
             */
            status: "active" | "locked" | "disabled";
            /** @description True while the person holds a one-time password and must choose their own. */
            mustChangePassword: boolean;
            /** @description Until when repeated failed sign-ins lock the account; null when not locked. */
            lockedUntil: string | null;
            /** @description When an admin disabled the account; null when enabled. */
            disabledAt: string | null;
            /** @description The last successful sign-in; null if never. */
            lastSignInAt: string | null;
            /**
             * Format: date-time
             * @description When the password was last set.
             */
            passwordChangedAt: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        SignIn: {
            /**
             * Format: email
             * @description The account's email address.
             */
            email: string;
            /** @description The account's password. */
            password: string;
        };
        ChangePassword: {
            /** @description The password now in use. */
            currentPassword: string;
            /** @description The new password, at least 12 characters. */
            newPassword: string;
        };
        RegionalOffice: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description The office's name, e.g. Kanwil Ditjenpas Sumatera Utara. */
            name: string;
            /** @description Two-digit Kemendagri code of the province it covers, e.g. 12 (Sumatera Utara). */
            provinceCode: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        CreateRegionalOffice: {
            /** @description The office's name, e.g. Kanwil Ditjenpas Sumatera Utara. */
            name: string;
            /** @description Two-digit Kemendagri code of the province it covers, e.g. 12 (Sumatera Utara). */
            provinceCode: string;
        };
        UpdateRegionalOffice: {
            /** @description The office's name, e.g. Kanwil Ditjenpas Sumatera Utara. */
            name?: string;
            /** @description Two-digit Kemendagri code of the province it covers, e.g. 12 (Sumatera Utara). */
            provinceCode?: string;
        };
        Facility: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The regional office (Kanwil) the facility reports to.
             */
            regionalOfficeId: string;
            /** @description What the facility is: detention centre, prison or juvenile facility. */
            kind: components["schemas"]["FacilityKind"];
            /** @description The facility's class (Kelas), checked with the kind: Rutan I/IIA/IIB; Lapas I/IIA/IIB/III; LPKA I/II. */
            class: components["schemas"]["FacilityClass"];
            /** @description What the facility specialises in: general, women or narcotics. */
            specialisation: components["schemas"]["FacilitySpecialisation"];
            /** @description The facility's name, e.g. Rutan Kelas IIB Salatiga. */
            name: string;
            /** @description Kemendagri code of the regency or city it stands in, e.g. 33.73 (Kota Salatiga). */
            regencyCode: string;
            /** @description Set only when the facility's time zone differs from its province's; null otherwise. */
            timeZoneOverride: components["schemas"]["TimeZone"] | null;
            /** @description How many inmates it is built for; null when not recorded. */
            capacity: number | null;
            /** @description The facility head (Karutan, Kalapas); null when not recorded. */
            head: components["schemas"]["FacilityHead"] | null;
            /** @description People or offices to contact at the facility. */
            contacts: components["schemas"]["Contact"][];
            /** @description The facility's time zone: the override, else its province's. Its dates are read in it. */
            timeZone: components["schemas"]["TimeZone"];
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        FacilityKind: "rutan" | "lapas" | "lpka";
        CreateFacility: {
            /**
             * Format: uuid
             * @description The regional office (Kanwil) the facility reports to.
             */
            regionalOfficeId: string;
            /** @description What the facility is: detention centre, prison or juvenile facility. */
            kind: components["schemas"]["FacilityKind"];
            /** @description The facility's class (Kelas), checked with the kind: Rutan I/IIA/IIB; Lapas I/IIA/IIB/III; LPKA I/II. */
            class: components["schemas"]["FacilityClass"];
            /**
             * @description What the facility specialises in: general, women or narcotics.
             * @default general
             * @enum {string}
             */
            specialisation: "general" | "women" | "narcotics";
            /** @description The facility's name, e.g. Rutan Kelas IIB Salatiga. */
            name: string;
            /** @description Kemendagri code of the regency or city it stands in, e.g. 33.73 (Kota Salatiga). */
            regencyCode: string;
            /**
             * @description Set only when the facility's time zone differs from its province's; null otherwise.
             * @default null
             */
            timeZoneOverride: components["schemas"]["TimeZone"] | null;
            /**
             * @description How many inmates it is built for; null when not recorded.
             * @default null
             */
            capacity: number | null;
            /**
             * @description The facility head (Karutan, Kalapas); null when not recorded.
             * @default null
             */
            head: components["schemas"]["FacilityHead"] | null;
            /**
             * @description People or offices to contact at the facility.
             * @default []
             */
            contacts: components["schemas"]["Contact"][];
        };
        UpdateFacility: {
            /**
             * Format: uuid
             * @description The regional office (Kanwil) the facility reports to.
             */
            regionalOfficeId?: string;
            /** @description What the facility is: detention centre, prison or juvenile facility. */
            kind?: components["schemas"]["FacilityKind"];
            /** @description The facility's class (Kelas), checked with the kind: Rutan I/IIA/IIB; Lapas I/IIA/IIB/III; LPKA I/II. */
            class?: components["schemas"]["FacilityClass"];
            /** @description What the facility specialises in: general, women or narcotics. */
            specialisation?: components["schemas"]["FacilitySpecialisation"];
            /** @description The facility's name, e.g. Rutan Kelas IIB Salatiga. */
            name?: string;
            /** @description Kemendagri code of the regency or city it stands in, e.g. 33.73 (Kota Salatiga). */
            regencyCode?: string;
            /** @description Set only when the facility's time zone differs from its province's; null otherwise. */
            timeZoneOverride?: components["schemas"]["TimeZone"] | null;
            /** @description How many inmates it is built for; null when not recorded. */
            capacity?: number | null;
            /** @description The facility head (Karutan, Kalapas); null when not recorded. */
            head?: components["schemas"]["FacilityHead"] | null;
            /** @description People or offices to contact at the facility. */
            contacts?: components["schemas"]["Contact"][];
        };
        PopulationSnapshot: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The facility counted.
             */
            facilityId: string;
            /**
             * Format: date
             * @description The day of the count (in the facility's time zone).
             */
            takenOn: string;
            /** @description Inmates in the facility that day: detainees plus convicts when the split is known. */
            total: number;
            /** @description Remand detainees (tahanan); null (or left out, with convicts) when the report gives no split. */
            detainees: number | null;
            /** @description Convicts (narapidana); null (or left out, with detainees) when the report gives no split. */
            convicts: number | null;
            /** @description Inmates by the regency or city they live in, each listed once; may be partial. */
            byDomicile: {
                /** @description Kemendagri code of the regency or city, e.g. 12.71 (Kota Medan). */
                regencyCode: string;
                /** @description Inmates domiciled there. */
                count: number;
            }[];
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        CreatePopulationSnapshot: {
            /**
             * Format: date
             * @description The day of the count (in the facility's time zone).
             */
            takenOn: string;
            /** @description Inmates in the facility that day: detainees plus convicts when the split is known. */
            total: number;
            /**
             * @description Remand detainees (tahanan); null (or left out, with convicts) when the report gives no split.
             * @default null
             */
            detainees: number | null;
            /**
             * @description Convicts (narapidana); null (or left out, with detainees) when the report gives no split.
             * @default null
             */
            convicts: number | null;
            /**
             * @description Inmates by the regency or city they live in, each listed once; may be partial.
             * @default []
             */
            byDomicile: {
                /** @description Kemendagri code of the regency or city, e.g. 12.71 (Kota Medan). */
                regencyCode: string;
                /** @description Inmates domiciled there. */
                count: number;
            }[];
        };
        Licence: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The facility holding the licence.
             */
            facilityId: string;
            /** @description What the licence is for. */
            type: components["schemas"]["LicenceType"];
            /** @description The licence's number as issued; null until granted. */
            number: string | null;
            /** @description Who issues it, e.g. Dinas Kesehatan Kota Salatiga. */
            issuer: string;
            /** @description Its stored state. */
            status: components["schemas"]["LicenceState"];
            /** @description Its state today in the facility's time zone: a granted licence past its expiry reads expired. */
            statusToday: components["schemas"]["LicenceState"];
            /** @description When it was applied for, if known. */
            appliedOn: string | null;
            /** @description When it was granted; null until then. */
            grantedOn: string | null;
            /** @description When it expires; null for one that does not. */
            expiresOn: string | null;
            /** @description Why it was revoked; null unless revoked. */
            revokedReason: string | null;
            /** @description Free notes. */
            notes: string | null;
            /** @description The licence's scan: a stored document uploaded to /documents that the caller can see; null for none. */
            documentId: string | null;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        LicenceState: "applied" | "granted" | "expired" | "revoked";
        /** @enum {string} */
        LicenceType: "hygiene_sanitation" | "primary_clinic" | "clinic" | "pharmacy" | "fire_safety" | "building" | "other";
        CreateLicence: {
            /** @description What the licence is for. */
            type: components["schemas"]["LicenceType"];
            /** @description Who issues it, e.g. Dinas Kesehatan Kota Salatiga. */
            issuer: string;
            /**
             * @description The licence's number as issued; null until granted.
             * @default null
             */
            number: string | null;
            /**
             * @description Its stored state.
             * @default applied
             * @enum {string}
             */
            status: "applied" | "granted";
            /**
             * @description When it was applied for, if known.
             * @default null
             */
            appliedOn: string | null;
            /**
             * @description When it was granted; null until then.
             * @default null
             */
            grantedOn: string | null;
            /**
             * @description When it expires; null for one that does not.
             * @default null
             */
            expiresOn: string | null;
            /**
             * @description Free notes.
             * @default null
             */
            notes: string | null;
            /**
             * @description The licence's scan: a stored document uploaded to /documents that the caller can see; null for none.
             * @default null
             */
            documentId: string | null;
        };
        UpdateLicence: {
            /** @description Who issues it, e.g. Dinas Kesehatan Kota Salatiga. */
            issuer?: string;
            /** @description Free notes. */
            notes?: string | null;
            /** @description When it was applied for, if known. */
            appliedOn?: string | null;
            /** @description The licence's scan: a stored document uploaded to /documents that the caller can see; null for none. */
            documentId?: string | null;
        };
        HistoryWithTimes: {
            /** @description Every move, oldest first; the first is the record's creation. */
            items: components["schemas"]["HistoryEntry"][];
            /** @description Milliseconds spent in each state so far, by state (the current one up to now). */
            timeInStates: {
                [key: string]: number;
            };
        };
        GrantLicence: {
            /** @description The licence's number as issued; null until granted. */
            number: string;
            /**
             * Format: date
             * @description When it was granted; null until then.
             */
            grantedOn: string;
            /**
             * @description When it expires; null for one that does not.
             * @default null
             */
            expiresOn: string | null;
        };
        RevokeLicence: {
            /** @description Why it is revoked (or the application withdrawn). */
            reason: string;
        };
        Partner: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description What kind of body the partner is. */
            kind: components["schemas"]["PartnerKind"];
            /** @description The partner's name, e.g. Pemerintah Kota Medan or Dinas Ketenagakerjaan Kota Medan. */
            name: string;
            /** @description The local government (or agency) this one belongs to, e.g. a Dinas's Pemkot; null for none. */
            parentId: string | null;
            /** @description Kemendagri code of the area it serves (province or regency/city); null for national bodies. */
            areaCode: string | null;
            /** @description People or offices to contact at the partner. */
            contacts: components["schemas"]["Contact"][];
            /** @description Its fields of cooperation, each listed once. */
            fields: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The regional office (Kanwil) whose register holds it and alone may edit it; null: the national register (BNSP, a ministry), edited by national admins. Left out on create, it is the caller's own register. */
            ownerRegionalOfficeId: string | null;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        PartnerKind: "local_government" | "government_agency" | "training_provider" | "certification_body" | "ngo" | "business" | "other";
        /** @enum {string} */
        StandardCooperationField: "health" | "education" | "literacy" | "social" | "manpower" | "civil_registration" | "fire_safety" | "trade";
        CreatePartner: {
            /** @description What kind of body the partner is. */
            kind: components["schemas"]["PartnerKind"];
            /** @description The partner's name, e.g. Pemerintah Kota Medan or Dinas Ketenagakerjaan Kota Medan. */
            name: string;
            /**
             * @description The local government (or agency) this one belongs to, e.g. a Dinas's Pemkot; null for none.
             * @default null
             */
            parentId: string | null;
            /**
             * @description Kemendagri code of the area it serves (province or regency/city); null for national bodies.
             * @default null
             */
            areaCode: string | null;
            /**
             * @description People or offices to contact at the partner.
             * @default []
             */
            contacts: components["schemas"]["Contact"][];
            /**
             * @description Its fields of cooperation, each listed once.
             * @default []
             */
            fields: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The regional office (Kanwil) whose register holds it and alone may edit it; null: the national register (BNSP, a ministry), edited by national admins. Left out on create, it is the caller's own register. */
            ownerRegionalOfficeId?: string | null;
        };
        UpdatePartner: {
            /** @description What kind of body the partner is. */
            kind?: components["schemas"]["PartnerKind"];
            /** @description The partner's name, e.g. Pemerintah Kota Medan or Dinas Ketenagakerjaan Kota Medan. */
            name?: string;
            /** @description The local government (or agency) this one belongs to, e.g. a Dinas's Pemkot; null for none. */
            parentId?: string | null;
            /** @description Kemendagri code of the area it serves (province or regency/city); null for national bodies. */
            areaCode?: string | null;
            /** @description People or offices to contact at the partner. */
            contacts?: components["schemas"]["Contact"][];
            /** @description Its fields of cooperation, each listed once. */
            fields?: (string | components["schemas"]["StandardCooperationField"])[];
        };
        Engagement: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The facility that held or attended the engagement.
             */
            facilityId: string;
            /** @description The partners met (at least one). */
            partnerIds: string[];
            /** @description What kind of engagement it was. */
            kind: components["schemas"]["EngagementKind"];
            /**
             * Format: date
             * @description The day it took place (in the facility's time zone).
             */
            date: string;
            /** @description Where it took place; null when not recorded. */
            place: string | null;
            /** @description Who was present, for either side. */
            attendees: components["schemas"]["Attendee"][];
            /** @description What was discussed (empty when not recorded). */
            summary: string;
            /** @description What was agreed or decided, one item each. */
            outcomes: string[];
            /** @description Its follow-ups (included when one engagement is read or created). */
            followUps?: components["schemas"]["FollowUp"][];
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        EngagementKind: "audience" | "courtesy_visit" | "coordination" | "signing" | "monitoring";
        CreateEngagement: {
            /**
             * Format: uuid
             * @description The facility that held or attended the engagement.
             */
            facilityId: string;
            /** @description The partners met (at least one). */
            partnerIds: string[];
            /** @description What kind of engagement it was. */
            kind: components["schemas"]["EngagementKind"];
            /**
             * Format: date
             * @description The day it took place (in the facility's time zone).
             */
            date: string;
            /** @description Where it took place; null when not recorded. */
            place?: string;
            /** @description Who was present, for either side. */
            attendees?: components["schemas"]["Attendee"][];
            /** @description What was discussed (empty when not recorded). */
            summary?: string;
            /** @description What was agreed or decided, one item each. */
            outcomes?: string[];
            /** @description Follow-ups to open with it, stored together with the engagement. */
            followUps?: components["schemas"]["CreateFollowUp"][];
        };
        UpdateEngagement: {
            /** @description The partners met (at least one). */
            partnerIds?: string[];
            /** @description What kind of engagement it was. */
            kind?: components["schemas"]["EngagementKind"];
            /**
             * Format: date
             * @description The day it took place (in the facility's time zone).
             */
            date?: string;
            /** @description Where it took place; null when not recorded. */
            place?: string | null;
            /** @description Who was present, for either side. */
            attendees?: components["schemas"]["Attendee"][];
            /** @description What was discussed (empty when not recorded). */
            summary?: string;
            /** @description What was agreed or decided, one item each. */
            outcomes?: string[];
        };
        FollowUp: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The engagement the follow-up came out of.
             */
            engagementId: string;
            /**
             * Format: uuid
             * @description The engagement's facility.
             */
            facilityId: string;
            /** @description What is to be done. */
            text: string;
            /** @description Who will do it (a name, free text). */
            ownerName: string;
            /**
             * Format: date
             * @description When it is due (a day in the facility's time zone).
             */
            dueDate: string;
            /** @description Where it stands. */
            status: components["schemas"]["FollowUpState"];
            /** @description When it was marked done or dropped; null while open. */
            closedAt: string | null;
            /** @description The note given when it was marked done; null otherwise. */
            note: string | null;
            /** @description Why it was dropped; null unless dropped. */
            dropReason: string | null;
            /** @description True when still open after its due date, today in the facility's time zone. */
            overdue: boolean;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        FollowUpState: "open" | "done" | "dropped";
        CreateFollowUp: {
            /** @description What is to be done. */
            text: string;
            /** @description Who will do it (a name, free text). */
            ownerName: string;
            /**
             * Format: date
             * @description When it is due (a day in the facility's time zone).
             */
            dueDate: string;
        };
        UpdateFollowUp: {
            /** @description What is to be done. */
            text?: string;
            /** @description Who will do it (a name, free text). */
            ownerName?: string;
            /**
             * Format: date
             * @description When it is due (a day in the facility's time zone).
             */
            dueDate?: string;
        };
        CompleteFollowUp: {
            /** @description A note on how it was done. */
            note?: string;
        };
        DropFollowUp: {
            /** @description Why it is dropped. */
            reason: string;
        };
        Coverage: {
            /** @description The matrix's columns: the standard fields, in their usual order. */
            fields: components["schemas"]["StandardCooperationField"][];
            /** @description Ordered by regional office, then facility name. */
            rows: components["schemas"]["CoverageRow"][];
        };
        EndingSoonCounts: {
            /** @description Ending today or within 7 days. */
            days0To7: number;
            /** @description Ending in 8 to 30 days. */
            days8To30: number;
            /** @description Ending in 31 to 90 days. */
            days31To90: number;
        };
        Agreement: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description MoU or PKS; fixed once drafted. */
            kind: components["schemas"]["AgreementKind"];
            /** @description The agreement's title, e.g. PKS Pelatihan Kerja Bersertifikat. */
            title: string;
            /** @description The facility party; null only for an MoU held by a regional office. */
            facilityId: string | null;
            /** @description The regional office party of an MoU (instead of a facility); null otherwise. */
            regionalOfficeId: string | null;
            /** @description The partners (a PKS binds exactly one). */
            partnerIds: string[];
            /** @description The MoU a PKS implements; null for none. */
            parentMouId: string | null;
            /** @description Its fields of cooperation. */
            fields: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The facility's (or office's) document number (nomor surat) of the agreement. */
            facilityDocumentNumber: string | null;
            /** @description The partner's document number of the agreement. */
            partnerDocumentNumber: string | null;
            /** @description Who signs, or witnesses, for each side (any number per side). */
            signatories: components["schemas"]["Signatory"][];
            /** @description The stored document (uploaded to /documents) the agreement is signed as. */
            signedDocumentId: string | null;
            /** @description The stored signed document's facts; null until there is one. */
            signedDocument: components["schemas"]["SignedDocumentShown"] | null;
            /** @description The first day it is in force. */
            startDate: string | null;
            /** @description The last day it is in force (a PKS runs at most three years). */
            endDate: string | null;
            /** @description A PKS clause letting the partner read some inmates' records while it is in force. */
            recordAccess: components["schemas"]["RecordAccessShown"] | null;
            /** @description The agreement this one renews (its predecessor); null for none. */
            renewsId: string | null;
            /** @description Its stored lifecycle state. */
            state: components["schemas"]["AgreementState"];
            /** @description When Sinergi recorded the signing (server clock); null until then. The paper's date is signedOn. */
            signedAt: string | null;
            /** @description The day it was signed, in its time zone (from the paper); null until signed. */
            signedOn: string | null;
            /** @description The local time it was signed (HH:MM), when known; null otherwise. */
            signedTime: string | null;
            /** @description The day it stops, when terminated (in force until the day before); null otherwise. */
            terminatedOn: string | null;
            /** @description Why it was terminated; null otherwise. */
            terminationReason: string | null;
            /** @description Its version: 1, plus one for each addendum. */
            version: number;
            /** @description Its status today in the facility's time zone (signed ones read by their dates). */
            status: components["schemas"]["AgreementStatus"];
            /**
             * Format: date
             * @description The day `status` is read for (today in the facility's time zone).
             */
            statusDate: string;
            /** @description The time zone its dates are read in: its facility's, or its regional office's province's. */
            timeZone: string;
            /** @description The alert threshold reached (90, 30 or 7 days before the end); null when none. */
            renewalAlert: (90 | 30 | 7) | null;
            /** @description The agreement renewing this one, if any. */
            successorId: string | null;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        AgreementKind: "mou" | "pks";
        /** @enum {string} */
        AgreementState: "draft" | "proposed" | "negotiating" | "signed" | "terminated" | "withdrawn";
        /** @enum {string} */
        AgreementStatus: "draft" | "proposed" | "negotiating" | "upcoming" | "active" | "expiring" | "expired" | "renewed" | "terminated" | "withdrawn";
        CreateAgreement: {
            /** @description MoU or PKS; fixed once drafted. */
            kind: components["schemas"]["AgreementKind"];
            /** @description The agreement's title, e.g. PKS Pelatihan Kerja Bersertifikat. */
            title: string;
            /**
             * Format: uuid
             * @description The facility party; null only for an MoU held by a regional office.
             */
            facilityId?: string;
            /**
             * Format: uuid
             * @description The regional office party of an MoU (instead of a facility); null otherwise.
             */
            regionalOfficeId?: string;
            /** @description The partners (a PKS binds exactly one). */
            partnerIds: string[];
            /**
             * Format: uuid
             * @description The MoU a PKS implements; null for none.
             */
            parentMouId?: string;
            /** @description Its fields of cooperation. */
            fields?: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The facility's (or office's) document number (nomor surat) of the agreement. */
            facilityDocumentNumber?: string;
            /** @description The partner's document number of the agreement. */
            partnerDocumentNumber?: string;
            /** @description Who signs, or witnesses, for each side (any number per side). */
            signatories?: components["schemas"]["Signatory"][];
            /**
             * Format: uuid
             * @description The stored document (uploaded to /documents) the agreement is signed as.
             */
            signedDocumentId?: string;
            /**
             * Format: date
             * @description The first day it is in force.
             */
            startDate?: string;
            /**
             * Format: date
             * @description The last day it is in force (a PKS runs at most three years).
             */
            endDate?: string;
            /** @description A PKS clause letting the partner read some inmates' records while it is in force. */
            recordAccess?: components["schemas"]["RecordAccess"];
        };
        UpdateAgreement: {
            /** @description The agreement's title, e.g. PKS Pelatihan Kerja Bersertifikat. */
            title?: string;
            /** @description The facility party; null only for an MoU held by a regional office. */
            facilityId?: string | null;
            /** @description The regional office party of an MoU (instead of a facility); null otherwise. */
            regionalOfficeId?: string | null;
            /** @description The partners (a PKS binds exactly one). */
            partnerIds?: string[];
            /** @description The MoU a PKS implements; null for none. */
            parentMouId?: string | null;
            /** @description Its fields of cooperation. */
            fields?: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The facility's (or office's) document number (nomor surat) of the agreement. */
            facilityDocumentNumber?: string | null;
            /** @description The partner's document number of the agreement. */
            partnerDocumentNumber?: string | null;
            /** @description Who signs, or witnesses, for each side (any number per side). */
            signatories?: components["schemas"]["Signatory"][];
            /** @description The stored document (uploaded to /documents) the agreement is signed as. */
            signedDocumentId?: string | null;
            /** @description The first day it is in force. */
            startDate?: string | null;
            /** @description The last day it is in force (a PKS runs at most three years). */
            endDate?: string | null;
            /** @description A PKS clause letting the partner read some inmates' records while it is in force. */
            recordAccess?: components["schemas"]["RecordAccess"] | null;
        };
        AgreementVersion: {
            /** @description The version number (1 for the agreement as first signed). */
            version: number;
            /** @description True for the version in force now. */
            current: boolean;
            /** @description When an addendum superseded it; null for the current one. */
            supersededAt: string | null;
            /** @description Who recorded that addendum; null for the current one. */
            supersededBy: string | null;
            /** @description The addendum's reason; null for the current one. */
            reason: string | null;
            /** @description The agreement's terms as that version read. */
            snapshot: {
                [key: string]: unknown;
            };
        };
        RecordAgreement: {
            /** @description MoU or PKS; fixed once drafted. */
            kind: components["schemas"]["AgreementKind"];
            /** @description The agreement's title, e.g. PKS Pelatihan Kerja Bersertifikat. */
            title: string;
            /**
             * Format: uuid
             * @description The facility party; null only for an MoU held by a regional office.
             */
            facilityId?: string;
            /**
             * Format: uuid
             * @description The regional office party of an MoU (instead of a facility); null otherwise.
             */
            regionalOfficeId?: string;
            /** @description The partners (a PKS binds exactly one). */
            partnerIds: string[];
            /**
             * Format: uuid
             * @description The MoU a PKS implements; null for none.
             */
            parentMouId?: string;
            /** @description Its fields of cooperation. */
            fields?: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The facility's (or office's) document number (nomor surat) of the agreement. */
            facilityDocumentNumber: string;
            /** @description The partner's document number of the agreement. */
            partnerDocumentNumber: string;
            /** @description Who signs, or witnesses, for each side (any number per side). */
            signatories: components["schemas"]["Signatory"][];
            /**
             * Format: uuid
             * @description The stored document (uploaded to /documents) the agreement is signed as.
             */
            signedDocumentId: string;
            /**
             * Format: date
             * @description The first day it is in force.
             */
            startDate: string;
            /**
             * Format: date
             * @description The last day it is in force (a PKS runs at most three years).
             */
            endDate: string;
            /** @description A PKS clause letting the partner read some inmates' records while it is in force. */
            recordAccess?: components["schemas"]["RecordAccess"];
            /**
             * Format: date
             * @description The day it was signed, in the agreement's time zone (not in the future).
             */
            signedOn: string;
            /**
             * @description The local time it was signed (HH:MM), when known; null otherwise.
             * @example 10:30
             */
            signedTime?: string;
            /** @description Its action plan (rencana aksi), as signed. */
            actionItems?: components["schemas"]["CreateActionItem"][];
            /** @description A note kept in the agreement's history. */
            reason?: string;
        };
        AgreementMoveNote: {
            /** @description A note kept in the agreement's history. */
            reason?: string;
        };
        SignAgreement: {
            /**
             * Format: date
             * @description The day it was signed, in the agreement's time zone (not in the future).
             */
            signedOn: string;
            /**
             * @description The local time it was signed (HH:MM), when known; null otherwise.
             * @example 10:30
             */
            signedTime?: string;
            /** @description The facility's (or office's) document number (nomor surat) of the agreement. */
            facilityDocumentNumber?: string;
            /** @description The partner's document number of the agreement. */
            partnerDocumentNumber?: string;
            /** @description Who signs, or witnesses, for each side (any number per side). */
            signatories?: components["schemas"]["Signatory"][];
            /**
             * Format: uuid
             * @description The stored document (uploaded to /documents) the agreement is signed as.
             */
            signedDocumentId?: string;
            /**
             * Format: date
             * @description The first day it is in force.
             */
            startDate?: string;
            /**
             * Format: date
             * @description The last day it is in force (a PKS runs at most three years).
             */
            endDate?: string;
            /** @description A note kept in the agreement's history. */
            reason?: string;
        };
        TerminateAgreement: {
            /** @description Why it is terminated. */
            reason: string;
            /**
             * Format: date
             * @description The day it stops (no longer in force from this day): not before the start or the signing day; a day to come leaves it in force until then.
             */
            date: string;
        };
        AmendAgreement: {
            /** @description What the addendum changes and why. */
            reason: string;
            /**
             * Format: uuid
             * @description The signed addendum, a stored document.
             */
            signedDocumentId: string;
            /** @description What the addendum does to the action plan. */
            actionItems?: {
                /** @description Activities the addendum adds to the plan. */
                add?: components["schemas"]["CreateActionItem"][];
                /** @description Activities it changes, each by id with the new values. */
                change?: components["schemas"]["ChangeActionItem"][];
                /** @description Ids of open activities it ends (they become cancelled; realised work stays on record). */
                end?: string[];
            };
            /** @description The agreement's title, e.g. PKS Pelatihan Kerja Bersertifikat. */
            title?: string;
            /** @description Its fields of cooperation. */
            fields?: (string | components["schemas"]["StandardCooperationField"])[];
            /** @description The facility's (or office's) document number (nomor surat) of the agreement. */
            facilityDocumentNumber?: string;
            /** @description The partner's document number of the agreement. */
            partnerDocumentNumber?: string;
            /** @description Who signs, or witnesses, for each side (any number per side). */
            signatories?: components["schemas"]["Signatory"][];
            /**
             * Format: date
             * @description The first day it is in force.
             */
            startDate?: string;
            /**
             * Format: date
             * @description The last day it is in force (a PKS runs at most three years).
             */
            endDate?: string;
            /** @description A PKS clause letting the partner read some inmates' records while it is in force. */
            recordAccess?: components["schemas"]["RecordAccess"] | null;
        };
        RenewAgreement: {
            /**
             * Format: date
             * @description The successor's first day; by default the day after the predecessor's end.
             */
            startDate?: string;
            /**
             * Format: date
             * @description The successor's last day; by default the predecessor's term again.
             */
            endDate?: string;
            /** @description The successor's title; by default the predecessor's. */
            title?: string;
            /** @description A note kept in the agreement's history. */
            reason?: string;
        };
        ActionItem: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The agreement whose plan it belongs to.
             */
            agreementId: string;
            /** @description What is to be done, e.g. Pemeriksaan kesehatan WBP. */
            activity: string;
            /**
             * @description The field of cooperation it serves.
             * @example health
             * @example civil_registration
             */
            field: string | components["schemas"]["StandardCooperationField"];
            /** @description What counts as done: an amount of a unit. */
            target: components["schemas"]["ActionItemTarget"];
            /** @description When it is due; null when open-ended. */
            dueDate: string | null;
            /** @description How much has been done so far, in the target's unit. */
            realisedAmount: number;
            /** @description Share of the target realised, 0 to 1 (overshoot counts as 1). */
            realisationShare: number;
            /** @description Evidence of what was realised. */
            evidence: {
                /** @description What the evidence is, e.g. Daftar hadir pelatihan. */
                label: string;
                /** @description A link to it, if any. */
                url?: string;
                /**
                 * Format: uuid
                 * @description A stored document (uploaded to /documents) that proves it, if any.
                 */
                documentId?: string;
                /**
                 * Format: date
                 * @description The day it happened, if known.
                 */
                date?: string;
            }[];
            /** @description Where the activity stands. */
            status: components["schemas"]["ActionItemStatus"];
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        ActionItemStatus: "planned" | "in_progress" | "done" | "cancelled";
        CreateActionItem: {
            /** @description What is to be done, e.g. Pemeriksaan kesehatan WBP. */
            activity: string;
            /**
             * @description The field of cooperation it serves.
             * @example health
             * @example civil_registration
             */
            field: string | components["schemas"]["StandardCooperationField"];
            /** @description What counts as done: an amount of a unit. */
            target: components["schemas"]["ActionItemTarget"];
            /**
             * Format: date
             * @description When it is due; null when open-ended.
             */
            dueDate?: string;
            /** @description Evidence of what was realised. */
            evidence?: components["schemas"]["Evidence"][];
        };
        UpdateActionItem: {
            /** @description What is to be done, e.g. Pemeriksaan kesehatan WBP. */
            activity?: string;
            /**
             * @description The field of cooperation it serves.
             * @example health
             * @example civil_registration
             */
            field?: string | components["schemas"]["StandardCooperationField"];
            /** @description What counts as done: an amount of a unit. */
            target?: components["schemas"]["ActionItemTarget"];
            /** @description When it is due; null when open-ended. */
            dueDate?: string | null;
            /** @description Evidence of what was realised. */
            evidence?: components["schemas"]["Evidence"][];
        };
        RecordRealisation: {
            /** @description How much was done this time, in the target's unit (above 0). */
            amount: number;
            /** @description Evidence of what was realised. */
            evidence?: components["schemas"]["Evidence"][];
            /** @description A note kept in the item's history (e.g. a correction's reason). */
            reason?: string;
        };
        AdjustRealisation: {
            /** @description The corrected total realised so far, in the target's unit. */
            realisedAmount: number;
            /** @description Why the realised amount is corrected. */
            reason: string;
            /** @description What proves the corrected amount. */
            evidence?: components["schemas"]["Evidence"][];
        };
        RealisationAdjustment: {
            /**
             * Format: uuid
             * @description The adjustment's id.
             */
            id: string;
            /**
             * Format: uuid
             * @description The activity corrected.
             */
            actionItemId: string;
            /** @description The realised amount before the correction. */
            previousAmount: number;
            /** @description The realised amount after it. */
            realisedAmount: number;
            /** @description Why it was corrected. */
            reason: string;
            /** @description What proves the corrected amount. */
            evidence: components["schemas"]["Evidence"][];
            /**
             * Format: date-time
             * @description When the correction was recorded.
             */
            at: string;
            /** @description Who recorded it. */
            actor: string;
        };
        Document: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description What the document is. */
            purpose: components["schemas"]["DocumentPurpose"];
            /** @description The file's name as uploaded (path parts and control characters removed). */
            fileName: string;
            /** @description Its content type, read from its bytes by the server (not from its name). */
            mediaType: components["schemas"]["DocumentMediaType"];
            /** @description Its size in bytes (at most 20 MB). */
            sizeBytes: number;
            /** @description SHA-256 of its bytes, computed by the server (64 lowercase hex digits). */
            sha256: string;
            /** @description The facility it belongs to; null for an office's or a national document. */
            facilityId: string | null;
            /** @description The regional office it belongs to; null otherwise. */
            regionalOfficeId: string | null;
            /** @description Who uploaded it. */
            uploadedBy: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        DocumentPurpose: "signed_agreement" | "addendum" | "evidence" | "licence";
        Program: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description The program's name, e.g. Pelatihan Barista Bersertifikat. */
            name: string;
            /** @description Vocational or personal development. */
            track: components["schemas"]["ProgramTrack"];
            /** @description The training field, as a snake_case code (barbershop, bakery, literacy, …). */
            field: string;
            /** @description The partner that provides the training (a BLK, a Dinas); null when in-house. */
            providerPartnerId: string | null;
            /** @description The agreement that funds it; null for none. */
            fundingAgreementId: string | null;
            /** @description The share of sessions an inmate must attend to complete, above 0 and at most 1. */
            minAttendanceShare: number;
            /** @description The certification scheme, for a certified program; null otherwise. */
            certificationScheme: {
                /**
                 * Format: uuid
                 * @description The certification body (LSP) that issues the certificates.
                 */
                issuerPartnerId: string;
                /** @description The scheme's name, e.g. Skema Okupasi Barista. */
                name: string;
                /** @description The scheme's type: a KKNI qualification, a national occupation (okupasi) or a cluster (klaster). */
                schemeType: components["schemas"]["SchemeType"];
                /** @description The competency units assessed; an enrollment is competent when every one is. */
                competencyUnits: components["schemas"]["CertifiedUnit"][];
                /** @description The KKNI level (1 to 9): required for a KKNI scheme, optional otherwise. */
                level?: number;
                /** @description How many months a certificate stays valid; null when it does not expire (a BLK or Dinas training certificate). */
                validityMonths: number | null;
            } | null;
            /** @description The regional office (Kanwil) whose register holds it and alone may edit it; null: the national register (BNSP, a ministry), edited by national admins. Left out on create, it is the caller's own register. */
            ownerRegionalOfficeId: string | null;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        ProgramTrack: "vocational" | "personal_development";
        CreateProgram: {
            /** @description The program's name, e.g. Pelatihan Barista Bersertifikat. */
            name: string;
            /** @description Vocational or personal development. */
            track: components["schemas"]["ProgramTrack"];
            /** @description The training field, as a snake_case code (barbershop, bakery, literacy, …). */
            field: string;
            /**
             * Format: uuid
             * @description The partner that provides the training (a BLK, a Dinas); null when in-house.
             */
            providerPartnerId?: string;
            /**
             * Format: uuid
             * @description The agreement that funds it; null for none.
             */
            fundingAgreementId?: string;
            /** @description The share of sessions an inmate must attend to complete, above 0 and at most 1. By default 0.8. */
            minAttendanceShare?: number;
            /** @description The certification scheme, for a certified program; null otherwise. */
            certificationScheme?: components["schemas"]["CertificationScheme"];
            /** @description The regional office (Kanwil) whose register holds it and alone may edit it; null: the national register (BNSP, a ministry), edited by national admins. Left out on create, it is the caller's own register. */
            ownerRegionalOfficeId?: string | null;
        };
        UpdateProgram: {
            /** @description The program's name, e.g. Pelatihan Barista Bersertifikat. */
            name?: string;
            /** @description Vocational or personal development. */
            track?: components["schemas"]["ProgramTrack"];
            /** @description The training field, as a snake_case code (barbershop, bakery, literacy, …). */
            field?: string;
            /** @description The partner that provides the training (a BLK, a Dinas); null when in-house. */
            providerPartnerId?: string | null;
            /** @description The agreement that funds it; null for none. */
            fundingAgreementId?: string | null;
            /** @description The share of sessions an inmate must attend to complete, above 0 and at most 1. */
            minAttendanceShare?: number;
            /** @description The certification scheme, for a certified program; null otherwise. */
            certificationScheme?: components["schemas"]["CertificationScheme"] | null;
        };
        Cohort: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The program taught; fixed once the cohort is open.
             */
            programId: string;
            /**
             * Format: uuid
             * @description The facility where it runs.
             */
            facilityId: string;
            /** @description The cohort's name, e.g. Angkatan I Barista 2026. */
            name: string;
            /**
             * Format: date
             * @description Its first day.
             */
            startDate: string;
            /**
             * Format: date
             * @description Its last day (not before the first).
             */
            endDate: string;
            /** @description How many inmates it takes. */
            capacity: number;
            /** @description Where it is held, e.g. Bengkel Kerja Rutan; null when not recorded. */
            place: string | null;
            /** @description Who teaches it. */
            instructors: {
                /** @description The instructor's name. */
                name: string;
                /** @description Their role or organisation, e.g. Instruktur BLK Medan. */
                role?: string;
            }[];
            /** @description Who may enrol. */
            eligibility: {
                /** @description Only inmates of these legal statuses may enrol; any when absent. */
                legalStatuses?: components["schemas"]["LegalStatus"][];
                /** @description Only inmates domiciled in these regencies or cities may enrol; any when absent. */
                domicileRegencyCodes?: string[];
                /** @description Only inmates with at least this many days of their sentence left at the cohort's start may enrol (by the expected release; 0: not released before the start, which is refused anyway). */
                minRemainingSentenceDays?: number;
                /** @description Only convicts who have served this share of their sentence by the cohort's start may enrol (by the ½ or ⅔ date computed from their sentence facts; without them, refused). */
                minSentenceServed?: components["schemas"]["ServedShare"];
            };
            /** @description How many sessions are planned; null when not set. */
            plannedSessions: number | null;
            /** @description Its lifecycle state. */
            state: components["schemas"]["CohortState"];
            /** @description The lifecycle moves possible from its state (open, start, complete, cancel). */
            allowedMoves: ("open" | "start" | "complete" | "cancel")[];
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        CohortState: "planned" | "open" | "running" | "completed" | "cancelled";
        CreateCohort: {
            /**
             * Format: uuid
             * @description The program taught; fixed once the cohort is open.
             */
            programId: string;
            /**
             * Format: uuid
             * @description The facility where it runs.
             */
            facilityId: string;
            /** @description The cohort's name, e.g. Angkatan I Barista 2026. */
            name: string;
            /**
             * Format: date
             * @description Its first day.
             */
            startDate: string;
            /**
             * Format: date
             * @description Its last day (not before the first).
             */
            endDate: string;
            /** @description How many inmates it takes. */
            capacity: number;
            /** @description Where it is held, e.g. Bengkel Kerja Rutan; null when not recorded. */
            place?: string;
            /** @description Who teaches it. */
            instructors?: components["schemas"]["Instructor"][];
            /** @description Who may enrol. */
            eligibility?: components["schemas"]["EligibilityRules"];
            /** @description How many sessions are planned; null when not set. */
            plannedSessions?: number;
        };
        UpdateCohort: {
            /**
             * Format: uuid
             * @description The program taught; fixed once the cohort is open.
             */
            programId?: string;
            /**
             * Format: uuid
             * @description The facility where it runs.
             */
            facilityId?: string;
            /** @description The cohort's name, e.g. Angkatan I Barista 2026. */
            name?: string;
            /**
             * Format: date
             * @description Its first day.
             */
            startDate?: string;
            /**
             * Format: date
             * @description Its last day (not before the first).
             */
            endDate?: string;
            /** @description How many inmates it takes. */
            capacity?: number;
            /** @description Where it is held, e.g. Bengkel Kerja Rutan; null when not recorded. */
            place?: string | null;
            /** @description Who teaches it. */
            instructors?: components["schemas"]["Instructor"][];
            /** @description Who may enrol. */
            eligibility?: components["schemas"]["EligibilityRules"];
            /** @description How many sessions are planned; null when not set. */
            plannedSessions?: number | null;
        };
        CohortHistoryEntry: {
            /**
             * Format: date-time
             * @description When the move was made (ISO 8601 instant).
             */
            at: string;
            /** @description Who made it: a user's or API key's id, or `system`. */
            actor: string;
            /** @description The state before the move; null for the record's creation. */
            from: components["schemas"]["CohortState"] | null;
            /** @description The state after the move. */
            to: components["schemas"]["CohortState"];
            /** @description The reason or note given with the move, if any. */
            reason?: string;
        };
        CohortMoveNote: {
            /** @description A note kept in the cohort's history. */
            reason?: string;
        };
        CancelCohort: {
            /** @description Why the cohort is cancelled. */
            reason: string;
        };
        Inmate: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The facility holding the inmate; fixed once registered.
             */
            facilityId: string;
            /** @description The facility's registration number of the inmate, e.g. BI.123/2026. */
            registrationNumber: string;
            /** @description The inmate's name. */
            name: string;
            /** @description The 16-digit national identity number (NIK): personal data, masked unless the caller may see it. */
            nik: string | null;
            /** @description The inmate's sex; must agree with the NIK. */
            sex: components["schemas"]["Sex"];
            /** @description Date of birth: personal data, masked unless the caller may see it; must agree with the NIK. */
            birthDate: string;
            /** @description Remand detainee or convict. */
            legalStatus: components["schemas"]["LegalStatus"];
            /** @description Kemendagri code of the regency or city the inmate lives in, as recorded. */
            domicileRegencyCode: string | null;
            /** @description The effective domicile: the recorded one; only when none is recorded, the regency the NIK was first registered in, under today's code (a pre-2022 Merauke NIK reads 93.01). */
            domicile: string | null;
            /** @description Where `domicile` comes from: record, or nik (the place of first registration); null when unknown. */
            domicileSource: components["schemas"]["DomicileSource"] | null;
            /**
             * Format: date
             * @description The day the inmate was admitted.
             */
            admissionDate: string;
            /** @description The day release is expected: computed from the sentence facts when they are recorded (then it cannot be set), else as recorded; null when unknown. */
            expectedReleaseDate: string | null;
            /** @description The outcome of the NIK's check with the civil registry. */
            nikValidation: components["schemas"]["NikValidation"];
            /** @description Fields of the record a Dukcapil-validated NIK disagrees with (sex, birthDate): kept and flagged for someone to correct the record; empty otherwise. */
            nikDiscrepancies: components["schemas"]["NikDiscrepancy"][];
            /** @description Sentence start, length and remissions granted; null while unknown. */
            sentence: components["schemas"]["SentenceFactsOutput"] | null;
            /** @description The ½ and ⅔ dates and the expected release computed from the sentence facts; null without them. */
            sentenceDates: components["schemas"]["SentenceDates"] | null;
            /** @description True when NIK and birth date are shown masked to this caller. */
            personalDataMasked: boolean;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        LegalStatus: "detainee" | "convict";
        CreateInmate: {
            /**
             * Format: uuid
             * @description The facility holding the inmate; fixed once registered.
             */
            facilityId: string;
            /** @description The facility's registration number of the inmate, e.g. BI.123/2026. */
            registrationNumber: string;
            /** @description The inmate's name. */
            name: string;
            /** @description The inmate's sex; must agree with the NIK. */
            sex: components["schemas"]["Sex"];
            /**
             * Format: date
             * @description Date of birth: personal data, masked unless the caller may see it; must agree with the NIK.
             */
            birthDate: string;
            /** @description Remand detainee or convict. */
            legalStatus: components["schemas"]["LegalStatus"];
            /**
             * Format: date
             * @description The day the inmate was admitted.
             */
            admissionDate: string;
            /** @description The outcome of the NIK's check with the civil registry. */
            nikValidation?: components["schemas"]["NikValidation"];
            /** @description The 16-digit national identity number (NIK): personal data, masked unless the caller may see it. */
            nik?: string;
            /** @description Kemendagri code of the regency or city the inmate lives in, as recorded. */
            domicileRegencyCode?: string;
            /**
             * Format: date
             * @description The day release is expected: computed from the sentence facts when they are recorded (then it cannot be set), else as recorded; null when unknown.
             */
            expectedReleaseDate?: string;
            /** @description Sentence start, length and remissions granted; null while unknown. */
            sentence?: components["schemas"]["SentenceFacts"];
        };
        UpdateInmate: {
            /** @description The facility's registration number of the inmate, e.g. BI.123/2026. */
            registrationNumber?: string;
            /** @description The inmate's name. */
            name?: string;
            /** @description The inmate's sex; must agree with the NIK. */
            sex?: components["schemas"]["Sex"];
            /**
             * Format: date
             * @description Date of birth: personal data, masked unless the caller may see it; must agree with the NIK.
             */
            birthDate?: string;
            /** @description Remand detainee or convict. */
            legalStatus?: components["schemas"]["LegalStatus"];
            /**
             * Format: date
             * @description The day the inmate was admitted.
             */
            admissionDate?: string;
            /** @description The outcome of the NIK's check with the civil registry. */
            nikValidation?: components["schemas"]["NikValidation"];
            /** @description The 16-digit national identity number (NIK): personal data, masked unless the caller may see it. */
            nik?: string | null;
            /** @description Kemendagri code of the regency or city the inmate lives in, as recorded. */
            domicileRegencyCode?: string | null;
            /** @description The day release is expected: computed from the sentence facts when they are recorded (then it cannot be set), else as recorded; null when unknown. */
            expectedReleaseDate?: string | null;
            /** @description Sentence start, length and remissions granted; null while unknown. */
            sentence?: components["schemas"]["SentenceFacts"] | null;
        };
        Enrolled: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The cohort.
             */
            cohortId: string;
            /**
             * Format: uuid
             * @description The inmate enrolled.
             */
            inmateId: string;
            /** @description Its lifecycle state. */
            state: components["schemas"]["EnrollmentState"];
            /** @description Attendance, one entry per session day. */
            attendance: {
                /**
                 * Format: date
                 * @description The day of the session.
                 */
                sessionDate: string;
                /** @description Whether the inmate attended it. */
                present: boolean;
            }[];
            /** @description Share of the cohort's sessions attended so far, 0 to 1. */
            attendanceShare: number;
            /** @description Where the assessment stands: the latest assessor and day, each unit's latest result, and the overall result; null until assessed (every assessment is kept, see its assessments). */
            assessment: {
                /**
                 * @description The overall outcome: for a certified program it follows from the units (competent when every unit is); otherwise it is given.
                 * @enum {string}
                 */
                result: "competent" | "not_yet_competent";
                /** @description Who assessed, e.g. Asesor LSP. */
                assessor: string;
                /**
                 * Format: date
                 * @description The day of the assessment.
                 */
                assessedOn: string;
                /** @description Notes on the assessment. */
                notes?: string;
                /** @description Each competency unit of the scheme with its latest result; empty for a program without units. */
                units: {
                    /** @description The unit's SKKNI code. */
                    code: string;
                    /** @description The unit's title. */
                    title: string;
                    /** @description The unit's latest result; null when it has not been assessed yet. */
                    result: ("competent" | "not_yet_competent") | null;
                    /** @description The day of the unit's latest result; null when it has not been assessed yet. */
                    assessedOn: string | null;
                }[];
            } | null;
            /** @description Why it ended early (withdrawn, transferred, released); null otherwise. */
            endReason: string | null;
            /**
             * Format: date-time
             * @description When the inmate was enrolled.
             */
            enrolledAt: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
            /** @description Warnings about the enrolment that did not refuse it. */
            warnings: {
                /** @description The warning's code, e.g. enrollment/release-before-end. */
                code: string;
                /** @description The warning in plain words. */
                message: string;
            }[];
        };
        Enroll: {
            /**
             * Format: uuid
             * @description The inmate enrolled.
             */
            inmateId: string;
        };
        Enrollment: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /**
             * Format: uuid
             * @description The cohort.
             */
            cohortId: string;
            /**
             * Format: uuid
             * @description The inmate enrolled.
             */
            inmateId: string;
            /** @description Its lifecycle state. */
            state: components["schemas"]["EnrollmentState"];
            /** @description Attendance, one entry per session day. */
            attendance: {
                /**
                 * Format: date
                 * @description The day of the session.
                 */
                sessionDate: string;
                /** @description Whether the inmate attended it. */
                present: boolean;
            }[];
            /** @description Share of the cohort's sessions attended so far, 0 to 1. */
            attendanceShare: number;
            /** @description Where the assessment stands: the latest assessor and day, each unit's latest result, and the overall result; null until assessed (every assessment is kept, see its assessments). */
            assessment: {
                /**
                 * @description The overall outcome: for a certified program it follows from the units (competent when every unit is); otherwise it is given.
                 * @enum {string}
                 */
                result: "competent" | "not_yet_competent";
                /** @description Who assessed, e.g. Asesor LSP. */
                assessor: string;
                /**
                 * Format: date
                 * @description The day of the assessment.
                 */
                assessedOn: string;
                /** @description Notes on the assessment. */
                notes?: string;
                /** @description Each competency unit of the scheme with its latest result; empty for a program without units. */
                units: {
                    /** @description The unit's SKKNI code. */
                    code: string;
                    /** @description The unit's title. */
                    title: string;
                    /** @description The unit's latest result; null when it has not been assessed yet. */
                    result: ("competent" | "not_yet_competent") | null;
                    /** @description The day of the unit's latest result; null when it has not been assessed yet. */
                    assessedOn: string | null;
                }[];
            } | null;
            /** @description Why it ended early (withdrawn, transferred, released); null otherwise. */
            endReason: string | null;
            /**
             * Format: date-time
             * @description When the inmate was enrolled.
             */
            enrolledAt: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        /** @enum {string} */
        EnrollmentState: "enrolled" | "completed" | "withdrawn" | "transferred" | "released";
        HistoryEntry: {
            /** @description When the move was made (ISO 8601 instant). */
            at: string;
            /** @description Who made it: a user's or API key's id, or `system`. */
            actor: string;
            /** @description The state before the move; null for the record's creation. */
            from: string | null;
            /** @description The state after the move. */
            to: string;
            /** @description The reason or note given with the move, if any. */
            reason?: string;
        };
        RecordAttendance: {
            /** @description The sessions to record, each day once. */
            sessions: {
                /**
                 * Format: date
                 * @description The day of the session.
                 */
                sessionDate: string;
                /** @description Whether the inmate attended it. */
                present: boolean;
            }[];
        };
        Assess: {
            /** @description For a certified program, the units judged and their results: every unit at the first assessment, or only those re-assessed later (the others keep their latest result). */
            units?: components["schemas"]["UnitResult"][];
            /**
             * @description For a program without competency units only: the overall result.
             * @enum {string}
             */
            result?: "competent" | "not_yet_competent";
            /** @description Who assessed, e.g. Asesor LSP. */
            assessor: string;
            /**
             * Format: date
             * @description The day of the assessment.
             */
            assessedOn: string;
            /** @description Notes on the assessment. */
            notes?: string;
        };
        EndEnrollment: {
            /** @description Why it ends early. */
            reason: string;
        };
        AssessmentRecord: {
            /**
             * Format: uuid
             * @description The assessment record's id.
             */
            id: string;
            /** @description 1 for the first assessment of the enrollment, 2 for the re-assessment after it, and so on. */
            sequence: number;
            /** @description Who assessed, e.g. Asesor LSP. */
            assessor: string;
            /**
             * Format: date
             * @description The day of the assessment.
             */
            assessedOn: string;
            /** @description Notes on the assessment; null for none. */
            notes: string | null;
            /** @description The units this assessment judged, with their results; empty for a program without units. */
            units: {
                /** @description The unit's SKKNI code, one of the scheme's. */
                code: string;
                /**
                 * @description The unit's result: competent (kompeten) or not yet competent (belum kompeten).
                 * @enum {string}
                 */
                result: "competent" | "not_yet_competent";
            }[];
            /**
             * @description The overall result once this assessment was counted.
             * @enum {string}
             */
            result: "competent" | "not_yet_competent";
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            recordedAt: string;
            /** @description Who recorded it. */
            recordedBy: string;
        };
        BulkEnrollPreview: {
            /**
             * @description Always true: nothing was written.
             * @constant
             */
            dryRun: true;
            /** @description Whether the same request without dryRun would enrol every inmate (all or none). */
            admissible: boolean;
            /** @description One entry per inmate, in the request's order. */
            items: {
                /** @description The inmate's position in inmateIds, from 0. */
                index: number;
                /**
                 * Format: uuid
                 * @description The inmate.
                 */
                inmateId: string;
                /** @description Whether the inmate would be enrolled. */
                eligible: boolean;
                /** @description Why not; null when eligible. */
                refusal: {
                    /** @description The refusal's code, e.g. enrollment/domicile-not-eligible or validation/reference. */
                    code: string;
                    /** @description The refusal in plain words. */
                    message: string;
                    /** @description The request field it concerns, e.g. inmateIds.3. */
                    field: string;
                } | null;
                /** @description Warnings that would not refuse the enrolment. */
                warnings: {
                    /** @description The warning's code, e.g. enrollment/release-before-end. */
                    code: string;
                    /** @description The warning in plain words. */
                    message: string;
                }[];
            }[];
        };
        BulkEnrolled: {
            /** @description The enrollments made, in the request's order, each with its warnings. */
            items: components["schemas"]["Enrolled"][];
        };
        BulkEnroll: {
            /** @description The inmates to enrol, 1 to 500, each once; checked in this order (capacity fills in order). */
            inmateIds: string[];
            /** @description When true nothing is written: the answer gives each inmate's eligibility, refusal and warnings. */
            dryRun?: boolean;
        };
        BulkEnrollments: {
            /** @description The enrollments written, in the request's order. */
            items: components["schemas"]["Enrollment"][];
        };
        BulkAttendance: {
            /**
             * Format: date
             * @description The day of the session, within the cohort's dates.
             */
            sessionDate: string;
            /** @description Presence per enrollment, 1 to 500, each enrollment once (a mark replaces that day's earlier one). */
            marks: {
                /**
                 * Format: uuid
                 * @description The enrollment (of this cohort).
                 */
                enrollmentId: string;
                /** @description Whether the inmate attended the session. */
                present: boolean;
                /** @description Optional: the enrollment's revision as read (its ETag without quotes); if it has changed since, the whole batch is refused and nothing is written. */
                revision?: number;
            }[];
        };
        BulkAssess: {
            /** @description The assessments, 1 to 500, each enrollment once. */
            assessments: {
                /**
                 * Format: uuid
                 * @description The enrollment (of this cohort).
                 */
                enrollmentId: string;
                /** @description Optional: the enrollment's revision as read (its ETag without quotes); if it has changed since, the whole batch is refused and nothing is written. */
                revision?: number;
                /** @description For a certified program, the units judged and their results: every unit at the first assessment, or only those re-assessed later (the others keep their latest result). */
                units?: components["schemas"]["UnitResult"][];
                /**
                 * @description For a program without competency units only: the overall result.
                 * @enum {string}
                 */
                result?: "competent" | "not_yet_competent";
                /** @description Who assessed, e.g. Asesor LSP. */
                assessor: string;
                /**
                 * Format: date
                 * @description The day of the assessment.
                 */
                assessedOn: string;
                /** @description Notes on the assessment. */
                notes?: string;
            }[];
        };
        Certificate: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description Sinergi's certificate number, SNG/<year>/<sequence>. */
            number: string;
            /** @description The issuer's own number (the LSP's registration or blanko number); null when it gives none. */
            issuerNumber: string | null;
            /**
             * Format: uuid
             * @description The completed enrollment it certifies.
             */
            enrollmentId: string;
            /** @description The certification scheme's name. */
            schemeName: string;
            /** @description The scheme's type (kkni, okupasi, klaster); null for a certificate issued before types were kept. */
            schemeType: components["schemas"]["SchemeType"] | null;
            /** @description The competency certified (the program's name and field). */
            competency: string;
            /** @description The KKNI level (1 to 9), when the scheme has one; null otherwise. */
            level: number | null;
            /** @description The competency units certified, each with its SKKNI code and title. */
            units: components["schemas"]["CertifiedUnit"][];
            /** @description The certification body (LSP) that issued it. */
            issuerPartnerId: string | null;
            /** @description The holder's name. */
            holderName: string;
            /**
             * Format: date
             * @description The day it was issued.
             */
            issuedOn: string;
            /** @description The last day it is valid; null when it does not expire. */
            validUntil: string | null;
            /** @description Its stored state. */
            status: components["schemas"]["CertificateState"];
            /** @description Whether it is valid today. */
            statusToday: components["schemas"]["CertificateStatusToday"];
            /** @description Why it was revoked; null unless revoked. */
            revokedReason: string | null;
            /** @description The day it was revoked; null unless revoked. */
            revokedOn: string | null;
            /** @description The unguessable code of its public check (and of its QR link). */
            verificationCode: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
        };
        IssueCertificate: {
            /**
             * Format: date
             * @description The day of issue; by default today in the facility's time zone.
             */
            issuedOn?: string;
            /** @description The issuer's own number, as printed on its certificate (LSP registration or blanko number). */
            issuerNumber?: string;
        };
        /** @enum {string} */
        CertificateState: "issued" | "revoked";
        RevokeCertificate: {
            /** @description Why it is revoked. */
            reason: string;
        };
        /** @enum {string} */
        SchemeType: "kkni" | "okupasi" | "klaster";
        CertifiedUnit: {
            /** @description The unit's SKKNI code, e.g. I.56PAR00.001.2 (upper-case letters and digits in dotted parts). */
            code: string;
            /** @description The unit's title, as the SKKNI words it. */
            title: string;
        };
        /** @enum {string} */
        CertificateStatusToday: "valid" | "expired" | "revoked";
        /** @enum {string} */
        Role: "national_admin" | "regional_admin" | "facility_admin" | "facility_staff" | "viewer" | "partner_system";
        UserWithOneTimePassword: {
            /**
             * Format: uuid
             * @description The record's id (a UUID).
             */
            id: string;
            /** @description The person's email address, their sign-in name (kept in lower case). */
            email: string;
            /** @description The person's name. */
            name: string;
            /** @description What the person may do. */
            role: components["schemas"]["Role"];
            /** @description Where they may do it: nationwide, one regional office or one facility. */
            scope: components["schemas"]["Scope"];
            /**
             * @description Whether the account can sign in now.
             * @enum {string}
             */
            status: "active" | "locked" | "disabled";
            /** @description True while the person holds a one-time password and must choose their own. */
            mustChangePassword: boolean;
            /** @description Until when repeated failed sign-ins lock the account; null when not locked. */
            lockedUntil: string | null;
            /** @description When an admin disabled the account; null when enabled. */
            disabledAt: string | null;
            /** @description The last successful sign-in; null if never. */
            lastSignInAt: string | null;
            /**
             * Format: date-time
             * @description When the password was last set.
             */
            passwordChangedAt: string;
            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
            revision: number;
            /**
             * Format: date-time
             * @description When the record was created (ISO 8601 instant).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed (ISO 8601 instant).
             */
            updatedAt: string;
            /** @description The one-time password to hand over: shown in this response only. */
            oneTimePassword: string;
        };
        CreateUser: {
            /**
             * Format: email
             * @description The person's email address, their sign-in name (kept in lower case).
             */
            email: string;
            /** @description The person's name. */
            name: string;
            /** @description A password of at least 12 characters; without one the server makes a one-time password. */
            password?: string;
            /** @description What the person may do. */
            role: components["schemas"]["Role"];
            /** @description Where they may do it: nationwide, one regional office or one facility. */
            scope: components["schemas"]["Scope"];
        };
        UpdateUser: {
            /** @description The person's name. */
            name?: string;
            /** @description What the person may do. */
            role?: components["schemas"]["Role"];
            /** @description Where they may do it: nationwide, one regional office or one facility. */
            scope?: components["schemas"]["Scope"];
        };
        Scope: {
            /**
             * @description The whole country.
             * @constant
             */
            kind: "national";
        } | {
            /**
             * @description One regional office (Kanwil) and the facilities under it.
             * @constant
             */
            kind: "regional";
            /**
             * Format: uuid
             * @description The regional office.
             */
            regionalOfficeId: string;
        } | {
            /**
             * @description One facility (Rutan, Lapas, LPKA).
             * @constant
             */
            kind: "facility";
            /**
             * Format: uuid
             * @description The facility.
             */
            facilityId: string;
        } | {
            /**
             * @description What concerns one partner and its child agencies (an external system's key).
             * @constant
             */
            kind: "partner";
            /**
             * Format: uuid
             * @description The partner.
             */
            partnerId: string;
        };
        /** @enum {string} */
        Permission: "organisation:read" | "organisation:write" | "engagements:read" | "engagements:write" | "agreements:read" | "agreements:write" | "agreements:sign" | "agreements:terminate" | "training:read" | "training:write" | "inmates:read" | "inmates:write" | "inmates:personal-data" | "inmates:export" | "certificates:read" | "statistics:read" | "reports:read" | "reports:regenerate" | "alerts:read" | "certificates:issue" | "certificates:revoke" | "audit:read" | "users:manage" | "api-keys:manage";
        ResidentStatistics: {
            /** @description The area counted: a province or regency/city code. */
            areaCode: string;
            /** @description The area's name. */
            areaName: string;
            /**
             * Format: date
             * @description The day counted.
             */
            on: string;
            /** @description Counts from 1 to this minus one are withheld as null, with any cell they could be derived from; null when this caller sees every count. */
            suppressedBelow: number | null;
            /** @description Residents of the area across every facility. */
            total: {
                /** @description Inmates whose domicile (recorded, else the NIK's) lies in the area; null: withheld. */
                registered: number | null;
                /** @description Of them, remand detainees; null: withheld. */
                detainees: number | null;
                /** @description Of them, convicts; null: withheld. */
                convicts: number | null;
                /** @description Of them, men; null: withheld. */
                male: number | null;
                /** @description Of them, women; null: withheld. */
                female: number | null;
                /** @description Of them, enrolled in a cohort now; null: withheld. */
                inTraining: number | null;
                /** @description Of them, with at least one completed enrollment; null: withheld. */
                completedTraining: number | null;
                /** @description Of them, holding a certificate valid on the day counted; null: withheld. */
                certified: number | null;
            };
            /** @description Counts by facility (for a partner system, the facilities it holds agreements with). */
            facilities: {
                /**
                 * Format: uuid
                 * @description The facility.
                 */
                facilityId: string;
                /** @description The facility's name. */
                facilityName: string;
                /** @description Inmates whose domicile (recorded, else the NIK's) lies in the area; null: withheld. */
                registered: number | null;
                /** @description Of them, remand detainees; null: withheld. */
                detainees: number | null;
                /** @description Of them, convicts; null: withheld. */
                convicts: number | null;
                /** @description Of them, men; null: withheld. */
                male: number | null;
                /** @description Of them, women; null: withheld. */
                female: number | null;
                /** @description Of them, enrolled in a cohort now; null: withheld. */
                inTraining: number | null;
                /** @description Of them, with at least one completed enrollment; null: withheld. */
                completedTraining: number | null;
                /** @description Of them, holding a certificate valid on the day counted; null: withheld. */
                certified: number | null;
                /** @description The facility's latest population count, if any. */
                population: {
                    /**
                     * Format: date
                     * @description The day of the facility's latest population count on or before the day counted.
                     */
                    takenOn: string;
                    /** @description Inmates in the facility that day. */
                    total: number;
                    /** @description Of them, residents of the area (null: withheld). */
                    residents: number | null;
                } | null;
            }[];
            /** @description The other facilities' counts summed; null when there are none. */
            otherFacilities: {
                /** @description Inmates whose domicile (recorded, else the NIK's) lies in the area; null: withheld. */
                registered: number | null;
                /** @description Of them, remand detainees; null: withheld. */
                detainees: number | null;
                /** @description Of them, convicts; null: withheld. */
                convicts: number | null;
                /** @description Of them, men; null: withheld. */
                male: number | null;
                /** @description Of them, women; null: withheld. */
                female: number | null;
                /** @description Of them, enrolled in a cohort now; null: withheld. */
                inTraining: number | null;
                /** @description Of them, with at least one completed enrollment; null: withheld. */
                completedTraining: number | null;
                /** @description Of them, holding a certificate valid on the day counted; null: withheld. */
                certified: number | null;
            } | null;
        };
        /** @enum {string} */
        TimeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        Problem: {
            /** @description A URI naming the kind of problem: `urn:sinergi:problem:` followed by `code`. */
            type: string;
            /** @description A short summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description The machine-readable reason, e.g. `validation` or `agreement/not-signable`. */
            code: string;
            /** @description An explanation of this occurrence, in plain words. */
            detail?: string;
            /** @description Each invalid input field, for a validation problem. */
            errors?: {
                /** @description Where the invalid input is: a dotted path into the body (`signatories.0.name`), `query.<name>`, `path.<name>` or `header.<name>`; `(body)` for the whole body. */
                field: string;
                /** @description What is wrong with it, in plain words. */
                message: string;
                /** @description In a bulk request: why this item was refused, e.g. `enrollment/cohort-full`. */
                code?: string;
                /** @description In a bulk request: the refused item's position in its list, from 0. */
                index?: number;
            }[];
        };
        /** @enum {string} */
        FacilityClass: "I" | "II" | "IIA" | "IIB" | "III";
        /** @enum {string} */
        FacilitySpecialisation: "general" | "women" | "narcotics";
        FacilityHead: {
            /** @description The head's name. */
            name: string;
            /** @description The head's title, e.g. Kepala Rutan Kelas IIB Salatiga. */
            title?: string;
        };
        Contact: {
            /** @description The person's name, or the office's (e.g. Sekretariat Daerah). */
            name: string;
            /** @description Their position, e.g. Kepala Dinas or Kasubsi Bimkemas. */
            role?: string;
            /** @description A phone number, digits with an optional leading + (e.g. +62 298 123456). */
            phone?: string;
            /**
             * Format: email
             * @description An email address.
             */
            email?: string;
        };
        Attendee: {
            /** @description The person's name. */
            name: string;
            /** @description Their position, e.g. Wali Kota or Kepala Rutan. */
            role: string;
            /**
             * @description Which party they came for.
             * @enum {string}
             */
            side: "facility" | "partner";
        };
        CoverageRow: {
            /** @description Whether the row is a facility or a regional office. */
            kind: components["schemas"]["CoverageGrouping"];
            /**
             * Format: uuid
             * @description The facility's id, or the regional office's.
             */
            id: string;
            /** @description The facility's name, or the regional office's. */
            name: string;
            /**
             * Format: uuid
             * @description The row's regional office (its own id on a regional row).
             */
            regionalOfficeId: string;
            /** @description The row's regional office's name. */
            regionalOfficeName: string;
            /** @description How many facilities the row stands for: 1 on a facility row. */
            facilities: number;
            /** @description For each standard field, how many of the row's facilities have an agreement of their own in force today (active or expiring) that names it: 0 or 1 on a facility row. */
            covered: {
                [key: string]: number;
            };
        };
        Signatory: {
            /** @description The signatory's name. */
            name: string;
            /** @description Their position (jabatan), e.g. Wali Kota Medan or Kepala Rutan. */
            position: string;
            /**
             * @description Which party they sign for.
             * @enum {string}
             */
            side: "facility" | "partner";
            /**
             * @description Their civil servant number (NIP, 18 digits), when the paper shows it.
             * @example 197001011990031001
             */
            nip?: string;
            /**
             * @description signs (default) or witnesses (mengetahui).
             * @default signs
             * @enum {string}
             */
            role: "signs" | "witnesses";
        };
        SignedDocumentShown: {
            /** @description The stored document (download it from /documents/{id}/content); null for one filed before documents were stored. */
            documentId: string | null;
            /** @description The file's name. */
            fileName: string;
            /** @description Its content type, read from its bytes. */
            mediaType: string;
            /** @description Its SHA-256, computed by the server. */
            sha256: string;
        };
        RecordAccessShown: {
            /**
             * @description Whose records the partner may read while the PKS is in force.
             * @enum {string}
             */
            covers: "area_residents" | "participants";
            /** @description Whether NIK and birth date are shown unmasked too (Dukcapil needs the NIK). */
            personalData: boolean;
        };
        RecordAccess: {
            /**
             * @description Whose records the partner may read while the PKS is in force.
             * @enum {string}
             */
            covers: "area_residents" | "participants";
            /**
             * @description Whether NIK and birth date are shown unmasked too (Dukcapil needs the NIK).
             * @default false
             */
            personalData: boolean;
        };
        ChangeActionItem: {
            /**
             * Format: uuid
             * @description The activity changed.
             */
            id: string;
            /** @description What is to be done, e.g. Pemeriksaan kesehatan WBP. */
            activity?: string;
            /**
             * @description The field of cooperation it serves.
             * @example health
             * @example civil_registration
             */
            field?: string | components["schemas"]["StandardCooperationField"];
            /** @description What counts as done: an amount of a unit. */
            target?: components["schemas"]["ActionItemTarget"];
            /** @description When it is due; null when open-ended. */
            dueDate?: string | null;
            /** @description Evidence added to what it has. */
            evidence?: components["schemas"]["Evidence"][];
        };
        ActionItemTarget: {
            /** @description How much is to be done, in `unit`s (above 0). */
            amount: number;
            /** @description What is counted, e.g. orang or kunjungan. */
            unit: string;
        };
        Evidence: {
            /** @description What the evidence is, e.g. Daftar hadir pelatihan. */
            label: string;
            /**
             * Format: uri
             * @description A link to it, if any.
             */
            url?: string;
            /**
             * Format: uuid
             * @description A stored document (uploaded to /documents) that proves it, if any.
             */
            documentId?: string;
            /**
             * Format: date
             * @description The day it happened, if known.
             */
            date?: string;
        };
        /** @enum {string} */
        DocumentMediaType: "application/pdf" | "image/jpeg" | "image/png";
        CertificationScheme: {
            /**
             * Format: uuid
             * @description The certification body (LSP) that issues the certificates.
             */
            issuerPartnerId: string;
            /** @description The scheme's name, e.g. Skema Okupasi Barista. */
            name: string;
            /** @description The scheme's type: a KKNI qualification, a national occupation (okupasi) or a cluster (klaster). */
            schemeType: components["schemas"]["SchemeType"];
            /** @description The competency units assessed; an enrollment is competent when every one is. */
            competencyUnits: components["schemas"]["CompetencyUnit"][];
            /** @description The KKNI level (1 to 9): required for a KKNI scheme, optional otherwise. */
            level?: number;
            /** @description How many months a certificate stays valid; null when it does not expire (a BLK or Dinas training certificate). */
            validityMonths: number | null;
        };
        /** @enum {string} */
        ServedShare: "half" | "two-thirds";
        Instructor: {
            /** @description The instructor's name. */
            name: string;
            /** @description Their role or organisation, e.g. Instruktur BLK Medan. */
            role?: string;
        };
        EligibilityRules: {
            /** @description Only inmates of these legal statuses may enrol; any when absent. */
            legalStatuses?: components["schemas"]["LegalStatus"][];
            /** @description Only inmates domiciled in these regencies or cities may enrol; any when absent. */
            domicileRegencyCodes?: string[];
            /** @description Only inmates with at least this many days of their sentence left at the cohort's start may enrol (by the expected release; 0: not released before the start, which is refused anyway). */
            minRemainingSentenceDays?: number;
            /** @description Only convicts who have served this share of their sentence by the cohort's start may enrol (by the ½ or ⅔ date computed from their sentence facts; without them, refused). */
            minSentenceServed?: components["schemas"]["ServedShare"];
        };
        /** @enum {string} */
        Sex: "male" | "female";
        /** @enum {string} */
        DomicileSource: "record" | "nik";
        /** @enum {string} */
        NikValidation: "unverified" | "valid" | "invalid";
        /** @enum {string} */
        NikDiscrepancy: "sex" | "birthDate";
        SentenceFactsOutput: {
            /**
             * Format: date
             * @description The first day counted (detention before the verdict counts, so it may precede admission).
             */
            startDate: string;
            /** @description The sentence's length as the verdict states it. */
            length: components["schemas"]["TermLength"];
            /** @description Every remission granted so far; remissions count as time served. */
            remissions: components["schemas"]["RemissionGrant"][];
        };
        SentenceDates: {
            /**
             * Format: date
             * @description The day the whole sentence would be served without remission.
             */
            fullTermEnd: string;
            /** @description Days the remissions take off, counted back from the full-term end. */
            remissionDays: number;
            /**
             * Format: date
             * @description The first day on which half the sentence counts as served (remissions included).
             */
            halfServedOn: string;
            /**
             * Format: date
             * @description The first day on which two thirds count as served (remissions included).
             */
            twoThirdsServedOn: string;
            /**
             * Format: date
             * @description The full-term end less the remissions (ekspirasi).
             */
            expectedRelease: string;
        };
        SentenceFacts: {
            /**
             * Format: date
             * @description The first day counted (detention before the verdict counts, so it may precede admission).
             */
            startDate: string;
            /** @description The sentence's length as the verdict states it. */
            length: components["schemas"]["TermLength"];
            /**
             * @description Every remission granted so far; remissions count as time served.
             * @default []
             */
            remissions: components["schemas"]["RemissionGrant"][];
        };
        UnitResult: {
            /** @description The unit's SKKNI code, one of the scheme's. */
            code: string;
            /**
             * @description The unit's result: competent (kompeten) or not yet competent (belum kompeten).
             * @enum {string}
             */
            result: "competent" | "not_yet_competent";
        };
        /** @enum {string} */
        CoverageGrouping: "facility" | "regionalOffice";
        CompetencyUnit: {
            /** @description The unit's SKKNI code, e.g. I.56PAR00.001.2 (upper-case letters and digits in dotted parts). */
            code: string;
            /** @description The unit's title, as the SKKNI words it. */
            title: string;
        };
        TermLength: {
            /** @description Whole years of the sentence. */
            years: number;
            /** @description Further months (0-11 as verdicts state them; more is accepted). */
            months: number;
            /** @description Further days. */
            days: number;
        };
        RemissionGrant: {
            /**
             * Format: date
             * @description The day the remission was granted (its decree's date); within the sentence.
             */
            grantedOn: string;
            /** @description Months taken off. */
            months: number;
            /** @description Further days taken off. */
            days: number;
        };
    };
    responses: never;
    parameters: {
        /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
        IfMatch: string;
        /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
        IdempotencyKey: string;
        /** @description How many items a page holds at most. */
        Limit: number;
        /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
        Cursor: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Locked after repeated failures, or rate-limited */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegionalOffices: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those in this province (two-digit Kemendagri code, e.g. 33). */
                provinceCode?: string;
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of regional offices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["RegionalOffice"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRegionalOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionalOffice"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalOffice"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegionalOffice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The regional office */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalOffice"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRegionalOffice: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegionalOffice"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalOffice"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFacilities: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only these records: ids separated by commas, at most 200. */
                ids?: string;
                /** @description Only those under this regional office (Kanwil). */
                regionalOfficeId?: string;
                /** @description Only those of this kind. */
                kind?: components["schemas"]["FacilityKind"];
                /** @description Only those in this regency or city (Kemendagri code, e.g. 33.73). */
                regencyCode?: string;
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of facilities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Facility"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFacility: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacility"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The facility */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFacility: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacility"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Facility"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPopulationSnapshots: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description From this date (inclusive). */
                from?: string;
                /** @description Up to this date (inclusive). */
                to?: string;
            };
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snapshots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["PopulationSnapshot"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPopulationSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePopulationSnapshot"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationSnapshot"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFacilityLicences: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those with this status. */
                status?: components["schemas"]["LicenceState"];
                /** @description Only licences of this type. */
                type?: components["schemas"]["LicenceType"];
            };
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of licences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Licence"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFacilityLicence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLicence"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLicences: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those with this status. */
                status?: components["schemas"]["LicenceState"];
                /** @description Only licences of this type. */
                type?: components["schemas"]["LicenceType"];
                /** @description Only licences whose expiry date is at most this many days after today in their facility's own time zone (those already past it included): `90` for the ones to renew soon. */
                expiresWithinDays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of licences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /**
                             * Format: uuid
                             * @description The record's id (a UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description The facility holding the licence.
                             */
                            facilityId: string;
                            /** @description What the licence is for. */
                            type: components["schemas"]["LicenceType"];
                            /** @description The licence's number as issued; null until granted. */
                            number: string | null;
                            /** @description Who issues it, e.g. Dinas Kesehatan Kota Salatiga. */
                            issuer: string;
                            /** @description Its stored state. */
                            status: components["schemas"]["LicenceState"];
                            /** @description Its state today in the facility's time zone: a granted licence past its expiry reads expired. */
                            statusToday: components["schemas"]["LicenceState"];
                            /** @description When it was applied for, if known. */
                            appliedOn: string | null;
                            /** @description When it was granted; null until then. */
                            grantedOn: string | null;
                            /** @description When it expires; null for one that does not. */
                            expiresOn: string | null;
                            /** @description Why it was revoked; null unless revoked. */
                            revokedReason: string | null;
                            /** @description Free notes. */
                            notes: string | null;
                            /** @description The licence's scan: a stored document uploaded to /documents that the caller can see; null for none. */
                            documentId: string | null;
                            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
                            revision: number;
                            /**
                             * Format: date-time
                             * @description When the record was created (ISO 8601 instant).
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the record last changed (ISO 8601 instant).
                             */
                            updatedAt: string;
                            /** @description The facility the licence belongs to. */
                            facilityName: string;
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The licence */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLicence: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLicence"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicenceHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryWithTimes"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadLicenceScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded, with its sniffed content type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    grantLicence: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantLicence"];
            };
        };
        responses: {
            /** @description The licence after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeLicence: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeLicence"];
            };
        };
        responses: {
            /** @description The licence after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    expireLicence: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The licence after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only these records: ids separated by commas, at most 200. */
                ids?: string;
                /** @description Only those of this kind. */
                kind?: components["schemas"]["PartnerKind"];
                /** @description Only the child agencies of this partner (e.g. the Dinas of a Pemerintah Kota). */
                parentId?: string;
                /** @description `true`: only partners with no parent agency above them, the register's top level; `parentId` lists what is below each. */
                topLevel?: "true" | "false";
                /** @description Only those in this area or inside it (a province, regency or district code). */
                areaCode?: string;
                /** @description Only those in this cooperation field (a code such as `health`). */
                field?: string | components["schemas"]["StandardCooperationField"];
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of partners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Partner"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartner"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartner"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAreas: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only areas of this level. */
                level?: "province" | "regency" | "district";
                /** @description Only the areas directly under this one (its code). */
                parent?: string;
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of areas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /** @description The official Kemendagri code. */
                            code: string;
                            /**
                             * @description Province, regency or city, or district.
                             * @enum {string}
                             */
                            level: "province" | "regency" | "district";
                            /** @description The official name, e.g. Kota Salatiga. */
                            name: string;
                            /** @description The code of the area it lies in; null for a province. */
                            parentCode: string | null;
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEngagements: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
                /** @description Only those with this partner as a party. */
                partnerId?: string;
                /** @description Only those of this kind. */
                kind?: components["schemas"]["EngagementKind"];
                /** @description Only engagements held on or after this date. */
                from?: string;
                /** @description Only engagements held on or before this date. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of engagements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Engagement"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEngagement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEngagement"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Engagement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The engagement */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Engagement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteEngagement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEngagement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEngagement"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Engagement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollowUps: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
                /** @description Only the follow-ups promised at this engagement. */
                engagementId?: string;
                /** @description Only those with this status. */
                status?: components["schemas"]["FollowUpState"];
                /** @description `true`: only those past their due date and still open, judged in the facility's time zone. */
                overdue?: "true" | "false";
                /** @description Only follow-ups owned by this person (exact name). */
                ownerName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of follow-ups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["FollowUp"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFollowUp"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The follow-up */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFollowUp: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFollowUp"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeFollowUp: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteFollowUp"];
            };
        };
        responses: {
            /** @description The follow-up after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dropFollowUp: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DropFollowUp"];
            };
        };
        responses: {
            /** @description The follow-up after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryWithTimes"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                /** @description One row per facility (the default), or one per regional office summing its facilities. */
                groupBy?: "facility" | "regionalOffice";
                /** @description Only the facilities of this regional office. */
                regionalOfficeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coverage matrix */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countAgreementsEndingSoon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndingSoonCounts"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those of this kind. */
                kind?: components["schemas"]["AgreementKind"];
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
                /** @description Only those under this regional office (Kanwil). */
                regionalOfficeId?: string;
                /** @description Only those with this partner as a party. */
                partnerId?: string;
                /** @description Only those in this state of their lifecycle. */
                state?: components["schemas"]["AgreementState"];
                /** @description Only those with this status. */
                status?: components["schemas"]["AgreementStatus"];
                /** @description Only agreements ending before this date (exclusive). */
                endBefore?: string;
                /** @description Only agreements ending after this date (exclusive). */
                endAfter?: string;
                /** @description Only agreements signed on or after this local day (the day on the paper). */
                signedFrom?: string;
                /** @description Only agreements signed on or before this local day (the day on the paper). */
                signedTo?: string;
                /** @description Only those in this cooperation field (a code such as `health`). */
                field?: string | components["schemas"]["StandardCooperationField"];
                /** @description Only the agreement that renews this one. */
                renewsId?: string;
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Agreement"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreement"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgreement"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreementHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryWithTimes"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreementVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every version, oldest first; the last is the one in force. */
                        items: components["schemas"]["AgreementVersion"][];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The version number (1 for the agreement as first signed). */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordSignedAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAgreement"];
            };
        };
        responses: {
            /** @description The agreement, signed */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementMoveNote"];
            };
        };
        responses: {
            /** @description The agreement after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    negotiateAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementMoveNote"];
            };
        };
        responses: {
            /** @description The agreement after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreement"];
            };
        };
        responses: {
            /** @description The agreement after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    terminateAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateAgreement"];
            };
        };
        responses: {
            /** @description The agreement after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementMoveNote"];
            };
        };
        responses: {
            /** @description The agreement after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    amendAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendAgreement"];
            };
        };
        responses: {
            /** @description The amended agreement */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewAgreement"];
            };
        };
        responses: {
            /** @description The successor (a draft) */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionItems: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only those with this status. */
                status?: components["schemas"]["ActionItemStatus"];
            };
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of action items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["ActionItem"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionItem"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action item */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActionItem: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionItem"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    realisationsActionItem: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRealisation"];
            };
        };
        responses: {
            /** @description The action item after the change */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeActionItem: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementMoveNote"];
            };
        };
        responses: {
            /** @description The action item after the change */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelActionItem: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementMoveNote"];
            };
        };
        responses: {
            /** @description The action item after the change */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionItemAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every correction, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every correction, oldest first. */
                        items: components["schemas"]["RealisationAdjustment"][];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adjustActionItem: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
                /** @description The id of the action item (a UUID). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustRealisation"];
            };
        };
        responses: {
            /** @description The action item after the correction */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItem"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreementOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement's outcomes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The agreement.
                         */
                        agreementId: string;
                        /** @description Cohorts (not cancelled) of the programs it funds, anywhere. */
                        cohortsFunded: number;
                        /** @description People enrolled in those cohorts. */
                        enrolled: number;
                        /** @description Of them, those who completed. */
                        completed: number;
                        /** @description Of them, those holding a certificate not revoked. */
                        certified: number;
                        /** @description The cohorts one by one, latest start first (at most 100). */
                        cohorts: {
                            /**
                             * Format: uuid
                             * @description The cohort.
                             */
                            cohortId: string;
                            /** @description The cohort's name. */
                            name: string;
                            /**
                             * Format: uuid
                             * @description The program the agreement funds.
                             */
                            programId: string;
                            /** @description The program's name. */
                            programName: string;
                            /**
                             * Format: uuid
                             * @description Where the cohort runs.
                             */
                            facilityId: string;
                            /**
                             * Format: date
                             * @description Its first day.
                             */
                            startDate: string;
                            /** @description Its state (open, running, completed, …). */
                            state: string;
                            /** @description People enrolled in the cohort. */
                            enrolled: number;
                            /** @description Of them, those who completed. */
                            completed: number;
                            /** @description Of them, those holding a certificate not revoked. */
                            certified: number;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query: {
                /** @description What the document is. */
                purpose: components["schemas"]["DocumentPurpose"];
                /** @description The file's name, for a raw upload (a multipart part carries its own). */
                fileName?: string;
                /** @description The facility it belongs to (default: the uploader's facility). */
                facilityId?: string;
                /** @description The regional office it belongs to (default: the uploader's office). */
                regionalOfficeId?: string;
            };
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The file: a multipart part named `file`, or the raw bytes. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (PDF, JPEG or PNG).
                     */
                    file: string;
                };
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document is larger than 20 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The uploaded content is not of an accepted type (PDF, JPEG or PNG, read from its bytes) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document's facts */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded, with its sniffed content type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only programs of this track. */
                track?: components["schemas"]["ProgramTrack"];
                /** @description Only those in this cooperation field (a code such as `health`). */
                field?: string;
                /** @description Only programs given by this partner. */
                providerPartnerId?: string;
                /** @description Only programs funded under this agreement. */
                fundingAgreementId?: string;
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Program"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgram"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgram"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCohorts: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only cohorts of this program. */
                programId?: string;
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
                /** @description Only those in this state of their lifecycle. */
                state?: components["schemas"]["CohortState"];
                /** @description Only cohorts still running on or after this date (ending on or after it). */
                from?: string;
                /** @description Only cohorts started on or before this date. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cohorts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Cohort"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohort"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohort */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCohort: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCohort"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCohortHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The moves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every move, oldest first. */
                        items: components["schemas"]["CohortHistoryEntry"][];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openCohort: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortMoveNote"];
            };
        };
        responses: {
            /** @description The cohort after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCohort: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortMoveNote"];
            };
        };
        responses: {
            /** @description The cohort after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeCohort: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortMoveNote"];
            };
        };
        responses: {
            /** @description The cohort after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCohort: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCohort"];
            };
        };
        responses: {
            /** @description The cohort after the move */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInmates: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description The order: a field name for ascending, `-` and the name for descending. */
                sort?: string;
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
                /** @description Only inmates with this legal status (detainee or convict). */
                legalStatus?: components["schemas"]["LegalStatus"];
                /** @description Only inmates whose domicile is this regency or city (e.g. 12.71). */
                domicileRegencyCode?: string;
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inmates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Inmate"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInmate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInmate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inmate"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInmate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inmate */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inmate"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInmate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInmate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inmate"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportInmate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When the export was made (ISO 8601 instant). */
                        exportedAt: string;
                        /** @description The inmate's record, personal data unmasked. */
                        inmate: {
                            [key: string]: unknown;
                        };
                        /** @description Every enrollment of the inmate, with its attendance. */
                        enrollments: {
                            [key: string]: unknown;
                        }[];
                        /** @description Every certificate issued to the inmate, revoked ones included. */
                        certificates: {
                            [key: string]: unknown;
                        }[];
                        /** @description Every lifecycle move of the inmate's enrollments. */
                        history: {
                            [key: string]: unknown;
                        }[];
                        /** @description Who read, changed or exported the record, and when (from the audit log). */
                        audit: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupInmatesByNik: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 16-digit NIK to look for. */
                    nik: string;
                };
            };
        };
        responses: {
            /** @description The matching inmates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The inmates in the caller's scope with this NIK, masked as in lists. */
                        items: components["schemas"]["Inmate"][];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enrollInmate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Enroll"];
            };
        };
        responses: {
            /** @description Enrolled, with any warnings */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrolled"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnrollments: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only enrollments in this cohort. */
                cohortId?: string;
                /** @description Only this inmate's enrollments. */
                inmateId?: string;
                /** @description Only those in this state of their lifecycle. */
                state?: components["schemas"]["EnrollmentState"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of enrollments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Enrollment"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnrollmentHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moves, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntry"][];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendance"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Assess"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndEnrollment"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndEnrollment"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseEnrollment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndEnrollment"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnrollmentAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessments, first to last */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every assessment, first to last. */
                        items: components["schemas"]["AssessmentRecord"][];
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enrollInmates: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkEnroll"];
            };
        };
        responses: {
            /** @description The dry run: each inmate's eligibility, refusal and warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEnrollPreview"];
                };
            };
            /** @description Every inmate enrolled, each with its warnings */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEnrolled"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordSessionAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAttendance"];
            };
        };
        responses: {
            /** @description Every enrollment as it now reads */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEnrollments"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessEnrollments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssess"];
            };
        };
        responses: {
            /** @description Every enrollment as it now reads */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEnrollments"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificate"];
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only certificates issued by this partner (the certification body). */
                issuerPartnerId?: string;
                /** @description Only those with this status. */
                status?: components["schemas"]["CertificateState"];
                /** @description Only those of this facility. A facility the caller cannot see finds nothing, like an unknown id. */
                facilityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of certificates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["Certificate"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificateHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moves, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntry"][];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCertificate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificate"];
            };
        };
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificatePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate as a PDF */
            200: {
                headers: {
                    /** @description Entity tag of the certificate's revision the PDF shows. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findCertificate: {
        parameters: {
            query: {
                /** @description The verification code as printed (any case, spaces or hyphens allowed), or the whole link the certificate's QR code holds. */
                ref: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certified facts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sinergi's certificate number, SNG/<year>/<sequence>. */
                        number: string;
                        /** @description The issuer's own number (the LSP's registration or blanko number); null when it gives none. */
                        issuerNumber: string | null;
                        /** @description The holder's name. */
                        holderName: string;
                        /** @description The competency certified (the program's name and field). */
                        competency: string;
                        /** @description The scheme's type (kkni, okupasi, klaster); null for a certificate issued before types were kept. */
                        schemeType: components["schemas"]["SchemeType"] | null;
                        /** @description The KKNI level (1 to 9), when the scheme has one; null otherwise. */
                        level: number | null;
                        /** @description The certification scheme's name. */
                        schemeName: string;
                        /** @description The competency units certified, each with its SKKNI code and title. */
                        units: components["schemas"]["CertifiedUnit"][];
                        /** @description The certification body's name. */
                        issuer: string | null;
                        /** @description The day it was issued. */
                        issuedOn: string;
                        /** @description The last day it is valid; null when it does not expire. */
                        validUntil: string | null;
                        /** @description Whether it is valid today. */
                        status: components["schemas"]["CertificateStatusToday"];
                        /** @description Why it was revoked; null unless revoked. */
                        revokedReason: string | null;
                        /** @description The day it was revoked; null unless revoked. */
                        revokedOn: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many checks from this client */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate's verification code, as printed and in its QR link. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certified facts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Sinergi's certificate number, SNG/<year>/<sequence>. */
                        number: string;
                        /** @description The issuer's own number (the LSP's registration or blanko number); null when it gives none. */
                        issuerNumber: string | null;
                        /** @description The holder's name. */
                        holderName: string;
                        /** @description The competency certified (the program's name and field). */
                        competency: string;
                        /** @description The scheme's type (kkni, okupasi, klaster); null for a certificate issued before types were kept. */
                        schemeType: components["schemas"]["SchemeType"] | null;
                        /** @description The KKNI level (1 to 9), when the scheme has one; null otherwise. */
                        level: number | null;
                        /** @description The certification scheme's name. */
                        schemeName: string;
                        /** @description The competency units certified, each with its SKKNI code and title. */
                        units: components["schemas"]["CertifiedUnit"][];
                        /** @description The certification body's name. */
                        issuer: string | null;
                        /** @description The day it was issued. */
                        issuedOn: string;
                        /** @description The last day it is valid; null when it does not expire. */
                        validUntil: string | null;
                        /** @description Whether it is valid today. */
                        status: components["schemas"]["CertificateStatusToday"];
                        /** @description Why it was revoked; null unless revoked. */
                        revokedReason: string | null;
                        /** @description The day it was revoked; null unless revoked. */
                        revokedOn: string | null;
                    };
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many checks from this client */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only users with this role. */
                role?: components["schemas"]["Role"];
                /** @description Text to search for (1 to 100 characters, case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: components["schemas"]["User"][];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithOneTimePassword"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWithOneTimePassword"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /**
                             * Format: uuid
                             * @description The record's id (a UUID).
                             */
                            id: string;
                            /** @description What the key is for, e.g. Dasbor laporan Pemko Medan. */
                            name: string;
                            /** @description The key's first characters, to tell keys apart (the rest is never shown again). */
                            prefix: string;
                            /** @description The role the key acts with; partner_system for a partner's system. */
                            role: components["schemas"]["Role"];
                            /** @description Where the key may act: a partner (and its child agencies), a facility or a regional office. */
                            scope: components["schemas"]["Scope"];
                            /** @description What the key may do: a subset of its role's permissions. */
                            permissions: components["schemas"]["Permission"][];
                            /** @description When the key stops working; null for never. */
                            expiresAt: string | null;
                            /** @description When the key was last used; null if never. */
                            lastUsedAt: string | null;
                            /** @description When the key was revoked; null while in use. */
                            revokedAt: string | null;
                            /** @description The id of the user who made it. */
                            createdBy: string;
                            /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
                            revision: number;
                            /**
                             * Format: date-time
                             * @description When the record was created (ISO 8601 instant).
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the record last changed (ISO 8601 instant).
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the key is for, e.g. Dasbor laporan Pemko Medan. */
                    name: string;
                    /**
                     * @description The role the key acts with; partner_system for a partner's system.
                     * @default partner_system
                     * @enum {string}
                     */
                    role?: "national_admin" | "regional_admin" | "facility_admin" | "facility_staff" | "viewer" | "partner_system";
                    /** @description Where the key may act: a partner (and its child agencies), a facility or a regional office. */
                    scope: components["schemas"]["Scope"];
                    /** @description What the key may do: a subset of its role's permissions. */
                    permissions: components["schemas"]["Permission"][];
                    /**
                     * @description When the key stops working; null for never.
                     * @default null
                     */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; `key` is shown only now */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The record's id (a UUID).
                         */
                        id: string;
                        /** @description What the key is for, e.g. Dasbor laporan Pemko Medan. */
                        name: string;
                        /** @description The key's first characters, to tell keys apart (the rest is never shown again). */
                        prefix: string;
                        /** @description The role the key acts with; partner_system for a partner's system. */
                        role: components["schemas"]["Role"];
                        /** @description Where the key may act: a partner (and its child agencies), a facility or a regional office. */
                        scope: components["schemas"]["Scope"];
                        /** @description What the key may do: a subset of its role's permissions. */
                        permissions: components["schemas"]["Permission"][];
                        /** @description When the key stops working; null for never. */
                        expiresAt: string | null;
                        /** @description When the key was last used; null if never. */
                        lastUsedAt: string | null;
                        /** @description When the key was revoked; null while in use. */
                        revokedAt: string | null;
                        /** @description The id of the user who made it. */
                        createdBy: string;
                        /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
                        revision: number;
                        /**
                         * Format: date-time
                         * @description When the record was created (ISO 8601 instant).
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the record last changed (ISO 8601 instant).
                         */
                        updatedAt: string;
                        /** @description The secret key, to send as `Authorization: Bearer <key>`: shown in this response only. */
                        key: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MB (an uploaded document: 20 MB) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The record's id (a UUID).
                         */
                        id: string;
                        /** @description What the key is for, e.g. Dasbor laporan Pemko Medan. */
                        name: string;
                        /** @description The key's first characters, to tell keys apart (the rest is never shown again). */
                        prefix: string;
                        /** @description The role the key acts with; partner_system for a partner's system. */
                        role: components["schemas"]["Role"];
                        /** @description Where the key may act: a partner (and its child agencies), a facility or a regional office. */
                        scope: components["schemas"]["Scope"];
                        /** @description What the key may do: a subset of its role's permissions. */
                        permissions: components["schemas"]["Permission"][];
                        /** @description When the key stops working; null for never. */
                        expiresAt: string | null;
                        /** @description When the key was last used; null if never. */
                        lastUsedAt: string | null;
                        /** @description When the key was revoked; null while in use. */
                        revokedAt: string | null;
                        /** @description The id of the user who made it. */
                        createdBy: string;
                        /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
                        revision: number;
                        /**
                         * Format: date-time
                         * @description When the record was created (ISO 8601 instant).
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the record last changed (ISO 8601 instant).
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the revision this change is based on, as read (e.g. `"3"`); `*` for any revision. Without it the write is refused with 428; if the resource changed since, with 412. Either way nothing changes. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The record's id (a UUID).
                         */
                        id: string;
                        /** @description What the key is for, e.g. Dasbor laporan Pemko Medan. */
                        name: string;
                        /** @description The key's first characters, to tell keys apart (the rest is never shown again). */
                        prefix: string;
                        /** @description The role the key acts with; partner_system for a partner's system. */
                        role: components["schemas"]["Role"];
                        /** @description Where the key may act: a partner (and its child agencies), a facility or a regional office. */
                        scope: components["schemas"]["Scope"];
                        /** @description What the key may do: a subset of its role's permissions. */
                        permissions: components["schemas"]["Permission"][];
                        /** @description When the key stops working; null for never. */
                        expiresAt: string | null;
                        /** @description When the key was last used; null if never. */
                        lastUsedAt: string | null;
                        /** @description When the key was revoked; null while in use. */
                        revokedAt: string | null;
                        /** @description The id of the user who made it. */
                        createdBy: string;
                        /** @description The record's revision, bumped by every change; its ETag is this number in quotes. */
                        revision: number;
                        /**
                         * Format: date-time
                         * @description When the record was created (ISO 8601 instant).
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the record last changed (ISO 8601 instant).
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag: the resource changed since it was read */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing: send the ETag read (or `*`); nothing was changed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only entries by this user or API key (its id). */
                actorId?: string;
                /** @description Only entries about this kind of resource (e.g. `agreement`). */
                resourceType?: string;
                /** @description Only entries about this record (its id). */
                resourceId?: string;
                /** @description Only entries at or after this instant. */
                from?: string;
                /** @description Only entries before this instant (exclusive). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /** @description The entry's number, increasing with time. */
                            id: number;
                            /**
                             * Format: date-time
                             * @description When it happened (ISO 8601 instant).
                             */
                            at: string;
                            /** @description Who did it: a user's or API key's id, `system` or `anonymous`. */
                            actorId: string;
                            /**
                             * @description What kind of actor it was.
                             * @enum {string}
                             */
                            actorKind: "user" | "api_key" | "system" | "anonymous";
                            /** @description What was done, e.g. create, update, delete, move:sign, read-personal-data, export, sign-in. */
                            action: string;
                            /** @description The kind of record, e.g. agreement or inmate. */
                            resourceType: string;
                            /** @description The record's id; null when there is none. */
                            resourceId: string | null;
                            /** @description The record before the change (personal data masked); null for a creation. */
                            before: unknown;
                            /** @description The record after the change (personal data masked); null for a deletion. */
                            after: unknown;
                            /** @description The id of the request that made the change (its X-Request-Id). */
                            requestId: string | null;
                            /** @description The facility the record belongs to, for scoping the log; null when none. */
                            facilityId: string | null;
                            /** @description The regional office the record belongs to, for scoping the log; null when none. */
                            regionalOfficeId: string | null;
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResidentStatistics: {
        parameters: {
            query?: {
                /** @description The domicile area counted (a province or a regency). */
                areaCode?: string;
                /** @description The day the figures are counted on (default today). */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of the area's residents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentStatistics"];
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state does not allow this, or it conflicts with another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only reports of this kind of scope. */
                scopeKind?: "facility" | "regional_office" | "national";
                /** @description Only the reports of this facility. */
                facilityId?: string;
                /** @description Only the reports of this regional office itself. */
                regionalOfficeId?: string;
                /** @description Only reports of this month or later (YYYY-MM). */
                from?: string;
                /** @description Only reports of this month or earlier (YYYY-MM). */
                to?: string;
                /** @description `true`: every revision; by default only each scope and month's latest. */
                allRevisions?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports (without their figures) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /**
                             * Format: uuid
                             * @description The report's id (one per revision).
                             */
                            id: string;
                            /**
                             * @description What the report covers.
                             * @enum {string}
                             */
                            scopeKind: "facility" | "regional_office" | "national";
                            /** @description The facility of a facility report; null otherwise. */
                            facilityId: string | null;
                            /** @description The regional office of an office report; null otherwise. */
                            regionalOfficeId: string | null;
                            /** @description The facility's or office's name; null for the national report. */
                            scopeName: string | null;
                            /** @description The zone the report's times (madeAt, dataCutOff) read in: its facility's, its regional office's province's, or WIB for the national report. */
                            timeZone: components["schemas"]["TimeZone"];
                            /** @description The calendar month, YYYY-MM, each facility in its own time zone. */
                            period: string;
                            /** @description 1 for the report the worker made; each regenerate makes the next. */
                            revision: number;
                            /** @description True when no later revision of the same scope and month exists. */
                            latest: boolean;
                            /**
                             * Format: date-time
                             * @description When this revision was made.
                             */
                            madeAt: string;
                            /**
                             * Format: date-time
                             * @description The instant the figures were read as of.
                             */
                            dataCutOff: string;
                            /** @description `worker:<name>` for the monthly pass, `user:<id>` for a regenerate. */
                            madeBy: string;
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: {
                /** @description The rendering: json (default), csv, xlsx or pdf; without it, the Accept header decides. */
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description The labels' language: id (Indonesian, the default) or en (English). */
                lang?: "id" | "en";
            };
            header?: never;
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The report's id (one per revision).
                         */
                        id: string;
                        /**
                         * @description What the report covers.
                         * @enum {string}
                         */
                        scopeKind: "facility" | "regional_office" | "national";
                        /** @description The facility of a facility report; null otherwise. */
                        facilityId: string | null;
                        /** @description The regional office of an office report; null otherwise. */
                        regionalOfficeId: string | null;
                        /** @description The facility's or office's name; null for the national report. */
                        scopeName: string | null;
                        /** @description The zone the report's times (madeAt, dataCutOff) read in: its facility's, its regional office's province's, or WIB for the national report. */
                        timeZone: components["schemas"]["TimeZone"];
                        /** @description The calendar month, YYYY-MM, each facility in its own time zone. */
                        period: string;
                        /** @description 1 for the report the worker made; each regenerate makes the next. */
                        revision: number;
                        /** @description True when no later revision of the same scope and month exists. */
                        latest: boolean;
                        /**
                         * Format: date-time
                         * @description When this revision was made.
                         */
                        madeAt: string;
                        /**
                         * Format: date-time
                         * @description The instant the figures were read as of.
                         */
                        dataCutOff: string;
                        /** @description `worker:<name>` for the monthly pass, `user:<id>` for a regenerate. */
                        madeBy: string;
                        /**
                         * @description Which figures `content` holds.
                         * @enum {string}
                         */
                        view: "full" | "partner";
                        /** @description The figures: for `full` the report content (scope, period, units, totals); for `partner` { scope, period, suppressedBelow, domicile, domicileTotal, outcomes } with withheld counts as null. Each domicile row names its area (`areaName`) beside its code. */
                        content: {
                            /** @description `full`: the units' figures summed, with the residents by domicile area. */
                            totals?: {
                                /** @description Residents by domicile area, each area named beside its code. */
                                domicile: {
                                    /** @description The Kemendagri code of the regency/city or district. */
                                    areaCode: string;
                                    /** @description The area's official name, read when the report is read; null for a code that is not an area. */
                                    areaName: string | null;
                                    /** @description Residents of the area held in the unit(s) during the month; null where withheld (partner view). */
                                    inmates: number | null;
                                    /** @description Of them, those enrolled in a cohort running in the month; null where withheld. */
                                    trained: number | null;
                                    /** @description Of them, those certified in the month; null where withheld. */
                                    certified: number | null;
                                }[];
                            };
                            /** @description `full`: each facility's (then the office's own) figures, with its residents by domicile area. */
                            units?: {
                                /** @description Residents by domicile area, each area named beside its code. */
                                domicile: {
                                    /** @description The Kemendagri code of the regency/city or district. */
                                    areaCode: string;
                                    /** @description The area's official name, read when the report is read; null for a code that is not an area. */
                                    areaName: string | null;
                                    /** @description Residents of the area held in the unit(s) during the month; null where withheld (partner view). */
                                    inmates: number | null;
                                    /** @description Of them, those enrolled in a cohort running in the month; null where withheld. */
                                    trained: number | null;
                                    /** @description Of them, those certified in the month; null where withheld. */
                                    certified: number | null;
                                }[];
                            }[];
                            /** @description `partner`: the residents of the partner's areas, small counts withheld. */
                            domicile?: {
                                /** @description The Kemendagri code of the regency/city or district. */
                                areaCode: string;
                                /** @description The area's official name, read when the report is read; null for a code that is not an area. */
                                areaName: string | null;
                                /** @description Residents of the area held in the unit(s) during the month; null where withheld (partner view). */
                                inmates: number | null;
                                /** @description Of them, those enrolled in a cohort running in the month; null where withheld. */
                                trained: number | null;
                                /** @description Of them, those certified in the month; null where withheld. */
                                certified: number | null;
                            }[];
                        };
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    regenerateReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new revision (without its figures) */
            201: {
                headers: {
                    /** @description Entity tag of the revision shown: send it back in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The report's id (one per revision).
                         */
                        id: string;
                        /**
                         * @description What the report covers.
                         * @enum {string}
                         */
                        scopeKind: "facility" | "regional_office" | "national";
                        /** @description The facility of a facility report; null otherwise. */
                        facilityId: string | null;
                        /** @description The regional office of an office report; null otherwise. */
                        regionalOfficeId: string | null;
                        /** @description The facility's or office's name; null for the national report. */
                        scopeName: string | null;
                        /** @description The zone the report's times (madeAt, dataCutOff) read in: its facility's, its regional office's province's, or WIB for the national report. */
                        timeZone: components["schemas"]["TimeZone"];
                        /** @description The calendar month, YYYY-MM, each facility in its own time zone. */
                        period: string;
                        /** @description 1 for the report the worker made; each regenerate makes the next. */
                        revision: number;
                        /** @description True when no later revision of the same scope and month exists. */
                        latest: boolean;
                        /**
                         * Format: date-time
                         * @description When this revision was made.
                         */
                        madeAt: string;
                        /**
                         * Format: date-time
                         * @description The instant the figures were read as of.
                         */
                        dataCutOff: string;
                        /** @description `worker:<name>` for the monthly pass, `user:<id>` for a regenerate. */
                        madeBy: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportRuns: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /**
                             * Format: uuid
                             * @description The run's id.
                             */
                            id: string;
                            /**
                             * @description What started the run.
                             * @enum {string}
                             */
                            kind: "pass" | "backfill" | "regenerate";
                            /** @description The worker process that ran it. */
                            worker: string;
                            /**
                             * Format: date-time
                             * @description When it started.
                             */
                            startedAt: string;
                            /** @description When it finished; null while running (or when it died: the next pass finishes the work). */
                            finishedAt: string | null;
                            /** @description How many reports it stored. */
                            reportsMade: number;
                            /** @description The reports it could not make, each with the reason. */
                            failures: {
                                /** @description The report that failed (scope and month). */
                                key: string;
                                /** @description Why, in plain words. */
                                reason: string;
                            }[];
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /** @description How many items a page holds at most. */
                limit?: components["parameters"]["Limit"];
                /** @description Where the page starts: the `nextCursor` of the page before, as given (opaque). Omit it for the first page; keep the other parameters as they were. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `true`: only the alerts the caller has not marked read. */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description This page's items, in the order asked for. */
                        items: {
                            /**
                             * Format: uuid
                             * @description The alert's id.
                             */
                            id: string;
                            /**
                             * @description What the alert is about.
                             * @enum {string}
                             */
                            kind: "agreement_ending" | "follow_up_overdue" | "licence_expiring" | "report_failed";
                            /** @description The facility it concerns; null when it concerns an office or the directorate. */
                            facilityId: string | null;
                            /** @description The regional office it concerns, if any. */
                            regionalOfficeId: string | null;
                            /** @description The agreement, follow-up, licence or report it is about. */
                            subjectId: string | null;
                            /** @description Facts for the message (e.g. the end date and days left). */
                            detail: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description When it was raised.
                             */
                            raisedAt: string;
                            /** @description Whether the caller has marked it read. */
                            read: boolean;
                            /** @description When the caller marked it read; null while unread. */
                            readAt: string | null;
                        }[];
                        /** @description Pass it as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAlertRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of your choosing (1 to 255 characters) that makes a retry safe for a day: the same key with the same body answers the first answer again (status, headers and body) without doing anything; with another body it is 422; while the first is still running, 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The id of the resource (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert, already marked read by the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The alert's id.
                         */
                        id: string;
                        /**
                         * @description What the alert is about.
                         * @enum {string}
                         */
                        kind: "agreement_ending" | "follow_up_overdue" | "licence_expiring" | "report_failed";
                        /** @description The facility it concerns; null when it concerns an office or the directorate. */
                        facilityId: string | null;
                        /** @description The regional office it concerns, if any. */
                        regionalOfficeId: string | null;
                        /** @description The agreement, follow-up, licence or report it is about. */
                        subjectId: string | null;
                        /** @description Facts for the message (e.g. the end date and days left). */
                        detail: {
                            [key: string]: unknown;
                        };
                        /**
                         * Format: date-time
                         * @description When it was raised.
                         */
                        raisedAt: string;
                        /** @description Whether the caller has marked it read. */
                        read: boolean;
                        /** @description When the caller marked it read; null while unread. */
                        readAt: string | null;
                    };
                };
            };
            /** @description The alert, now marked read by the caller */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The alert's id.
                         */
                        id: string;
                        /**
                         * @description What the alert is about.
                         * @enum {string}
                         */
                        kind: "agreement_ending" | "follow_up_overdue" | "licence_expiring" | "report_failed";
                        /** @description The facility it concerns; null when it concerns an office or the directorate. */
                        facilityId: string | null;
                        /** @description The regional office it concerns, if any. */
                        regionalOfficeId: string | null;
                        /** @description The agreement, follow-up, licence or report it is about. */
                        subjectId: string | null;
                        /** @description Facts for the message (e.g. the end date and days left). */
                        detail: {
                            [key: string]: unknown;
                        };
                        /**
                         * Format: date-time
                         * @description When it was raised.
                         */
                        raisedAt: string;
                        /** @description Whether the caller has marked it read. */
                        read: boolean;
                        /** @description When the caller marked it read; null while unread. */
                        readAt: string | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, or an invalid query or path parameter (`errors` names each) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the API key is unknown, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or outside the caller's scope (the two read alike) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
