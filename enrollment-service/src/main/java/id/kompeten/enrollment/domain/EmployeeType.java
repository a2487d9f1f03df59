package id.kompeten.enrollment.domain;

import java.time.LocalDate;
import java.util.List;

/** The two kinds of ASN, each identified by its own kind of 18-digit number. */
public enum EmployeeType {

    /** Pegawai Negeri Sipil, a permanent civil servant: identified by a NIP. */
    PNS {
        @Override
        public List<EmployeeNumberProblem> problems(String number, LocalDate today) {
            return Nip.parse(number, today).problems();
        }
    },

    /** Pegawai Pemerintah dengan Perjanjian Kerja, a civil servant on contract: identified by an NI PPPK. */
    PPPK {
        @Override
        public List<EmployeeNumberProblem> problems(String number, LocalDate today) {
            return NiPppk.parse(number, today).problems();
        }
    };

    /** What is wrong with {@code number} as the identity number of this kind of employee; empty when it is valid. */
    public abstract List<EmployeeNumberProblem> problems(String number, LocalDate today);
}
