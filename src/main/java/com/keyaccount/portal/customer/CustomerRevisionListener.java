package com.keyaccount.portal.customer;

import com.keyaccount.portal.security.PortalUser;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each archive revision with the person who made it (or the system job's name). */
public class CustomerRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        CustomerRevision revision = (CustomerRevision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            revision.setActor(user.employeeId(), user.displayName());
        } else {
            revision.setActor(null, authentication == null ? "system" : authentication.getName());
        }
    }
}
