/*
 * The calendar on a phone: the week as a list (seven time columns do not fit 390 px without
 * clipping the appointments), with the title on a line of its own. PrimeFaces calls this as the
 * schedule's extender before the calendar is drawn.
 */
window.portalCalendar = function () {
  if (window.matchMedia && window.matchMedia("(max-width: 640px)").matches) {
    this.cfg.options.initialView = "listWeek";
    this.cfg.options.headerToolbar = { start: "title", end: "prev,next" };
    this.cfg.options.footerToolbar = { start: "today", end: "listWeek,timeGridDay" };
  }
};
