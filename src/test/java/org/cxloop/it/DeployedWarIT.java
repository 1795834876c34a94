package org.cxloop.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: deploys the real WAR once per test class and talks to it as a client would.
 * (Named *IT so that it is part of the integration test sources, abstract so that it runs nothing itself.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedWarIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.war();
    }

    @ArquillianResource
    URL url;

    URI root;

    @BeforeEach
    void findRoot() {
        root = ItSupport.root(url);
    }
}
