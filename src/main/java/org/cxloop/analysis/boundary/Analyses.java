package org.cxloop.analysis.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.cxloop.analysis.entity.CommentAnalysis;
import org.cxloop.platform.control.Config;
import org.cxloop.survey.boundary.RecentComment;
import org.cxloop.survey.boundary.ResponseRecorded;
import org.cxloop.survey.boundary.Responses;

/**
 * The analysis of comments: queued with the response (same transaction), analysed after the commit by the
 * schedule, one comment per transaction, so that ingestion never waits for the engine and nothing queued is lost.
 */
@Stateless
@PermitAll
public class Analyses {

    private static final Logger LOG = Logger.getLogger(Analyses.class.getName());
    /** Below this confidence an analysis waits for a person ("to review"). */
    static final double REVIEW_BELOW = Double.parseDouble(Config.value("CXLOOP_REVIEW_CONFIDENCE", "0.7"));

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    TextAnalyzer analyzer;

    @Inject
    Responses responses;

    @Resource
    SessionContext context;

    /** Queues the comment's analysis in the response's own transaction. */
    public void queue(@Observes ResponseRecorded recorded) {
        em.persist(new CommentAnalysis(recorded.responseId(), Instant.now()));
    }

    public Optional<CommentAnalysis> byResponse(long responseId) {
        return Optional.ofNullable(em.find(CommentAnalysis.class, responseId));
    }

    /** Analyses up to {@code max} queued comments, oldest first; returns how many were done. */
    public int processPending(int max) {
        List<Long> pending = em.createNamedQuery(CommentAnalysis.PENDING, Long.class)
                .setParameter("pending", CommentAnalysis.Status.PENDING).setMaxResults(max).getResultList();
        int done = 0;
        for (Long id : pending) {
            try {
                context.getBusinessObject(Analyses.class).analyseOne(id);
                done++;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Analysis of response " + id + " failed: " + e);
                context.getBusinessObject(Analyses.class).recordFailure(id, e.getClass().getSimpleName());
            }
        }
        return done;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void analyseOne(long responseId) {
        CommentAnalysis analysis = em.find(CommentAnalysis.class, responseId);
        if (analysis == null || analysis.getStatus() != CommentAnalysis.Status.PENDING) {
            return;
        }
        RecentComment comment = responses.comment(responseId).orElse(null);
        if (comment == null) {
            analysis.failedOnce("no-comment");
            return;
        }
        TextAnalyzer.Result result = analyzer.analyse(comment.text(), comment.language());
        analysis.analysed(result.language(), result.sentiment(), result.confidence(), result.categories(),
                result.taxonomyVersion(), result.modelVersion(), REVIEW_BELOW, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long responseId, String reason) {
        CommentAnalysis analysis = em.find(CommentAnalysis.class, responseId);
        if (analysis != null) {
            analysis.failedOnce(reason);
        }
    }
}
