package org.borderliaison.handover.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.Sex;
import org.borderliaison.handover.domain.PersonDetails;

/** One person row of the handover form (and of the API's person list). */
public class PersonRow {

    @NotBlank
    @Size(max = 200)
    private String fullName;

    private Sex sex;

    @Min(1900)
    @Max(2100)
    private Integer birthYear;

    private Country nationality;

    @Size(max = 100)
    private String identityDocument;

    @Size(max = 100)
    private String wantedNoticeReference;

    static PersonRow of(PersonDetails person) {
        PersonRow row = new PersonRow();
        row.fullName = person.fullName();
        row.sex = person.sex();
        row.birthYear = person.birthYear();
        row.nationality = person.nationality();
        row.identityDocument = person.identityDocument();
        row.wantedNoticeReference = person.wantedNoticeReference();
        return row;
    }

    PersonDetails details() {
        return new PersonDetails(fullName, sex, birthYear, nationality, identityDocument, wantedNoticeReference);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Country getNationality() {
        return nationality;
    }

    public void setNationality(Country nationality) {
        this.nationality = nationality;
    }

    public String getIdentityDocument() {
        return identityDocument;
    }

    public void setIdentityDocument(String identityDocument) {
        this.identityDocument = identityDocument;
    }

    public String getWantedNoticeReference() {
        return wantedNoticeReference;
    }

    public void setWantedNoticeReference(String wantedNoticeReference) {
        this.wantedNoticeReference = wantedNoticeReference;
    }
}
