package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.CertificateNumber;
import id.kompeten.enrollment.domain.Completion;
import id.kompeten.enrollment.domain.CompletionRepository;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Public verification of a certificate by its number, which is random: knowing one tells nothing about another. */
@ApplicationScoped
public class CertificateService {

    static final String RESOURCE = "Certificate";

    private final CompletionRepository completions;
    private final AgencyConfig agency;

    CertificateService(CompletionRepository completions, AgencyConfig agency) {
        this.completions = completions;
        this.agency = agency;
    }

    /**
     * The certificate with this number, read as a person may type it (any case, O for 0, I or L for 1); 404 when no
     * completion issued it, without a query when it cannot be a number at all.
     */
    public CertificateDetails verify(String number) {
        CertificateNumber parsed = CertificateNumber.parseLenient(number);
        Completion completion = parsed == null ? null : completions.findByCertificate(parsed).orElse(null);
        if (completion == null) {
            throw new NotFoundProblem(RESOURCE, number);
        }
        // Completions are never revoked in this version: a certificate that exists is valid.
        return new CertificateDetails(completion.certificateNumber(), completion.participantName(),
                CertificateDetails.mask(completion.nip()), completion.courseTitle(), completion.providerName(),
                completion.sessionStart(), completion.sessionEnd(),
                completion.decidedAt().atZone(agency.zone()).toLocalDate(), completion.jp(), true);
    }
}
