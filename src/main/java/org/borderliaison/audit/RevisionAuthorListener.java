package org.borderliaison.audit;

import org.borderliaison.shared.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user. */
class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((RevisionInfo) revisionEntity).setUsername(CurrentUser.username());
    }
}
