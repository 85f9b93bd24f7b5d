package com.keyaccount.portal.org;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** A module's listener as the events' Javadoc prescribes: after commit only. Keeps what it received. */
@Component
public class RecordingOrgEvents {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(EmployeeLeft event) {
        received.add(event);
    }

    @TransactionalEventListener
    void on(EmployeeTransferred event) {
        received.add(event);
    }

    public <T> List<T> received(Class<T> type, long employeeId) {
        return received.stream().filter(type::isInstance).map(type::cast)
                .filter(event -> switch (event) {
                    case EmployeeLeft left -> left.employeeId() == employeeId;
                    case EmployeeTransferred moved -> moved.employeeId() == employeeId;
                    default -> false;
                }).toList();
    }
}
