package dev.arrears.notification.dispatch;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.notification.config.NotificationConfig;
import dev.arrears.notification.contacts.Contact;
import dev.arrears.notification.contacts.Contacts;
import dev.arrears.notification.contacts.OptOuts;
import dev.arrears.notification.events.MessageRef;
import dev.arrears.notification.events.NotificationEvents;
import dev.arrears.notification.ledger.LedgerEntry;
import dev.arrears.notification.ledger.LedgerStatus;
import dev.arrears.notification.ledger.SendLedger;
import dev.arrears.notification.ledger.SendLedger.NewMessage;
import dev.arrears.notification.letters.LetterDesk;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.MissingTemplate;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.message.Renderer;
import dev.arrears.notification.message.SendOutcome;
import dev.arrears.notification.messaging.DeadLetters;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Works one claimed dispatch: asks the {@link DispatchPlanner} what to do, does it, and asks again until the
 * dispatch waits or ends. Each step is its own transaction; a provider call happens between two of them, after the
 * ledger row was committed PENDING and before its outcome is recorded, so a crash at any point leaves a state the
 * planner and the {@link dev.arrears.notification.ledger.Reconciler} know how to continue from without a second send.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Enough for every channel of a plan to fail in turn; more means something loops, and the next poll continues. */
    private static final int MAX_STEPS = 16;
    /** Who "sends" letters: the print queue this service keeps. */
    static final String LETTERS = "letters";
    static final String WORKLIST = "worklist";

    private final Dispatches dispatches;
    private final SendLedger ledger;
    private final Contacts contacts;
    private final OptOuts optOuts;
    private final LetterDesk letterDesk;
    private final NotificationEvents events;
    private final Senders senders;
    private final RateLimits rateLimits;
    private final Renderer renderer;
    private final DeadLetters deadLetters;
    private final NotificationConfig config;
    private final Clock clock;
    private final DispatchPlanner planner;
    private final Backoff backoff;

    Dispatcher(Dispatches dispatches, SendLedger ledger, Contacts contacts, OptOuts optOuts, LetterDesk letterDesk,
               NotificationEvents events, Senders senders, RateLimits rateLimits, Renderer renderer, DeadLetters deadLetters,
               NotificationConfig config, Clock clock) {
        this.dispatches = dispatches;
        this.ledger = ledger;
        this.contacts = contacts;
        this.optOuts = optOuts;
        this.letterDesk = letterDesk;
        this.events = events;
        this.senders = senders;
        this.rateLimits = rateLimits;
        this.renderer = renderer;
        this.deadLetters = deadLetters;
        this.config = config;
        this.clock = clock;
        NotificationConfig.Reconcile reconcile = config.reconcile();
        this.planner = new DispatchPlanner(new DispatchPlanner.Settings(
                new QuietHours(config.quietHours().start(), config.quietHours().end()), config.defaultTimeZone(), config.contactWait(),
                config.retry().maxAttempts(), reconcile.pendingTimeout(),
                Map.of(Channel.EMAIL, silence(reconcile.email()), Channel.SMS, silence(reconcile.sms()),
                        Channel.VOICE, silence(reconcile.voice()))));
        this.backoff = new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff());
    }

    private static DispatchPlanner.Silence silence(NotificationConfig.ChannelPolicy policy) {
        return new DispatchPlanner.Silence(policy.grace(), policy.onSilence());
    }

    /** What one step knows: the dispatch as read (with its version), its plan and contact, and the planner's decision. */
    private record Step(Dispatch dispatch, Plan plan, Optional<Contact> contact, Decision decision) {
    }

    /** Works the dispatch until it waits or ends, then gives the lease back. */
    public Uni<Void> work(String sourceEventId, String worker) {
        return step(sourceEventId, MAX_STEPS)
                .onFailure().invoke(e -> LOG.errorf(e, "dispatch %s failed; it is taken up again when its lease expires", sourceEventId))
                .onFailure().recoverWithNull()
                .chain(() -> Panache.withTransaction(() -> dispatches.release(sourceEventId, worker)));
    }

    private Uni<Void> step(String sourceEventId, int stepsLeft) {
        if (stepsLeft == 0) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return Panache.withTransaction(() -> dispatches.find(sourceEventId).chain(found -> {
                    if (found.isEmpty() || found.get().status() != DispatchStatus.OPEN) {
                        return Uni.createFrom().<Step>nullItem();
                    }
                    Dispatch d = found.get();
                    Plan plan = d.plan();
                    return contacts.find(d.tenantId(), d.customerId(), config.defaultTimeZone())
                            .chain(contact -> optOuts.of(d.tenantId(), d.customerId())
                                    .chain(blocked -> ledger.bySource(sourceEventId)
                                            .map(entries -> new Step(d, plan, contact,
                                                    planner.decide(plan, contact, blocked, entries, d.createdAt(), now)))));
                }))
                .chain(step -> step == null ? Uni.createFrom().item(false) : act(step, now))
                .chain(again -> again ? step(sourceEventId, stepsLeft - 1) : Uni.createFrom().voidItem());
    }

    /** Carries out a decision; answers whether to ask the planner again at once. */
    private Uni<Boolean> act(Step step, Instant now) {
        Dispatch d = step.dispatch();
        Decision decision = step.decision();
        if (decision instanceof Decision.Wait w) {
            return tx(() -> dispatches.waitUntil(d.sourceEventId(), d.version(), w.until(), w.why(), now)).replaceWith(false);
        }
        if (decision instanceof Decision.Finished f) {
            return finish(d, DispatchStatus.DONE, f.note(), now);
        }
        if (decision instanceof Decision.RecordedOnly r) {
            return finish(d, DispatchStatus.RECORDED, r.note(), now);
        }
        if (decision instanceof Decision.Undeliverable u) {
            LOG.warnf("%s %s cannot reach customer %s/%s: %s", d.sourceType().eventName(), d.sourceEventId(), d.tenantId(),
                    d.customerId(), u.reason());
            return finish(d, DispatchStatus.UNDELIVERABLE, u.reason(), now);
        }
        if (decision instanceof Decision.RecordCallTask c) {
            return tx(() -> ledger.settled(newMessage(step.plan(), c.candidate()), LedgerStatus.RECORDED, WORKLIST, null, null,
                    "a collector calls from the dunning engine's worklist", now))
                    .chain(() -> finish(d, DispatchStatus.DONE, "call task: on the dunning engine's worklist", now));
        }
        if (decision instanceof Decision.Cancel c) {
            return tx(() -> ledger.gaveUp(c.entry().messageId(), LedgerStatus.CANCELLED, c.reason(), now)).replaceWith(true);
        }
        if (decision instanceof Decision.Abandon a) {
            return tx(() -> ledger.gaveUp(a.entry().messageId(), LedgerStatus.FAILED, a.reason(), now)
                    .call(changed -> changed ? events.failed(MessageRef.of(a.entry()), a.failure(), a.reason(), now)
                            : Uni.createFrom().voidItem())).replaceWith(true);
        }
        if (decision instanceof Decision.DeadLetter dl) {
            return deadLetter(d, dl, now);
        }
        if (decision instanceof Decision.StoreLetter l) {
            return storeLetter(step, l.candidate(), now);
        }
        return send(step, (Decision.Send) decision, now);
    }

    private Uni<Boolean> finish(Dispatch d, DispatchStatus status, String note, Instant now) {
        return tx(() -> dispatches.finish(d.sourceEventId(), d.version(), status, note, now)).replaceWith(false);
    }

    /**
     * Gives up on the source event: the message and the dispatch are marked failed (with the event saying so) in one
     * transaction, then the event is dead-lettered. Should that publish fail, the runner publishes it later.
     */
    private Uni<Boolean> deadLetter(Dispatch d, Decision.DeadLetter dl, Instant now) {
        LOG.errorf("%s %s: dead-lettering after the retry budget: %s", d.sourceType().eventName(), d.sourceEventId(), dl.reason());
        return tx(() -> ledger.gaveUp(dl.entry().messageId(), LedgerStatus.FAILED, dl.reason(), now)
                .call(changed -> changed ? events.failed(MessageRef.of(dl.entry()), NotificationFailure.RETRIES_EXHAUSTED, dl.reason(), now)
                        : Uni.createFrom().voidItem())
                .chain(() -> dispatches.finish(d.sourceEventId(), d.version(), DispatchStatus.FAILED, dl.reason(), now)))
                .chain(finished -> finished ? publishDeadLetter(d.sourceEventId(), d.record(), dl.reason()) : Uni.createFrom().voidItem())
                .replaceWith(false);
    }

    /** Publishes a failed dispatch's source event to the dead-letter topic and notes that it is there. */
    public Uni<Void> publishDeadLetter(String sourceEventId, ConsumedRecord record, String reason) {
        return deadLetters.publish(record, reason)
                .chain(() -> tx(() -> dispatches.deadLettered(sourceEventId, clock.instant())))
                .onFailure().invoke(e -> LOG.warnf(e, "dead-lettering %s failed; retried on the next run", sourceEventId))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Boolean> storeLetter(Step step, Candidate candidate, Instant now) {
        Plan plan = step.plan();
        NewMessage message = newMessage(plan, candidate);
        return tx(() -> letterDesk.file(plan, recipient(plan, step.contact(), candidate), now)
                .chain(letter -> ledger.settled(message, LedgerStatus.SENT, LETTERS, letter.letterId(), letter.templateUsed(), null, now)
                        .call(inserted -> inserted ? events.sent(new MessageRef(plan.tenantId(), plan.customerId(), message.messageId(),
                                plan.sourceEventId(), Channel.LETTER, candidate.address(), LETTERS, letter.letterId(),
                                letter.templateUsed(), plan.step()), now) : Uni.createFrom().voidItem())
                        .chain(() -> dispatches.finish(plan.sourceEventId(), step.dispatch().version(), DispatchStatus.DONE,
                                "letter " + letter.letterId() + " is in the print queue", now))))
                .replaceWith(false)
                .onFailure(MissingTemplate.class).recoverWithUni(e -> notRendered(plan, candidate, null, LETTERS, e.getMessage(), now));
    }

    private Uni<Boolean> send(Step step, Decision.Send decision, Instant now) {
        Plan plan = step.plan();
        Candidate candidate = decision.candidate();
        ChannelSender sender = senders.of(candidate.channel());
        Duration wait = rateLimits.take(sender.provider());
        if (!wait.isZero()) {
            return tx(() -> dispatches.waitUntil(plan.sourceEventId(), step.dispatch().version(), now.plus(wait),
                    "rate limit of " + sender.provider(), now)).replaceWith(false);
        }
        RenderRequest request = new RenderRequest(candidate.channel(), plan.templateId(), plan.tone(),
                recipient(plan, step.contact(), candidate), plan.items(), plan.totalsOverdue());
        return Blocking.call(() -> renderer.render(request)).onItemOrFailure().transformToUni((rendered, failure) -> {
            if (failure instanceof MissingTemplate) {
                return notRendered(plan, candidate, decision.previous(), sender.provider(), failure.getMessage(), now);
            }
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            return reserveAndSend(step, decision, sender, rendered, now);
        });
    }

    /** Commits the PENDING row, calls the provider, records its answer. */
    private Uni<Boolean> reserveAndSend(Step step, Decision.Send decision, ChannelSender sender, RenderedMessage rendered, Instant now) {
        Plan plan = step.plan();
        Candidate candidate = decision.candidate();
        int attempt = decision.previous() == null ? 1 : decision.previous().attempts() + 1;
        OutgoingMessage message = new OutgoingMessage(candidate.messageId(), plan.sourceEventId(), plan.tenantId(), plan.customerId(),
                candidate.channel(), candidate.address(), rendered);
        MessageRef ref = new MessageRef(plan.tenantId(), plan.customerId(), candidate.messageId(), plan.sourceEventId(),
                candidate.channel(), candidate.address(), sender.provider(), null, rendered.templateUsed(), plan.step());
        return tx(() -> ledger.reserve(newMessage(plan, candidate), decision.previous(), sender.provider(), rendered.templateUsed(), now))
                .chain(reserved -> {
                    if (!reserved) {
                        // Another replica or a webhook moved the row since it was read: look again from the top.
                        return Uni.createFrom().item(true);
                    }
                    return Blocking.call(() -> sender.send(message))
                            .onFailure().recoverWithItem(e -> SendOutcome.unknown(sender.provider() + " sender failed: " + e))
                            .chain(outcome -> recordOutcome(step, ref, attempt, outcome));
                });
    }

    private Uni<Boolean> recordOutcome(Step step, MessageRef ref, int attempt, SendOutcome outcome) {
        Instant at = clock.instant();
        String id = ref.messageId();
        String to = NotificationAddresses.mask(ref.address());
        return switch (outcome.status()) {
            case ACCEPTED -> tx(() -> ledger.sent(id, attempt, outcome.providerMessageId(), at).chain(sent -> sent
                    ? events.sent(ref.withProviderMessageId(outcome.providerMessageId()), at)
                    .chain(() -> dispatches.finish(ref.sourceEventId(), step.dispatch().version(), DispatchStatus.DONE,
                            ref.channel() + " to " + to + " sent by " + ref.provider(), at))
                    // A webhook settled the row while the call returned: look again.
                    : dispatches.reopen(ref.sourceEventId(), at).replaceWith(false))).replaceWith(false);
            case RETRYABLE -> {
                Duration delay = backoff.delay(attempt, outcome.retryAfter(), () -> ThreadLocalRandom.current().nextDouble());
                LOG.infof("%s to %s (%s) not taken by %s, attempt %d: %s; next try in %s", ref.channel(), to, id, ref.provider(), attempt,
                        outcome.detail(), delay);
                yield tx(() -> ledger.retrying(id, attempt, outcome.detail(), at.plus(delay), at)).replaceWith(true);
            }
            case PERMANENT -> {
                LOG.infof("%s to %s (%s) refused by %s: %s; trying the next channel", ref.channel(), to, id, ref.provider(),
                        outcome.detail());
                yield tx(() -> ledger.gaveUp(id, LedgerStatus.FAILED, outcome.detail(), at).call(changed -> changed
                        ? events.failed(ref, NotificationFailure.REJECTED, outcome.detail(), at) : Uni.createFrom().voidItem()))
                        .replaceWith(true);
            }
            case UNKNOWN -> {
                LOG.warnf("%s to %s (%s): outcome unknown (%s); waiting for %s to confirm it", ref.channel(), to, id, outcome.detail(),
                        ref.provider());
                yield tx(() -> ledger.uncertain(id, attempt, outcome.detail(), at)).replaceWith(true);
            }
        };
    }

    /** No template can render this message: it is failed (and reported), and the next channel is tried. */
    private Uni<Boolean> notRendered(Plan plan, Candidate candidate, LedgerEntry previous, String provider, String reason, Instant now) {
        LOG.warnf("%s %s: no template for %s: %s", plan.type().eventName(), plan.sourceEventId(), candidate.channel(), reason);
        MessageRef ref = new MessageRef(plan.tenantId(), plan.customerId(), candidate.messageId(), plan.sourceEventId(),
                candidate.channel(), candidate.address(), provider, null, null, plan.step());
        return tx(() -> (previous == null
                ? ledger.settled(newMessage(plan, candidate), LedgerStatus.FAILED, provider, null, null, reason, now)
                : ledger.gaveUp(previous.messageId(), LedgerStatus.FAILED, reason, now))
                .call(changed -> changed ? events.failed(ref, NotificationFailure.NOT_RENDERED, reason, now) : Uni.createFrom().voidItem()))
                .replaceWith(true);
    }

    private static NewMessage newMessage(Plan plan, Candidate candidate) {
        return new NewMessage(candidate.messageId(), plan.sourceEventId(), plan.tenantId(), plan.customerId(), candidate.channel(),
                candidate.address(), plan.step());
    }

    /** The recipient as the renderer and the provider see it: the candidate's address, the customer's language and zone. */
    private Recipient recipient(Plan plan, Optional<Contact> contact, Candidate candidate) {
        String language = plan.language() != null ? plan.language() : contact.map(Contact::language).orElse("en");
        String email = candidate.channel() == Channel.EMAIL ? candidate.address()
                : contact.flatMap(c -> c.emails().stream().findFirst()).orElse(null);
        String phone = candidate.channel() == Channel.SMS || candidate.channel() == Channel.VOICE ? candidate.address()
                : contact.flatMap(c -> c.phones().stream().findFirst()).orElse(null);
        return new Recipient(plan.tenantId(), plan.customerId(), contact.map(Contact::legalName).orElse(plan.customerId()), email, phone,
                language, contact.map(Contact::zone).orElse(config.defaultTimeZone()), contact.map(Contact::country).orElse(null),
                contact.map(Contact::postalAddress).orElse(null));
    }

    private static <T> Uni<T> tx(java.util.function.Supplier<Uni<T>> work) {
        return Panache.withTransaction(work);
    }
}
