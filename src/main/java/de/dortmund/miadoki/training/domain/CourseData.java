package de.dortmund.miadoki.training.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the training manager says about a course. */
public record CourseData(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 4000) String description,
    @NotNull Topic topic,
    @NotBlank @Size(max = 400) String targetGroup,
    @Min(30) @Max(6000) int durationMinutes,
    @Min(1) @Max(500) int minParticipants,
    @Min(1) @Max(500) int maxParticipants,
    boolean reasonRequired,
    boolean approvalRequired,
    boolean active)
    implements Serializable {}
