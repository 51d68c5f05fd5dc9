package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the list query of its request ({@link ListExports#listQuery}), which the export and print links of
 * a list (fragments/forms :: exportLinks) carry, so no list controller has to pass it on.
 */
@ControllerAdvice(annotations = Controller.class)
class ListQueryAdvice {

    @ModelAttribute("exportQuery")
    String exportQuery(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) ? ListExports.listQuery(request) : "";
    }
}
