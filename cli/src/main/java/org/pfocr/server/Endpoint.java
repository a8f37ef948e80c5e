package org.pfocr.server;

import java.io.IOException;
import org.pfocr.query.QueryException;

/** One read-only endpoint: answers a request with a value written as JSON. */
@FunctionalInterface
interface Endpoint {

    /**
     * The answer to {@code request}: a map, list or record that {@link org.pfocr.json.JsonOutput} writes.
     *
     * @throws HttpFailure when the request is wrong or asks for something the index does not hold
     */
    Object answer(RequestParameters request) throws IOException, QueryException;
}
