package dev.arrears.dunning.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.dunning.domain.run.RunResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Collectors' call tasks: created by dunning steps, worked from the worklist, closed with an outcome. */
@ApplicationScoped
public class CallTasks {

    private static final TypeReference<List<DunnedItem>> ITEMS = new TypeReference<>() {
    };

    /** A task as stored. */
    public record Task(String taskId, String customerId, String team, String assignee, LocalDate dueDate, String status,
                       String reason, List<DunnedItem> items, String outcome, String outcomeNote, Instant createdAt,
                       Instant completedAt) {
    }

    public Uni<Void> create(String tenantId, String customerId, RunResult.CallTaskOrder order, Instant now) {
        return NativeSql.execute("""
                insert into call_task (tenant_id, task_id, customer_id, team, due_date, status, reason, items, created_at)
                values (?1, ?2, ?3, ?4, cast(?5 as date), 'OPEN', ?6, ?7, ?8) on conflict do nothing""",
                tenantId, order.taskId(), customerId, order.team(), order.dueDate(), order.reason(), write(order.items()), now)
                .replaceWithVoid();
    }

    /** Open tasks of the tenant, optionally of one team or assignee, earliest due first. */
    public Uni<List<Task>> open(String tenantId, String team, String assignee) {
        return NativeSql.rows(SELECT + " " + """
                 where tenant_id = ?1 and status = 'OPEN' and (cast(?2 as text) is null or team = ?2)
                   and (cast(?3 as text) is null or assignee = ?3)
                 order by due_date nulls last, created_at""", tenantId, team, assignee)
                .map(rows -> rows.stream().map(CallTasks::task).toList());
    }

    public Uni<Optional<Task>> find(String tenantId, String taskId) {
        return NativeSql.rows(SELECT + " where tenant_id = ?1 and task_id = ?2", tenantId, taskId)
                .map(rows -> rows.stream().findFirst().map(CallTasks::task));
    }

    public Uni<Void> assign(String tenantId, String taskId, String assignee) {
        return NativeSql.execute("update call_task set assignee = ?3 where tenant_id = ?1 and task_id = ?2", tenantId, taskId, assignee)
                .replaceWithVoid();
    }

    public Uni<Void> reschedule(String tenantId, String taskId, LocalDate dueDate) {
        return NativeSql.execute("update call_task set due_date = ?3 where tenant_id = ?1 and task_id = ?2", tenantId, taskId, dueDate)
                .replaceWithVoid();
    }

    public Uni<Void> complete(String tenantId, String taskId, String outcome, String note, Instant now) {
        return NativeSql.execute("""
                update call_task set status = 'DONE', outcome = ?3, outcome_note = ?4, completed_at = ?5
                where tenant_id = ?1 and task_id = ?2""", tenantId, taskId, outcome, note, now).replaceWithVoid();
    }

    /** A follow-up of a task (no answer: try again), carrying its team, assignee and items. */
    public Uni<Void> followUp(String tenantId, Task task, String taskId, LocalDate dueDate, Instant now) {
        return NativeSql.execute("""
                insert into call_task (tenant_id, task_id, customer_id, team, assignee, due_date, status, reason, items, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN', ?7, ?8, ?9) on conflict do nothing""",
                tenantId, taskId, task.customerId(), task.team(), task.assignee(), dueDate, "follow-up of " + task.taskId() + ": "
                        + task.reason(), write(task.items()), now).replaceWithVoid();
    }

    private static final String SELECT = """
            select task_id, customer_id, team, assignee, due_date, status, reason, items, outcome, outcome_note, created_at,
                   completed_at from call_task""";

    private static Task task(Object[] r) {
        return new Task((String) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (String) r[5], (String) r[6],
                read((String) r[7]), (String) r[8], (String) r[9], NativeSql.instant(r[10]), NativeSql.instant(r[11]));
    }

    private static String write(List<DunnedItem> items) {
        try {
            return ArrearsJson.mapper().writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dunned items must serialise", e);
        }
    }

    private static List<DunnedItem> read(String json) {
        try {
            return ArrearsJson.mapper().readValue(json, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored task items are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
