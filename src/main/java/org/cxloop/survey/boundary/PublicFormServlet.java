package org.cxloop.survey.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** {@code /cxloop/s/{token}}: the public survey form, without a login, under the link customers receive. */
@WebServlet(urlPatterns = "/s/*")
public class PublicFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        if (!TOKEN.matcher(token).matches()) {
            response.sendError(404);
            return;
        }
        request.getRequestDispatcher("/public/form.xhtml?t=" + token).forward(request, response);
    }
}
