package id.kompeten.enrollment;

import id.kompeten.localstack.testing.CatalogReplicaContract;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class EnrollmentCatalogReplicaTest extends CatalogReplicaContract {
}
