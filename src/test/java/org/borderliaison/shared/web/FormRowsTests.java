package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class FormRowsTests {

    @Test
    void addsAnEmptyRowOfTheDeclaredType() {
        TestForm form = new TestForm();
        FormRows.add(form, "heads");
        FormRows.add(form, "heads");
        assertThat(form.getHeads()).hasSize(2).allSatisfy(head -> assertThat(head.getName()).isNull());
    }

    @Test
    void removesTheNamedRowAndKeepsTheOthersInOrder() {
        TestForm form = new TestForm();
        form.getHeads().addAll(List.of(head("A"), head("B"), head("C")));
        FormRows.remove(form, "heads:1");
        assertThat(form.getHeads()).extracting(Head::getName).containsExactly("A", "C");
        FormRows.remove(form, "heads:7");
        assertThat(form.getHeads()).hasSize(2);
    }

    @Test
    void stopsGrowingAtTheLimit() {
        TestForm form = new TestForm();
        for (int i = 0; i < FormRows.MAX_ROWS + 5; i++) {
            FormRows.add(form, "heads");
        }
        assertThat(form.getHeads()).hasSize(FormRows.MAX_ROWS);
    }

    @Test
    void refusesATamperedRequestAsBadRequest() {
        TestForm form = new TestForm();
        assertThatThrownBy(() -> FormRows.add(form, "title")).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> FormRows.add(form, "nothing")).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> FormRows.remove(form, "heads")).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> FormRows.remove(form, "heads:x")).isInstanceOf(ResponseStatusException.class);
    }

    private static Head head(String name) {
        Head head = new Head();
        head.setName(name);
        return head;
    }

    public static class TestForm {
        private String title;
        private List<Head> heads = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<Head> getHeads() {
            return heads;
        }

        public void setHeads(List<Head> heads) {
            this.heads = heads;
        }
    }

    public static class Head {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
