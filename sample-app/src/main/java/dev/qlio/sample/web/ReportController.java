package dev.qlio.sample.web;

import dev.qlio.sample.service.ReportService;
import dev.qlio.sample.service.Views.AuthorRating;
import dev.qlio.sample.service.Views.TagView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports: {@code /api/reports/top-authors} and the tag list {@code /api/tags}. */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/top-authors")
    List<AuthorRating> topAuthors(
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "3") @Min(1) @Max(1000) int minReviews) {
        return this.reports.topAuthors(limit, minReviews);
    }

    @GetMapping("/api/tags")
    List<TagView> tags() {
        return this.reports.tags();
    }
}
