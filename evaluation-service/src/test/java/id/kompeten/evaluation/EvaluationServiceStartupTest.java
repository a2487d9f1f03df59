package id.kompeten.evaluation;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.ServiceStartupContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class EvaluationServiceStartupTest extends ServiceStartupContract {

    @Override
    protected String expectedApiTitle() {
        return "Kompeten Evaluation Service API";
    }
}
