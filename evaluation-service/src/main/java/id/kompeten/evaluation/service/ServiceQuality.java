package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.SkmResult;

/** A unit's service quality in a period: its SKM result and its operational figures (null when none reported). */
public record ServiceQuality(String serviceUnitCode, Period period, SkmResult skm, OperationsSummary operations) {
}
