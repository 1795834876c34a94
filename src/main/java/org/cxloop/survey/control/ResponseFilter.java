package org.cxloop.survey.control;

import java.io.Serializable;
import java.time.LocalDate;

/** What the response browser narrows by; every part is optional. */
public class ResponseFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long surveyId;
    private Long touchpointId;
    private String channel;
    private LocalDate from;
    private LocalDate to;

    public Long getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(Long surveyId) {
        this.surveyId = surveyId;
    }

    public Long getTouchpointId() {
        return touchpointId;
    }

    public void setTouchpointId(Long touchpointId) {
        this.touchpointId = touchpointId;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null || channel.isBlank() ? null : channel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
