package org.borderliaison.agreement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderliaison.agreement.AgreementKind;
import org.borderliaison.agreement.AgreementSignatory;
import org.borderliaison.agreement.AgreementStatus;
import org.borderliaison.agreement.domain.AgreementCommand;
import org.borderliaison.shared.CooperationField;
import org.borderliaison.shared.web.ApiDescriptions;

/** Request bodies of the agreement API. Field names match the form's, so errors name the same fields. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    /** Validation group of an update, which must say which version it was made on. */
    interface OnUpdate {
    }

    /**
     * An agreement to create (POST) or the new content of one (PUT, with {@code version}). {@code status}
     * is DRAFT or IN_FORCE; on an update, absent keeps the current one.
     */
    @Schema(name = "AgreementRequest")
    record Write(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = ApiDescriptions.VERSION_ON_UPDATE)
            @NotNull(groups = OnUpdate.class) Long version,
            @NotBlank @Size(max = 500) String titleVi,
            @Size(max = 500) String titlePartner,
            @NotNull AgreementKind kind,
            @Size(max = 100) String referenceNumber,
            AgreementStatus status,
            LocalDate signedOn,
            @Size(max = 300) String signingPlace,
            LocalDate validFrom,
            LocalDate validTo,
            @NotNull @Valid List<PartyRef> parties,
            @Valid List<Signer> signatories,
            Set<CooperationField> fields,
            @Schema(description = ApiDescriptions.LINK_ON_PUT) Long replacesId,
            @Size(max = 4000) String summary) {

        AgreementCommand command(AgreementStatus defaultStatus) {
            return new AgreementCommand(titleVi, titlePartner, kind, referenceNumber, status == null ? defaultStatus : status,
                    signedOn, signingPlace, validFrom, validTo,
                    parties == null ? List.of() : parties.stream().map(PartyRef::agencyId).toList(),
                    signatories == null ? List.of() : signatories.stream().map(Signer::toSignatory).toList(),
                    fields, replacesId, summary);
        }
    }

    /** A party, named by its agency. */
    @Schema(name = "AgreementPartyRequest")
    record PartyRef(@NotNull Long agencyId) {
    }

    @Schema(name = "AgreementSignerRequest")
    record Signer(@NotBlank @Size(max = 200) String name, @Size(max = 100) String rank, @Size(max = 300) String title,
            @NotNull Long agencyId) {

        AgreementSignatory toSignatory() {
            return new AgreementSignatory(name, rank, title, agencyId);
        }
    }

    @Schema(name = "AgreementWithdrawRequest")
    record Withdraw(Long version, @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "AgreementTerminateRequest")
    record Terminate(Long version, @NotNull LocalDate terminatedOn, @NotBlank @Size(max = 1000) String reason) {
    }
}
