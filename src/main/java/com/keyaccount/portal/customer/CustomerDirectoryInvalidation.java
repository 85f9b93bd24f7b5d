package com.keyaccount.portal.customer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Drops the directory's cached counts ({@link CustomerDirectoryCache}) once a transaction that created, changed or
 * deleted an archive or a contact has committed: whatever the change (status, owner, co-owners, grade, region, a
 * name or a contact's name that a search finds), through whichever service. Hibernate's post-commit listeners, so
 * every JPA write is covered without each service remembering it; the few SQL writers call the cache themselves.
 */
@Component
class CustomerDirectoryInvalidation implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    private final CustomerDirectoryCache cache;

    CustomerDirectoryInvalidation(EntityManagerFactory entityManagerFactory, CustomerDirectoryCache cache) {
        this.cache = cache;
        var listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    private void changed(Object entity) {
        if (entity instanceof Customer || entity instanceof CustomerContact) {
            cache.invalidate();
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        return type == Customer.class || type == CustomerContact.class;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // nothing was committed: the counts still hold
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // nothing was committed: the counts still hold
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // nothing was committed: the counts still hold
    }
}
