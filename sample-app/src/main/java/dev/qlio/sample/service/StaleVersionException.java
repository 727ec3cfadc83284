package dev.qlio.sample.service;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An update named a version that is no longer the row's (HTTP 409). The message is meant for the
 * client; a conflict Qlio detects itself at write time is an ordinary {@link
 * OptimisticLockingFailureException}.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String kind, long id, int stale, int current) {
        super(
                kind
                        + " "
                        + id
                        + " was changed by someone else: version "
                        + stale
                        + " is stale, the current version is "
                        + current
                        + "; reload it and apply the change again");
    }
}
