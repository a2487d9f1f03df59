package id.kompeten.platform.i18n;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Makes Hibernate Validator word its messages in the same language as the problem titles around them. Quarkus's own
 * resolver would answer {@code Accept-Language: id-ID} in English; see {@link Languages#fromAcceptLanguage}.
 */
@Singleton
public class ValidationLanguage implements ValidatorFactoryCustomizer {

    private final RequestLanguage requestLanguage;

    public ValidationLanguage(RequestLanguage requestLanguage) {
        this.requestLanguage = requestLanguage;
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.localeResolver(context -> requestLanguage.current().orElse(context.getDefaultLocale()));
    }
}
