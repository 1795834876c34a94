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

    @Inject
    org.cxloop.platform.boundary.AuditLog audit;

    /** A page of the review queue, newest first. */
    @jakarta.annotation.security.RolesAllowed({"cx-admin", "cx-analyst", "cx-agent"})
    public List<CommentAnalysis> search(org.cxloop.analysis.control.ReviewFilter filter, int first, int max) {
        jakarta.persistence.TypedQuery<CommentAnalysis> query = em.createQuery("SELECT a FROM CommentAnalysis a"
                + where(filter) + " ORDER BY a.queuedAt DESC, a.responseId DESC", CommentAnalysis.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    @jakarta.annotation.security.RolesAllowed({"cx-admin", "cx-analyst", "cx-agent"})
    public long count(org.cxloop.analysis.control.ReviewFilter filter) {
        jakarta.persistence.TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM CommentAnalysis a"
                + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(org.cxloop.analysis.control.ReviewFilter f) {
        List<String> conditions = new java.util.ArrayList<>();
        if (!"all".equals(f.getStatus())) {
            conditions.add("a.status = :status");
        }
        if (f.getLanguage() != null) {
            conditions.add("a.language = :language");
        }
        if (f.getSentiment() != null) {
            conditions.add("a.sentiment = :sentiment");
        }
        if ("low".equals(f.getConfidence())) {
            conditions.add("a.confidence < 0.6");
        } else if ("medium".equals(f.getConfidence())) {
            conditions.add("a.confidence >= 0.6 AND a.confidence < 0.8");
        } else if ("high".equals(f.getConfidence())) {
            conditions.add("a.confidence >= 0.8");
        }
        if (f.getCategory() != null) {
            conditions.add("CONCAT(',', CONCAT(a.categories, ',')) LIKE :category");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, org.cxloop.analysis.control.ReviewFilter f) {
        if (!"all".equals(f.getStatus())) {
            query.setParameter("status", switch (f.getStatus()) {
                case "auto" -> CommentAnalysis.Status.AUTO;
                case "reviewed" -> CommentAnalysis.Status.REVIEWED;
                case "failed" -> CommentAnalysis.Status.FAILED;
                case "pending" -> CommentAnalysis.Status.PENDING;
                default -> CommentAnalysis.Status.TO_REVIEW;
            });
        }
        if (f.getLanguage() != null) {
            query.setParameter("language", f.getLanguage());
        }
        if (f.getSentiment() != null) {
            query.setParameter("sentiment", f.getSentiment());
        }
        if (f.getCategory() != null) {
            query.setParameter("category", "%," + f.getCategory().replace("%", "").replace("_", "") + ",%");
        }
    }

    /** A reviewer's verdict on one comment; recorded in the audit log (who changed what). */
    @jakarta.annotation.security.RolesAllowed({"cx-admin", "cx-analyst", "cx-agent"})
    public CommentAnalysis review(long responseId, String sentiment, List<String> categories, String actor) {
        if (!List.of("positive", "negative", "neutral").contains(sentiment)) {
            throw org.cxloop.platform.control.ProblemException.invalid("sentiment", "invalid", "positive, negative or neutral");
        }
        CommentAnalysis analysis = byResponse(responseId)
                .orElseThrow(() -> new org.cxloop.platform.control.ProblemException(404, "response-not-found", responseId));
        String before = analysis.getSentiment() + " " + analysis.getCategories();
        try {
            analysis.review(sentiment, categories, actor, Instant.now());
        } catch (IllegalStateException e) {
            throw new org.cxloop.platform.control.ProblemException(409, e.getMessage(), responseId);
        }
        audit.record(actor, "analysis-reviewed", "response:" + responseId,
                before + " -> " + sentiment + " " + categories);
        return analysis;
    }

    /** Accepts the engine's suggestion for each of the comments. */
    @jakarta.annotation.security.RolesAllowed({"cx-admin", "cx-analyst", "cx-agent"})
    public int accept(List<Long> responseIds, String actor) {
        int accepted = 0;
        for (Long id : responseIds) {
            CommentAnalysis analysis = em.find(CommentAnalysis.class, id);
            if (analysis != null && (analysis.getStatus() == CommentAnalysis.Status.AUTO
                    || analysis.getStatus() == CommentAnalysis.Status.TO_REVIEW)) {
                analysis.review(analysis.getSentiment(), analysis.getCategories(), actor, Instant.now());
                audit.record(actor, "analysis-accepted", "response:" + id, analysis.getSentiment());
                accepted++;
            }
        }
        return accepted;
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
